"""Issue 11: the gate judges exactly what leaves, drag never moves text, nothing typed is lost."""

from __future__ import annotations

import os
import stat
from datetime import timedelta

from PySide6.QtCore import QMimeData, QPoint, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QTextCursor

from complaint_desk.core.models import Case, Vendor
from complaint_desk.ui.widgets.guarded_editor import MAX_TEXT
from tests.ui.conftest import T0, answer_dialog

THANKS = "Thank you so much for fixing my laptop so quickly! Great service."
FURIOUS = "You people are USELESS liars. I will destroy your reputation!!! Worst company ever."


def _draft(window, desk, text):
    vendor = desk.records.save_vendor(Vendor(None, "Acme", {"x": "acme"}))
    case = desk.records.save_case(Case(None, vendor.id, "Laptop", T0))
    draft = desk.drafts.new_draft(case.id, "Laptop post", text)
    window.show_view("drafts")
    window.drafts_view.select_draft(draft.id)
    return draft.id, window.drafts_view.editor


def _replace_text(qtbot, editor, text):
    """Select all and type `text` over it, as a person would (textChanged fires, not yet saved)."""
    box = editor.editor
    box.setFocus()
    box.selectAll()
    box.insertPlainText(text)
    assert editor.dirty


def test_copy_within_the_autosave_delay_is_judged_on_the_text_on_screen(qtbot, window, desk):
    draft_id, editor = _draft(window, desk, THANKS)
    assert desk.drafts.decide_copy(draft_id).allowed  # a thank-you that was never held
    _replace_text(qtbot, editor, FURIOUS)
    board = QGuiApplication.clipboard()
    board.setText("before")
    editor.editor.selectAll()
    qtbot.keySequence(editor.editor, QKeySequence.StandardKey.Copy)
    assert board.text() == "before"  # the furious text did not leave
    assert not editor.dirty  # it was saved as a version first, and judged
    assert desk.drafts.latest_text(draft_id) == FURIOUS
    assert desk.drafts.hold_state(draft_id).held


def test_x11_selection_is_judged_on_the_text_on_screen(qtbot, window, desk):
    draft_id, editor = _draft(window, desk, THANKS)
    _replace_text(qtbot, editor, FURIOUS)
    editor.editor.selectAll()
    assert editor.editor.createMimeDataFromSelection().text() == ""
    assert desk.drafts.hold_state(draft_id).held


def test_copy_out_and_every_gate_caller_save_the_editor_first(qtbot, window, desk):
    draft_id, editor = _draft(window, desk, THANKS)
    _replace_text(qtbot, editor, FURIOUS)
    decision = desk.drafts.decide_copy(draft_id)  # what Copy out, exports and letters call
    assert not decision.allowed
    assert desk.drafts.latest_text(draft_id) == FURIOUS


def test_polite_edit_of_a_held_draft_keeps_it_held(qtbot, window, desk, clock):
    draft_id, editor = _draft(window, desk, FURIOUS)
    clock.advance(timedelta(minutes=3))
    polite = "My laptop arrived broken. I would like it refunded by 15 December. Thank you."
    _replace_text(qtbot, editor, polite)
    editor.save_now()
    state = desk.drafts.hold_state(draft_id)
    assert state.held
    assert state.ready_at >= T0 + timedelta(hours=24)
    assert "left" in editor.badge.detail.text() or "left" in editor.badge.headline.text()


