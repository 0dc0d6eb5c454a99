"""Python string offsets (code points) to Qt document positions (UTF-16 units) and back."""

from __future__ import annotations

from bisect import bisect_right


class OffsetMap:
    """Built once per text; O(log n) per conversion, O(1) when the text is all in the BMP."""

    def __init__(self, text: str) -> None:
        # max() runs in C: a text with nothing outside the BMP (nearly every draft) skips the
        # per-character scan, which cost about 2 ms per re-score of a 5,000-character draft.
        astral = bool(text) and max(text) > "\uffff"
        self._astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF] if astral else []

    def to_qt(self, index: int) -> int:
        return index + bisect_right(self._astral, index - 1) if self._astral else index

    def from_qt(self, position: int) -> int:
        """The index of the character at a Qt position (the next one inside a surrogate pair).

        A binary search over to_qt, which only grows: a fixed-point iteration oscillated on
        neighbouring astral characters, as in an emoji with a skin tone ("👍🏽")."""
        if not self._astral:
            return position
        lo, hi = max(0, position - len(self._astral)), max(0, position)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.to_qt(mid) < position:
                lo = mid + 1
            else:
                hi = mid
        return lo
