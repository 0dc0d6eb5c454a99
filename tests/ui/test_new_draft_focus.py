"""Ctrl+N then typing: the words land in the new draft's title, not in the case list."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from complaint_desk.core.models import Case, Vendor
from complaint_desk.ui.dialogs.new_draft_dialog import NewDraftDialog
from tests.ui.conftest import T0, answer_dialog


def test_typing_after_ctrl_n_fills_the_title(qtbot, window, desk):
    vendor = desk.records.save_vendor(Vendor(None, "Acme"))
    desk.records.save_case(Case(None, vendor.id, "Kettle", T0))

    def type_title(dialog):
        assert isinstance(dialog, NewDraftDialog)
        qtbot.keyClicks(dialog.focusWidget(), "Refund post")
        dialog.buttons.accepted.emit()

    done = answer_dialog(qtbot, type_title)
    window.drafts_view.new_draft()
    assert done["ran"]
    assert [s.title for s in desk.drafts.summaries()] == ["Refund post"]


def test_a_new_draft_is_offered_the_case_of_the_draft_on_screen(qtbot, window, desk):
    vendor = desk.records.save_vendor(Vendor(None, "Acme"))
    older = desk.records.save_case(Case(None, vendor.id, "Broadband", T0))
    desk.records.save_case(Case(None, vendor.id, "Tent refund", T0 + timedelta(days=1)))
    first = desk.drafts.new_draft(older.id, "Nine days without broadband")
    window.drafts_view.reload()
    window.drafts_view.select_draft(first.id)
    offered: list[str] = []

    def read_case(dialog):
        assert isinstance(dialog, NewDraftDialog)
        offered.append(dialog.case_box.currentText())
        qtbot.keyClicks(dialog.focusWidget(), "Follow-up")
        dialog.buttons.accepted.emit()

    done = answer_dialog(qtbot, read_case)
    window.drafts_view.new_button.click()  # the button itself: clicked(bool) passes an argument
    assert done["ran"]
    assert offered and "Broadband" in offered[0]  # not the newest case, "Tent refund"
    follow_up = [s for s in desk.drafts.summaries() if s.title == "Follow-up"]
    assert follow_up and follow_up[0].case_id == older.id
    assert window.drafts_view.open_draft_id == follow_up[0].draft_id
    # The dialog is let go once closed, not kept as a hidden child of the view.
    qtbot.waitUntil(lambda: not window.drafts_view.findChildren(NewDraftDialog), timeout=2000)


def test_a_new_case_is_offered_the_company_of_the_case_on_screen(qtbot, window, desk):
    first = desk.records.save_vendor(Vendor(None, "Acme Broadband"))
    desk.records.save_vendor(Vendor(None, "Zephyr Tents"))
    shown = desk.records.save_case(Case(None, first.id, "Broadband down", T0))
    window.show_view("case")
    view = window.case_view
    view.select_case(shown.id)
    offered: list[str] = []

    def read_vendor(dialog):
        offered.append(dialog.vendor_box.currentText())
        dialog.reject()

    done = answer_dialog(qtbot, read_vendor)
    qtbot.mouseClick(view.new_case_button, Qt.MouseButton.LeftButton)
    assert done["ran"]
    assert offered == ["Acme Broadband"]
