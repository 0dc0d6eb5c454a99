"""Code-point offsets to Qt's UTF-16 positions: highlights must land on the right characters."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument

from complaint_desk.ui.text_offsets import OffsetMap


def test_positions_shift_by_one_after_each_character_outside_the_bmp() -> None:
    text = "a😀b👍🏽c"
    offsets = OffsetMap(text)
    doc = QTextDocument(text)
    for index, ch in enumerate(text):
        position = offsets.to_qt(index)
        assert doc.characterAt(position) == ch[0] or ord(ch) > 0xFFFF
        assert offsets.from_qt(position) == index
    assert offsets.to_qt(len(text)) == doc.characterCount() - 1


def test_plain_and_lone_surrogate_text_maps_one_to_one() -> None:
    for text in ("", "plain text", "broken \ud800 surrogate"):
        offsets = OffsetMap(text)
        assert [offsets.to_qt(i) for i in range(len(text) + 1)] == list(range(len(text) + 1))
