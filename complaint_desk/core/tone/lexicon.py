"""The tone engine's word lists: our packaged lexicons plus VADER's valences, loaded once."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from complaint_desk.core.posting.threat_forms import either_apostrophe
from complaint_desk.core.resources import read_text
from complaint_desk.core.tone.prefilter import PHRASE_HEAD, PHRASE_TAIL, phrase_part

if TYPE_CHECKING:
    from complaint_desk.core.tone.prefilter import GuardSet

# Endings tried when a masked spelling (f***ing, a**hole) is compared with a profanity stem.
_MASK_SUFFIXES = ("", "s", "ed", "ing", "in", "er", "ers", "ery", "y", "head", "hole", "holes")
_DEMASK = str.maketrans({"$": "s", "@": "a", "!": "i", "1": "i", "0": "o", "3": "e"})


@dataclass(frozen=True)
class WordList:
    """Exact words, prefix stems (entries ending in *) and multi-word phrases, each with a value."""

    exact: dict[str, float | str]
    stems: tuple[tuple[str, float | str], ...]
    phrases: dict[str, float | str]

    def get(self, word: str) -> float | str | None:
        value = self.exact.get(word)
        if value is not None:
            return value
        for stem, stem_value in self.stems:
            if word.startswith(stem):
                return stem_value
        return None


def _parse_tsv(name: str, numeric: bool) -> WordList:
    exact: dict[str, float | str] = {}
    stems: list[tuple[str, float | str]] = []
    phrases: dict[str, float | str] = {}
    for line in read_text("tone", name).splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        word, _, raw = line.partition("\t")
        word = word.strip().lower()
        value: float | str = float(raw) if numeric else raw.strip()
        if word.endswith("*"):
            if " " in word:
                # A stem is matched against one word: "blood boil*" would never match.
                raise ValueError(f"{name}: {word!r}: a phrase takes no '*'; list each form")
            stems.append((word[:-1], value))
        elif " " in word or "-" in word:  # a word never holds a hyphen: "a-hole" is a phrase
            phrases[word] = value
        else:
            exact[word] = value
    return WordList(exact, tuple(stems), phrases)


@cache
def anger_words() -> WordList:
    return _parse_tsv("anger_words.tsv", numeric=True)


@cache
def profanity() -> WordList:
    return _parse_tsv("profanity.tsv", numeric=True)


@cache
def insults() -> WordList:
    return _parse_tsv("insults.tsv", numeric=False)


@cache
def acronyms() -> frozenset[str]:
    words: set[str] = set()
    for line in read_text("tone", "acronyms.txt").splitlines():
        if not line.startswith("#"):
            words.update(line.split())
    return frozenset(words)


def _phrase_parts(lines: list[str], extra: tuple[str, ...] = ()) -> tuple[str, ...]:
    parts = [either_apostrophe(line) for line in lines] + list(extra)
    # Longest patterns first so alternation prefers "every single time" over "every time".
    parts.sort(key=len, reverse=True)
    # A section with no phrases matches nothing (an empty alternation would match everywhere).
    return tuple(phrase_part(part) for part in parts) or (r"(?!x)x",)


def _phrase_source(lines: list[str], extra: tuple[str, ...] = ()) -> str:
    """One alternation of the phrases, for lower-cased text (matching it without IGNORECASE is
    about twice as fast; core.tone.detect lowers the text keeping its length)."""
    return PHRASE_HEAD + "|".join(_phrase_parts(lines, extra)) + PHRASE_TAIL


def phrase_sources() -> dict[str, str]:
    """Kind -> its alternation of phrases (resources/tone/phrases.txt, and the threat forms'
    table), not compiled: the guard compiles what it runs whole (`phrase_guard`)."""
    sections, table = _phrase_sections()
    return {kind: _phrase_source(lines, table.get(kind, ())) for kind, lines in sections.items()}


@cache
def phrase_alternatives() -> dict[str, tuple[str, tuple[str, ...], str]]:
    """Kind -> (head, parts, tail): each `phrase_sources()` alternation in pieces, for the guard
    to run only the parts that can match in a sentence (prefilter.GuardSet.narrow)."""
    sections, table = _phrase_sections()
    return {
        kind: (PHRASE_HEAD, _phrase_parts(lines, table.get(kind, ())), PHRASE_TAIL)
        for kind, lines in sections.items()
    }


# A section header is a kind's name in brackets. A pattern can start and end with a bracket too
# (a character class: "['‘]fixed['’]"); read as a header, it once silently began a section.
_SECTION = re.compile(r"\[([a-z_]+)\]")


@cache
def _phrase_sections() -> tuple[dict[str, list[str]], dict[str, tuple[str, ...]]]:
    sections: dict[str, list[str]] = {}
    current: list[str] | None = None
    for raw in read_text("tone", "phrases.txt").splitlines():
        line = raw.strip()
        # Comments are "# ..." lines; "#not" on its own is a pattern (the sarcasm hashtag).
        if not line or line == "#" or line.startswith("# "):
            continue
        header = _SECTION.fullmatch(line)
        if header:
            current = sections.setdefault(header.group(1), [])
        elif current is not None:
            current.append(line)
    # Threat and extortion forms come from their own table (resources/tone/threat_forms.tsv),
    # shared with the site rules and the calm rewrite.
    from complaint_desk.core.posting import threat_forms

    table = {
        kind: forms
        for kind, forms in threat_forms.forms().items()
        if kind not in threat_forms.SITE_RULES_ONLY
    }
    # The menace pairs' gate (`VEIL`): looked for, never run (`tone.detect`).
    table[VEIL] = threat_forms.gate_forms()
    for kind in table:
        sections.setdefault(kind, [])
    return sections, table


# A kind the guard's scan looks for and detect never runs: the words of a menace told across
# sentences (threat_forms.tsv, [pairs] "gate"), which say where to read a sentence's neighbours.
VEIL = "veil"


@cache
def vader_lexicon() -> dict[str, float]:
    """VADER's valence dictionary (word -> -4..4): its MIT-licensed lexicon file, shipped in
    resources/tone/ (notice: vader_lexicon.LICENSE), parsed as VADER's make_lex_dict does."""
    table: dict[str, float] = {}
    for line in read_text("tone", "vader_lexicon.txt").rstrip("\n").split("\n"):
        if not line:
            continue
        word, measure = line.strip().split("\t")[0:2]
        table[word] = float(measure)
    # Our own service-failure words fill the gaps ("late", "faulty", "overcharged").
    for line in read_text("tone", "complaint_words.tsv").splitlines():
        if line and not line.startswith("#"):
            word, _, raw = line.partition("\t")
            table.setdefault(word.strip().lower(), float(raw))
    return table


