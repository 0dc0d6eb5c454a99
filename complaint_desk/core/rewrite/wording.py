"""Small text helpers for rewritten sentences: dates, sentence case, capitals, tidy ends; and
the heat of a piece of text."""

from __future__ import annotations

import re
from datetime import date

from complaint_desk.core.rewrite.facts import MONTHS, _overlaps, fact_spans

CALM_TARGET = 25.0  # calm_version keeps going until the whole text reads calm (band "calm")

HOT_SENTENCE = 25.0  # a sentence at or past this heat gets a suggestion even with no signal fix

_CLAUSE = re.compile(r"\s*(?:[,;:]|\s[-–—]|\.\.\.|…)\s+|\s*\(\s*|\s*\)\s*")

_WORD = re.compile(r"[^\W\d_][\w'’]*")

_EXCLAIM = re.compile(r"[!?‼⁉]*[!‼⁉][!?‼⁉1]*|\?{2,}")

_SPACES = re.compile(r"[ \t]{2,}")

_ANGRY_EMOJI = re.compile(
    "[\U0001f620-\U0001f624\U0001f92c\U0001f47f\U0001f595\U0001f644"
    "\U0001f643\U0001f4a2\U0001f92e\U0001f922\U0001f4a9\U0001f612"
    "\U0001f611\U0001f610\U0001f637\U0001f62d\U0001f629\U0001f62b]"
    "[\ufe0f\U0001f3fb-\U0001f3ff]?"
)


def format_date(d: date) -> str:
    """ "12 December" (the year only when it is not the first-contact year)."""
    return f"{d.day} {MONTHS[d.month - 1]}"


def _with_year(d: date, other: date | None) -> str:
    text = format_date(d)
    return text if other is None or other.year == d.year else f"{text} {d.year}"


def _is_shouted(word: str, acronyms: frozenset[str]) -> bool:
    letters = [c for c in word if c.isalpha()]
    return (
        len(letters) >= 2
        and all(c.isupper() for c in letters)
        and (word.upper().replace("’", "'") not in acronyms)
        # No vowel at all (Y counts): a code, not a word ("LGW", "NHS", "HMRC", "JFK").
        and any(c in "AEIOUY" for c in letters)
    )


def _sentence_case(text: str, keep: list[tuple[int, int]], acronyms: frozenset[str]) -> str:
    """Lower-case shouted words (not protected spans, not acronyms like USB)."""

    def kept(m: re.Match[str]) -> bool:
        # A reference's label is a word like any other ("MY ORDER 44120" -> "My order 44120").
        return _overlaps(m.start(), m.end(), keep) and m.group().lower() not in _LABEL_WORDS

    words = list(_WORD.finditer(text))
    loud = [_is_shouted(m.group(), acronyms) for m in words]
    if not any(loud):
        return text
    several = sum(loud) >= 2

    def beside_loud(i: int) -> bool:
        return (i > 0 and loud[i - 1]) or (i + 1 < len(words) and loud[i + 1])

    shouted = []
    for i, m in enumerate(words):
        word = m.group()
        if kept(m):
            continue
        if loud[i]:
            # A short capitalised word alone among lower-case ones is a code ("from ATL and"),
            # unless it is a common word ("for ONE pair", "I said NO").
            if len(word) <= 3 and word.upper() not in _COMMON_SHORT and not beside_loud(i):
                continue
            if _named_after_preposition(text, words, i) and not beside_loud(i):
                continue
            shouted.append(m)
        elif word in _SHOUTED_SHORT and (several or beside_loud(i)):
            shouted.append(m)  # in a shouted run, "A", "IT", "US" are words ("GOOGLE IT")
    out = list(text)
    for m in shouted:
        low = m.group().lower()
        if low in ("i", "i'm", "i’m", "i've", "i’ve", "i'll", "i’ll", "i'd", "i’d"):
            low = "I" + low[1:]
        elif _is_name_of_time(text, m):
            low = low.capitalize()  # "ON 3 MARCH" -> "on 3 March", not "3 march"
        out[m.start() : m.end()] = list(low)  # same length: offsets hold
    return "".join(out)


_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_MONTHS_LOWER = frozenset(m.lower() for m in MONTHS)
# Month names that are also words ("YOU MAY", "WE WILL MARCH"): a name only beside a number.
_MONTH_WORDS = frozenset({"may", "march"})


