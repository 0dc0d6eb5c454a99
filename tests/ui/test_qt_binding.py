"""Guard against a Qt binding that corrupts Python's reference counts (PySide6 6.12.0 did)."""

import sys

from PySide6.QtWidgets import QComboBox


def test_filling_a_combo_box_keeps_none_alive(qapp):
    box = QComboBox()
    before = sys.getrefcount(None)
    for i in range(500):
        box.addItem(f"item {i}", i)
        box.setItemData(i, i)
    assert sys.getrefcount(None) >= before - 50
