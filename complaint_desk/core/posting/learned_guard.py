"""Learned second readers beside the hand-written rules: extortion and threats (the guards), and
dry sarcasm (for the tone engine).

The table (`threat_forms.tsv`) reads the shapes people write, and blind rounds showed its limit:
forms written from one round catch that round and little of the next (rounds 70-74: 36 of 75
extortions caught when written). The guards are logistic regressions over the words, word
pairs, 3-5 letter pieces and pictographs of a message, fitted by `tools/fit_guard.py` on the
labelled rounds in the tests and `tools/guard_examples.tsv` (what sites reject, and the innocent
look-alikes beside them), the app's own calm versions of them, and 59,404 tweets and Reddit
comments as ordinary text; the threat reader also on 3,946 ordinary complaints. Since session
36 the labelled rounds include every one-round test module (rounds 80 on). With whole rounds
left out they catch about four in five of their extortions and two in five of their threats
(most of them veiled or in dialect: the table reads the plain ones), flagging under one
look-alike in a hundred; see `resources/tone/README.md`.

They read windows of up to three sentences (the length of the messages they learned from), an
extortion window only where a remedy is named, and no window whose writer disclaims the deal or
the threat ("regardless", "No compensation asked": `disclaimers`). They add to the table, never
replace it: in the site rules the extortion finding is a rule error the user can copy past
("copy anyway"), not the table's outright block, because a model can be wrong in ways a form
cannot.

The sarcasm reader is the same kind of model over the same features, counted per occurrence
and per sentence and without facts (`counted_features`), fitted on the dry heated halves of the
tone tests' pairs and `tools/sarcasm_examples.tsv` against their calm halves, sincere thanks and
firm complaints that mean every word. Dry sarcasm is said in new words every time ("Lovely to
see my parcel enjoying its tour of the Midlands."): phrases read 1 to 5 of 10 in blind rounds.

Cost: the guards' features of a window are a few hundred set entries (~0.1 ms a window). The
site rules read every window (before copy-out); the tone engine reads a guard window only where
its one scan of the draft met a public act (extortion: "review", "post", "Google"...) or a word
of the menace pairs' gate (threats: a watching or a harm), and caches each window's answer, so
most drafts and keystrokes pay nothing. The sarcasm reader runs on every draft, so it is a sum
over sentences and words, each cached (`_sentence_part`). The weights (~19,000 features) load
on the scorer's warm-up worker into one index of feature hashes (`HashedIndex`).
"""

from __future__ import annotations

import math
import re
from array import array
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from functools import cache, lru_cache
from typing import NamedTuple, Protocol

