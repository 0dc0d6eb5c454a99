"""Splits a post that is too long into numbered thread parts that each fit a site's limit.

Parts break at sentence ends (or line breaks) where that keeps a part at least half full, else
between words, so a URL, @mention or #hashtag is never cut. Each part is the original text between
its first and last word (inner spacing and line breaks kept) plus the numbering, e.g. " 2/5", and
the numbering is counted. A single token longer than a whole part is cut only if it is not a URL:
around its URLs, mentions and hashtags, by grapheme cluster, and a cluster too long on its own
(hundreds of combining marks) by code point. A URL is never cut: where a site counts URLs in full
and one URL alone exceeds the limit, that URL becomes a part of its own, over the limit.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import regex

_WORD = re.compile(r"\S+")
_SENTENCE_END = re.compile(r"[.!?…]+['\"’”)\]]*$")
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_TAG = re.compile(r"[@#$][\w.@-]+")
_GRAPHEME = regex.compile(r"\X")
_MIN_FILL = 0.5  # a sentence break may leave a part no emptier than this

# Unit levels: how a unit may be cut further when it does not fit a part on its own.
_WORD_UNIT, _TAG_UNIT, _GRAPHEME_UNIT, _ATOM = range(4)


def split_thread(
    text: str, count: Callable[[str], int], limit: int, numbering: str = " {i}/{n}"
) -> list[str]:
    """`text` as thread parts for a site that counts with `count` and allows `limit`."""
    if count(text) <= limit:
        return [text]
    units = [[m.start(), m.end(), _WORD_UNIT] for m in _WORD.finditer(text)]
    if not units:
        return [""]
    n = 2
    while True:
        spans = _pack(text, units, count, limit, numbering, n)
        if len(spans) <= n:
            break
        n = len(spans)
    if len(spans) == 1:
        return [text[spans[0][0] : spans[0][1]]]
    # Fewer parts than guessed: the numbering only gets shorter, so every part still fits.
    return [text[a:b] + numbering.format(i=i, n=len(spans)) for i, (a, b) in enumerate(spans, 1)]


def _is_break(text: str, units: list[list[int]], k: int) -> bool:
    """Whether a part may end after units[k] at a sentence end or line break."""
    end = units[k][1]
    nxt = units[k + 1][0] if k + 1 < len(units) else len(text)
    if end == nxt:  # inside a token that had to be cut
        return False
    return "\n" in text[end:nxt] or bool(_SENTENCE_END.search(text[units[k][0] : end]))


def _pack(
    text: str,
    units: list[list[int]],
    count: Callable[[str], int],
    limit: int,
    numbering: str,
    n: int,
) -> list[tuple[int, int]]:
    """Greedy packing for `n` parts' numbering; returns (start, end) text spans."""
    spans: list[tuple[int, int]] = []
    s = 0
    while s < len(units):
        suffix = numbering.format(i=len(spans) + 1, n=n)

        def fits(e: int, s: int = s, suffix: str = suffix) -> bool:
            return count(text[units[s][0] : units[e - 1][1]] + suffix) <= limit

        if not fits(s + 1):
            if _refine(text, units, s):
                continue
            spans.append((units[s][0], units[s][1]))  # an uncuttable URL longer than the limit
            s += 1
            continue
        good, step = s + 1, 1  # gallop, then bisect, for the last unit that still fits
        bad = len(units) + 1
        while good + step < bad:
            if fits(good + step):
                good += step
                step *= 2
            else:
                bad = good + step
                break
        while bad - good > 1:
            mid = (good + bad) // 2
            if fits(mid):
                good = mid
            else:
                bad = mid
        e = good
        if e < len(units) and not _is_break(text, units, e - 1):
            e = _sentence_break(text, units, s, e, count, limit, suffix) or e
        spans.append((units[s][0], units[e - 1][1]))
        s = e
    return spans


def _sentence_break(
    text: str,
    units: list[list[int]],
    s: int,
    e: int,
    count: Callable[[str], int],
    limit: int,
    suffix: str,
) -> int | None:
    for b in range(e - 1, s, -1):
        if _is_break(text, units, b - 1):
            part = count(text[units[s][0] : units[b - 1][1]] + suffix)
            return b if _MIN_FILL * limit <= part <= limit else None
    return None


def _refine(text: str, units: list[list[int]], k: int) -> bool:
    """Replace units[k] by smaller pieces; False if it cannot be cut (a URL, a code point)."""
    start, end, level = units[k]
    piece = text[start:end]
    pieces: list[list[int]] = []
    if level == _WORD_UNIT:
        pos = start
        for m in _atoms(piece):
            a, b = start + m[0], start + m[1]
            pieces += _graphemes(text, pos, a)
            pieces.append([a, b, _ATOM if m[2] else _TAG_UNIT])
            pos = b
        pieces += _graphemes(text, pos, end)
    elif level == _TAG_UNIT:
        pieces = _graphemes(text, start, end)
    elif level == _GRAPHEME_UNIT and end - start > 1:
        pieces = [[i, i + 1, _ATOM] for i in range(start, end)]
    if len(pieces) <= 1:
        if pieces and pieces[0][2] != level:
            units[k] = pieces[0]
            return True
        return False
    units[k : k + 1] = pieces
    return True


def _atoms(token: str) -> list[tuple[int, int, bool]]:
    """URLs (True) and mentions/hashtags (False) inside a token, in order, not overlapping."""
    found = [(m.start(), m.end(), True) for m in _URL.finditer(token)]
    for m in _TAG.finditer(token):
        if not any(a < m.end() and m.start() < b for a, b, _ in found):
            found.append((m.start(), m.end(), False))
    return sorted(found)


def _graphemes(text: str, start: int, end: int) -> list[list[int]]:
    return [
        [start + m.start(), start + m.end(), _GRAPHEME_UNIT]
        for m in _GRAPHEME.finditer(text[start:end])
    ]
