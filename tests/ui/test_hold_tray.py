"""The tray notice: shown where a tray exists, worded for one or many drafts, never required."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from complaint_desk.ui.tray import HoldTray, release_message


def test_release_message_wording():
    assert release_message(["Kettle"]) == "“Kettle” has cooled off and is ready to review."
    assert release_message(["a", "b"]) == "2 drafts have cooled off and are ready to review."
    many = [str(i) for i in range(81433)]
    assert release_message(many) == "81,433 drafts have cooled off and are ready to review."


def test_no_tray_no_icon_but_the_message_is_kept(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    tray = HoldTray(window, available=lambda: False)
    assert tray.icon is None
    tray.notify(["Kettle"])
    assert "Kettle" in tray.last_message


def test_with_a_tray_the_icon_shows_the_message(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    tray = HoldTray(window, available=lambda: True)
    assert tray.icon is not None and not tray.icon.icon().isNull()
    tray.notify([])
    assert tray.last_message == ""
    tray.notify(["a", "b"])
    assert tray.last_message.startswith("2 drafts")
    tray.hide()