from complaint_desk.core.posting.disclaimers import disclaims

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})
_LINK = re.compile(r"https?://\S+|www\.\S+|\S+@\S+\.\w+|(?<!\w)@\w+")
# An amount in any currency, its sign or code before it or its name after ("KES 20,000", "₦45,000",
# "5000 rupees", "ten thousand rand"): session 28's fresh sets traded reviews for all of these,
# and the readers had learned pounds, dollars and euros alone as money.
_MONEY = re.compile(
    r"(?:[£$€₹₦₱₩₺₽₴₪฿]|\b(?:rs\.?|inr|kes|kshs?|ngn|zar|usd|gbp|eur|aud|cad|nzd|sgd|aed|r|n)\s?)"
    r"\d[\d,.]*k?|\b\d[\d,.]*k? ?(?:rand|naira|rupees|shillings|bob|quid|pounds|dollars|euros"
    r"|bucks|grand|cash ?back)\b|\b(?:ten|twenty|fifty|a hundred|hundred|a thousand|\w+ thousand"
    r"|\w+ hundred) (?:rand|naira|rupees|shillings|bob|quid|pounds|dollars|euros|bucks|grand)\b"
)
_STARS = re.compile(r"\b\d+[- ]?stars?\b|⭐+|\b(?:one|two|three|four|five)[- ]stars?\b")
_NUMBER = re.compile(r"\d+")
# The small claims court's own filing service (session 30, blind round 93: "I'll be filing a
# claim through Money Claim Online" had read as a trade, "online" being where reviews go).
_COURT_ONLINE = re.compile(r"\bmoney ?claims? online\b|\bmcol\b")
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
# The guards read pictographs as words too: a knife or a fire after "see you at closing" is the
# whole menace ("Next time I come in it won't be to complain 🔪"), and a model of letters alone
# never sees it. The sarcasm reader keeps to `_WORD` (its counted words are cached per word).
_EMOJI = "\U0001f300-\U0001faff\u2600-\u27bf"
_WORD_OR_EMOJI = re.compile(rf"[^\W_]+(?:'[^\W_]+)*|[{_EMOJI}]")
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*\s+|\n+")
WINDOW = 3  # sentences a window holds: the learned messages are one to four sentences long
PIECE_SIZES = (3, 4, 5)
# Fewer words than this and a window is not read: the learned messages run 10-60 words, and on a
# line of a few words ("Who hurt you?", "You've got this") the model is guessing.
MIN_WORDS = 5
# The threat reader reads no window under this many words. It learned "you", "your" and the
# people threats name ("staff") as a threat's words, and a short account has few others to
# weigh against them: "Your staff were very rude to my mum." read 0.93, "Your staff kept my
# deposit." 0.94, and Copy out refused them as threats (session 26). Over blind rounds 70-81
# the reader alone read 158 of 240 threats with windows of 5 words and more, 156 with 10, and
# flagged 6 of 20 short complaints about staff written for the check, none with 10 (0 of 660
# innocent messages either way; 12 words cost 7 threats).
THREAT_MIN_WORDS = 10


def min_words_of(kind: str) -> int:
    """The fewest words a window of `kind` must hold to be read."""
    return THREAT_MIN_WORDS if kind == "threat" else MIN_WORDS


COUNTED = frozenset(("sarcasm",))  # kinds scored by `counted_features`


def normalise(text: str) -> str:
    """Lower case with links, addresses and handles, amounts, star ratings and numbers as
    tokens, so "£40" and "$220" are one feature and the model learns the role, not the figure
    (and a link's words, ".../review", are not read as the writer's)."""
    t = _LINK.sub(" zlink ", text.lower().translate(_APOSTROPHES))
    t = _COURT_ONLINE.sub(" small claims court ", t)
    t = _MONEY.sub(" zmoney ", t)
    t = _STARS.sub(" zstars ", t)
    return _NUMBER.sub(" znum ", t)


def features(text: str) -> set[str]:
    """Words (pictographs among them), neighbouring word pairs and the 3-5 letter pieces of each
    word (padded with a space each side, so a piece can mark a word's start or end): pieces carry
    a misspelt or inflected word ("refnd", "reviewed") to what the model knows. The fit uses
    this function."""
    words = _WORD_OR_EMOJI.findall(normalise(text))
    out = set(words)
    out.update(f"{a} {b}" for a, b in zip(words, words[1:], strict=False))
    for word in set(words):
        if len(word) == 1 and not word.isalnum():
            continue  # a pictograph has no letter pieces
        padded = f" {word} "
        for n in PIECE_SIZES:
            out.update("#" + padded[i : i + n] for i in range(len(padded) - n + 1))
    return out


def counted_features(text: str) -> Counter[str]:
    """The features of a counted model (sarcasm), with how often each occurs: per sentence
    (`sentence_spans`) its words, its neighbouring word pairs (never across a sentence end) and
    each word's 3-5 letter pieces, counted per occurrence. A sum over words and sentences, so
    the app can cache each sentence's share and each word's (`_sentence_part`): the tone engine
    reads every draft this way, where the guards' sets would cost a tweet more than its own
    scoring. The fit uses this function."""
    out: Counter[str] = Counter()
    for start, end in sentence_spans(text):
        words = _told_words(text[start:end])
        out.update(words)
        out.update(f"{a} {b}" for a, b in zip(words, words[1:], strict=False))
        for word in words:
            out.update(_pieces(word))
    return out


