"""Case view: re-link a response, see the escalation suggestion, export the case, write a letter."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFileDialog, QLineEdit

from complaint_desk.core.models import Case, Channel, Contact, Outcome, Response, Vendor
from tests.ui.conftest import T0, answer_dialog

H = timedelta(hours=1)


def _case(desk):
    v = desk.records.save_vendor(Vendor(None, "Northline"))
    case = desk.records.save_case(Case(None, v.id, "Email broken", T0, remedy="Fix my email"))
    return v, case


def _answer_file_dialog(qtbot, path):
    def fill(dialog):
        assert isinstance(dialog, QFileDialog)
        dialog.selectFile(str(path))
        dialog.accept()

    return answer_dialog(qtbot, fill)


def test_relink_a_response_from_the_timeline(qtbot, window, desk, clock):
    vendor, case = _case(desk)
    desk.records.log_contact(Contact(None, case.id, Channel.LETTER, T0, summary="To the VP"))
    desk.records.log_contact(Contact(None, case.id, Channel.SOCIAL, T0 + 24 * H))
    desk.records.log_response(
        Response(None, case.id, T0 + 30 * 24 * H, Channel.LETTER, Outcome.ACKNOWLEDGED, "VP office")
    )
    clock.advance(31 * 24 * H)
    window.show_view("case")
    view = window.case_view
    view.select_case(case.id)
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)
    assert not view.relink_button.isEnabled()  # nothing selected yet
    top = view.model.index(0, view.model.ANSWERS)
    assert view.model.data(top).startswith("your social post of")
    view.table.selectRow(0)
    assert view.relink_button.isEnabled()

    def choose_letter(dialog):
        box = dialog.findChild(QComboBox, "answers")
        box.setCurrentIndex(next(i for i in range(box.count()) if "Letter" in box.itemText(i)))
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()

    answer_dialog(qtbot, choose_letter)
    qtbot.mouseClick(view.relink_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: view.model.data(view.model.index(0, view.model.ANSWERS)).startswith(
            "your letter of"
        )
    )
    assert view.model.data(view.model.index(0, view.model.ANSWER)) == "answered in 30 days"
    window.show_view("scorecard")
    card = window.scorecard_view.model
    letter_row = next(r for r in card.rows() if r.channel is Channel.LETTER)
    assert letter_row.answered == 1


def test_quiet_vendor_gets_a_suggestion_never_an_action(qtbot, window, desk, clock):
    _vendor, case = _case(desk)
    desk.records.log_contact(Contact(None, case.id, Channel.EMAIL, T0))
    window.show_view("case")
    view = window.case_view
    view.select_case(case.id)
    assert not view.escalation.isVisible()
    clock.advance(4 * 24 * H)
    desk.records.timeline_changed.emit(case.id)  # any refresh re-reads the suggestion
    qtbot.waitUntil(view.escalation.isVisible)
    assert "Post about it publicly" in view.escalation.title.text()
    assert "You emailed on 1 June 2026" in view.escalation.why.text()
    assert len(desk.records.contacts(case.id)) == 1  # nothing was done for the user


def test_export_case_file_as_markdown_and_pdf(qtbot, window, desk, tmp_path):
    _vendor, case = _case(desk)
    desk.records.log_contact(Contact(None, case.id, Channel.PHONE, T0, 20, "Gary", "Refused"))
    window.show_view("case")
    view = window.case_view
    view.select_case(case.id)
    _answer_file_dialog(qtbot, tmp_path / "case.md")
    view.export_md_action.trigger()
    assert "**You** · Phone · 20 min · with Gary: Refused" in (tmp_path / "case.md").read_text()
    assert "Case file saved to" in window.banner.text()
    _answer_file_dialog(qtbot, tmp_path / "case")  # the .pdf is added
    view.export_pdf_action.trigger()
    assert (tmp_path / "case.pdf").read_bytes().startswith(b"%PDF")


def test_letter_is_editable_shows_heat_and_is_held_like_any_draft(
    qtbot, window, desk, tmp_path, clock
):
    _vendor, case = _case(desk)
    desk.records.log_contact(Contact(None, case.id, Channel.PHONE, T0, 20, "Gary", "Refused"))
    window.show_view("case")
    view = window.case_view
    view.select_case(case.id)
    seen = {}

    def edit(dialog):
        seen["text"] = dialog.text()
        seen["heat"] = dialog.heat_label.text()
        qtbot.keyClicks(dialog.findChild(QLineEdit, "letter_name"), "Jo Bloggs")
        dialog.name.editingFinished.emit()
        seen["signed"] = dialog.text()
        dialog.pdf_button.click()  # refused: no file dialog opens, the hold is named
        seen["refusal"] = dialog.hold_label.text()
        board = QGuiApplication.clipboard()
        board.setText("before")
        dialog.editor.selectAll()
        dialog.editor.copy()
        seen["clipboard"] = board.text()
        dialog.reject()

    answer_dialog(qtbot, edit)
    view.letter_action.trigger()
    assert "and spoke to Gary. My note of it: “Refused”." in seen["text"]
    assert seen["heat"].startswith("Heat ")
    assert seen["signed"].rstrip().endswith("Jo Bloggs")
    assert "cooling off until" in seen["refusal"].lower()
    assert seen["clipboard"] == "before"
    assert not (tmp_path / "letter.pdf").exists()
    letter = desk.drafts.letter_for_case(case.id)
    assert letter is not None and desk.drafts.hold_state(letter.id).held
    assert desk.drafts.latest_text(letter.id).rstrip().endswith("Jo Bloggs")

    clock.advance(timedelta(hours=49))

    def save(dialog):
        seen["reopened"] = dialog.text()
        _answer_file_dialog(qtbot, tmp_path / "letter.pdf")
        dialog.pdf_button.click()
        dialog.reject()

    answer_dialog(qtbot, save)
    view.letter_action.trigger()
    assert seen["reopened"].rstrip().endswith("Jo Bloggs")  # the kept letter, not a new one
    assert (tmp_path / "letter.pdf").read_bytes().startswith(b"%PDF")
    assert "Letter saved to" in window.banner.text()


def test_remind_me_to_chase_shows_a_banner_when_due(qtbot, window, desk, clock):
    _vendor, case = _case(desk)
    desk.records.log_contact(Contact(None, case.id, Channel.EMAIL, T0, summary="Asked for a fix"))
    window.show_view("case")
    view = window.case_view
    view.select_case(case.id)
    assert not view.remind_button.isEnabled()
    view.table.selectRow(0)
    assert view.remind_button.isEnabled()
    view.remind_actions["24 h"].trigger()
    assert "I'll remind you on" in window.banner.text()
    clock.advance(20 * H)
    desk.reminders.check()
    assert "Time to chase" not in window.banner.text()
    clock.advance(5 * H)
    desk.reminders.check()
    assert window.banner.text() == (
        "Time to chase Northline: no reply for 25 h on email (case “Email broken”)."
    )
    assert window.banner.kind == "warning"


def test_a_reminder_can_be_cancelled_from_its_contact(qtbot, window, desk, clock):
    _vendor, case = _case(desk)
    desk.records.log_contact(Contact(None, case.id, Channel.EMAIL, T0, summary="Asked for a fix"))
    window.show_view("case")
    view = window.case_view
    view.select_case(case.id)
    view.table.selectRow(0)
    view._update_reminder_actions()
    assert not view.cancel_reminder_action.isVisible()
    view.remind_actions["24 h"].trigger()
    view._update_reminder_actions()
    assert view.cancel_reminder_action.isVisible()
    assert "Cancel the reminder (due" in view.cancel_reminder_action.text()
    view.cancel_reminder_action.trigger()
    assert window.banner.text() == "Reminder cancelled."
    assert desk.reminders.pending_for_case(case.id) == []
    clock.advance(30 * H)
    assert desk.reminders.check() == []
