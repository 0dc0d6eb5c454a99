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
    from complaint_desk.core.resources import read_text

    out: dict[str, _Entry] = {}
    for line in read_text("tone", "textspeak.tsv").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        word, spelt, *rest = line.split("\t")
        before = frozenset(rest[0].split()) if rest and rest[0].strip() else None
        out[word] = _Entry(spelt, before)
    return out


@cache
def words() -> frozenset[str]:
    """The table's words that stand anywhere: a sentence whose words include none of these has
    nothing to spell out (the digits stand for words only beside one of them, or beside a word
    spelt in full, which the forms read anyway)."""
    return frozenset(w for w, e in table().items() if e.before is None)


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
    """`lowered` (lower-cased) with each text-speak word spelt out; None if nothing changed."""
    entries = table()
    pieces: list[str] = []
    origin: list[int] = []
    done = 0
    changed = False
    for m in _WORD.finditer(lowered):
        entry = entries.get(m.group().replace("’", "'"))
        if entry is None:
            continue
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
        changed = True
    if not changed:
        return None
    pieces.append(lowered[done:])
    origin.extend(range(done, len(lowered) + 1))
    return SpeltOut("".join(pieces), origin)
