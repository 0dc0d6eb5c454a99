"""The window fits a small screen: 800 x 600 with every view built."""

from __future__ import annotations


def test_every_view_fits_800_by_600(qtbot, window):
    for name in ("drafts", "case", "vendors", "scorecard", "copy"):
        window.show_view(name)
        qtbot.wait(10)
    hint = window.minimumSizeHint()
    assert hint.width() <= 800 and hint.height() <= 600, hint
