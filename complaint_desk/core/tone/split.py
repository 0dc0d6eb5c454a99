"""Split a draft into sentences with plain regular expressions (no NLTK data needed)."""

from __future__ import annotations

import re
from functools import lru_cache

# A run of terminators (with closing quotes/brackets) followed by whitespace, or a line break.
# A run of emoji before a capitalised word ends a sentence too, as writers use them: "…told me to
# 'have a nice day' 🙃🙃 Order 2025-77812-B."
_EMOJI = "[\U0001f300-\U0001faff\u2600-\u27bf]"
_BOUNDARY = re.compile(r"[.!?…‼⁉]+[\"'”’)\]]*(?=\s)|\n")
_BOUNDARY_OR_EMOJI = re.compile(
    _BOUNDARY.pattern + rf"|(?:{_EMOJI}[\ufe0f\U0001F3FB-\U0001F3FF]?)+(?=[ \t]+[A-Z][a-z])"
)


def _has_emoji(text: str) -> bool:
    """Whether the text has a character beyond the Basic Multilingual Plane, as nearly every
    emoji is: the longer pattern is only needed then (a regex search took 40 us on 5,000
    characters, this 1 us)."""
    return not text.isascii() and len(text.encode("utf-16-le", "surrogatepass")) > 2 * len(text)


_WORD_BEFORE = re.compile(r"([\w.]+)$")
_ABBREVIATIONS = frozenset(
    """mr mrs ms mx dr prof st sr jr vs etc e.g eg i.e ie ref approx inc ltd co corp
    jan feb mar apr jun jul aug sep sept oct nov dec tel ext dept ave rd fig cf a.m p.m
    est min mins hr hrs wk govt ca viz al op vol pp acct""".split()
)


# Abbreviations that also end sentences ("…on 2 Dec. It's now 9 Dec."): before a capital that is
# no number or code, the dot is the sentence's end.
_ALSO_ENDS = frozenset(
    """jan feb mar apr jun jul aug sep sept oct nov dec etc inc ltd co corp govt dept min mins hr
    hrs wk est""".split()
)


def is_abbreviation(word: str) -> bool:
    """Whether `word` (the text before a ".") is one whose dot ends no sentence ("approx", "e.g",
    a single letter)."""
    word = word.lower().rstrip(".")
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def _continues(text: str, end: int, n: int) -> bool:
    """True when the text after a terminator reads as the same sentence (lower-case next word),
    except the pronoun "i" written in lower case: "…to number 14. i live at 41." is two."""
    i = end
    while i < n and text[i] in " \t\r\f\v":
        i += 1
    if i < n and text[i] == "i" and (i + 1 == n or text[i + 1] in " '’"):
        return False
    return i < n and text[i].islower()


_SITE_X_BEFORE = re.compile(r"(?<![\w.])(?:on|and|or|via|at|across|over)\s+$")
_PLAN_BEFORE = re.compile(r"(?<![\w.])plan\s+$", re.IGNORECASE)


def _letter_named(text: str, at: int, word: str) -> bool:
    """A capital letter that names a thing: the site X after a small word ("…posting it on
    Nairaland and X. You will…"), a plan B; not a name's initial ("John F. Kennedy", "to A.
    Patel"): its dot ends the sentence (session 34: "…and X. You will not like it" was one)."""
    if len(word) != 1:
        return False
    if text[at : at + 1] == "X":
        return _SITE_X_BEFORE.search(text, max(0, at - 10), at) is not None
    if text[at : at + 1].islower():
        return True  # a small letter is no initial: "…well done o. I am giving you…"
    return text[at : at + 1].isupper() and _PLAN_BEFORE.search(text, max(0, at - 6), at) is not None


def _ends_a_code(text: str, at: int) -> bool:
    """The word before a dot is the end of a code ("Order 2025-77812-B."), not an initial."""
    return at > 0 and (text[at - 1] in "-/_" or text[at - 1].isdigit())


def _ends_anyway(text: str, token: str, at: int, start: int) -> bool:
    """A lone "." after a word of two or more letters that is no abbreviation ends a sentence even
    before a lower-case word: "…said he'd order a part and left. thats 3 weeks ago. no part"
    is three sentences, as a writer who never capitalises means them. "approx. five", "e.g. this"
    and a quoted "fine." before "then" go on."""
    if token != ".":
        return False
    before = _WORD_BEFORE.search(text, max(start, at - 12), at)
    if not before:
        return False
    word = before.group(1).lower()
    return len(word) >= 2 and word.isalpha() and not is_abbreviation(word)


_WORD_AFTER_COMMA = re.compile(r"\s+(\w{2,10})\b")


def repeats_across_comma(text: str, at: int) -> bool:
    """Whether `text[at]` is a comma between a word and the same word again ("really, really
    angry", "so, so sorry"): a repeat for stress, which breaks no clause (for the tone engine's
    negation and owned-anger reach, and for the rewrite's clause cuts alike)."""
    if text[at] != ",":
        return False
    m = _WORD_AFTER_COMMA.match(text, at + 1)
    if m is None:
        return False
    word = m.group(1).lower()
    start = at - len(word)
    return (
        start >= 0
        and text[start:at].lower() == word
        and (start == 0 or not text[start - 1].isalnum())
    )


def _next_is_capital_word(text: str, end: int, n: int) -> bool:
    """The next word starts with a capital and holds no digit ("It's", not "B12" or "5th")."""
    i = end
    while i < n and text[i] in " \t":
        i += 1
    return i < n and text[i].isupper() and not _next_is_number(text, end, n)


def _next_is_number(text: str, end: int, n: int) -> bool:
    """The next word is a number or a code with a digit in it ("No. 5", "no. FR-99812")."""
    i = end
    while i < n and text[i] in " \t":
        i += 1
    j = i
    while j < n and not text[j].isspace():
        j += 1
    word = text[i:j]
    return word[:1] == "#" or any(ch.isdigit() for ch in word)


@lru_cache(maxsize=8)
def split_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each sentence, trimmed of surrounding whitespace; empty ones dropped.

    Cached for the last few texts: a re-score splits the same draft for the tone and again for
    the checklist (about 0.25 ms each for 5,000 characters)."""
    spans: list[tuple[int, int]] = []
    n = len(text)
    start = 0
    boundary = _BOUNDARY_OR_EMOJI if _has_emoji(text) else _BOUNDARY
    for match in boundary.finditer(text):
        end = match.end()
        token = match.group()
        if token != "\n":
            # "??" or "!" ends a sentence even before a lower-case word ("…the right address???
            # tracking says…"); a "." may not ("approx. five"), nor a quoted one ("“why?” and").
            if (
                token[-1] not in "!?‼⁉"
                and _continues(text, end, n)
                and not _ends_anyway(text, token, match.start(), start)
            ):
                continue
            if token == ".":
                before = _WORD_BEFORE.search(text, max(start, match.start() - 12), match.start())
                if before and not _ends_a_code(text, before.start()):
                    word = before.group(1).lower().rstrip(".")
                    if (
                        is_abbreviation(word)
                        and not (word in _ALSO_ENDS and _next_is_capital_word(text, end, n))
                        and not _letter_named(text, before.start(), word)
                    ):
                        continue
                    # "No. 5" / "Nos. 3-4" number a thing, "Rs. 2,300" is an amount; "No. Yes!"
                    # is two sentences.
                    if word in ("no", "nos", "rs") and _next_is_number(text, end, n):
                        continue
        _append(text, start, end, spans)
        start = end
    _append(text, start, n, spans)
    return tuple(spans)


def _append(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append((start, end))
