"""The complaint-effectiveness checklist: facts, what was tried, the remedy, claims vs the log."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from complaint_desk.core.records.timeline_facts import TimelineFacts as TimelineFacts  # re-exported
from complaint_desk.core.tone.detect import FACT_PATTERN
from complaint_desk.core.tone.split import split_spans


@dataclass(frozen=True)
class ChecklistItem:
    key: str  # "facts", "tried", "remedy", "opinion", "accuracy" or "more_claims"
    label: str
    ok: bool
    detail: str = ""
    start: int | None = None  # span of the evidence (or of the wrong claim) in the text
    end: int | None = None


_NUMBER_WORDS = {
    "once": 1, "twice": 2, "thrice": 3, "a": 1, "an": 1, "one": 1, "two": 2, "three": 3,
    "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "a dozen": 12, "dozens of": 24,
}  # fmt: skip
_NUM = (
    r"(?P<n>\d{1,4}|a dozen|dozens of|once|twice|thrice|an?|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|fifteen|twenty)"
)
_AT_LEAST = r"(?P<min>over |more than |at least |upwards of )?"
_VERBS = {
    "calls": r"(?:called|phoned|rang|rung|telephoned)",
    "emails": r"(?:emailed|e-mailed|mailed)",
    "chats": r"(?:chatted|messaged)",
    "letters": r"(?:wrote|written)",
}
_NOUNS = {
    "calls": r"(?:phone )?calls?",
    "emails": r"e-?mails?",
    "chats": r"(?:live )?chats?",
    "letters": r"letters?",
}
_COUNT_PATTERNS = [
    (
        channel,
        re.compile(
            rf"\b{verb}\b(?:\s+(?:you|them|him|her|it|the \w+|your \w+|back|again|up)){{0,2}}\s+"
            # a number that runs on into more digits is a phone number ("Rang 01 555 0134")
            rf"{_AT_LEAST}{_NUM}(?![\d ()-]*\d)(?:\s+times)?\b"
            r"(?!\s+(?:days?|weeks?|months?|hours?|minutes?))",
            re.IGNORECASE,
        ),
    )
    for channel, verb in _VERBS.items()
] + [
    # An amount is no count, nor is a compound ("the £80 call-out fee" read as 80 calls: session 36)
    (
        channel,
        re.compile(rf"(?<![£$€¥₹\d.,])\b{_AT_LEAST}{_NUM}\s+{noun}\b(?![-‑]\w)", re.IGNORECASE),
    )
    for channel, noun in _NOUNS.items()
]
_HOLD = re.compile(
    rf"\b(?:waited|waiting|on hold|held|hold|holding|queued|queuing)\b(?:\s+for)?\s+{_AT_LEAST}"
    rf"(?P<n>\d{{1,4}}|an?|one|two|three|four|five|six|ten|twenty)\s+"
    r"(?P<unit>hours?|hrs?|minutes?|mins?)\b",
    re.IGNORECASE,
)
_SINCE = re.compile(
    rf"\b(?:for|over|since|in)\s+{_AT_LEAST}(?P<n>\d{{1,4}}|an?|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|twelve)\s+(?P<unit>days?|weeks?|months?|years?)\b"
    r"|\b(?P<n2>\d{1,4}|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<unit2>days?|weeks?|"
    r"months?|years?)\s+(?:ago|now|later|and counting)\b",
    re.IGNORECASE,
)
_TRIED = re.compile(
    r"\b(?:called|phoned|rang|rung|emailed|e-mailed|wrote|chatted|contacted|spoke|spoken|"
    r"complained|raised|reported|visited|messaged|tried|asked|chased|followed up|"
    r"been in touch|got in touch|escalated|live chat"
    # what the writer did, not what was done to them or a kind of thing: "I have written to you",
    # not "a written apology"; "I sent it back", not "I was sent the wrong size"; "I returned
    # it", not "it was returned to the depot"
    r"|(?<!\ba )(?<!\ban )(?<!\bthe )(?<!\bin )written"
    r"|(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbeing )(?<!\bget )(?<!\bgot )(?:sent|returned))\b",
    re.IGNORECASE,
)
_REMEDY = re.compile(
    r"\b(?:i(?:'d| would) like|i want|i expect|i(?:'m| am) asking for|i request|please|"
    r"i(?:'m| am) claiming|i claim|i demand|i(?:'m| am) demanding|i need you to|"
    r"could you|can you|would you|i(?:'d| would) (?:be grateful|appreciate))\b[^.!?\n]{0,80}?"
    r"\b(?:refund(?:ed)?|replace(?:ment|d)?|repair(?:ed)?|compensat\w*|apolog\w*|credit(?:ed)?|"
    r"cancel\w*|fix(?:ed)?|resolve[d]?|money back|exchange|reimburse\w*|deliver\w*|reconnect\w*|"
    r"call me back|reduce\w*|waive\w*|(?:find|locate|trace|return) (?:it|them|my \w+)"
    r"|(?:every (?:penny|cent)|(?:my|the|our) (?:[£$€]\s?\d[\d.,]*|\w+)) back"
    r"|(?:take|have) (?:it|them) back)\b"
    # an amount wanted back, in any currency and with words around it: "I want the full €120
    # back", "I'd like my £49.99 deposit back", "I want R1,200 back"
    r"|\b(?:i(?:'d| would) like|i want|i expect|i need)\b[^.!?\n]{0,40}?\d[\d.,]*"
    r"(?:\s+[^\s.!?,;:]+){0,2}?\s+back\b"
    r"|\b(?:a|full|partial) (?:refund|replacement|repair|apology)\b"
    # a deadline names the remedy too: "…has until Friday to return my deposit", "I am giving
    # you till Monday 24th to refund the $134.55" (session 34)
    r"|\b(?:until|till|by) \w+(?: \w+)? to (?:return|refund|repay|reimburse|fix|replace|repair) "
    r"(?:me|us|it|(?:my|our|the) [^\s,.!?;:]+)",
    re.IGNORECASE,
)
# A demand in the imperative states the remedy too ("Refund me or I post a review." says what
# would put it right; the tone panel flags the ultimatum). Matched only at a sentence's start,
# so "they refused to refund me" is not one.
_DEMAND = re.compile(
    r"(?:(?:just|now|so|then|please)\s+)?"
    r"(?:(?:refund|replace|repair|fix|compensate|reimburse|credit|reconnect)\s+"
    # the object whole, an amount's thousands too ("Refund my £2,300", not "Refund my £2")
    r"(?:(?:me|it|this|us)\b|(?:my|the|our)\s+(?:[£$€]?\d(?:[\d,.]*\d)?|[^\s,.!?;:]+))"
    r"|(?:give|send|pay) (?:me|us) (?:(?:my|our|the) money back|back|a (?:refund|replacement)"
    r"|(?:my|our) \w+ back)"
    # an amount of credit or a voucher ("Give me RM80 credit", "Send us a £20 voucher"; session 38)
    r"|(?:give|send) (?:me|us) (?:a |an |my |our |the )?[^\s,.!?;:]*\d[^\s,.!?;:]* "
    r"(?:credit|voucher|refund|discount)\b"
    r"|(?:send|give|pay|return) (?:back )?(?:my|our|the) (?:money|deposit|bond|cash|refund)\b"
    # "Pay it by 5pm Friday 15 March or…": what is owed, paid
    r"|pay (?:it|this|that|them|up)(?: back)?\b(?! forward)"
    r"|(?:knock|take)\s+[^.!?\n]{1,25}?\s+off\b"
    r"|(?:waive|drop|cancel|reverse|refund)\s+(?:the|my|this)\s+(?:\w+\s+)?(?:fee|charge)\b"
    r"|(?:honou?r|match)\s+(?:the|your)\s+(?:\w+\s+)?price\b)",
    re.IGNORECASE,
)
_ITEM_PATTERNS = {"facts": FACT_PATTERN, "tried": _TRIED, "remedy": _REMEDY}
_CHANNEL_WORDS = {"calls": "call", "emails": "email", "chats": "chat", "letters": "letter"}


def _number(raw: str) -> int:
    raw = raw.lower()
    return int(raw) if raw.isdigit() else _NUMBER_WORDS.get(raw, 1)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def check(text: str, timeline: TimelineFacts | None = None) -> list[ChecklistItem]:
    """The checklist for a draft: three content items, then one item per count/duration claim."""
    spans = split_spans(text)
    items = [
        _present(
            "facts",
            "Facts: date, reference, amount",
            text,
            spans,
            "Add a date, an order or ticket number, or an amount.",
        ),
        _present("tried", "What you already tried", text, spans, "Say how you already tried."),
        _present("remedy", "The remedy you want", text, spans, "Say what would put it right."),
    ]
    opinion = opinion_item(text, spans)
    if opinion is not None:
        items.append(opinion)
    if timeline is not None:
        items.extend(fold_claims(_accuracy(text, spans, timeline)))
    return items


# The checklist is a few lines beside the editor: a pasted rant that says "I called 3 times" on
# every line (or makes forty claims) must not grow it past the window.
MAX_CLAIMS_SHOWN = 5


def fold_claims(claims: list[ChecklistItem]) -> list[ChecklistItem]:
    """The same claim said again is checked once ("“called 3 times” (said 4 times)"); past
    MAX_CLAIMS_SHOWN, the rest become one line saying how many more and how many are wrong."""
    first: dict[tuple[str, bool, str], int] = {}
    counts: list[int] = []
    kept: list[ChecklistItem] = []
    for item in claims:
        key = (item.label.lower(), item.ok, item.detail)
        if key in first:
            counts[first[key]] += 1
            continue
        first[key] = len(kept)
        kept.append(item)
        counts.append(1)
    kept = [
        replace(item, label=f"{item.label} (said {n} times)") if n > 1 else item
        for item, n in zip(kept, counts, strict=True)
    ]
    if len(kept) <= MAX_CLAIMS_SHOWN:
        return kept
    shown, rest = kept[: MAX_CLAIMS_SHOWN - 1], kept[MAX_CLAIMS_SHOWN - 1 :]
    wrong = sum(not item.ok for item in rest)
    detail = (
        f"{wrong} of them {'does' if wrong == 1 else 'do'} not match your log."
        if wrong
        else "They match your log."
    )
    more = ChecklistItem("more_claims", f"{len(rest)} more claims checked", not wrong, detail)
    return [*shown, more]


# --- opinion vs fact (TextBlob's subjectivity) ---------------------------------------------------
# A draft reads as "mostly opinion" when its sentences, weighted by length, average a TextBlob
# subjectivity of at least OPINION (0 = factual, 1 = opinion) and it has at least MIN_WORDS words.
# TextBlob (its pattern lexicon; no NLTK corpus) is imported by `warm_up`, which the app runs on a
# worker thread with the tone models, never on the start-up path.
OPINION = 0.5
MIN_WORDS = 8


def warm_up() -> None:
    """Load TextBlob's lexicon (about 0.2 s): call it off the GUI thread."""
    subjectivity("Warming up: this is a fine, factual sentence.")


