"""Copy out of a huge released draft: a bounded preview that opens at once, a clear "too long"
message, and nothing copied (issue 11 point 17: 10 MB used to build ~36,000 part widgets)."""

from __future__ import annotations

import time
from datetime import timedelta

import pytest
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from complaint_desk.app.clock import FakeClock
from complaint_desk.app.copy_out import MAX_TEXT_CHARS, MAX_THREAD_PARTS, CopyOptions
from complaint_desk.app.desk import Desk
from complaint_desk.core.models import Case, Vendor
from complaint_desk.store.store import open_store
from complaint_desk.ui.views.copy_view import CopyView
from tests.app.fakes import FakeScorer
from tests.ui.conftest import T0

SENTENCE = "My kettle broke on 3 May and nobody answered my calls for weeks. Call 07700 900123. "
TEN_MB = (SENTENCE * (10_000_000 // len(SENTENCE) + 1))[:10_000_000]
# Within what one site takes (a Reddit body), but far more parts than anyone would post on X.
LONG = (SENTENCE * (12_000 // len(SENTENCE) + 1))[:12_000]


@pytest.fixture
def desk(tmp_path, qapp, clock, clipboard):
    """The copy view's own desk: scoring 10 MB is the editor's business, not this test's."""
    opened: list[str] = []
    d = Desk(
        open_store(tmp_path / "huge.sqlite3"),
        clock,
        set_clipboard=clipboard,
        open_url=lambda u: opened.append(u) or True,
        scorer=FakeScorer(),
    )
    d.opened_urls = opened
    yield d
    d.close()


def _released(desk, clock: FakeClock, text: str) -> int:
    vendor = desk.records.save_vendor(Vendor(None, "Acme", {"x": "acme"}))
    case = desk.records.save_case(Case(None, vendor.id, "Kettle", T0))
    draft = desk.drafts.new_draft(case.id, "Huge", text)
    clock.advance(timedelta(hours=49))
    desk.check_releases()
    return draft.id


@pytest.fixture
def view(qtbot, desk):
    """The real copy-out view on its own (the drafts view would open 10 MB in the editor, which
    is the editor's business, not this test's)."""
    v = CopyView(desk)
    qtbot.addWidget(v)
    v.resize(1100, 760)
    v.show()
    qtbot.waitExposed(v)
    return v


def _open(view, draft: int, site: str) -> None:
    view.select(draft, site)
    QApplication.processEvents()


def _texts(view) -> list[str]:
    return [f.findChild(QPlainTextEdit).toPlainText() for f in view.part_frames]


@pytest.mark.parametrize("site", ["x", "google", "reddit"])
def test_a_10_mb_draft_opens_in_copy_out_at_once_with_a_bounded_preview(
    qtbot, desk, clock, clipboard, site
):
    draft = _released(desk, clock, TEN_MB)
    view = CopyView(desk)
    qtbot.addWidget(view)
    view.resize(1100, 760)
    started = time.perf_counter()
    view.show()
    _open(view, draft, site)
    elapsed = time.perf_counter() - started
    assert elapsed < 3.0, f"copy out of 10 MB took {elapsed:.2f} s"  # 0.1-0.4 s; was > 6 min

    assert view.stack.currentIndex() == 1 and view.preview.too_long
    assert 1 <= len(view.part_frames) <= MAX_THREAD_PARTS
    assert sum(len(t) for t in _texts(view)) < 2 * MAX_TEXT_CHARS
    assert "10,000,000 characters" in view.counter.text()
    assert "too long for any site" in view.site_preview.more_label.text()
    assert any("more than any site takes" in e for e in view.checks_panel.issue_texts("error"))
    assert len(view.checks_panel.redact_buttons) <= MAX_THREAD_PARTS
    # Nothing can be copied: the buttons are off and the service refuses too.
    assert not view.copy_all.isEnabled() and not view.compose.isEnabled()
    assert not any(b.isEnabled() for b in view.part_buttons)
    refused = desk.copy_out.copy(draft, site, CopyOptions())
    assert not refused.allowed and "Shorten it" in refused.message
    assert clipboard.text is None and desk.copy_out.pending_post() is None
    assert desk.copy_out.compose_url(draft, site, CopyOptions()) is None


def test_a_thread_of_too_many_parts_shows_the_first_ones_and_says_how_many_more(
    qtbot, view, desk, clock, clipboard
):
    draft = _released(desk, clock, LONG)
    _open(view, draft, "x")
    n = len(view.preview.parts)
    assert not view.preview.too_long and n > MAX_THREAD_PARTS
    assert len(view.part_frames) == MAX_THREAD_PARTS
    assert _texts(view) == view.preview.parts[:MAX_THREAD_PARTS]
    more = view.site_preview.more_label.text()
    assert f"… and {n - MAX_THREAD_PARTS} more parts" in more and "shorten it" in more
    assert any(f"thread of {n} parts" in e for e in view.checks_panel.issue_texts("error"))
    # The parts shown are exact and can still be copied one by one, once the person says
    # "Copy anyway" to the site's rules (the thread is too long for X).
    view.part_buttons[0].click()
    question = view.rules_question
    assert question is not None and question.isVisible()
    assert "thread of" in question.text() and clipboard.text is None
    anyway = next(b for b in question.buttons() if "anyway" in b.text())
    anyway.click()
    assert clipboard.text == view.preview.parts[0]
    assert view.rules_question is None


def test_a_short_draft_shows_no_more_line(qtbot, view, desk, clock):
    draft = _released(desk, clock, SENTENCE * 3)
    _open(view, draft, "x")
    assert view.site_preview.more_label is None and not view.preview.too_long
    assert view.copy_all.isEnabled()
