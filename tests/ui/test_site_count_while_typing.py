"""The editor shows how the text counts on a chosen site as you type (X weighs links as 23)."""

from __future__ import annotations

from complaint_desk.core.models import Case, Vendor
from tests.ui.conftest import T0


def _open(window, desk, text: str):
    """A draft of `text` open in the editor (its case and company made first)."""
    vendor = desk.records.save_vendor(Vendor(None, "Acme"))
    case = desk.records.save_case(Case(None, vendor.id, "Kettle", T0))
    draft = desk.drafts.new_draft(case.id, "Post", text)
    window.show_view("drafts")
    window.drafts_view.select_draft(draft.id)
    return window.drafts_view.editor


def test_the_count_follows_the_text_and_the_site(qtbot, window, desk):
    editor = _open(window, desk, "My kettle broke. https://example.com/" + "a" * 80)
    editor.rescore_now()
    editor.site_box.setCurrentIndex(editor.site_box.findData("x"))
    # 17 characters and a link counted as 23
    qtbot.waitUntil(lambda: editor.site_count.text() == "40 / 280")
    editor.editor.setPlainText("A long story. " * 40)
    editor.rescore_now()
    qtbot.waitUntil(lambda: editor.site_count.text().startswith("560 / 280 — a thread of about"))
    editor.site_box.setCurrentIndex(editor.site_box.findData("linkedin"))
    assert editor.site_count.text() == "560 / 3,000"


def test_the_site_box_says_it_is_loading_until_the_first_score(qtbot, window, desk):
    editor = _open(window, desk, "My kettle broke.")
    if editor.site_box.count() == 0:  # the first score may already have come in
        assert editor.site_box.currentText() == ""
        assert editor.site_box.placeholderText() == "Loading sites…"
    editor.rescore_now()
    qtbot.waitUntil(lambda: editor.site_box.count() > 0)
    assert editor.site_box.currentIndex() >= 0
    assert editor.site_box.currentText() != ""
