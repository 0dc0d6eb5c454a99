"""Personal data is marked in the editor as the person types, not only in Copy out."""

from __future__ import annotations

from PySide6.QtGui import QTextCharFormat

from complaint_desk.core.models import Case, Vendor
from tests.ui.conftest import T0

TEXT = (
    "The supervisor (Mark O'Brien) promised a callback. Call me on 07700 900123 or write to "
    "jane.doe@example.com. My flight was delayed."
)


def _editor(qtbot, window, desk, text):
    vendor = desk.records.save_vendor(Vendor(None, "Acme"))
    case = desk.records.save_case(Case(None, vendor.id, "Flight", T0))
    draft = desk.drafts.new_draft(case.id, "Post", text)
    window.show_view("drafts")
    window.drafts_view.select_draft(draft.id)
    editor = window.drafts_view.editor
    qtbot.waitUntil(lambda: editor.draft_id == draft.id)
    editor.rescore_now()
    return editor


def _dotted(editor) -> list[tuple[str, str]]:
    """(the words, the tooltip) of each dotted underline the editor shows."""
    out = []
    for sel in editor.editor.extraSelections():
        if sel.format.underlineStyle() == QTextCharFormat.UnderlineStyle.DotLine:
            out.append((sel.cursor.selectedText(), sel.format.toolTip()))
    return out


def test_names_phones_and_emails_are_marked_with_what_they_are(qtbot, window, desk):
    editor = _editor(qtbot, window, desk, TEXT)
    qtbot.waitUntil(lambda: len(_dotted(editor)) == 3, timeout=5000)
    marked = dict(_dotted(editor))
    assert set(marked) == {"Mark O'Brien", "07700 900123", "jane.doe@example.com"}
    assert marked["07700 900123"].startswith("Personal data: a phone number.")
    assert "Copy out" in marked["jane.doe@example.com"]
    # Not marked: the flight, the callback.
    assert editor.personal_data_marked()[0][0] == "Mark O'Brien"


def test_the_marks_follow_the_text_and_go_when_the_data_does(qtbot, window, desk):
    editor = _editor(qtbot, window, desk, TEXT)
    qtbot.waitUntil(lambda: len(_dotted(editor)) == 3, timeout=5000)
    # Typing before the phone number: the marks stay on their words until the next look.
    editor.editor.setPlainText("Hello. " + TEXT.replace("07700 900123", "my mobile"))
    editor.rescore_now()
    qtbot.waitUntil(lambda: len(_dotted(editor)) == 2, timeout=5000)
    assert {w for w, _ in _dotted(editor)} == {"Mark O'Brien", "jane.doe@example.com"}
    editor.editor.setPlainText("My flight was delayed by 6 hours on 3 May.")
    editor.rescore_now()
    qtbot.waitUntil(lambda: _dotted(editor) == [], timeout=5000)
    # The heat's own underlines are still there.
    assert editor.editor.extraSelections()


def test_a_long_draft_is_looked_at_on_a_worker_and_marked_when_it_reports(qtbot, window, desk):
    long_text = "My flight was delayed again. " * 400 + TEXT  # about 11,700 characters
    assert len(long_text) > desk.copy_out.PERSONAL_DATA_ON_THE_SPOT_CHARS
    asked: list[int] = []  # the texts handed to a worker (the job may report before a poll)
    later = desk.copy_out.personal_data_later
    desk.copy_out.personal_data_later = lambda text: asked.append(len(text)) or later(text)
    editor = _editor(qtbot, window, desk, long_text)
    qtbot.waitUntil(lambda: len(_dotted(editor)) == 3, timeout=10000)
    assert asked and asked[-1] == len(long_text)  # asked off the GUI thread
    assert {w for w, _ in _dotted(editor)} == {
        "Mark O'Brien",
        "07700 900123",
        "jane.doe@example.com",
    }
