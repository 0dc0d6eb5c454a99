"""A learned second reader for extortion and threats, beside the hand-written table.

The table (`threat_forms.tsv`) reads the shapes people write, and blind rounds showed its limit:
forms written from one round catch that round and little of the next (rounds 70-74: 36 of 75
extortions caught when written). This reader is a logistic regression over the words, word
pairs and 3-5 letter pieces of a message, fitted by `tools/fit_guard.py` on the labelled rounds
in the tests and `tools/guard_examples.tsv` (what sites reject, and the innocent look-alikes
beside them), the app's own calm versions of them, and 59,404 tweets and Reddit comments as
ordinary text. With whole rounds left out it catches about four in five of their extortions and
two in five of their threats; see `resources/tone/README.md`.

It reads windows of up to three sentences (the length of the messages it learned from), an
extortion window only where a remedy is named. It adds to the table, never replaces it: in the
site rules its extortion finding is a rule error the user can copy past ("copy anyway"), not
the table's outright block, because a model can be wrong in ways a form cannot.

Cost: the features of a window are a few hundred set entries (~0.1 ms a window). The site rules
read every window (before copy-out); the tone engine reads a window only where its one scan of
the draft met a public act (extortion: "review", "post", "Google"...) or a word of the menace
pairs' gate (threats: a watching or a harm), and caches each window's answer, so most drafts and
keystrokes pay nothing. The weights (~11,000) load on the scorer's warm-up worker.
"""

from __future__ import annotations

import math
import re
from array import array
from collections.abc import Mapping, Sequence
from functools import cache, lru_cache
from typing import NamedTuple

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})
_LINK = re.compile(r"https?://\S+|www\.\S+|\S+@\S+\.\w+|(?<!\w)@\w+")
_MONEY = re.compile(r"[£$€]\s?\d[\d,.]*k?")
_STARS = re.compile(r"\b\d+[- ]?stars?\b|⭐+|\b(?:one|two|three|four|five)[- ]stars?\b")
_NUMBER = re.compile(r"\d+")
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*\s+|\n+")
WINDOW = 3  # sentences a window holds: the learned messages are one to four sentences long
PIECE_SIZES = (3, 4, 5)
# Fewer words than this and a window is not read: the learned messages run 10-60 words, and on a
# line of a few words ("Who hurt you?", "You've got this") the model is guessing.
MIN_WORDS = 5


def normalise(text: str) -> str:
    """Lower case with links, addresses and handles, amounts, star ratings and numbers as
    tokens, so "£40" and "$220" are one feature and the model learns the role, not the figure
    (and a link's words, ".../review", are not read as the writer's)."""
    t = _LINK.sub(" zlink ", text.lower().translate(_APOSTROPHES))
    t = _MONEY.sub(" zmoney ", t)
    t = _STARS.sub(" zstars ", t)
    return _NUMBER.sub(" znum ", t)


def features(text: str) -> set[str]:
    """Words, neighbouring word pairs and the 3-5 letter pieces of each word (padded with a
    space each side, so a piece can mark a word's start or end): pieces carry a misspelt or
    inflected word ("refnd", "reviewed") to what the model knows. The fit uses this function."""
    words = _WORD.findall(normalise(text))
    out = set(words)
    out.update(f"{a} {b}" for a, b in zip(words, words[1:], strict=False))
    for word in set(words):
        padded = f" {word} "
        for n in PIECE_SIZES:
            out.update("#" + padded[i : i + n] for i in range(len(padded) - n + 1))
    return out


class Model(NamedTuple):
    bias: float
    threshold: float
    # feature -> its place in `values`; the shipped models share one index (most features are
    # in both), and values are a flat array, not a float object each: ~1 MB less than a dict of
    # floats per kind, which the 100,000-draft memory budget needs.
    positions: Mapping[str, int]
    values: Sequence[float]
    needs_remedy: bool = False  # extortion: a window with no word of a remedy is not read


def model_from(
    bias: float, threshold: float, weights: Mapping[str, float], needs_remedy: bool = False
) -> Model:
    """A model with its own index (the fit's; `models()` shares one between the kinds)."""
    keys = sorted(weights)
    values = array("d", (weights[k] for k in keys))
    return Model(bias, threshold, {k: i for i, k in enumerate(keys)}, values, needs_remedy)


def weights_of(model: Model) -> dict[str, float]:
    """The model's non-zero weights by feature."""
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


def _may_read(model: Model, window: str) -> bool:
    """Long enough to read (MIN_WORDS), and holding a remedy where the model needs one."""
    if len(_WORD.findall(window)) < MIN_WORDS:
        return False
    return not model.needs_remedy or _remedy().search(normalise(window)) is not None


def probability(model: Model, text: str) -> float:
    """The model's probability for one window. Each present feature counts 1/sqrt(how many
    features the window has), as in the fit, so a long window is not read as more certain."""
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


@cache
def models() -> dict[str, Model]:
    """The shipped models by kind, read from resources/tone/learned_guard.tsv: `#` comments
    (before the rest), a `@kinds` row naming the kinds, `@bias` and `@threshold` rows with a
    value per kind, then a `feature<TAB>weight per kind` row per feature (0: none). Read line
    by line into one shared index and a flat array per kind: no object per weight."""
    from complaint_desk.core.resources import resource_path

    kinds: list[str] = []
    head: dict[str, list[float]] = {}
    index: dict[str, int] = {}
    columns: list[array[float]] = []
    with resource_path("tone", "learned_guard.tsv").open(encoding="utf-8") as rows:
        for line in rows:
            if not line.strip() or (not kinds and line.startswith("#")):
                continue  # comments only come before @kinds: a letter piece starts with "#" too
            key, *values = line.rstrip("\n").split("\t")
            if key == "@kinds":
                kinds = values
                columns = [array("f") for _ in kinds]  # 4 bytes a weight is plenty
            elif key.startswith("@"):
                head[key] = [float(v) for v in values]
            else:
                index[key] = len(index)
                for column, value in zip(columns, values, strict=True):
                    column.append(float(value))
    return {
        kind: Model(
            head["@bias"][k],
            head["@threshold"][k],
            index,
            columns[k],
            needs_remedy=kind == "extortion",
        )
        for k, kind in enumerate(kinds)
    }


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
    return () if model is None else tuple(find_with(model, text))


@lru_cache(maxsize=256)
def reads(kind: str, window: str) -> bool:
    """Whether the shipped `kind` model reads `window` (up to WINDOW sentences, joined) at or
    above its threshold; never a window of fewer than MIN_WORDS words. Cached on the window's
    text: the tone engine asks again for every keystroke that leaves the window as it was."""
    model = models().get(kind)
    if model is None or not _may_read(model, window):
        return False
    return probability(model, window) >= model.threshold


def find_with(model: Model, text: str) -> list[tuple[int, int]]:
    """Spans of the windows (up to WINDOW sentences from each sentence) `model` reads at or
    above its threshold, merged where they overlap. The fit scores its held-out rounds so."""
    if not text.strip():
        return []
    sentences = sentence_spans(text)
    hits: list[tuple[int, int]] = []
    for i in range(len(sentences)):
        window = sentences[i : i + WINDOW]
        start, end = window[0][0], window[-1][1]
        piece = text[start:end]
        if _may_read(model, piece) and probability(model, piece) >= model.threshold:
            hits.append((start, end))
    merged: list[tuple[int, int]] = []
    for start, end in hits:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
