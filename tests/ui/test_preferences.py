"""Preferences: set once, kept in the data file, and refused with a reason when not valid."""

from __future__ import annotations

from complaint_desk.ui.preferences_dialog import PreferencesDialog
from tests.ui.conftest import answer_dialog


def test_region_server_and_theme_are_kept(qtbot, window, desk):
    def fill(dialog):
        assert isinstance(dialog, PreferencesDialog)
        assert str(desk.data.data_folder) in dialog.folder.text()
        dialog.region.setCurrentIndex(dialog.region.findData("UK"))
        dialog.mastodon.setText("https://Fosstodon.org/")
        dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
        dialog.buttons.accepted.emit()

    done = answer_dialog(qtbot, fill)
    window.open_preferences()
    assert done["ran"]
    assert desk.records.region() == "UK"
    assert desk.copy_out.mastodon_instance == "fosstodon.org"
    from complaint_desk.ui import palette

    assert palette.current_theme() == "dark"
    window.set_theme("system")


def test_a_server_name_that_is_not_one_keeps_the_dialog_open(qtbot, window, desk):
    seen = {}

    def fill(dialog):
        dialog.mastodon.setText("not a server!")
        dialog.buttons.accepted.emit()
        seen["open"], seen["error"] = dialog.isVisible(), dialog.error.text()
        dialog.reject()

    answer_dialog(qtbot, fill)
    window.open_preferences()
    assert seen["open"] and "is not a server name" in seen["error"]
