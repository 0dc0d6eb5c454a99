"""Ctrl+N then typing: the words land in the new draft's title, not in the case list."""

from __future__ import annotations

from datetime import timedelta

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
    window.drafts_view.new_draft()
    assert done["ran"]
    assert offered and "Broadband" in offered[0]  # not the newest case, "Tent refund"
    follow_up = [s for s in desk.drafts.summaries() if s.title == "Follow-up"]
    assert follow_up and follow_up[0].case_id == older.id
