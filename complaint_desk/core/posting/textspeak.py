"""Text-speak spelt out for the guards, with the way back to the writer's characters.

The threat and extortion forms (`threat_forms.tsv`) are written in full words, and blind rounds
keep writing menace in text-speak ("wud b a pity if sumthin happend 2 ur van", "hope ur van gets
torched n u with it": rounds 95 and 97, session 31). Widening every slot of the table with each
spelling would double it and still miss the next form. Instead a sentence holding one of the
words of `resources/tone/textspeak.tsv` is read a second time spelt out, by the same forms, and
what they find is mapped back to the characters the writer typed. Only the guards read the
spelt-out copy: heat, wording and facts are read from what was written.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

# A word as the table keys it: letters, digits and inner apostrophes, on its own.
_WORD = re.compile(r"(?<![\w'’])[\w]+(?:['’][\w]+)?(?![\w'’])")
_NEXT_WORD = re.compile(r"\s+([\w]+(?:['’][\w]+)?)")


class _Entry(NamedTuple):
    spelt: str
    before: frozenset[str] | None  # only before one of these words (None: anywhere)


@cache
def table() -> dict[str, _Entry]:
    """word -> what it stands for, from `resources/tone/textspeak.tsv`."""
    return _read()[0]


@cache
def words() -> frozenset[str]:
    """The words that call for a spelt-out reading: a sentence whose words include none of these
    is read as written. The digits stand for words only before one of their words, and the
    table's "[beside another]" words are spelt out only beside one of these."""
    return _read()[1]


@cache
def _read() -> tuple[dict[str, _Entry], frozenset[str]]:
    from complaint_desk.core.resources import read_text

    entries: dict[str, _Entry] = {}
    calling: set[str] = set()
    beside = False
    for line in read_text("tone", "textspeak.tsv").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line.strip() == "[beside another]":
            beside = True
            continue
        word, spelt, *rest = line.split("\t")
        before = frozenset(rest[0].split()) if rest and rest[0].strip() else None
        entries[word] = _Entry(spelt, before)
        if before is None and not beside:
            calling.add(word)
    return entries, frozenset(calling)


class SpeltOut(NamedTuple):
    """A lower-cased text with its text-speak spelt out; `origin[i]` is the index in the text
    as written of character i here, and one more entry holds the written text's length."""

    text: str
    origin: list[int]

    def span_of(self, start: int, end: int) -> tuple[int, int]:
        """The characters as written that a match `start:end` of the spelt-out text covers."""
        if end <= start:
            return self.origin[start], self.origin[start]
        return self.origin[start], self.origin[end - 1] + 1


def spelt_out(lowered: str) -> SpeltOut | None:
    """`lowered` (lower-cased) with each text-speak word spelt out; None if it holds none of the
    words that call for it (`words`)."""
    entries = table()
    calling = words()
    pieces: list[str] = []
    origin: list[int] = []
    done = 0
    called = False
    for m in _WORD.finditer(lowered):
        word = m.group().replace("’", "'")
        entry = entries.get(word)
        if entry is None:
            continue
        called = called or word in calling
        if entry.before is not None:
            after = _NEXT_WORD.match(lowered, m.end())
            if after is None or after.group(1) not in entry.before:
                continue
        start, end = m.span()
        pieces.append(lowered[done:start])
        origin.extend(range(done, start))
        pieces.append(entry.spelt)
        last = end - start - 1
        origin.extend(start + min(k, last) for k in range(len(entry.spelt)))
        done = end
    if not called:
        return None
    pieces.append(lowered[done:])
    origin.extend(range(done, len(lowered) + 1))
    return SpeltOut("".join(pieces), origin)