def _told_words(sentence: str) -> list[str]:
    """A sentence's words for a counted model, without its facts: an amount, a date, a link or
    a reference says nothing of sarcasm, and a model that saw dry jabs count the days ("Day 14
    of my new life without hot water.") read a calm account full of them as one."""
    return [w for w in _WORD.findall(normalise(sentence)) if w not in _FACT_TOKENS]


_FACT_TOKENS = frozenset(("zlink", "zmoney", "zstars", "znum"))


def _pieces(word: str) -> list[str]:
    padded = f" {word} "
    return ["#" + padded[i : i + n] for n in PIECE_SIZES for i in range(len(padded) - n + 1)]


class Positions(Protocol):
    """Feature -> its place in a model's values: a dict in the fit, a `HashedIndex` shipped."""

    def get(self, feature: str, /) -> int | None: ...

    def __contains__(self, feature: object, /) -> bool: ...

    def __getitem__(self, feature: str, /) -> int: ...

    def __len__(self) -> int: ...


class Model(NamedTuple):
    bias: float
    threshold: float
    # feature -> its place in `values`; the shipped models share one index (most features are
    # in more than one), and values are a flat array, not a float object each: ~1 MB less than
    # a dict of floats per kind, which the 100,000-draft memory budget needs.
    positions: Positions
    values: Sequence[float]
    # extortion: a window with no word of a remedy, or none of a public act, is not read
    needs_remedy: bool = False
    # sarcasm: features counted per occurrence and per sentence (`counted_features`), each
    # count/sqrt(total count); the guards use the set of `features`, each 1/sqrt(size)
    counted: bool = False
    min_words: int = MIN_WORDS  # a window with fewer words is not read (`min_words_of`)
    # the shipped kind, whose disclaimers (`disclaimers.disclaims`) keep a window from being
    # read; the fit's models have none (it learns from the words alone)
    kind: str = ""


def model_from(
    bias: float,
    threshold: float,
    weights: Mapping[str, float],
    needs_remedy: bool = False,
    counted: bool = False,
    min_words: int = MIN_WORDS,
) -> Model:
    """A model with its own index (the fit's; `models()` shares one between the kinds)."""
    keys = sorted(weights)
    values = array("d", (weights[k] for k in keys))
    positions = {k: i for i, k in enumerate(keys)}
    return Model(bias, threshold, positions, values, needs_remedy, counted, min_words)


def weights_of(model: Model) -> dict[str, float]:
    """The non-zero weights by feature of a model the fit built (`model_from`: its positions
    are a dict; a shipped model keeps only the features' hashes)."""
    if not isinstance(model.positions, Mapping):
        raise TypeError("a shipped model keeps no feature names: read the table instead")
    return {f: model.values[i] for f, i in model.positions.items() if model.values[i]}


# Words of a remedy beyond the table's REMEDY and R_ANY slots, as subtle trades put them ("a
# gesture", "knock the fee off", "what could you do for me"): a trade needs a remedy, and a
# review with none in sight ("The hotel has a 5 star rating on Google.") is no trade, however
# much the model likes its words. 856 of the 859 trades the fit learns from hold one.
_MORE_REMEDIES = (
    r"gestures?|discount\w*|bills?|vouchers?|upgrade\w*|free|complimentary|comp\w*|rebate|fees?"
    r"|charges?|costs?|money|quid|bucks|cash|invoice|price|rate|amount|zmoney|on the house"
    r"|make (?:it|this|things) right|make good|put (?:it|this|things) right|sort\w*|redo|re-do"
    r"|rectif\w*|resolv\w*|settle\w*|take care of|new \w+|offer\w*|worth to you|what'?s it worth"
    r"|\w+% off|knock\w*|points? back|freeze|bump (?:us|me)|propos\w*|makes? things right"
    r"|returns?|exchange|what (?:could|can|will|would) you do"
)