@cache
def _profanity_forms() -> tuple[tuple[str, float], ...]:
    forms: dict[str, float] = {}
    plist = profanity()
    for word, value in plist.exact.items():
        forms[word] = float(value)
    for stem, value in plist.stems:
        for suffix in _MASK_SUFFIXES:
            forms.setdefault(stem + suffix, float(value))
    return tuple(forms.items())


@lru_cache(maxsize=1 << 16)
def profanity_strength(word: str) -> float | None:
    """Strength of a (lower-cased) word as profanity, including masked spellings: f***, sh!t."""
    plist = profanity()
    value = plist.get(word)
    if value is not None:
        return float(value)
    if not any(c in word for c in "*$@!0136"):
        return None
    demasked = word.translate(_DEMASK)
    value = plist.get(demasked)
    if value is not None:
        return float(value)
    if "*" not in demasked or not demasked[0].isalpha():
        return None
    pattern = re.compile(
        re.sub(
            r"\*+",
            lambda m: f"[a-z]{{1,{len(m.group()) + 1}}}",
            re.escape(demasked).replace(r"\*", "*"),
        )
    )
    matches = [strength for form, strength in _profanity_forms() if pattern.fullmatch(form)]
    return max(matches, default=None)


@lru_cache(maxsize=1 << 12)
def unmasked(word: str) -> str | None:
    """The one profanity a masked spelling stands for letter for letter ("sh*t" -> "shit",
    "b*llocks" -> "bollocks", "bl**dy" -> "bloody"), lower-cased; None when the word is not
    masked, or its stars could stand for more than one word of the list."""
    lowered = word.lower()
    if "*" not in lowered or not lowered[0].isalpha():
        return None
    pattern = re.compile(re.escape(lowered.translate(_DEMASK)).replace(r"\*", "[a-z]"))
    forms = {form for form, _strength in _profanity_forms() if pattern.fullmatch(form)}
    return forms.pop() if len(forms) == 1 else None


