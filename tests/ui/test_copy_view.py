"""The copy-out view as a user works it: pick a site, read the checks, redact, copy, open."""

from __future__ import annotations

from datetime import timedelta
from urllib.parse import parse_qs, urlsplit

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit

from complaint_desk.core.models import Case, Channel, Vendor
from tests.ui.conftest import T0

PHONE = "07700 900123"
STORY = (
    "Since September my notebook has gone back for the same hinge fault three times. Each repair "
    "took two weeks and each time it failed again within a month. I have spent over four hours on "
    "your support line and sent the photos you asked for twice. I would like a replacement of the "
    f"same model, please. Call me on {PHONE} so we can settle this. Thank you for reading."
)
THREAT = (
    "Three repairs for the same fault in four months and hours on hold. The staff were polite "
    "but nothing got fixed. Replace my notebook or I will post a 1-star review everywhere."
)
LINKS = "Six pages say different things: " + " ".join(
    f"https://help.acme.com/p{i}" for i in range(6)
)


def _released(desk, clock, text, handles=None):
    vendor = desk.records.save_vendor(
        Vendor(None, "Acme", handles or {"x": "acme", "bluesky": "acme", "mastodon": "acme"})
    )
    case = desk.records.save_case(Case(None, vendor.id, "Notebook", T0))
    draft = desk.drafts.new_draft(case.id, "Post", text)
    clock.advance(timedelta(hours=49))
    desk.check_releases()
    return case, draft.id


def _open(window, draft_id, site):
    window.open_copy_out(draft_id)
    view = window.copy_view
    view.site_box.setCurrentIndex(view.site_box.findData(site))
    assert view.stack.currentIndex() == 1
    return view


def _click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_x_thread_count_redact_copy_and_the_post_on_the_timeline(
    qtbot, window, desk, clock, clipboard
):
    case, draft = _released(desk, clock, STORY)
    view = _open(window, draft, "x")
    panel = view.checks_panel

    # The count, the thread and the handle, as X shows them.
    assert view.handle_check.text() == "Add @acme"
    assert len(view.part_frames) > 1
    texts = [f.findChild(QPlainTextEdit).toPlainText() for f in view.part_frames]
    assert texts[0].startswith("@acme Since September") and texts[0].endswith(f"1/{len(texts)}")
    assert "/ 280" in panel.meter.text() and panel.meter.colour() != "#b71c1c"
    assert "a thread of" in view.counter.text()

    # Personal data is listed with its exact text; one click redacts it in what is copied.
    assert PHONE in panel.redact_buttons
    _click(qtbot, panel.redact_buttons[PHONE])
    assert PHONE not in panel.redact_buttons
    assert "1 redacted" in panel.pii_summary.text()
    assert all(PHONE not in f.findChild(QPlainTextEdit).toPlainText() for f in view.part_frames)

    last = len(view.part_buttons) - 1
    _click(qtbot, view.part_buttons[last])
    assert view.part_buttons[last].text() == "Copied ✓"
    assert clipboard.text == view.preview.parts[last]
    assert "[phone removed]" in clipboard.text and PHONE not in clipboard.text

    # Nothing is recorded until the person says they posted it; then the part that was copied
    # is on the case timeline, exactly as copied, and a link can follow.
    assert desk.records.contacts(case.id) == []
    prompt = view.posted_prompt
    assert prompt.isVisible() and f"part {last + 1} of {last + 1}" in prompt.question.text()
    _click(qtbot, prompt.yes_button)
    posts = [c for c in desk.records.contacts(case.id) if c.channel is Channel.SOCIAL]
    assert len(posts) == 1 and posts[0].site == "x" and PHONE not in posts[0].text
    assert posts[0].text == view.preview.parts[last]
    assert prompt.link_edit.isVisible() and prompt.undo_button.isVisible()
    qtbot.keyClicks(prompt.link_edit, "https://x.com/me/status/42")
    _click(qtbot, prompt.link_save)
    assert "saved" in prompt.link_status.text()
    window.show_view("case")
    window.case_view.select_case(case.id)
    row = window.case_view.model.rows()[0]
    assert row.record.site == "x" and row.record.link == "https://x.com/me/status/42"
    model = window.case_view.model
    tip = model.data(model.index(0, model.SUMMARY), Qt.ItemDataRole.ToolTipRole)
    assert "Live post: https://x.com/me/status/42" in tip


