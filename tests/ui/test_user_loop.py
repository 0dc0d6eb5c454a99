"""The whole loop as a user does it: vendor → case → contacts → draft → hold → copy-out."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLineEdit, QPlainTextEdit

from complaint_desk.core.models import Case, Channel, Contact, Outcome, Response, Vendor
from tests.ui.conftest import T0, answer_dialog

ANGRY = (
    "@acme You people are USELESS. Nine days without a working kettle!!! "
    "I'll make sure everyone knows. Worst company ever."
)


def _save(dialog):
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()


def test_add_and_edit_a_vendor(qtbot, window, desk):
    window.show_view("vendors")
    view = window.vendors_view
    assert view.empty.isVisible()

    def fill(dialog):
        name = dialog.findChildren(QLineEdit)[0]
        qtbot.keyClicks(name, "Acme Kettles")
        qtbot.keyClicks(dialog.findChild(QLineEdit, "handle_x"), "@acmekettles")
        qtbot.keyClicks(dialog.findChild(QLineEdit, "handle_bluesky"), "acme.bsky.social")
        _save(dialog)

    answer_dialog(qtbot, fill)
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    index = view.proxy.index(0, 0)
    assert view.proxy.data(index) == "Acme Kettles"
    assert "x: @acmekettles" in view.proxy.data(view.proxy.index(0, 1))
    assert not view.empty.isVisible()

    def rename(dialog):
        name = dialog.findChildren(QLineEdit)[0]
        name.selectAll()
        qtbot.keyClicks(name, "Acme Kettles Ltd")
        _save(dialog)

    view.table.setCurrentIndex(index)
    answer_dialog(qtbot, rename)
    qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.proxy.data(view.proxy.index(0, 0)) == "Acme Kettles Ltd")
    assert [v.name for v in desk.records.vendors()] == ["Acme Kettles Ltd"]


def test_vendor_without_name_is_not_saved(qtbot, window, desk):
    view = window.vendors_view
    seen = {}

    def fill(dialog):
        _save(dialog)
        seen["error"] = dialog.error.text()
        seen["still_open"] = dialog.isVisible()
        dialog.reject()

    answer_dialog(qtbot, fill)
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    assert seen == {"error": "A vendor needs a name.", "still_open": True}
    assert desk.records.vendors() == []


def test_open_case_and_log_timeline(qtbot, window, desk, clock):
    desk.records.save_vendor(Vendor(None, "Acme"))
    window.show_view("case")
    view = window.case_view
    assert "No case open yet" in view.empty.text()

    def fill_case(dialog):
        edits = dialog.findChildren(QLineEdit)
        qtbot.keyClicks(dialog.title, "Kettle broke after a week")
        qtbot.keyClicks(dialog.reference, "Order A-1234")
        qtbot.keyClicks(dialog.remedy, "A replacement")
        assert edits
        _save(dialog)

    answer_dialog(qtbot, fill_case)
    qtbot.mouseClick(view.new_case_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.case_id is not None)
    assert view.details.title() == "Kettle broke after a week"
    assert view.reference_label.text() == "Order A-1234"

    def fill_contact(dialog):
        dialog.channel.setCurrentIndex(dialog.channel.findData(Channel.EMAIL.value))
        qtbot.keyClicks(dialog.rep, "Dana")
        qtbot.keyClicks(dialog.summary, "Asked for a replacement.")
        _save(dialog)

    answer_dialog(qtbot, fill_contact)
    qtbot.mouseClick(view.contact_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    clock.advance(timedelta(hours=12))
    assert "12 h, no answer yet" in view.model.rows()[0].answer or view.model.rows()

    def fill_response(dialog):
        dialog.when.setDateTime(dialog.when.dateTime().addSecs(0))
        dialog.outcome.setCurrentIndex(dialog.outcome.findData(Outcome.OFFERED.value))
        qtbot.keyClicks(dialog.who, "Sam")
        _save(dialog)

    answer_dialog(qtbot, fill_response)
    qtbot.mouseClick(view.response_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)
    rows = view.model.rows()
    assert rows[0].kind == "response"  # newest first
    shown = view.model.data(view.model.index(0, view.model.ANSWER))
    assert shown == "answered in 12 h"
    assert view.model.data(view.model.index(1, view.model.ANSWER)) == "answered in 12 h"


def _setup_case(desk):
    vendor = desk.records.save_vendor(Vendor(None, "Acme", {"x": "acme"}))
    return desk.records.save_case(Case(None, vendor.id, "Broken kettle", T0))


def _new_draft(qtbot, window, desk, case):
    window.show_view("drafts")
    view = window.drafts_view

    def fill(dialog):
        dialog.findChild(QComboBox).setCurrentIndex(0)
        qtbot.keyClicks(dialog.findChild(QLineEdit), "Kettle post")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    answer_dialog(qtbot, fill)
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.editor.draft_id is not None)
    return view


def test_typing_a_draft_scores_it_and_autosaves(qtbot, window, desk):
    case = _setup_case(desk)
    view = _new_draft(qtbot, window, desk, case)
    editor = view.editor
    assert editor.title.text() == "Kettle post"
    qtbot.keyClicks(editor.editor, ANGRY)
    qtbot.waitUntil(lambda: editor.tone.gauge.heat() is not None, timeout=3000)
    assert editor.tone.gauge.heat() >= 50
    assert "Where the heat comes from" in editor.contributors_text()
    assert editor.editor.extraSelections(), "hostile phrases are highlighted"
    qtbot.waitUntil(lambda: desk.drafts.latest_text(editor.draft_id) == ANGRY, timeout=4000)
    assert editor.save_state.text() == "Saved"
    assert view.model.rowCount() == 1
    assert "left" in view.model.data(view.model.index(0, view.model.HOLD))
    assert editor.badge.state == "held"
    assert "Cooling off" in editor.badge.headline.text()
    assert "never below 24 h" in editor.badge.detail.text()


def test_held_draft_cannot_leave_by_copy_or_cut_but_can_be_edited(
    qtbot, window, desk, clock, clipboard
):
    case = _setup_case(desk)
    view = _new_draft(qtbot, window, desk, case)
    editor = view.editor
    qtbot.keyClicks(editor.editor, ANGRY)
    editor.save_now()
    QGuiApplication.clipboard().setText("before")
    editor.editor.selectAll()
    qtbot.keySequence(editor.editor, QKeySequence.StandardKey.Copy)
    assert QGuiApplication.clipboard().text() == "before"
    assert "cooling off" in window.banner.text().lower()
    qtbot.keySequence(editor.editor, QKeySequence.StandardKey.Cut)
    assert editor.editor.toPlainText() == ANGRY, "a refused cut must not delete the text"
    assert QGuiApplication.clipboard().text() == "before"
    editor.editor.copy()  # the editor's own slot, as the context menu would call it
    assert QGuiApplication.clipboard().text() == "before"
    qtbot.keyClicks(editor.editor, " More.")
    assert editor.editor.toPlainText().endswith("More.")

    # The copy-out view shows a locked state and its copy goes nowhere.
    qtbot.mouseClick(editor.copy_button, Qt.MouseButton.LeftButton)
    assert window.current_view() == "copy"
    assert window.copy_view.stack.currentWidget() is window.copy_view.locked
    assert "Still cooling off" in window.copy_view.locked.text()
    window.copy_view.copy(None)
    assert clipboard.text is None
    assert desk.records.contacts(case.id) == []


def test_copy_out_after_the_hold_records_the_post_when_confirmed(
    qtbot, window, desk, clock, clipboard
):
    case = _setup_case(desk)
    view = _new_draft(qtbot, window, desk, case)
    qtbot.keyClicks(
        view.editor.editor, "My kettle (order A-1) broke on 3 May. I would like a replacement."
    )
    view.editor.save_now()
    clock.advance(timedelta(hours=49))
    desk.check_releases()
    assert "ready to review" in window.banner.text()
    qtbot.mouseClick(view.editor.copy_button, Qt.MouseButton.LeftButton)
    copy = window.copy_view
    copy.site_box.setCurrentIndex(copy.site_box.findData("x"))
    assert copy.stack.currentIndex() == 1
    assert "/ 280" in copy.counter.text()
    assert copy.part_buttons
    qtbot.mouseClick(copy.part_buttons[0], Qt.MouseButton.LeftButton)
    assert clipboard.text.startswith("@acme My kettle")
    assert copy.part_buttons[0].text() == "Copied ✓"
    assert desk.records.contacts(case.id) == []  # copied, not posted yet
    qtbot.mouseClick(copy.posted_prompt.yes_button, Qt.MouseButton.LeftButton)
    posts = [c for c in desk.records.contacts(case.id) if c.channel is Channel.SOCIAL]
    assert len(posts) == 1 and posts[0].site == "x" and posts[0].at == clock.now()
    window.show_view("case")
    window.case_view.select_case(case.id)
    assert window.case_view.model.rows()[0].record.site == "x"


def test_over_limit_text_is_split_for_x(qtbot, window, desk, clock):
    case = _setup_case(desk)
    long_text = " ".join(["The kettle stopped working after a week of normal use."] * 12)
    draft = desk.drafts.new_draft(case.id, "Long", long_text)
    clock.advance(timedelta(hours=49))
    window.open_copy_out(draft.id)
    copy = window.copy_view
    copy.site_box.setCurrentIndex(copy.site_box.findData("x"))
    assert len(copy.preview.parts) > 1
    assert len(copy.part_buttons) == len(copy.preview.parts)
    texts = [f.findChild(QPlainTextEdit).toPlainText() for f in copy.part_frames]
    assert texts == copy.preview.parts


def test_scorecard_shows_vendor_rows(qtbot, window, desk, clock):
    case = _setup_case(desk)
    contact = desk.records.log_contact(Contact(None, case.id, Channel.SOCIAL, T0))
    desk.records.log_response(
        Response(None, case.id, T0 + timedelta(minutes=30), Channel.SOCIAL, Outcome.RESOLVED)
    )
    assert contact is not None
    window.show_view("scorecard")
    model = window.scorecard_view.model
    assert model.rowCount() >= 1
    texts = [model.data(model.index(r, model.MEDIAN)) for r in range(model.rowCount())]
    assert "30 min" in texts
