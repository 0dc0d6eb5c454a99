"""From an empty window to a first draft without a dead end: New complaint does it in one go."""

from __future__ import annotations

from PySide6.QtCore import Qt

from complaint_desk.core.models import Vendor
from complaint_desk.ui.dialogs.new_complaint_dialog import NEW_VENDOR, NewComplaintDialog
from tests.ui.conftest import answer_dialog


def test_the_empty_window_s_button_opens_new_complaint_and_lands_in_the_editor(qtbot, window, desk):
    window.show_view("drafts")
    view = window.drafts_view
    assert view.start_button.text() == "New complaint…"

    def fill(dialog):
        assert isinstance(dialog, NewComplaintDialog)
        assert dialog.vendor.currentData() == NEW_VENDOR
        qtbot.keyClicks(dialog.vendor_name, "Skyway Airlines")
        qtbot.keyClicks(dialog.title, "Bag lost on SK 123")
        qtbot.keyClicks(dialog.remedy, "a refund of £49")
        dialog.buttons.accepted.emit()

    done = answer_dialog(qtbot, fill)
    qtbot.mouseClick(view.start_button, Qt.MouseButton.LeftButton)
    assert done["ran"]
    (vendor,) = desk.records.vendors()
    (case,) = desk.records.cases()
    assert vendor.name == "Skyway Airlines" and case.title == "Bag lost on SK 123"
    assert case.remedy == "a refund of £49"
    assert view.editor.draft_id is not None
    assert desk.drafts.draft(view.editor.draft_id).case_id == case.id
    assert view.editor.editor.hasFocus() or view.editor.editor.isEnabled()


def test_ctrl_n_with_no_case_opens_new_complaint_not_a_dead_end(qtbot, window, desk):
    desk.records.save_vendor(Vendor(None, "Acme"))
    seen = {}

    def look(dialog):
        seen["dialog"] = type(dialog).__name__
        seen["picked"] = dialog.vendor.currentText()
        dialog.reject()

    done = answer_dialog(qtbot, look)
    window.drafts_view.new_draft()
    assert done["ran"] and seen == {"dialog": "NewComplaintDialog", "picked": "Acme"}


def test_missing_title_is_said_in_the_dialog_and_nothing_is_saved(qtbot, window, desk):
    seen = {}

    def fill(dialog):
        qtbot.keyClicks(dialog.vendor_name, "Skyway")
        dialog.buttons.accepted.emit()
        seen["error"] = dialog.error.text()
        seen["open"] = dialog.isVisible()
        dialog.reject()

    answer_dialog(qtbot, fill)
    window.new_complaint()
    assert seen["open"] and "case title" in seen["error"]
    assert desk.records.vendors() == []


def test_help_opens_the_sample_data_in_a_process_of_its_own(qtbot, window, monkeypatch):
    from PySide6.QtCore import QProcess

    started = []
    monkeypatch.setattr(
        QProcess, "startDetached", staticmethod(lambda *a: started.append(a) or (True, 1))
    )
    assert window.open_sample_data()
    ((program, args),) = started
    assert args[-1] == "--demo" and "own" in window.banner.text()
