"""The history dialog: versions with heat, a word diff to the current text, and restore."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from complaint_desk.core.models import Case, Vendor
from complaint_desk.ui.dialogs.history_dialog import HistoryDialog, word_diff_html
from tests.ui.conftest import T0, answer_dialog

HOT = "You people are USELESS THIEVES. Nine days without a kettle!!! I'll make sure everyone knows."
CALM = "Nine days without a kettle. Order A-1. I want a replacement or a refund by Friday."


def _draft_cooled_down(desk, clock):
    vendor = desk.records.save_vendor(Vendor(None, "Acme"))
    case = desk.records.save_case(Case(None, vendor.id, "Kettle", T0))
    draft = desk.drafts.new_draft(case.id, "Kettle post", HOT)
    clock.advance(timedelta(hours=3))
    desk.drafts.save_text(draft.id, CALM)
    clock.advance(timedelta(hours=3))
    return draft.id


def test_word_diff_marks_removed_and_added_words():
    out = word_diff_html("the kettle is <broken>", "the kettle is fixed")
    assert "line-through" in out and "&lt;broken&gt;" in out
    assert "fixed</span>" in out
    assert out.startswith("the kettle is ")
    assert word_diff_html("same", "same") == "same"


def test_history_shows_versions_heat_and_the_diff(qtbot, window, desk, clock):
    draft_id = _draft_cooled_down(desk, clock)
    dialog = HistoryDialog(desk, draft_id, window)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 2
    summary = dialog.summary.text()
    assert "2 versions" in summary and "then" in summary and "calmer" in summary
    assert "Cooling off until" in summary
    # First version selected: the diff from it to now.
    assert dialog.selected_index() == 0
    assert "From version 1" in dialog.diff_title.text() and "to now" in dialog.diff_title.text()
    html = dialog.diff.toHtml()
    assert "USELESS" in html and "replacement" in html
    heat_cell = dialog.model.data(dialog.model.index(0, dialog.model.HEAT))
    assert "furious" in heat_cell or "heated" in heat_cell
    dialog.select(1)
    assert "current text" in dialog.diff_title.text()
    assert not dialog.restore_button.isEnabled()


def test_restoring_a_hotter_version_restarts_the_hold(qtbot, window, desk, clock):
    draft_id = _draft_cooled_down(desk, clock)
    window.show_view("drafts")
    window.drafts_view.select_draft(draft_id)
    editor = window.drafts_view.editor
    before = desk.drafts.hold_state(draft_id)
    assert before.clock_start == T0

    def restore_first(dialog):
        assert isinstance(dialog, HistoryDialog)
        dialog.select(0)
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        assert "The rule applied again: cooling off until" in dialog.note.text()
        assert dialog.model.rowCount() == 3
        dialog.reject()

    done = answer_dialog(qtbot, restore_first)
    qtbot.mouseClick(editor.history_button, Qt.MouseButton.LeftButton)
    assert done["ran"]
    assert QApplication.activeModalWidget() is None
    after = desk.drafts.hold_state(draft_id)
    assert after.clock_start == clock.now(), "a hotter version restarts the wait"
    assert after.ready_at > before.ready_at
    assert editor.editor.toPlainText() == HOT
    assert editor.badge.state == "held"


def test_history_diff_of_a_held_draft_cannot_be_copied(qtbot, window, desk, clock):
    from PySide6.QtGui import QGuiApplication, QKeySequence

    draft_id = _draft_cooled_down(desk, clock)
    assert desk.drafts.hold_state(draft_id).held
    dialog = HistoryDialog(desk, draft_id, window)
    qtbot.addWidget(dialog)
    dialog.show()
    QGuiApplication.clipboard().setText("before")
    dialog.diff.setFocus()
    qtbot.keySequence(dialog.diff, QKeySequence.StandardKey.SelectAll)
    qtbot.keySequence(dialog.diff, QKeySequence.StandardKey.Copy)
    assert QGuiApplication.clipboard().text() == "before"
    assert not dialog.diff.textCursor().hasSelection()