@lru_cache(maxsize=4096)
def subjectivity(sentence: str) -> float:
    """TextBlob's subjectivity of one sentence (0 factual .. 1 opinion); `.sentiment` only."""
    from textblob import TextBlob

    return float(TextBlob(sentence).sentiment.subjectivity)


def opinion_score(text: str, spans: Sequence[tuple[int, int]] | None = None) -> float:
    """Length-weighted mean subjectivity of the sentences (cached per sentence)."""
    spans = split_spans(text) if spans is None else spans
    total = weight = 0.0
    for start, end in spans:
        n = end - start
        total += subjectivity(text[start:end]) * n
        weight += n
    return total / weight if weight else 0.0


def opinion_item(text: str, spans: Sequence[tuple[int, int]]) -> ChecklistItem | None:
    """ "Mostly opinion: add what happened, when, and what was said" (only when it is)."""
    if len(text.split()) < MIN_WORDS:
        return None
    score = opinion_score(text, spans)
    if score < OPINION:
        return None
    return ChecklistItem(
        "opinion",
        "Mostly opinion",
        False,
        f"Mostly opinion ({score:.0%}): add what happened, when, and what was said.",
    )


def _accuracy(
    text: str, spans: Sequence[tuple[int, int]], facts: TimelineFacts
) -> list[ChecklistItem]:
    """The claim checks, sentence by sentence: no claim spans a sentence end, and a cache keyed
    on the sentence means a keystroke re-checks only the sentence it changed (the whole text
    took about 7 ms for 5,000 characters, on every re-score)."""
    items: list[ChecklistItem] = []
    for start, end in spans:
        for item in _sentence_claims(text[start:end], facts):
            items.append(
                replace(item, start=(item.start or 0) + start, end=(item.end or 0) + start)
            )
    items.sort(key=lambda item: item.start or 0)
    return items