def _is_name_of_time(text: str, m: re.Match[str]) -> bool:
    """Whether a shouted word is a weekday or month, which keeps its capital in sentence case."""
    low = m.group().lower()
    if low in _WEEKDAYS or low in _HOLIDAYS:
        return True
    if low not in _MONTHS_LOWER:
        return False
    if low not in _MONTH_WORDS:
        return True
    before, after = text[max(0, m.start() - 6) : m.start()], text[m.end() : m.end() + 6]
    return bool(_DAY_BEFORE.search(before) or _DAY_AFTER.match(after))


# Holidays are names too: "AFTER CHRISTMAS" -> "After Christmas" (session 32).
_HOLIDAYS = frozenset(
    """christmas easter eid diwali hanukkah ramadan passover thanksgiving halloween
    xmas""".split()
)

_DAY_BEFORE = re.compile(r"\d(?:st|nd|rd|th)?\s+(?:of\s+)?$", re.I)  # "3 MAY", "3rd of MAY"
_DAY_AFTER = re.compile(r"\s+\d")  # "MAY 3"


def _named_after_preposition(text: str, words: list[re.Match[str]], i: int) -> bool:
    """A short word in capitals right after a preposition, not a word people shout there: the
    name of a body or a shop ("lodging with QCAT", "complained to OFCOM", "bought at IKEA" had
    become "qcat", "ofcom", "ikea"), not "to ALL of you" or "at LEAST"."""
    word = words[i].group()
    if len(word) > 5 or i == 0 or word.lower() in _SHOUTED_AFTER_PREPOSITION:
        return False
    before = words[i - 1]
    return (
        before.group().lower() in _PREPOSITIONS
        and not text[before.end() : words[i].start()].strip()
    )


_PREPOSITIONS = frozenset(
    "with to at from via by against through into onto for of about before after".split()
)
_SHOUTED_AFTER_PREPOSITION = frozenset(
    """all every each ever once home time least last most best worst whole same wrong right
    first never again none zero free weeks days hours years month months today now money
    cash hell ages one two three four five six seven eight nine ten eleven twelve fifty sixty
    forty""".split()
)
_SHOUTED_SHORT = frozenset({"A", "IT", "US", "AM", "OR", "ON", "OK"})


# Short words people shout on their own; another short capitalised word is a code (ATL, BA).
_COMMON_SHORT = frozenset(
    """I AM AN AS AT BE BY DO GO HE IF IN IS IT ME MY NO OF OH OK ON OR SO TO UP US WE ALL AND
    ANY ARE ASK BAD BIG BUT CAN DAY DID END FEE FEW FIX FOR GET GOT HAD HAS HER HIM HIS HOW ITS
    LET LOT MAD NEW NOT NOW OFF OLD ONE OUR OUT OWN PAY PUT SAD SAW SAY SEE SHE SIX TEN THE TOO
    TRY TWO USE WAS WAY WHO WHY YES YET YOU""".split()
)

_LABEL_WORDS = frozenset(
    """order ref reference booking account ticket invoice case tracking flight policy claim
    number no serial contract customer membership reservation confirmation parcel room on""".split()
)


def _label_at(text: str, i: int) -> bool:
    """Whether the word at i is a fact's label ("order 44512", "account 8812-003", "on Monday"):
    the label may be capitalised, the fact it names is kept as written."""
    word = re.match(r"[A-Za-z]+", text[i : i + 20])
    return word is not None and word.group().lower() in _LABEL_WORDS


def _in_fact(text: str, i: int) -> bool:
    """Whether the letter at i belongs to a fact that keeps its spelling: a token with a digit,
    an amount, a handle, a link, or a date in words ("monday 3rd"), not a fact's label word."""
    for a, b in fact_spans(text[: i + 60]):
        if a <= i < b:
            return not (a == i and _label_at(text, i))
    return False


def _capitalise(text: str) -> str:
    if re.match(r"\s*(?:https?://|www\.)", text, re.IGNORECASE):
        return text  # a link keeps its spelling
    for i, ch in enumerate(text):
        if ch.isalpha():
            if _in_fact(text, i):
                return text  # a fact keeps its spelling ("a$5", "x-99812", "monday 3rd")
            return text[:i] + ch.upper() + text[i + 1 :]
        if ch.isdigit() or ch in "@#£$€\"'“‘(":
            return text
    return text


