"""Python string offsets (code points) to Qt document positions (UTF-16 units) and back."""

from __future__ import annotations

from bisect import bisect_right


class OffsetMap:
    """Built once per text; O(log n) per conversion, O(1) when the text is all in the BMP."""

    def __init__(self, text: str) -> None:
        self._astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]

    def to_qt(self, index: int) -> int:
        return index + bisect_right(self._astral, index - 1) if self._astral else index

    def from_qt(self, position: int) -> int:
        if not self._astral:
            return position
        index = position
        for _ in range(3):  # converges quickly: each astral char before adds one unit
            index = position - bisect_right(self._astral, index - 1)
        return max(0, index)