@lru_cache(maxsize=4096)
def _sentence_claims(sentence: str, facts: TimelineFacts) -> tuple[ChecklistItem, ...]:
    return tuple(claims_in(sentence, facts))


def _present(
    key: str, label: str, text: str, spans: Sequence[tuple[int, int]], hint: str
) -> ChecklistItem:
    """The first place the text shows the item, sentence by sentence like the claims (no item
    pattern crosses a sentence end): a keystroke re-searches only the sentence it changed, where
    a search of 5,000 characters cost 1-3 ms per item on every re-score."""
    for start, end in spans:
        found = _first_in_sentence(key, text[start:end])
        if found is not None:
            first, last, quoted = found
            return ChecklistItem(key, label, True, f"“{quoted}”", start + first, start + last)
    return ChecklistItem(key, label, False, hint)


@lru_cache(maxsize=8192)
def _first_in_sentence(key: str, sentence: str) -> tuple[int, int, str] | None:
    m = (_DEMAND.match(sentence) if key == "remedy" else None) or _ITEM_PATTERNS[key].search(
        sentence
    )
    return None if m is None else (m.start(), m.end(), m.group().strip())


def claims_in(text: str, facts: TimelineFacts) -> list[ChecklistItem]:
    """Every count or duration claim in the text, checked against the log, in text order."""
    items: list[ChecklistItem] = []
    for channel, pattern in _COUNT_PATTERNS:
        logged = getattr(facts, channel)
        for m in pattern.finditer(text):
            claimed = _number(m.group("n"))
            at_least = m.group("min") is not None
            ok = logged >= claimed if at_least else logged == claimed
            word = _CHANNEL_WORDS[channel]
            detail = "Matches your log." if ok else f"Your log shows {_plural(logged, word)}."
            items.append(
                ChecklistItem("accuracy", f"“{m.group()}”", ok, detail, m.start(), m.end())
            )
    if facts.longest_call_min is not None:
        for m in _HOLD.finditer(text):
            minutes = _number(m.group("n")) * (60 if m.group("unit").lower().startswith("h") else 1)
            # Allow rounding up ("an hour" for 50 minutes), not inflation.
            ok = minutes <= facts.longest_call_min * 1.25 + 5
            detail = (
                "Matches your log."
                if ok
                else f"Your longest logged call was {facts.longest_call_min} minutes."
            )
            items.append(
                ChecklistItem("accuracy", f"“{m.group()}”", ok, detail, m.start(), m.end())
            )
    if facts.days_since_first_contact is not None:
        days_scale = {"d": 1, "w": 7, "m": 30, "y": 365}
        for m in _SINCE.finditer(text):
            raw = m.group("n") or m.group("n2")
            unit = (m.group("unit") or m.group("unit2")).lower()
            days = _number(raw) * days_scale[unit[0]]
            ok = days <= facts.days_since_first_contact * 1.25 + 1
            detail = (
                "Matches your log."
                if ok
                else f"Your first logged contact was {_days(facts.days_since_first_contact)} ago."
            )
            items.append(
                ChecklistItem("accuracy", f"“{m.group()}”", ok, detail, m.start(), m.end())
            )
    items.sort(key=lambda item: item.start or 0)
    return items


def _days(days: float) -> str:
    """'1 day', '12 days' (whole days, as the log counts them)."""
    n = round(days)
    return f"{n} day" if n == 1 else f"{n} days"