# Words of a public act: a trade offers something public, and a window with none ("I took leave
# for this. … refund me or I go to the Consumer Commission.", session 27) is no trade, however
# much the model likes its words. All 1,099 trades of the blind rounds, the tests and
# tools/guard_examples.tsv hold one. A word list, not the table's PUBLIC, SITE and GOPUBLIC slots:
# a gate needs no grammar, and their compiled alternation took 121 KB where this takes 18.
_PUBLIC_ACT = (
    r"reviews?|reviewing|rat(?:e|ed|es|ing|ings)|stars?|⭐|\d ?\*|\d(?:\.\d)?/(?:5|10)|write-?ups?"
    r"|blog\w*|vlog\w*|(?<!consumer )forums?|trustpilot|youtube|yelp|tripadvisor|google|feefo"
    r"|tiktok|facebook|fb"
    r"|twitter|instagram|insta|reddit|r/\w+|linkedin|threads|bluesky|mastodon|mumsnet|nextdoor"
    r"|airbnb|amazon|productreview|checkatrade|justdial|hipages|hellopeter|whatsapp|social media"
    r"|online"
    r"|on ?line|internet|viral|public|press|papers|media|news|journalist\w*|reporters?|followers"
    r"|subscribers|subs|viewers|readers|readership|audience|fans|members|everyone|everybody"
    r"|the world|groups?|channels?|page|account|story|stories|feed|newsletter|podcast|column"
    r"|community|thread|posts?|posted|posting|publish\w*|shar(?:e|es|ed|ing)|tag\w*|pin\w*"
    r"|upload\w*|tweet\w*|comment\w*|feedback|testimonial\w*|recommend\w*|word of mouth"
    r"|hear about|know about|hears? (?:it|this|the story|a thing|how)|nobody (?:[\w'-]+ ){0,4}?"
    r"(?:hears?|knows?|needs? to)|tell\w*|told|warn\w*|mention\w*|say nothing|saying nothing"
    r"|say about|to say|silence|quiet|schtum|between us|to myself|to ourselves|forget\w*"
    r"|everywhere|stays? (?:up|down)|take (?:it|this) down|delete\w*|remove\w*|edit\w*|draft\w*"
    r"|photos?|pictures?|pics?|video\w*|clips?|footage|screenshots?|write|writes|writing|wrote"
    r"|written|piece|name and shame"
)


@cache
def _public() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w'])(?:{_PUBLIC_ACT})(?!\w)")


@cache
def _remedy() -> re.Pattern[str]:
    from complaint_desk.core.posting.threat_forms import slot

    words = "|".join((slot("REMEDY"), slot("R_ANY"), _MORE_REMEDIES))
    return re.compile(rf"(?<![\w'])(?:{words})(?!\w)")


def warm_up() -> None:
    """Read the weights and compile the remedy words (~30 ms): the tone engine's warm-up calls
    this on its worker, so the first draft with a public act does not pay for it on the GUI
    thread."""
    models()
    _remedy()
    _public()


def _may_read(model: Model, window: str) -> bool:
    """Long enough to read (`Model.min_words`), holding a remedy and a public act where the
    model needs them (a trade: `Model.needs_remedy`), and no disclaimer of the kind's."""
    if len(_WORD.findall(window)) < model.min_words:
        return False
    if model.needs_remedy and (
        _remedy().search(normalise(window)) is None
        or _public().search(_OWN_RATING.sub(" ", window.lower())) is None
    ):
        return False
    return not disclaims(model.kind, window)


# The calm versions' own way of keeping a draft's star rating ("So far I would rate my experience
# 1 star.", core.rewrite.facts): the writer's view, no public act offered (session 29: beside
# "Not a credit note. A refund." it had read 0.6 as a trade, in the app's own rewrite).
_OWN_RATING = re.compile(r"so far i would rate my experience[^.!?\n]*")


def probability(model: Model, text: str) -> float:
    """The model's probability for one window. Each present feature counts 1/sqrt(how many
    features the window has), as in the fit, so a long window is not read as more certain."""
    if model.counted:
        return _logistic(model, [_sentence_part(model, text[s:e]) for s, e in sentence_spans(text)])
    found = features(text)
    if not found:
        return 0.0
    positions, values = model.positions, model.values
    total = 0.0
    for f in found:
        i = positions.get(f)
        if i is not None:
            total += values[i]
    z = model.bias + total / math.sqrt(len(found))
    return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))