def test_redact_all_and_undo(qtbot, window, desk, clock, clipboard):
    _case, draft = _released(desk, clock, STORY + " Or mail sam@example.com.")
    view = _open(window, draft, "bluesky")
    panel = view.checks_panel
    assert view.handle_check.text() == "Add @acme.bsky.social"
    assert len(panel.redact_buttons) == 2
    _click(qtbot, panel.redact_all)
    assert panel.redact_buttons == {} and view.redact_check.isChecked()
    _click(qtbot, view.copy_all)
    assert PHONE not in clipboard.text and "sam@example.com" not in clipboard.text
    _click(qtbot, panel.undo)
    assert len(panel.redact_buttons) == 2


def test_review_site_with_a_threat_shows_an_error(qtbot, window, desk, clock):
    _case, draft = _released(desk, clock, THREAT + f" Reach me on {PHONE}.")
    view = _open(window, draft, "trustpilot")
    errors = view.checks_panel.issue_texts("error")
    assert any("refuses reviews that threaten" in e for e in errors)
    assert any("personal data" in e for e in errors)
    assert not view.handle_check.isEnabled()  # no @mentions in a review
    header = view.part_frames[0].findChildren(type(view.counter))
    assert any("Your review" in label.text() for label in header)
    # On a social site the same threat is a warning, not an error.
    view.site_box.setCurrentIndex(view.site_box.findData("x"))
    assert any("backfire" in w for w in view.checks_panel.issue_texts("warning"))
    assert not any("threaten" in e for e in view.checks_panel.issue_texts("error"))


def test_threads_with_six_links_is_flagged(qtbot, window, desk, clock):
    _case, draft = _released(desk, clock, LINKS)
    view = _open(window, draft, "threads")
    assert any("at most 5 links" in t for t in view.checks_panel.issue_texts())
    view.site_box.setCurrentIndex(view.site_box.findData("bluesky"))
    assert not any("links" in t for t in view.checks_panel.issue_texts())


def test_compose_link_opens_the_first_part_in_the_browser(qtbot, window, desk, clock, clipboard):
    _case, draft = _released(desk, clock, STORY)
    view = _open(window, draft, "x")
    assert view.compose.isEnabled() and "open X" in view.compose.text()
    _click(qtbot, view.compose)
    url = desk.opened_urls[-1]
    assert url.startswith("https://x.com/intent/post?")
    assert parse_qs(urlsplit(url).query)["text"] == [view.preview.parts[0]] == [clipboard.text]
    assert view.part_buttons[0].text() == "Copied ✓"


def test_mastodon_server_setting_changes_the_handle_and_the_link(qtbot, window, desk, clock):
    _case, draft = _released(desk, clock, "Short and calm: the kettle broke, a refund please.")
    view = _open(window, draft, "mastodon")
    assert view.instance.isVisible()
    assert view.handle_check.text() == "Add @acme@mastodon.social"
    view.instance.clear()
    qtbot.keyClicks(view.instance, "fosstodon.org")
    view.instance.editingFinished.emit()
    assert desk.store.meta.get("copy.mastodon_instance") == "fosstodon.org"
    assert view.handle_check.text() == "Add @acme@fosstodon.org"
    _click(qtbot, view.compose)
    assert desk.opened_urls[-1].startswith("https://fosstodon.org/share?text=")
    view.site_box.setCurrentIndex(view.site_box.findData("x"))
    assert not view.instance.isVisible()


def test_site_without_compose_link_or_page_offers_copy_only(qtbot, window, desk, clock, clipboard):
    _case, draft = _released(desk, clock, STORY, handles={"facebook": "acmekettles"})
    view = _open(window, draft, "instagram")
    assert not view.compose.isEnabled() and view.compose.text() == "Open"
    assert "no link that opens a new post" in view.compose.toolTip()
    assert view.copy_all.text() == "Copy"
    view.site_box.setCurrentIndex(view.site_box.findData("facebook"))
    assert view.compose.isEnabled() and "Facebook" in view.compose.text()
    view.handle_check.setChecked(False)
    _click(qtbot, view.compose)
    assert desk.opened_urls == ["https://www.facebook.com/acmekettles"]
    assert clipboard.text == STORY


def test_preview_follows_the_draft_as_it_changes(qtbot, window, desk, clock):
    _case, draft = _released(desk, clock, "The kettle broke after a week. A refund, please.")
    view = _open(window, draft, "x")
    desk.drafts.save_text(draft, "The kettle broke after a week. A refund, please. Thanks.")
    assert desk.copy_out.decide(draft).allowed  # a small calm edit does not restart the wait
    text = view.part_frames[0].findChild(QPlainTextEdit).toPlainText()
    assert text.endswith("Thanks.")