def test_press_and_release_in_a_selection_moves_the_cursor_and_keeps_the_text(qtbot, window, desk):
    draft_id, editor = _draft(window, desk, FURIOUS)
    box = editor.editor
    box.selectAll()
    where = box.cursorRect(box.textCursor()).center() - QPoint(20, 0)
    qtbot.mousePress(box.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseRelease(box.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert box.toPlainText() == FURIOUS
    assert not box.textCursor().hasSelection()


def test_a_refused_drag_does_not_start_and_changes_nothing(qtbot, window, desk):
    draft_id, editor = _draft(window, desk, FURIOUS)
    box = editor.editor
    box.selectAll()
    with qtbot.waitSignal(box.copy_refused, timeout=1000) as refused:
        box._start_copy_drag()
    assert "cooling off" in refused.args[0].lower()
    assert box.toPlainText() == FURIOUS
    assert desk.drafts.latest_text(draft_id) == FURIOUS


def test_a_huge_paste_is_refused_at_once_with_a_message(qtbot, window, desk):
    draft_id, editor = _draft(window, desk, THANKS)
    huge = QMimeData()
    huge.setText("x" * 10_000_000)
    box = editor.editor
    box.moveCursor(QTextCursor.MoveOperation.End)
    with qtbot.waitSignal(box.paste_refused, timeout=1000) as refused:
        box.insertFromMimeData(huge)
    assert "10,000,000" in refused.args[0] and f"{MAX_TEXT:,}" in refused.args[0]
    assert box.toPlainText() == THANKS
    fitting = QMimeData()
    fitting.setText(" It is great.")
    box.insertFromMimeData(fitting)
    assert box.toPlainText() == THANKS + " It is great."


def test_tab_moves_focus_instead_of_typing_a_tab(qtbot, window, desk):
    draft_id, editor = _draft(window, desk, THANKS)
    box = editor.editor
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert "\t" not in box.toPlainText()


def test_steady_typing_is_saved_every_second_not_only_when_it_stops(qtbot, window, desk):
    draft_id, editor = _draft(window, desk, "The laptop")
    box = editor.editor
    box.setFocus()
    box.moveCursor(QTextCursor.MoveOperation.End)
    saved_before = len(desk.drafts.revisions(draft_id))
    for _ in range(22):  # 2.2 s of typing at ten keys a second, never pausing a full second
        qtbot.keyClicks(box, " x")
        qtbot.wait(100)
    assert editor.dirty or len(desk.drafts.revisions(draft_id)) > saved_before
    assert len(desk.drafts.revisions(draft_id)) >= saved_before + 2
    assert len(desk.drafts.latest_text(draft_id)) >= len("The laptop") + 2 * 10


def test_emptying_a_draft_by_undo_does_not_change_its_hold(qtbot, window, desk, clock):
    draft_id, editor = _draft(window, desk, FURIOUS)
    before = desk.drafts.hold_state(draft_id).ready_at
    clock.advance(timedelta(hours=2))
    _replace_text(qtbot, editor, "")
    editor.save_now()
    assert desk.drafts.hold_state(draft_id).ready_at == before
    clock.advance(timedelta(hours=1))
    _replace_text(qtbot, editor, FURIOUS)
    editor.save_now()
    assert desk.drafts.hold_state(draft_id).ready_at == before  # the same words: no restart


def test_restoring_a_version_the_clock_saw_does_not_restart_the_wait(qtbot, window, desk, clock):
    first = "The laptop arrived with a cracked screen and the shop will not answer my emails."
    draft_id, editor = _draft(window, desk, first)
    start = desk.drafts.hold_fold(draft_id).clock_start
    clock.advance(timedelta(hours=1))
    other = "Completely new words: the courier left my parcel in the rain and it is ruined now."
    desk.drafts.save_text(draft_id, other)
    restarted = desk.drafts.hold_fold(draft_id).clock_start
    clock.advance(timedelta(hours=1))
    assert desk.drafts.restore_revision(draft_id, 1)  # back to `other`: seen by this clock
    assert desk.drafts.hold_fold(draft_id).clock_start == restarted
    assert restarted >= start


def test_failed_saves_keep_a_private_recovery_copy_and_quitting_asks(
    qtbot, window, desk, tmp_path, monkeypatch
):
    draft_id, editor = _draft(window, desk, FURIOUS)
    monkeypatch.setattr(desk.drafts, "save_text", lambda *a, **k: False)
    _replace_text(qtbot, editor, FURIOUS + " Still broken.")
    assert not editor.save_now()
    copies = list((tmp_path / "recovery").glob("draft-*.json"))
    assert len(copies) == 1
    assert stat.S_IMODE(os.stat(copies[0]).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(tmp_path / "recovery").st_mode) == 0o700

    seen = {}

    def stay(dialog):
        seen["text"] = dialog.text()
        stay_button = next(b for b in dialog.buttons() if b.text() == "Stay")
        stay_button.click()

    done = answer_dialog(qtbot, stay)
    assert not window.close()  # the person chose to stay
    assert done["ran"] and "recovery copy" in seen["text"]
    assert window.isVisible()
    assert editor.editor.toPlainText() == FURIOUS + " Still broken."
    monkeypatch.undo()

    offered = desk.drafts.recovered()
    assert [item.text for item in offered] == [FURIOUS + " Still broken."]
    assert desk.drafts.restore_recovered(draft_id, offered[0].text)
    assert desk.drafts.latest_text(draft_id) == FURIOUS + " Still broken."
    assert not list((tmp_path / "recovery").glob("draft-*.json"))


def test_offer_recovery_puts_the_text_back_when_asked(qtbot, window, desk):
    draft_id, editor = _draft(window, desk, FURIOUS)
    desk.drafts.keep_recovery_copy(draft_id, FURIOUS + " And one more thing.")

    def put_back(dialog):
        next(b for b in dialog.buttons() if b.text() == "Put it back").click()

    answer_dialog(qtbot, put_back)
    window.offer_recovery()
    assert desk.drafts.latest_text(draft_id) == FURIOUS + " And one more thing."
    assert editor.editor.toPlainText() == FURIOUS + " And one more thing."
    assert desk.drafts.recovered() == []