class _SetPart(NamedTuple):
    """One sentence under a set model: its features, those the model knows with their rows,
    and its first and last words (a window's pairs across a sentence end)."""

    found: frozenset[str]
    rows: dict[str, int]
    first: str | None
    last: str | None


def _set_part(model: Model, sentence: str) -> _SetPart:
    words = _WORD_OR_EMOJI.findall(normalise(sentence))
    found = frozenset(features(sentence))
    rows = {f: i for f in found if (i := model.positions.get(f)) is not None}
    return _SetPart(found, rows, words[0] if words else None, words[-1] if words else None)


def _set_probability(model: Model, parts: Sequence[_SetPart]) -> float:
    """`probability` of the window the sentences of `parts` make: the union of their features
    and the word pairs across their ends, each distinct feature once."""
    found: set[str] = set()
    rows: dict[str, int] = {}
    for part in parts:
        found |= part.found
        rows.update(part.rows)
    for a, b in zip(parts, parts[1:], strict=False):
        if a.last is not None and b.first is not None:
            pair = f"{a.last} {b.first}"
            if pair not in found:
                found.add(pair)
                if (i := model.positions.get(pair)) is not None:
                    rows[pair] = i
    if not found:
        return 0.0
    values = model.values
    z = model.bias + sum(values[i] for i in rows.values()) / math.sqrt(len(found))
    return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))


def _logistic(model: Model, parts: Sequence[tuple[float, int, int]]) -> float:
    """A counted model's probability from its sentences' (weight sum, feature count, words)."""
    total = sum(p[0] for p in parts)
    count = sum(p[1] for p in parts)
    if not count:
        return 0.0
    z = model.bias + total / math.sqrt(count)
    return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))


def _sentence_part(model: Model, sentence: str) -> tuple[float, int, int]:
    """One sentence's (summed weight, feature count, words) under a counted model: each word's share
    (its weight and its pieces') comes from a per-model cache, so a sentence costs a dictionary
    look-up per word and per pair."""
    words = _told_words(sentence)
    if not words:
        return 0.0, 0, 0
    positions, values = model.positions, model.values
    held = _WORD_SHARES.get(id(values))
    if held is None or held[0] is not values:  # a new model (the fit's folds)
        held = _WORD_SHARES[id(values)] = (values, {})
    shares = held[1]
    if len(shares) > _WORD_SHARES_LIMIT:
        shares.clear()
    total = 0.0
    count = len(words) - 1  # the pairs
    for a, b in zip(words, words[1:], strict=False):
        i = positions.get(f"{a} {b}")
        if i is not None:
            total += values[i]
    for word in words:
        share = shares.get(word)
        if share is None:
            keys = _pieces(word)
            keys.append(word)
            rows = [positions.get(k) for k in keys]
            share = (sum(values[i] for i in rows if i is not None), len(keys))
            shares[word] = share
        total += share[0]
        count += share[1]
    return total, count, len(words)


# id(model.values) -> (model.values, word -> (its weight plus its pieces', its feature count)).
# The values are held so their id is not reused. Bounded: a paste of new words clears it
# rather than growing without end.
_WORD_SHARES: dict[int, tuple[Sequence[float], dict[str, tuple[float, int]]]] = {}
_WORD_SHARES_LIMIT = 50_000


@lru_cache(maxsize=1024)
def sentence_part(kind: str, sentence: str) -> tuple[float, int, int]:
    """`_sentence_part` under the shipped counted `kind` model, cached on the sentence: a
    re-score after a keystroke asks again for every sentence the keystroke left as it was."""
    model = models().get(kind)
    return (0.0, 0, 0) if model is None else _sentence_part(model, sentence)


