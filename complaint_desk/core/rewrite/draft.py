"""The calm rewrite of a whole draft: one suggestion per hot sentence, settled until the draft
reads calm (`suggestions`), applied (`apply`, `calm_version`)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from complaint_desk.core.posting.reported import blanked, quotations
from complaint_desk.core.rewrite.facts import RewriteFacts, _carry_facts, fact_tokens
from complaint_desk.core.rewrite.pressure import ASKS, FURTHER, IF_NOT, _mid_sentence
from complaint_desk.core.rewrite.sentence import (
    _FEELING_SAID,
    _LETTER,
    _NOT_HAPPY,
    _ULTIMATUM_FILLER,
    _acronyms,
    _calm_clauses,
    _split_outside_brackets,
    rewrite_sentence,
)
from complaint_desk.core.rewrite.wording import CALM_TARGET, HOT_SENTENCE, _capitalise, _end, _heat


@dataclass(frozen=True)
class Suggestion:
    start: int  # [start, end) code points of the original text
    end: int
    replacement: str
    reason: str
    heat_before: float = 0.0  # the sentence's heat, alone
    heat_after: float = 0.0  # the replacement's heat, alone

    @property
    def original_span(self) -> tuple[int, int]:
        return (self.start, self.end)


def traded_span(report, score, sentence: str) -> tuple[int, int] | None:
    """The span, in the sentence, of an extortion the draft reads in it that the sentence alone
    does not hold (a trade across two sentences, `tone.trades`), else None: what
    `rewrite_sentence(..., traded=)` needs to calm that sentence on its own. `report` is the
    draft's `analyse()`, `score` the sentence's entry in it."""
    from complaint_desk.core.tone import analyse

    inside = [
        (s.start - score.start, s.end - score.start)
        for s in report.signals
        if s.kind == "extortion" and score.start <= s.start < score.end
    ]
    if not inside or len(report.sentences) < 2:
        return None
    alone = analyse(sentence)
    return None if any(s.kind == "extortion" for s in alone.signals) else inside[0]


def menace_halves(text: str, report) -> set[int]:
    """The sentences of each menace told across sentences (`threat_forms.menaces_across`) with a
    half the draft reads a threat in: the sentences before the last that hold a half of a pair,
    and the last one too when it holds no threat alone. Each is small talk on its own ("Your
    manager has a lovely conservatory."), so the rewrite leaves them out rather than calm them
    one by one; a last sentence that threatens alone is calmed as any threat is, and a sentence
    with a fact in it is rewritten as usual (its facts must survive)."""
    from complaint_desk.core.posting.threat_forms import menaces_across, pair_parts
    from complaint_desk.core.tone import analyse

    scores = report.sentences
    threatened = {
        i
        for i, sc in enumerate(scores)
        if any(s.kind == "threat" and sc.start <= s.start < sc.end for s in report.signals)
    }
    if not threatened or len(scores) < 2:
        return set()
    out: set[int] = set()
    # A pair ends on a sentence the draft reads a threat in: only those windows are read.
    for first, last in menaces_across([text[sc.start : sc.end] for sc in scores], threatened):
        if first == last or not {first, last} & threatened:
            continue
        # A sentence between the pair's halves that holds neither ("…torched. My Yelp post goes
        # from one star to five the moment the deposit is refunded. Enjoy the walk home…") is
        # its own: it is rewritten (here into the remedy), not left out with them (session 31).
        sentences = [text[scores[i].start : scores[i].end] for i in range(first, last)]
        out.update(
            i
            for i, said in zip(range(first, last), sentences, strict=True)
            if i == first or pair_parts(said)
        )
        alone = analyse(text[scores[last].start : scores[last].end])
        if not any(s.kind == "threat" for s in alone.signals):
            out.add(last)
    return out


def learned_threats(text: str, report) -> set[int]:
    """The sentences the learned threat reader points at where the draft reads no threat: the
    tone engine reads it only near a word of watching or harm, the site rules everywhere
    ("…or his office windows won't survive the weekend." is refused on Trustpilot and read
    calm). In each window of up to three sentences the reader reads, each sentence without
    which it would not (the menace's parts, not the account beside them), else the one whose
    leaving out lowers its reading most. The rewrite calms or leaves them out as any threat, so
    a calm version passes the rules its draft failed."""
    from complaint_desk.core.posting import learned_guard

    if not learned_guard.find(text, "threat"):
        return set()
    spans = learned_guard.sentence_spans(text)
    bar = learned_guard.models()["threat"].threshold
    # A window that holds a threat the draft reads is the rewrite's already (`menace_halves`,
    # and settling the draft until it reads calm).
    threatened = [s.start for s in report.signals if s.kind in ("threat", "extortion")]
    pointed: set[int] = set()
    for i in range(len(spans)):
        window = spans[i : i + learned_guard.WINDOW]
        start, end = window[0][0], window[-1][1]
        if any(start <= at < end for at in threatened):
            continue
        if learned_guard.chance("threat", text[start:end]) < bar:
            continue
        left = [
            learned_guard.chance(
                "threat", " ".join(text[a:b] for j, (a, b) in enumerate(window) if j != k)
            )
            for k in range(len(window))
        ]
        needed = [k for k in range(len(window)) if left[k] < bar]
        for k in needed or [min(range(len(window)), key=left.__getitem__)]:
            pointed.add(window[k][0])
    return {
        index
        for index, score in enumerate(report.sentences)
        if any(score.start <= start < score.end for start in pointed)
    }


def jab_spans(report, score, text: str) -> tuple[tuple[int, int], ...]:
    """The sarcasm the draft (`report`) reads in one of its sentences (`score`), as spans in
    the sentence, for `rewrite_sentence(drop=…)`: a dry jab is read from its window, and the
    sentence alone may read calm. An eye-roll emoji is no span here: it goes by itself
    (_ANGRY_EMOJI), and its clause is what happened."""
    return tuple(
        (s.start - score.start, s.end - score.start)
        for s in report.signals
        if s.kind == "sarcasm"
        and score.start <= s.start < score.end
        and _LETTER.search(text, s.start, s.end)
    )


def ask_before(text: str, report, index: int) -> str:
    """The sentence before, when this one only says what follows if not ("If not, I'm going to
    the CCPC…") and that one asks for the remedy ("I want the full €356.80 back by 24 May."):
    `rewrite_sentence(ask_before=)`. Else ""."""
    if index == 0:
        return ""
    here, before = report.sentences[index], report.sentences[index - 1]
    if IF_NOT.match(text, here.start, here.end) is None:
        return ""
    # The ask and its date may be two sentences: "I want the £54.85 back. You've got a week."
    first = report.sentences[max(0, index - 2)]
    for start in sorted({before.start, first.start}, reverse=True):
        said = text[start : before.end]
        request = any(s.kind == "request" and start <= s.start < before.end for s in report.signals)
        if request or ASKS.search(said):
            return said
    return ""


def _trade_across(text: str, report, index: int) -> bool:
    """Whether the table reads a trade told across this sentence and the one before (its public
    act there, the remedy here: `tone.trades`). A trade the learned guard reads is shown on the
    public act itself, and the sentence before it is the writer's account: it stays."""
    from complaint_desk.core.tone.trades import across

    before, here = report.sentences[index - 1], report.sentences[index]
    return across(text[before.start : before.end], text[here.start : here.end]) is not None


def _left_out(text: str, score, reason: str) -> Suggestion:
    """A suggestion to leave a whole sentence out (the space after it goes too)."""
    return Suggestion(
        score.start, _past_spaces(text, score.end), "", reason, round(score.heat, 1), 0.0
    )


def _without_offers(
    text: str, report, items: list[Suggestion], halves: list[int]
) -> list[Suggestion]:
    """`items` with each sentence in `halves` left out: the public act of a trade told across it
    and the sentence after ("Ya know what'd make my Yelp review way nicer? My money back."), once
    that sentence asks for the remedy. A sentence with a fact in it, or one already rewritten, is
    kept as it is: its facts must survive, and the rewrite has said what it can."""

    taken = [(i.start, i.end) for i in items]
    added = []
    for index in halves:
        score = report.sentences[index]
        sentence = text[score.start : score.end]
        if fact_tokens(sentence) or any(a < score.end and score.start < b for a, b in taken):
            continue
        added.append(
            _left_out(
                text,
                score,
                "The public half of the trade after it: the next sentence asks for the remedy.",
            )
        )
    return sorted(items + added, key=lambda i: i.start) if added else items


def suggestions(text: str, facts: RewriteFacts | None = None) -> list[Suggestion]:
    """One calmer replacement per hot sentence, in text order (spans never overlap).

    A sentence gets one when it has something to calm (shouting, "!!!", profanity, insults,
    threats, extortion, blame, absolutes…) or reads past calm on its own. A replacement of ""
    leaves the sentence out (its span then takes the space after it too)."""
    from complaint_desk.core.tone import analyse
    from complaint_desk.core.tone.split import split_spans

    if not isinstance(text, str) or not text.strip():
        return []
    report = analyse(text)
    items: list[Suggestion] = []
    # A sentence the draft already holds ("If this is not resolved by…, I will…", used from an
    # earlier suggestion) is not generated again.
    seen: set[str] = {text[s.start : s.end].strip() for s in report.sentences}
    pressure = False  # the sentence before held a threat or an extortion
    offer_halves: list[int] = []  # sentences whose public act a trade after them completes
    runs = _word_at_a_time(text, report)
    veiled = menace_halves(text, report)
    learned = learned_threats(text, report)
    for index, score in enumerate(report.sentences):
        if index in runs:
            last = runs[index]
            if last is None:
                continue  # inside a run said a word at a time: its first sentence stands for it
            end = report.sentences[last].end
            said = text[score.start : end]
            words = [w.strip(".!?‼⁉…") for w in said.split()]
            # "Fix. My. Boiler." -> "Fix my boiler."; a shouted word is left for the rewrite.
            words[1:] = [w.lower() if w.istitle() else w for w in words[1:]]
            new = rewrite_sentence(" ".join(words) + ".", facts, seen)
            items.append(
                Suggestion(
                    score.start,
                    end,
                    new,
                    "Said a word at a time, it reads as shouting: one sentence says it calmly.",
                    round(max(s.heat for s in report.sentences[index : last + 1]), 1),
                    round(_heat(new), 1),
                )
            )
            pressure = False
            continue
        sentence = text[score.start : score.end]
        if index > 0 and _echoes(sentence, text[report.sentences[index - 1].start : score.start]):
            items.append(
                _left_out(
                    text,
                    score,
                    "Repeats a word of the sentence before for emphasis: that sentence says it.",
                )
            )
            continue
        if index in veiled and not fact_tokens(sentence):
            items.append(
                _left_out(
                    text,
                    score,
                    "Part of a veiled threat told across sentences: it says nothing the "
                    "company can act on, and a site would remove it.",
                )
            )
            pressure = True
            continue
        framing = pressure and _ULTIMATUM_FILLER.fullmatch(sentence)
        pressure = index in learned or any(
            s.kind in ("threat", "extortion") and score.start <= s.start < score.end
            for s in report.signals
        )
        if framing:
            items.append(_left_out(text, score, "Part of the ultimatum before it."))
            continue
        drop = jab_spans(report, score, text)
        traded = traded_span(report, score, sentence)
        if traded is not None and index > 0 and _trade_across(text, report, index):
            offer_halves.append(index - 1)
        new = rewrite_sentence(sentence, facts, seen, drop, traded, ask_before(text, report, index))
        if new and _heat(new) >= CALM_TARGET:
            # Someone's words keep it hot, and they are not reworded: the sentence goes on
            # without them ("The engineer said something and left.").
            unquoted = _without_quotation(new)
            if unquoted is not None and _heat(unquoted) <= _heat(new) - 15:
                new = unquoted
        if new and not _WORDING.search(new):
            new = ""  # "Seriously?!" less its interjection is "?": nothing is left to say
        if new != sentence and _FEELING_SAID.search(new):
            # "I am unhappy about waiting." says the feeling: a later sentence left out whole
            # gets no "I am not happy with how this has been handled." after it.
            seen.add(new)
        if new == sentence and pressure and not fact_tokens(sentence):
            # The draft reads a threat or a trade here that the sentence alone does not show (the
            # learned guard, over its neighbours): nothing in it can be calmed word by word.
            reason = (
                "Copy out's threat reader reads this as a threat, which a site would remove: "
                "ask for what you want plainly instead."
                if index in learned
                else "With the sentences around it this reads as a threat or as trading the "
                "review for a remedy, which a site would remove; it says nothing the "
                "company can act on."
            )
            items.append(_left_out(text, score, reason))
            continue
        if new == sentence:
            continue
        after = _heat(new)
        if (
            new
            and after >= score.heat
            and score.heat < HOT_SENTENCE
            and not drop
            and not _quietened(sentence, new)
        ):
            # No calmer than it was. Sarcasm said plainly is kept as a suggestion even so:
            # "My holiday was ruined" reads a point hotter than the sarcastic thanks (its
            # negative word counts once the thanks are gone), and it is what the writer means.
            # So is a run of "!!!" or "??" made one mark, or a word in capitals made plain: a
            # sentence at the calm floor ("…and it's now 2 May!!!", "…was a JOKE.", blind
            # round 83) reads no calmer, and looks it.
            continue
        start, end = score.start, score.end
        if not new:
            end = _past_spaces(text, end)
            if (start == 0 or text[start - 1] == "\n") and text.startswith("\n", end):
                end += 1  # a line of its own ("- Your driver was rude") goes with its break
        items.append(
            Suggestion(
                start,
                end,
                new,
                _reason(
                    sentence, [x for x in report.signals if score.start <= x.start < score.end]
                ),
                round(score.heat, 1),
                round(after, 1),
            )
        )
    items = _without_offers(text, report, items, offer_halves)
    items = _settle(text, items, facts)
    items = _without_generic_repeats(text, items)
    del split_spans  # imported for the side effect of a warm cache only
    return items


# One word of letters as a sentence ("Fix.", "NOW!"); never a reference ("AA000."), kept as is.
_ONE_WORD = re.compile(r"\s*[^\W\d_](?:[^\W\d_]|['’-])*[.!?‼⁉…]+\s*")

_WORDING = re.compile(r"[^\W_]")  # a letter or digit: something said
_MARK_RUN = re.compile(r"[!‼⁉]{2,}|\?{2,}|[?!]{3,}")  # "!!!", "??", "?!?!"
_CAPITALS = re.compile(r"\b[A-Z]{3,}\b")  # a word in capitals (an acronym stays in both)


def _quietened(sentence: str, new: str) -> bool:
    """Whether `new` made a run of marks one, or a word in capitals plain."""
    if _MARK_RUN.search(sentence) is not None and _MARK_RUN.search(new) is None:
        return True
    return len(_CAPITALS.findall(new)) < len(_CAPITALS.findall(sentence))


def _word_at_a_time(text: str, report) -> dict[int, int | None]:
    """Runs of two or more one-word sentences that read as raised voice ("Fix. My. Boiler.",
    "Two. Hours."; not "Yes. No."): the first sentence's index -> the run's last index; the
    others -> None."""
    sentences = report.sentences
    loud = [g.start for g in report.signals if g.kind == "shouting"]
    runs: dict[int, int | None] = {}
    i = 0
    while i < len(sentences):
        j = i
        while j < len(sentences) and _ONE_WORD.fullmatch(
            text[sentences[j].start : sentences[j].end]
        ):
            j += 1
        if (
            j - i >= 2
            and any(sentences[i].start <= at < sentences[j - 1].end for at in loud)
            and _reads_as_one(text, sentences[i:j])
        ):
            runs[i] = j - 1
            runs.update({k: None for k in range(i + 1, j)})
            i = j
        else:
            i += 1
    return runs


# Words that glue a run of one-word sentences into one ("Fix. My. Boiler.", "Two. Hours.",
# "Shame. On. You.", "Worst. Airline. Ever."); without one the words are said apart ("Soaked.
# Ruined.").
_RUN_GLUE = frozenset(
    """my your our their his her it its me us you him them the a an this that these those on in
    at to of for off out up down now again every single one two three four five six seven eight
    nine ten hours days weeks months years minutes times ever worst best""".split()
)


def _reads_as_one(text: str, run) -> bool:
    """A run of one-word sentences reads as one sentence: no question in it ("Phone call? Nope.
    Apology?") and a word that only makes sense joined to the others."""
    words = [text[s.start : s.end].strip() for s in run]
    if any(w.endswith("?") for w in words):
        return False
    return any(w.rstrip(".!‼⁉…").lower() in _RUN_GLUE for w in words)


def _past_spaces(text: str, end: int) -> int:
    """The end of a sentence left out, with the spaces after it (so no double space is left)."""
    while end < len(text) and text[end] in " \t":
        end += 1
    return end


def _reason(sentence: str, signals: list | None = None) -> str:
    """Why the sentence is calmer rewritten: its strongest signals as the draft reads them
    (`signals`; "Customer service at its finest." is sarcasm only after what went wrong), or as
    it reads alone."""
    from complaint_desk.core.tone import SIGNAL_KINDS, analyse

    kinds = []
    found = analyse(sentence).signals if signals is None else signals
    for s in sorted(found, key=lambda s: -s.weight):
        if s.weight >= 1.0 and s.kind in SIGNAL_KINDS and s.kind not in ("learned",):
            label = SIGNAL_KINDS[s.kind]
            if label not in kinds:
                kinds.append(label)
    if not kinds:
        return "Reads hotter than it needs to: the same facts, said plainly."
    return "Calmer without: " + ", ".join(k.lower() for k in kinds[:3]) + "."


def apply(text: str, items: list[Suggestion]) -> str:
    """`text` with the given suggestions applied (later spans first, so offsets hold)."""
    out = text
    # What ends just before an added sentence: a replacement ending there, applied after it.
    ending = {s.end: s.replacement for s in items if s.start < s.end}
    for item in sorted(items, key=lambda s: -s.start):
        before, replacement, after = out[: item.start], item.replacement, out[item.end :]
        last = ending.get(item.start, before).rstrip()[-1:] if item.start == item.end else ""
        if (
            item.start == item.end
            and replacement.startswith(" ")
            and replacement[1:2].isupper()
            and last.isalnum()
            and before.rstrip()[-1:].isalnum()
        ):
            # A sentence added after one with no stop: "Bloods boiling. I would like…", not
            # "Bloods boiling I would like…"
            before = before.rstrip() + "."
        if replacement.startswith(" ") and before.endswith((" ", "\n")):
            replacement = replacement.lstrip(" ")  # a sentence left out before it kept its space
        if not replacement and before.endswith(" ") and (not after or after[0] in " \n"):
            before = before.rstrip(" ")  # a last sentence left out takes the space before it
        out = before + replacement + after
    return out.strip()


SETTLE_ROUNDS = 12


def _settle(text: str, items: list[Suggestion], facts: RewriteFacts | None) -> list[Suggestion]:
    """Make the whole rewrite read calm: while it does not, the hottest remaining sentence is
    reduced to its facts (or left out when it has none). Keeps at least 40 % of the length by
    adding the remedy when too much went."""
    from complaint_desk.core.tone import analyse
    from complaint_desk.core.tone.split import split_spans

    asked = False
    settled: set[str] = set()  # sentences of the rewrite that cannot be cut any further
    # A long letter has more sentences to settle: one round per four sentences, twelve at least
    # (a 9,000-character letter stayed at 39 after twelve).
    rounds = max(SETTLE_ROUNDS, len(split_spans(text)) // 4)
    for _round in range(rounds):
        calm = apply(text, items)
        report = analyse(calm)
        if report.heat < CALM_TARGET or not calm:
            break
        if not asked:
            asked = True
            if not any(s.kind == "request" for s in report.signals):
                remedy = (
                    _mid_sentence(facts.remedy)
                    if facts is not None and facts.remedy
                    else "this resolved"
                )
                at = _insertion_point(text, items)
                items.append(
                    Suggestion(
                        at,
                        at,
                        _joiner(text, at) + f"I would like {remedy}.",
                        "Say what would put it right: a clear request cools the whole draft.",
                        0.0,
                        round(_heat(f"I would like {remedy}."), 1),
                    )
                )
                continue
        # Sentences that still show a hostile signal go first; a plain account of what
        # happened is reduced only when nothing else is left to calm.
        hostile = [
            s
            for s in report.sentences
            if any(
                g.kind in _SETTLE_FIRST and s.start <= g.start < s.end and g.weight > 0.5
                for g in report.signals
            )
        ]
        # A sentence already cut to what it must keep is passed over for the next hottest
        # (session 34: "For reference: …, FF-US-662018." read as praise beside a jab and, cut
        # no further, had ended the settling with the jab still in).
        hottest = max(
            [s for s in hostile if calm[s.start : s.end] not in settled]
            or [s for s in report.sentences if calm[s.start : s.end] not in settled],
            key=lambda s: s.heat,
            default=None,
        )
        if hottest is None:
            break
        # Map the hottest sentence of the rewrite back to a span of the original.
        target = calm[hottest.start : hottest.end]
        owner = _owner(text, items, target)
        if owner is None:
            break
        start, end, current = owner
        if current.startswith("For reference") or current.startswith("I would like"):
            if _round > rounds - 4:
                break
        original = text[start:end]
        unquoted = _without_quotation(current)
        if unquoted is not None:
            # Someone's words in quotation marks are kept as said or not at all: the sentence
            # says what they did without them ("Your driver shouted at my mum on 3 May.").
            items = [i for i in items if not (i.start == start and i.end == end)]
            items.append(
                Suggestion(
                    start,
                    end,
                    unquoted,
                    "Reads hot even calmed: what was said is left to the reply, not quoted.",
                    round(_heat(original), 1),
                    round(_heat(unquoted), 1),
                )
            )
            items.sort(key=lambda s: s.start)
            continue
        calm_part = _calm_clauses(original, _acronyms())
        reduced = (
            _end(_capitalise(_carry_facts(original, calm_part)))
            if calm_part and calm_part != current
            else _carry_facts(original, "").strip()
        )
        # No shorter than what is there: the original's calm clauses are in already.
        stuck = bool(calm_part) and (calm_part == current or len(reduced) >= len(current))
        if stuck:
            # A long account whose clauses each read calm can still sum past calm: its
            # hottest clause goes, one a round, before the whole is cut to its facts (a
            # 90-word run-on about a broadband fault had become "For reference: …").
            fewer = _without_hottest_clause(current)
            reduced = (
                _end(_capitalise(_carry_facts(current, fewer)))
                if fewer
                else _carry_facts(original, "").strip()
            )
        if reduced == current:
            if not current:
                break
            reduced = _plain(current)
            if reduced == current:
                settled.add(target)
                continue
        items = [i for i in items if not (i.start == start and i.end == end)]
        items.append(
            Suggestion(
                start,
                end,
                reduced,
                "Reads hot even calmed: only its facts are kept.",
                round(_heat(text[start:end]), 1),
                round(_heat(reduced), 1),
            )
        )
        items.sort(key=lambda s: s.start)
    return _keep_its_point(text, items, facts)


_SIGN_OFF = re.compile(
    r"\n\s*\n(?P<close>[^\n]{1,40}(?:\n[^\n]{1,40}){0,2})\s*$",
)


# A close on the body's last line: "…by next Friday. Cheers, Dave.", "…Regards, Jürgen
# Weidemann", or the writer's name alone ("…24 May. Siobhán Keane", "A. Baptiste.", "Camille
# Dufresne, 06 12 34 56 78"). A sentence added after the body goes before it (session 32).
_INLINE_CLOSE = re.compile(
    r"(?:(?<=[.!?])[ \t]+|[ \t]*\n)[ \t]*(?:"
    r"(?:(?:(?:kind|best|warm|many)\s+)?(?:regards|thanks|wishes)|cheers|thank\s+you|thanking\s+you|"
    r"sincerely|respectfully|yours(?:\s+(?:sincerely|faithfully|truly|ever))?(?:,[^\n.!?]{1,40})?)"
    r"(?:[,.!](?:\s+[^\n!?]{1,40}?)?|[ \t]*\n[^\n!?]{1,40}?)?|"
    # a name with an initial may end on a stop ("A. Baptiste."); one without may not: "Tell
    # Trading Standards." is a sentence
    r"(?-i:[A-Z]\.\s?[A-Z][\w'’-]+\.?|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})"
    r"(?:,\s*\S+(?:\s\d[\d ]*)?)?)\s*$",
    re.IGNORECASE,
)


def _end_of_body(text: str) -> int:
    """Where a sentence added to the draft goes: before the letter's sign-off ("…Ofwat.\n\n
    Regards,\nR. Patel") when it ends with one (a last short paragraph with no full stop at its
    end), else at the end."""
    m = _SIGN_OFF.search(text)
    if m and not m.group("close").rstrip().endswith((".", "!", "?")):
        return len(text[: m.start()].rstrip())
    inline = _INLINE_CLOSE.search(text)
    if inline is not None:
        return inline.start()
    return len(text.rstrip())


def _insertion_point(text: str, items: list[Suggestion]) -> int:
    """Where a sentence added to the draft goes (`_end_of_body`), never inside a span already
    replaced ("thanks for nothing. " ends past the text's last word)."""
    body = _end_of_body(text)
    return max([body, *(i.end for i in items if i.start < body)])


# A draft that ends on a handle, a hashtag or a link ("…shameful @HeathrowAirport"): a sentence
# added after it starts on a line of its own, not run on after the tag.
_ENDS_ON_A_TAG = re.compile(r"(?:^|\s)(?:[@#]\w+|https?://\S+|www\.\S+)\s*$", re.IGNORECASE)


def _joiner(text: str, at: int) -> str:
    return "\n" if _ENDS_ON_A_TAG.search(text[:at]) else " "


def _keep_its_point(
    text: str, items: list[Suggestion], facts: RewriteFacts | None
) -> list[Suggestion]:
    """A draft that was mostly heat ("🤬🤬🤬 @Acme 🤬🤬🤬" -> "@Acme") still says what it is
    about: below 40 % of its length, a plain sentence of its point is added."""
    calm = apply(text, items)
    if not text.strip() or (calm.strip() and len(calm) >= 0.4 * len(text.strip())):
        return items  # (an empty calm version of a draft that was all heat still says its point)
    for said in (*_NOT_HAPPY.values(), "I would like this resolved."):
        if said not in calm:
            break
    if facts is not None and facts.remedy and "I would like" not in calm:
        said = f"I would like {_mid_sentence(facts.remedy)}."
    at = _insertion_point(text, items)
    items.append(
        Suggestion(
            at,
            at,
            _joiner(text, at) + said,
            "Says what the draft is about once the heat is gone.",
            0.0,
            round(_heat(said), 1),
        )
    )
    items.sort(key=lambda s: (s.start, s.end))  # before a sign-off replaced after it
    return items


_SETTLE_FIRST = frozenset(
    {
        "insult",
        "profanity",
        "blame",
        "sarcasm",
        "threat",
        "extortion",
        "shouting",
        "exclamation",
        "anger",
        "hashtag",
        "absolute",
    }
)


def _plain(sentence: str) -> str:
    return _carry_facts(sentence, "").strip()


def _owner(text: str, items: list[Suggestion], target: str) -> tuple[int, int, str] | None:
    from complaint_desk.core.tone.split import split_spans

    by_span = {(i.start, i.end): i for i in items if i.end > i.start}
    for s, e in split_spans(text):
        item = next((i for (a, b), i in by_span.items() if a == s), None)
        current = item.replacement if item is not None else text[s:e]
        if target and target in current:
            return (s, item.end if item else e, current)
    return None


def calm_version(text: str, facts: RewriteFacts | None = None) -> str:
    """The whole draft rewritten calmly (every suggestion applied). Keeps the facts verbatim."""
    if not isinstance(text, str) or not text.strip():
        return text if isinstance(text, str) else ""
    return apply(text, suggestions(text, facts))


# What a rewrite says when the sentence gave it no next step of its own.
_GENERIC_STEP = re.compile(rf"\s*If this is not resolved [^.]*?, I will {FURTHER}\.")
# The writer's own next step, kept as written: "…or I go to the consumer ombudsman", "If not,
# I'm reporting it to the CCPC".
_OWN_STEP = re.compile(
    r"\b(?:or|if not|otherwise|failing that)\b,?\s+"
    r"(?:(?:i|we)(?:['’]ll|['’]m| will| am| shall)?\s+)?"
    r"(?:go(?:ing)?|take|taking|report|reporting|refer|referring|complain|complaining|file|"
    r"filing|lodge|lodging|contact|contacting|escalate|escalating|raise|raising)\b[^.!?]*?"
    r"\b(?:ombudsman|court|small claims|trading standards|regulator|chargeback|tribunal|"
    r"authority|commission|council|watchdog|bank|lawyer|solicitor|attorney|(?-i:[A-Z]{3,}))\b",
    re.IGNORECASE,
)


def _without_generic_repeats(text: str, items: list[Suggestion]) -> list[Suggestion]:
    """`items` less a generated "…, I will take the matter further." where the draft names its
    own next step elsewhere (session 34: "I want full compensation or I go to the consumer
    ombudsman…" was followed by one, made of the publicity after it). A generated ask stays: it
    cools the draft, and asking twice loses nothing."""
    if not any(_GENERIC_STEP.search(item.replacement) for item in items):
        return items  # the common case: nothing generated to weigh
    calm = apply(text, items)
    out: list[Suggestion] = []
    for item in items:
        said = item.replacement
        if _GENERIC_STEP.search(said) and _OWN_STEP.search(calm.replace(said.strip(), "", 1)):
            new = _GENERIC_STEP.sub("", said).strip()
            lead = " " if item.start == item.end and new else ""
            item = replace(item, replacement=lead + new)
        out.append(item)
    return out


def _without_hottest_clause(sentence: str) -> str | None:
    """`sentence` less its hottest clause (session 29), or None when it has fewer than three:
    two clauses less one is the calm-clauses reading already tried. A clause holding no fact
    goes before one that does (whose facts would only move to "For reference"); the facts
    already carried after the sentence stay out of the reckoning."""
    body = _CARRIED.split(sentence, maxsplit=1)[0]
    clauses = [
        c.strip(" ,") for c in _split_outside_brackets(body.strip().rstrip(".!?")) if c.strip()
    ]
    if len(clauses) < 3:
        return None
    plain = [i for i, c in enumerate(clauses) if not fact_tokens(c)]
    # Someone's words in quotation marks are told as said, not the writer's heat: a clause is
    # weighed without them (session 33: "…and got 'someone will call you back'" went before
    # "…for anyone at SunCrest Solar who can be bothered reading it").
    hottest = max(
        plain or range(len(clauses)),
        key=lambda i: _heat(blanked(clauses[i], quotations(clauses[i], min_words=3))),
    )
    return ", ".join(clauses[:hottest] + clauses[hottest + 1 :])


# What a rewrite carries after a sentence: its lost facts, a rating said plainly.
_CARRIED = re.compile(r"(?:(?<=[.!?])\s+|,\s*)(?=For reference:|So far I would rate)")


# A quotation with what introduces it: "…told me, and I quote, '…'", "…shouted '…'".
_QUOTE_LEAD = re.compile(r"(?:,?\s*(?:and\s+)?I\s+quote,?|\s*[:,])?\s*$", re.IGNORECASE)


_BARE_SAID = re.compile(
    r"\b(?:said|says|told (?:me|us|him|her|them)|replied|wrote|texted|messaged|went|goes|"
    r"shouted|yelled|screamed|snapped|muttered|answered)$",
    re.IGNORECASE,
)
# What makes the quoted words the sentence's own object: "…told me to 'have a nice day'", "…and
# got 'someone will call you back'" (session 33: cut, it had left "…and got and no one ever does").
_COMPLEMENT_BEFORE = re.compile(
    r"\b(?:to|that|as|like|the|a|an|of|for|with|by|got|get|gets|getting|received|heard|"
    # "An automated 'thanks for your feedback, legend' and charges of…" (session 34)
    r"automated|generic|standard|canned|copy-paste|copy-and-paste|scripted|stock|auto-reply|"
    r"was told|were told)$",
    re.IGNORECASE,
)
_NOTHING_SAID_AFTER = re.compile(
    r"(?:[.!?,;]|(?:and|then|but|so|yet|though|although|because|when|while)\b|$)", re.IGNORECASE
)


def _without_quotation(sentence: str) -> str | None:
    """`sentence` less its first quotation of three words or more (and what introduces it,
    ", and I quote,"), its facts carried; None when it holds none (session 29)."""
    found = quotations(sentence, min_words=3)
    if not found:
        return None
    a, b = found[0]
    lead = _QUOTE_LEAD.search(sentence, 0, a)
    cut = lead.start() if lead else a
    head, tail = sentence[:cut].rstrip(), sentence[b:].lstrip(" ,")
    if _COMPLEMENT_BEFORE.search(head):
        return None  # "…told me to 'have a nice day'": the words are the sentence's own object
    if _BARE_SAID.search(head) and _NOTHING_SAID_AFTER.match(tail):
        head += " something"  # "The manager said and walked off" says nothing of what was said
    rest = (head + " " + tail).strip()
    rest = re.sub(r"\s+([.,;:!?])", r"\1", rest)
    if not _WORDING.search(rest):
        return None
    return _end(_capitalise(_carry_facts(sentence, rest)))


_ECHO_WORD = re.compile(r"\W*(?P<word>[^\W\d_][\w'’-]{0,15}|\d{1,4})\W*")


def _echoes(sentence: str, before: str) -> bool:
    """Whether `sentence` is one word said again from the sentence before, for emphasis ("Your
    desk had ONE person on it. One!": session 29, where the calm version had kept "One.")."""
    m = _ECHO_WORD.fullmatch(sentence)
    if m is None:
        return False
    word = m.group("word").lower()
    said = fact_tokens(sentence)
    if said or word.isdigit():
        # A number or a reference is said again only as the same fact: "0" of
        # "https://example.com/0", "30" of "£30", "AA0000" of "@AA0000" (or "@AA0000" after
        # "AA0000") is another fact, which the echo would then be the only copy of.
        had = fact_tokens(before)
        return bool(said) and all(t in had for t in said)
    return re.search(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])", before.lower()) is not None
