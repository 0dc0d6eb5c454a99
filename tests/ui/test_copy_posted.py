"""Copy is not post: the copy-out view copies, then asks (not modally) whether it was posted, and
records the post only on "Yes" or a pasted link, with an Undo; a thread records the parts copied."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from complaint_desk.core.models import Case, Channel, DraftKind, DraftStatus, Vendor
from tests.ui.conftest import T0

CALM = "My kettle (order A-1) broke on 3 May. I would like a replacement, please."
LONG = " ".join(["The kettle stopped working after a week of normal use."] * 12)
HOT = "You are USELESS liars!!! I will never buy your garbage again, you thieves!!!"


def _case(desk):
    vendor = desk.records.save_vendor(Vendor(None, "Acme", {"x": "acme", "bluesky": "acme"}))
    return desk.records.save_case(Case(None, vendor.id, "Kettle", T0))


def _released(desk, clock, text):
    case = _case(desk)
    draft = desk.drafts.new_draft(case.id, "Post", text)
    clock.advance(timedelta(hours=49))
    desk.check_releases()
    return case, draft.id


def _open(window, draft_id, site="x"):
    window.open_copy_out(draft_id)
    view = window.copy_view
    view.site_box.setCurrentIndex(view.site_box.findData(site))
    assert view.stack.currentIndex() == 1
    return view


def _click(qtbot, button):
    assert button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _posts(desk, case):
    return [c for c in desk.records.contacts(case.id) if c.channel is Channel.SOCIAL]


def test_copy_then_yes_records_the_post_and_undo_takes_it_back(
    qtbot, window, desk, clock, clipboard
):
    case, draft = _released(desk, clock, CALM)
    view = _open(window, draft)
    prompt = view.posted_prompt
    assert not prompt.isVisible()

    _click(qtbot, view.copy_all)
    assert clipboard.text == view.preview.text
    assert _posts(desk, case) == []  # a copy is not a post
    assert prompt.isVisible() and "Did you post it?" in prompt.question.text()
    assert QApplication.activeModalWidget() is None  # it asks without blocking anything
    assert prompt.yes_button.isVisible() and prompt.not_yet_button.isVisible()

    clock.advance(timedelta(minutes=5))
    _click(qtbot, prompt.yes_button)
    (post,) = _posts(desk, case)
    assert post.site == "x" and post.text == clipboard.text and post.at == clock.now()
    assert "Recorded on the case" in prompt.question.text()
    assert desk.drafts.draft(draft).status is DraftStatus.POSTED
    window.show_view("case")
    window.case_view.select_case(case.id)
    assert [r.record.id for r in window.case_view.model.rows()] == [post.id]

    window.show_view("copy")
    _click(qtbot, prompt.undo_button)
    assert _posts(desk, case) == []
    assert "taken off the case" in prompt.question.text()
    assert desk.drafts.draft(draft).status is DraftStatus.ACTIVE
    window.show_view("case")
    window.case_view.select_case(case.id)
    assert window.case_view.model.rows() == []


def test_copy_part_one_of_a_thread_records_part_one_only(qtbot, window, desk, clock, clipboard):
    case, draft = _released(desk, clock, LONG)
    view = _open(window, draft)
    parts = view.preview.parts
    assert len(parts) > 2
    _click(qtbot, view.part_buttons[0])
    assert clipboard.text == parts[0]
    assert f"part 1 of {len(parts)}" in view.posted_prompt.question.text()
    _click(qtbot, view.posted_prompt.yes_button)
    (post,) = _posts(desk, case)
    assert post.text == parts[0] and post.text != view.preview.text
    # Recording the post changes nothing in the preview: the cards (and their marks) stay.
    assert view.part_buttons[0].text() == "Copied ✓"


def test_paste_the_link_records_the_post_with_its_link(qtbot, window, desk, clock, clipboard):
    case, draft = _released(desk, clock, CALM)
    view = _open(window, draft)
    prompt = view.posted_prompt
    _click(qtbot, view.copy_all)
    _click(qtbot, prompt.link_button)
    assert prompt.link_edit.isVisible() and _posts(desk, case) == []
    qtbot.keyClicks(prompt.link_edit, "not a link")
    _click(qtbot, prompt.link_save)
    assert "web address" in prompt.link_status.text() and _posts(desk, case) == []
    prompt.link_edit.clear()
    qtbot.keyClicks(prompt.link_edit, "https://x.com/me/status/42")
    qtbot.keyClick(prompt.link_edit, Qt.Key.Key_Return)
    (post,) = _posts(desk, case)
    assert post.link == "https://x.com/me/status/42"
    assert prompt.undo_button.isVisible() and "saved" in prompt.link_status.text()


def test_not_yet_records_nothing_and_a_later_copy_asks_again(qtbot, window, desk, clock, clipboard):
    case, draft = _released(desk, clock, LONG)
    view = _open(window, draft)
    prompt = view.posted_prompt
    _click(qtbot, view.part_buttons[0])
    _click(qtbot, prompt.not_yet_button)
    assert not prompt.isVisible() and _posts(desk, case) == []
    _click(qtbot, view.part_buttons[1])
    assert "part 2 of" in prompt.question.text()  # part 1 was before "Not yet"
    _click(qtbot, view.part_buttons[2])
    assert "parts 2, 3 of" in prompt.question.text()
    _click(qtbot, prompt.yes_button)
    (post,) = _posts(desk, case)
    assert post.text == f"{view.preview.parts[1]}\n\n{view.preview.parts[2]}"


def test_a_held_draft_still_refuses_and_asks_nothing(qtbot, window, desk, clock, clipboard):
    case = _case(desk)
    draft = desk.drafts.new_draft(case.id, "Hot", HOT)
    window.open_copy_out(draft.id)
    view = window.copy_view
    assert view.stack.currentWidget() is view.locked
    view.copy(None)
    view.copy(0)
    view.open_compose()
    assert clipboard.text is None and desk.opened_urls == []
    assert not view.posted_prompt.isVisible() and desk.copy_out.pending_post() is None
    assert desk.records.contacts(case.id) == []


def test_a_letter_in_copy_out_says_it_is_sent_not_posted(qtbot, window, desk, clock, clipboard):
    case = _case(desk)
    letter = desk.drafts.new_draft(case.id, "Letter", CALM, kind=DraftKind.LETTER)
    clock.advance(timedelta(hours=49))
    window.open_copy_out(letter.id)
    view = window.copy_view
    view.copy(None)
    assert clipboard.text is None and not view.posted_prompt.isVisible()
    if view.draft_id == letter.id:  # listed until the drafts' rows carry their kind
        assert view.stack.currentWidget() is view.locked
        assert "sent, not posted" in view.locked.text()


def test_a_rule_error_asks_copy_anyway_and_cancel_copies_nothing(
    qtbot, window, desk, clock, clipboard
):
    case, draft = _released(desk, clock, "My kettle broke on 3 May. Call me on 07700 900123.")
    view = _open(window, draft, "google")
    _click(qtbot, view.copy_all)
    question = view.rules_question
    assert question is not None and question.isVisible()
    assert "phone" in question.text().lower()
    assert question.defaultButton().text() != "Copy &anyway"  # Cancel is the default
    question.defaultButton().click()  # Cancel
    assert clipboard.text is None and not view.posted_prompt.isVisible()
    _click(qtbot, view.copy_all)
    anyway = next(b for b in view.rules_question.buttons() if "anyway" in b.text())
    anyway.click()
    assert clipboard.text and "07700 900123" in clipboard.text
    assert view.posted_prompt.isVisible()