def chance_of(kind: str, sentences: Sequence[str]) -> float:
    """The shipped counted `kind` model's probability for a window of sentences (the tone
    engine's own split); 0 below MIN_WORDS words or with no model."""
    model = models().get(kind)
    if model is None:
        return 0.0
    parts = [sentence_part(kind, s) for s in sentences]
    if sum(p[2] for p in parts) < MIN_WORDS:
        return 0.0
    return _logistic(model, parts)


def table_rows(path) -> list[list[str]]:
    """The rows of a weights table (see `models`) as [key, value...], comments left out:
    `@kinds`, `@bias`, `@threshold`, then one per feature. Comments only come before `@kinds`
    (a letter piece starts with "#" too). tools/fit_guard.py reads the shipped weights of a kind
    it does not refit through this too."""
    return [row for rows in _row_chunks(path) for row in rows]


_TABLE_CHUNK = 1 << 15  # bytes of lines read and split at a time


def _row_chunks(path) -> Iterator[list[list[str]]]:
    """The table's rows from `@kinds` on (the first chunk is that row alone), read and split in
    C a chunk of lines at a time: read whole, the 19,000 rows (one string of 4-byte characters,
    since a pictograph is among them, then a string and a list per row) left the app's process
    1.4 MB bigger once freed, and the 100,000-draft budget has no room for it."""
    with path.open(encoding="utf-8") as lines:
        yield [next(line for line in lines if line.startswith("@kinds\t")).rstrip("\n").split("\t")]
        while chunk := lines.readlines(_TABLE_CHUNK):
            yield [line.rstrip("\n").split("\t") for line in chunk if line.strip()]


class HashedIndex:
    """Feature -> its row, kept as the sorted hashes of the features, 8 bytes each, instead of
    a dictionary of strings (about 130 bytes a feature): the three shipped models hold 19,000
    features, and the 100,000-draft memory budget has no room for 2 MB of them. A look-up is a
    hash and a binary search (~0.5 µs; a dictionary's is ~0.05 µs): the counted model looks a
    word up once (`_sentence_part`'s cache), the guards a few hundred times a window. The
    hashes are Python's own, taken when the table is read, so they hold for this process."""

    __slots__ = ("_hashes",)

    def __init__(self, hashes: array[int]) -> None:
        self._hashes = hashes

    def get(self, feature: str, /) -> int | None:
        h = hash(feature)
        hashes = self._hashes
        i = bisect_left(hashes, h)
        return i if i < len(hashes) and hashes[i] == h else None

    def __contains__(self, feature: object) -> bool:
        return isinstance(feature, str) and self.get(feature) is not None

    def __getitem__(self, feature: str) -> int:
        i = self.get(feature)
        if i is None:
            raise KeyError(feature)
        return i

    def __len__(self) -> int:
        return len(self._hashes)


@cache
def models() -> dict[str, Model]:
    """The shipped models by kind, read from resources/tone/learned_guard.tsv: `#` comments
    (before the rest), a `@kinds` row naming the kinds, `@bias` and `@threshold` rows with a
    value per kind, then a `feature<TAB>weight per kind` row per feature (0: none). Read into
    one shared `HashedIndex` and a flat array per kind: no object per feature or weight."""
    from complaint_desk.core.resources import resource_path

    kinds, head, hashes, columns = _read_table(resource_path("tone", "learned_guard.tsv"))
    if len(set(hashes)) != len(hashes):
        raise ValueError("learned_guard.tsv: two features share a hash")
    order = sorted(range(len(hashes)), key=hashes.__getitem__)
    index = HashedIndex(array("q", map(hashes.__getitem__, order)))
    return {
        kind: Model(
            head["@bias"][k],
            head["@threshold"][k],
            index,
            array("f", map(columns[k].__getitem__, order)),
            needs_remedy=kind == "extortion",
            counted=kind in COUNTED,
            min_words=min_words_of(kind),
            kind=kind,
        )
        for k, kind in enumerate(kinds)
    }