_LOWER_START = re.compile(r"(?<=[^\W_])([.!?])(\s+)(i\b|[a-z])")


def _capitalise_starts(text: str) -> str:
    """A sentence the writer began in lower case, inside a rewritten one ("I live at number 41.
    sort your drivers out") starts with a capital; not after an abbreviation ("approx. five")."""
    from complaint_desk.core.tone.split import is_abbreviation

    facts: list[tuple[int, int]] | None = None  # the fact tokens' spans, found when needed

    def cap(m: re.Match[str]) -> str:
        nonlocal facts
        word = re.search(r"[\w.]+$", text[max(0, m.start() - 40) : m.start()])
        if m.group(1) == "." and word and is_abbreviation(word.group()):
            return m.group()
        if facts is None:
            facts = [(a, b) for a, b in fact_spans(text) if not _label_at(text, a)]
        if any(a <= m.start(3) < b for a, b in facts):
            return m.group()  # a fact keeps its spelling
        return m.group(1) + m.group(2) + m.group(3).upper()

    return _LOWER_START.sub(cap, text)


# "a" before a vowel sound becomes "an" once a word between has gone ("a rude agent" -> "an
# agent"); not before a "you" or "wuh" sound the writer had right: "a used laptop", "a one-off".
_A_BEFORE_VOWEL = re.compile(
    r"\b([Aa]) (?!(?i:u[bcfgklsvxz][aeiouy]|uni|use|usu|ut[aeiou]|ur[aeiou]|eu|ewe|"
    r"one\b|once\b|one-))([aeiouAEIOU])"
)


def _tidy(text: str) -> str:
    text = _SPACES.sub(" ", text)
    text = re.sub(r"\s+([,.;:?])", r"\1", text)
    text = re.sub(r"([,;:])(?:\s*[,;:])+", r"\1", text)
    text = re.sub(r"[,;:]+(?=[.!?])", "", text)  # "Sort it out, you lot!" less the name
    text = re.sub(r"^[\s,;:.-]+", "", text)
    # "And…", "So…" left leading a clause go; not "So far", "So many", "So sorry"
    text = re.sub(
        r"^(?i:and|but|or|so(?!\s+(?:far|much|many|long|sorry|glad|happy|it|that|what|please)\b))"
        r"\b\s*",
        "",
        text,
    )
    text = re.sub(r"[\s,;:-]+$", "", text)
    text = _A_BEFORE_VOWEL.sub(r"\1n \2", text)
    text = re.sub(r"\b([Aa])n person\b", r"\1 person", text)  # "an idiot telling me" -> "a person…"
    text = re.sub(r"\b(an?) (an?) ", r"\1 ", text)
    return text.strip()


def _end(text: str, question: bool = False) -> str:
    text = text.rstrip()
    handles = re.fullmatch(r"((?:@\w+\s*)+?)\s*[.!‼⁉]*", text)
    if not text or handles:
        # Handles alone address what follows ("@BritishAirways I would like a refund."): no
        # sentence of their own, so no full stop (the writer's own one goes too).
        return handles.group(1).rstrip() if handles else text
    if text[-1] in ".?":
        return text
    if text[-1] in "!‼⁉":
        text = text.rstrip("!‼⁉")
    if text and text[-1] in ")\"”’'":
        return text + "."
    return text + ("?" if question else ".")


# The tone, sentence by sentence.
def _heat(text: str) -> float:
    from complaint_desk.core.tone import analyse

    return analyse(text).heat if text.strip() else 0.0


_HOSTILE = frozenset({"insult", "profanity", "blame", "sarcasm", "threat", "extortion"})


def _clause_hostile(clause: str) -> bool:
    """Whether a clause still carries something a reader takes as an attack. Words in
    quotation marks are someone's own, told as they were said: not the writer's attack."""
    from complaint_desk.core.posting.reported import blanked, quotations
    from complaint_desk.core.tone import analyse

    report = analyse(blanked(clause, quotations(clause, min_words=3)))
    kinds = {s.kind for s in report.signals if s.weight > 0.3}
    return bool(kinds & _HOSTILE) or report.heat >= 45