@cache
def emoji_valence() -> dict[str, float]:
    """Emoji -> valence (-4..4), hand-written (resources/tone/emoji.tsv)."""
    table: dict[str, float] = {}
    for line in read_text("tone", "emoji.tsv").splitlines():
        if line and not line.startswith("#"):
            char, _, raw = line.partition("\t")
            table[char.strip()] = float(raw)
    return table


@cache
def learned_words() -> dict[str, float]:
    """Word -> anger association learned from EmoInt train (tools/fit_tone.py); may be absent."""
    try:
        text = read_text("tone", "learned_words.tsv")
    except FileNotFoundError:
        return {}
    table: dict[str, float] = {}
    for line in text.splitlines():
        if line and not line.startswith("# "):
            word, _, raw = line.partition("\t")
            if word.split(" ")[0] not in NOT_LEARNED:
                table[word] = float(raw)
    return table


# The words for complaining, and for the order, the repair and the report every complaint is
# about: their learned scores only say that tweets which complain are angrier than tweets in
# general, and in drafts that are all complaints they are no evidence of heat ("I am writing to
# complain about the delay in processing my claim." read 32, firm, "complain" alone giving 14;
# "the quality of the repair" gave 12). Their learned entries, and pairs they begin, are not
# used (in-sample r unchanged by either).
COMPLAINT_REGISTER = frozenset(
    """complain complains complained complaining complaint complaints repair repairs repaired
    order orders reported""".split()
)
# The days and occasions complaints are about: calm in tweets because tweets about birthdays,
# holidays and weekends are happy ones, no evidence of calm in "Lost our reservation on my
# wife's birthday." (10 points) or "Waited in all day for a delivery" (10). In-sample r 0.7777 ->
# 0.7768. The days of the week too: "Monday delivery turned up on Thursday." lost 8 points to
# "Monday", as much as the sarcasm beside it gained.
OCCASIONS = frozenset(
    """day birthday holiday holidays weekend christmas wedding anniversary monday tuesday
    wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays fridays
    saturdays sundays""".split()
)
NOT_LEARNED = COMPLAINT_REGISTER | OCCASIONS


# Keys of phrase_guard().patterns beside the phrase kinds: the anger and profanity phrase lists.
ANGER_PHRASES = "~anger"
PROFANITY_PHRASES = "~profanity"


def guard_sources() -> dict[str, str]:
    """Key -> pattern text of everything `phrase_guard` runs: the phrase kinds
    (`phrase_sources`), the anger and the profanity phrases. The guard keeps none of it once
    built; a test comparing it with each pattern run whole reads it again here."""
    sources = phrase_sources()
    for key, escaped in _listed_phrases():
        sources[key] = _phrase_source(escaped)
    return sources


def _listed_phrases() -> list[tuple[str, list[str]]]:
    return [
        (key, [re.escape(p) for p in phrases])
        for key, phrases in (
            (ANGER_PHRASES, anger_words().phrases),
            (PROFANITY_PHRASES, profanity().phrases),
        )
        if phrases
    ]


@cache
def phrase_guard() -> GuardSet:
    """The phrase patterns (lower-case: `phrase_sources`, the anger and the profanity phrases)
    behind one scan for the strings each cannot match without (core.tone.prefilter).
    """
    from complaint_desk.core.tone.prefilter import GuardSet, Pattern, Source

    patterns: dict[str, Pattern] = {k: Source(v) for k, v in phrase_sources().items()}
    alternatives = dict(phrase_alternatives())
    for key, escaped in _listed_phrases():
        patterns[key] = Source(_phrase_source(escaped))
        alternatives[key] = (PHRASE_HEAD, _phrase_parts(escaped), PHRASE_TAIL)
    guard = GuardSet(
        patterns,
        alternatives=alternatives,
        scan_only=frozenset((VEIL,)),
        signals=frozenset((VEIL, "trade")),  # `detect`'s public and veiled
    )
    # The pieces were for building the guard; its compiled patterns hold their text from here.
    phrase_alternatives.cache_clear()
    return guard