def _read_table(path) -> tuple[list[str], dict[str, list[float]], array[int], list[array[float]]]:
    """The table as kinds, head rows, each feature's hash and a column of weights per kind, in
    file order, each chunk of rows (`_row_chunks`) kept as arrays at once."""
    chunks = _row_chunks(path)
    kinds = next(chunks)[0][1:]
    head: dict[str, list[float]] = {}
    hashes: array[int] = array("q")
    columns: list[array[float]] = [array("f") for _ in kinds]
    for rows in chunks:
        for row in rows:
            if row[0].startswith("@"):
                head[row[0]] = [float(v) for v in row[1:]]
        features = [row for row in rows if not row[0].startswith("@")]
        if not features:
            continue
        keys, *values = zip(*features, strict=True)
        hashes.extend(map(hash, keys))
        for column, weights in zip(columns, values, strict=True):
            column.extend(map(float, weights))
    return kinds, head, hashes, columns


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentences as (start, end) spans without their trailing space; a plain split is enough
    here (a window holds three, so a missed boundary only widens one)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        end = m.start() + len(m.group().rstrip())
        if text[start:end].strip():
            spans.append((start, end))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


@lru_cache(maxsize=4)
def find(text: str, kind: str) -> tuple[tuple[int, int], ...]:
    """Spans of the windows the shipped `kind` model reads at or above its threshold (see
    `find_with`). Empty for a kind with no model. Cached: Copy out checks the same text for
    each site the user picks (~12 ms a kind for 5,000 characters: benchmarks/bench_platforms)."""
    model = models().get(kind)
    if model is None:
        return ()
    return tuple(find_with(model, text, None if model.counted else _shipped_parts(text)))


def clear_caches() -> None:
    """Forget every text read (for a benchmark's uncached figure)."""
    find.cache_clear()
    _shipped_parts.cache_clear()


@lru_cache(maxsize=2)
def _shipped_parts(text: str) -> tuple[_SetPart, ...]:
    """Each sentence's `_SetPart` under the shipped index, which the set models share: Copy out
    asks for extortion and then threats in the same text, and looks each feature up once."""
    model = next(m for m in models().values() if not m.counted)
    return tuple(_set_part(model, text[a:b]) for a, b in sentence_spans(text))


def reads(kind: str, window: str) -> bool:
    """Whether the shipped `kind` model reads `window` (up to WINDOW sentences, joined) at or
    above its threshold; never a window of fewer than MIN_WORDS words."""
    model = models().get(kind)
    return model is not None and chance(kind, window) >= model.threshold


@lru_cache(maxsize=256)
def chance(kind: str, window: str) -> float:
    """The shipped `kind` model's probability for `window`; 0 for a window it does not read
    (fewer than MIN_WORDS words, no remedy where one is needed) and for a kind with no model.
    Cached on the window's text: the tone engine asks again for every keystroke that leaves
    the window as it was."""
    model = models().get(kind)
    if model is None or not _may_read(model, window):
        return 0.0
    return probability(model, window)


def find_with(
    model: Model, text: str, parts: Sequence[_SetPart] | None = None
) -> list[tuple[int, int]]:
    """Spans of the windows (up to WINDOW sentences from each sentence) `model` reads at or
    above its threshold, merged where they overlap. The fit scores its held-out rounds so.
    A set model's windows are scored from each sentence's features, looked up once for all
    the windows that hold it (`_set_probability`): a look-up in the shipped index is a binary
    search, and a sentence sits in up to three windows. `parts`: those of the text under the
    model's index, when the caller has them."""
    if not text.strip():
        return []
    sentences = sentence_spans(text)
    if model.counted:
        parts = None
    elif parts is None:
        parts = [_set_part(model, text[a:b]) for a, b in sentences]
    hits: list[tuple[int, int]] = []
    for i in range(len(sentences)):
        window = sentences[i : i + WINDOW]
        start, end = window[0][0], window[-1][1]
        piece = text[start:end]
        if not _may_read(model, piece):
            continue
        if parts is None:
            chance = probability(model, piece)
        else:
            chance = _set_probability(model, parts[i : i + WINDOW])
        if chance >= model.threshold:
            hits.append((start, end))
    return merged_spans(hits)


def merged_spans(spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans in order, merged where they overlap or meet (windows read one after another)."""
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
