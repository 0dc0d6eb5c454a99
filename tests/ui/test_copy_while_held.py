"""While a draft cools off, Copy out shows how it will count and which rules it breaks, so the
wait can be used to fix it — but none of its text, and nothing can be copied."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from complaint_desk.core.models import Case, Vendor
from tests.ui.conftest import T0

PHONE = "07700 900123"
TEXT = (
    "The notebook went back for the same hinge fault three times since September and each repair "
    "took two weeks, so I have now been without it for six weeks in all. "
) * 3 + f"Call me on {PHONE} about a replacement."


def _held(window, desk):
    vendor = desk.records.save_vendor(Vendor(None, "Acme", {"x": "acme"}))
    case = desk.records.save_case(Case(None, vendor.id, "Notebook", T0))
    draft = desk.drafts.new_draft(case.id, "Post", TEXT)
    assert desk.drafts.hold_state(draft.id).held
    window.open_copy_out(draft.id)
    return window.copy_view


def test_held_draft_shows_counts_split_and_checks_but_no_text(qtbot, window, desk, clipboard):
    view = _held(window, desk)
    view.site_box.setCurrentIndex(view.site_box.findData("x"))
    assert view.stack.currentWidget() is view.locked
    shown = view.locked.text()
    assert "Locked while cooling off" in shown
    assert "as X (Twitter) counts it: a thread of" in shown
    assert "hinge fault" not in shown and PHONE not in shown  # no text of the held draft
    assert view.locked.textInteractionFlags() == Qt.TextInteractionFlag.NoTextInteraction
    view.site_box.setCurrentIndex(view.site_box.findData("google"))
    shown = view.locked.text()
    assert "✗" in shown  # a phone number breaks Google's rules: fix it while waiting
    assert "personal data" in shown
    board = QGuiApplication.clipboard()
    board.setText("before")
    view.copy_all.click()
    assert board.text() == "before" and clipboard.text is None
