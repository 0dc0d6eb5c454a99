"""Threat and extortion forms, compiled from the data table `resources/tone/threat_forms.tsv`.

One table feeds the tone engine (as "threat"/"extortion" phrases), the calm rewrite and the site
rules (extortion blocks a review site's copy). Importing this module is cheap; the table is read
on first use.
"""

from __future__ import annotations

import re
from functools import cache

KINDS = ("extortion", "threat")
_SLOT = re.compile(r"\{([A-Z_]+)\}")


@cache
def forms() -> dict[str, tuple[str, ...]]:
    """Kind -> the table's forms with their slots filled in (regex source, lower-case text)."""
    from complaint_desk.core.resources import read_text

    slots: dict[str, str] = {}
    out: dict[str, list[str]] = {k: [] for k in KINDS}
    section = None
    for raw in read_text("tone", "threat_forms.tsv").splitlines():
        line = raw.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("[") and line.rstrip().endswith("]"):
            section = line.strip()[1:-1]
            continue
        key, _, value = line.partition("\t")
        value = _fill(either_apostrophe(value.strip()), slots)
        if section == "slots":
            slots[key.strip()] = value
        elif section == "forms" and key.strip() in out:
            out[key.strip()].append(value)
    return {k: tuple(v) for k, v in out.items()}


def either_apostrophe(line: str) -> str:
    """A pattern line (phrases.txt, calmer.tsv, this table) with each ' matching ' or ’: ['’]
    in the open, both characters inside a character class ("[\\w'-]", "(?<![\\w'])"), where a
    nested ['’] would end the class early (two forms here had read "[\\w'-]" as a class that
    ended at the apostrophe, so their few words in between never matched)."""
    out: list[str] = []
    in_class = escaped = False
    for i, c in enumerate(line):
        if escaped:
            escaped = False
            out.append(c)
            continue
        if c == "\\":
            escaped = True
        elif c == "[" and not in_class:
            in_class = True
        elif c == "]" and in_class and line[i - 1] not in "[^":
            in_class = False
        elif c == "'":
            c = "'’" if in_class else "['’]"
        out.append(c)
    return "".join(out)


def _fill(value: str, slots: dict[str, str]) -> str:
    def slot(m: re.Match[str]) -> str:
        name = m.group(1)
        if name not in slots:
            raise ValueError(f"threat_forms.tsv: unknown slot {{{name}}}")
        return slots[name]

    return _SLOT.sub(slot, value)


@cache
def pattern(kind: str, ignorecase: bool = True) -> re.Pattern[str]:
    """One alternation of a kind's forms, on whole words."""
    body = "|".join(f"(?:{f})" for f in forms()[kind]) or r"(?!x)x"
    flags = re.IGNORECASE if ignorecase else 0
    return re.compile(rf"(?<![\w'’])(?:{body})(?![\w'’])", flags)


def find(text: str, kind: str) -> list[tuple[int, int]]:
    """Spans of the kind's forms in `text`."""
    return [m.span() for m in pattern(kind).finditer(text) if m.end() > m.start()]


def find_extortion(text: str) -> list[tuple[int, int]]:
    return find(text, "extortion")


def find_threats(text: str) -> list[tuple[int, int]]:
    return find(text, "threat")
