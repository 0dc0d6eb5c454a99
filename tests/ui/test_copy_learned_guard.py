"""Copy out with the learned guard's finding: an implied review trade the table has no form for
is shown as the review site's rule, and the copy asks "copy anyway" instead of refusing."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from complaint_desk.core.models import Case, Vendor
from tests.ui.conftest import T0

IMPLIED = (
    "We stayed from 4 to 6 May (booking HV-22817) and the heating never worked. I've got a "
    "fairly long review half-written for Tripadvisor about our stay. How it ends really "
    "depends on what you can do about the bill for the second night."
)


def _released_on(window, desk, clock, site):
    vendor = desk.records.save_vendor(Vendor(None, "Harbour View", {"x": "harbourview"}))
    case = desk.records.save_case(Case(None, vendor.id, "Cold room", T0))
    draft = desk.drafts.new_draft(case.id, "Review", IMPLIED)
    clock.advance(timedelta(hours=49))
    desk.check_releases()
    window.open_copy_out(draft.id)
    view = window.copy_view
    view.site_box.setCurrentIndex(view.site_box.findData(site))
    assert view.stack.currentIndex() == 1
    return view


def test_an_implied_trade_asks_copy_anyway_on_a_review_site(qtbot, window, desk, clock, clipboard):
    view = _released_on(window, desk, clock, "tripadvisor")
    qtbot.mouseClick(view.copy_all, Qt.MouseButton.LeftButton)
    question = view.rules_question
    assert question is not None and question.isVisible()
    assert "depends on what the business does for you" in question.text()
    anyway = next(b for b in question.buttons() if "anyway" in b.text())
    anyway.click()
    assert clipboard.text and "second night" in clipboard.text


def test_on_a_social_site_the_implied_trade_is_a_warning_and_copies(
    qtbot, window, desk, clock, clipboard
):
    view = _released_on(window, desk, clock, "bluesky")
    qtbot.mouseClick(view.copy_all, Qt.MouseButton.LeftButton)
    assert view.rules_question is None or not view.rules_question.isVisible()
    assert clipboard.text and "second night" in clipboard.text
