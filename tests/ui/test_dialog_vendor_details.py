"""Add vendor: an address that is not one is refused in the dialog; handles are made consistent."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from tests.ui.conftest import answer_dialog


def test_a_bad_email_keeps_the_dialog_open_then_the_vendor_is_saved_consistently(
    qtbot, window, desk
):
    window.show_view("vendors")
    seen = {}

    def fill(dialog):
        qtbot.keyClicks(dialog.name, "Skyway")
        qtbot.keyClicks(dialog.email, "support at skyway")
        qtbot.keyClicks(dialog.handles["x"], "skyway")
        qtbot.keyClicks(dialog.handles["reddit"], "r/skyway")
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.click()
        seen["open"] = dialog.isVisible()
        seen["error"] = dialog.error.text()
        seen["typed"] = dialog.name.text()
        dialog.email.clear()
        qtbot.keyClicks(dialog.email, "help@skyway.example")
        save.click()

    done = answer_dialog(qtbot, fill)
    window.vendors_view.add_vendor()
    assert done["ran"]
    assert seen["open"] and seen["typed"] == "Skyway"
    assert "doesn't look like an e-mail address" in seen["error"]
    (vendor,) = desk.records.vendors()
    assert vendor.email == "help@skyway.example"
    assert vendor.handles == {"x": "@skyway", "reddit": "r/skyway"}
