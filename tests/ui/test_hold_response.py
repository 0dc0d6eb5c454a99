"""The vendor responds while a draft cools off: withdraw it, keep it, or turn it into an update."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from complaint_desk.core.models import Case, Channel, DraftStatus, Outcome, Response, Vendor
from complaint_desk.ui.dialogs.held_response_dialog import HeldResponseDialog
from tests.ui.conftest import T0, answer_dialog

ANGRY = "You people are USELESS. Nine days without a kettle!!! Worst company ever."


def _held(window, desk):
    vendor = desk.records.save_vendor(Vendor(None, "Acme"))
    case = desk.records.save_case(Case(None, vendor.id, "Broken kettle", T0))
    draft = desk.drafts.new_draft(case.id, "Kettle post", ANGRY)
    window.show_view("drafts")
    window.drafts_view.select_draft(draft.id)
    return case, draft.id


def _respond(desk, clock, case):
    clock.advance(timedelta(hours=2))
    resp = Response(None, case.id, clock.now(), Channel.EMAIL, Outcome.OFFERED, summary="Refund")
    desk.records.log_response(resp)


def _press(qtbot, name):
    def fill(dialog):
        assert isinstance(dialog, HeldResponseDialog)
        assert any("Kettle post" in label.text() for label in dialog.findChildren(QLabel))
        qtbot.mouseClick(getattr(dialog, name), Qt.MouseButton.LeftButton)

    return answer_dialog(qtbot, fill)


def test_withdraw_marks_the_draft_and_keeps_it_in_the_list(qtbot, window, desk, clock):
    case, draft_id = _held(window, desk)
    done = _press(qtbot, "withdraw_button")
    _respond(desk, clock, case)
    assert done["ran"] and QApplication.activeModalWidget() is None
    assert desk.drafts.draft(draft_id).status is DraftStatus.WITHDRAWN
    model = window.drafts_view.model
    row = model.row_of(draft_id)
    assert model.data(model.index(row, model.HOLD)) == "Withdrawn"
    assert "was withdrawn" in window.banner.text()
    assert len(desk.drafts.revisions(draft_id)) == 1
    assert not desk.drafts.decide_copy(draft_id).allowed


def test_keep_holding_changes_nothing(qtbot, window, desk, clock):
    case, draft_id = _held(window, desk)
    before = desk.drafts.hold_state(draft_id).ready_at
    done = _press(qtbot, "keep_button")
    _respond(desk, clock, case)
    assert done["ran"]
    assert desk.drafts.draft(draft_id).status is DraftStatus.ACTIVE
    assert desk.drafts.hold_state(draft_id).ready_at == before


def test_update_or_thanks_starts_a_new_linked_prefilled_draft(qtbot, window, desk, clock):
    case, draft_id = _held(window, desk)
    window.show_view("case")
    done = _press(qtbot, "rewrite_button")
    _respond(desk, clock, case)
    assert done["ran"]
    assert window.current_view() == "drafts"
    new_id = window.drafts_view.editor.draft_id
    assert new_id != draft_id
    follow_up = desk.drafts.draft(new_id)
    assert follow_up.origin_id == draft_id and follow_up.case_id == case.id
    shown = window.drafts_view.editor.editor.toPlainText()
    assert shown.startswith("Thank you, Acme, for the offer") and "Refund" in shown
    assert not desk.drafts.hold_state(new_id).held  # a calm thank-you, never held
    assert desk.drafts.hold_state(draft_id).held  # the original keeps cooling off
    assert desk.drafts.draft(draft_id).status is DraftStatus.ACTIVE
    assert "stays held" in window.banner.text()


def test_no_question_once_the_hold_is_over(qtbot, window, desk, clock):
    case, draft_id = _held(window, desk)
    clock.advance(timedelta(hours=49))
    _respond(desk, clock, case)
    assert QApplication.activeModalWidget() is None
    assert desk.drafts.draft(draft_id).status is DraftStatus.ACTIVE
