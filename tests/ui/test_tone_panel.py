"""The tone panel as a user meets it: highlighted spans with tooltips, the checklist, the jump."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from complaint_desk.core import tone
from complaint_desk.core.models import Case, Channel, Contact, Vendor
from complaint_desk.ui.widgets.signal_highlights import KIND_COLOURS
from tests.ui.conftest import T0


def _open_draft(qtbot, window, desk, calls: int = 0):
    vendor = desk.records.save_vendor(Vendor(None, "Acme", {"x": "acme"}))
    case = desk.records.save_case(Case(None, vendor.id, "Broken kettle", T0))
    for i in range(calls):
        desk.records.log_contact(
            Contact(None, case.id, Channel.PHONE, T0 + timedelta(hours=i), duration_min=20)
        )
    draft = desk.drafts.new_draft(case.id, "Kettle post")
    window.show_view("drafts")
    window.drafts_view.select_draft(draft.id)
    editor = window.drafts_view.editor
    qtbot.waitUntil(lambda: editor.draft_id == draft.id)
    return editor


def _underlined(editor) -> dict[str, tuple[str, str]]:
    """Underlined text -> (underline colour, tooltip), as the editor draws them."""
    text = editor.editor.toPlainText()
    out = {}
    for sel in editor.editor.extraSelections():
        span = text[sel.cursor.selectionStart() : sel.cursor.selectionEnd()]
        out[span] = (sel.format.underlineColor().name(), sel.format.toolTip())
    return out


def _wait_scored(qtbot, editor, text: str) -> None:
    qtbot.waitUntil(
        lambda: editor._last_report is not None and editor.editor.toPlainText() == text,
        timeout=5000,
    )
    editor.rescore_now()  # the debounce has done its job; make sure the last keystroke counts
    # The checklist follows the heat's paint (tone_panel.OFFERS_FALLBACK_MS at the latest).
    qtbot.waitUntil(lambda: not editor.details_pending(), timeout=2000)


def test_typing_an_insult_underlines_it_in_the_insult_colour_with_a_tooltip(qtbot, window, desk):
    editor = _open_draft(qtbot, window, desk)
    text = "My kettle broke on 3 May. You people are useless clowns."
    qtbot.keyClicks(editor.editor, text)
    _wait_scored(qtbot, editor, text)
    marks = _underlined(editor)
    assert "useless clowns" in marks
    colour, tip = marks["useless clowns"]
    assert colour == KIND_COLOURS["insult"]
    assert tip.startswith("Insults (+")
    assert "name-calling" in tip and "Criticise what was done" in tip

    # Hovering the word shows that tooltip.
    cursor = editor.editor.textCursor()
    cursor.setPosition(text.index("clowns") + 2)
    rect = editor.editor.cursorRect(cursor)
    viewport = editor.editor.viewport()
    pos = rect.center()
    event = QHelpEvent(QEvent.Type.ToolTip, pos, viewport.mapToGlobal(pos))
    QApplication.sendEvent(editor.editor, event)
    qtbot.waitUntil(lambda: QToolTip.isVisible(), timeout=2000)
    assert "name-calling" in QToolTip.text()
    QToolTip.hideText()


def test_common_words_are_not_underlined_and_every_kind_has_a_colour(qtbot, window, desk):
    assert set(tone.SIGNAL_KINDS) <= set(KIND_COLOURS)
    editor = _open_draft(qtbot, window, desk)
    text = "I am so angry, my order is not here and nobody answers."
    qtbot.keyClicks(editor.editor, text)
    _wait_scored(qtbot, editor, text)
    marks = _underlined(editor)
    assert "angry" in marks
    for common in ("my", "so", "not", "I", "am", "is", "here"):
        assert common not in marks
    assert set(marks) <= {text[s.start : s.end] for s in editor._last_report.signals}


def test_checklist_ticks_facts_and_flags_a_call_count_the_log_does_not_show(qtbot, window, desk):
    editor = _open_draft(qtbot, window, desk, calls=3)
    first = "The kettle stopped working and nobody helped."
    qtbot.keyClicks(editor.editor, first)
    _wait_scored(qtbot, editor, first)
    lines = editor.checklist.lines()
    assert lines[0].startswith("✗ Facts")

    more = " It was order A-12345, bought on 3 May. I called 5 times."
    qtbot.keyClicks(editor.editor, more)
    _wait_scored(qtbot, editor, first + more)
    lines = editor.checklist.lines()
    assert lines[0].startswith("✓ Facts")
    assert "✗ “called 5 times” — Your log shows 3 calls." in lines
    assert "Your log shows 3 calls." in editor.checklist.body.text()
    assert editor.checklist.isVisible()


def test_checklist_accepts_a_call_count_that_matches_the_log(qtbot, window, desk):
    editor = _open_draft(qtbot, window, desk, calls=3)
    text = "I called 3 times about order A-12345. I would like a refund, please."
    qtbot.keyClicks(editor.editor, text)
    _wait_scored(qtbot, editor, text)
    lines = editor.checklist.lines()
    assert "✓ “called 3 times” — Matches your log." in lines
    assert any(line.startswith("✓ The remedy you want") for line in lines)
    assert any(line.startswith("✓ What you already tried") for line in lines)


def test_hottest_sentence_button_selects_that_sentence(qtbot, window, desk):
    editor = _open_draft(qtbot, window, desk)
    calm = "My kettle (order A-12345) stopped working on 3 May."
    hot = "You people are USELESS idiots and I'll make sure everyone knows!!!"
    text = f"{calm} {hot} I would like a replacement, please."
    qtbot.keyClicks(editor.editor, text)
    _wait_scored(qtbot, editor, text)
    assert editor.tone.hottest.isEnabled()
    qtbot.mouseClick(editor.tone.hottest, Qt.MouseButton.LeftButton)
    assert editor.editor.textCursor().selectedText() == hot
    assert editor.editor.hasFocus() or not editor.editor.isActiveWindow()


def test_calm_draft_has_no_hottest_sentence_and_lists_what_cools_it(qtbot, window, desk):
    editor = _open_draft(qtbot, window, desk)
    text = "My kettle (order A-12345) stopped working on 3 May. I would like a replacement."
    qtbot.keyClicks(editor.editor, text)
    _wait_scored(qtbot, editor, text)
    assert not editor.tone.hottest.isEnabled()
    shown = editor.contributors_text()
    assert "Cooling it:" in shown and "Specific facts" in shown
    assert "calm" in editor.tone.gauge.text()


def test_one_heated_sentence_in_a_calm_letter_still_offers_the_jump(qtbot):
    from complaint_desk.ui.widgets.tone_panel import TonePanel

    panel = TonePanel()
    qtbot.addWidget(panel)
    sentences = (tone.SentenceScore(0, 40, 12.0), tone.SentenceScore(41, 60, 62.0))
    panel.show_report(tone.ToneReport(22.0, "calm", 0.0, (), sentences, 10.0))
    assert panel.hottest.isEnabled()
    firm_only = (tone.SentenceScore(0, 40, 12.0), tone.SentenceScore(41, 60, 30.0))
    panel.show_report(tone.ToneReport(22.0, "calm", 0.0, (), firm_only, 10.0))
    assert not panel.hottest.isEnabled()
    panel.show_report(tone.ToneReport(30.0, "firm", 0.0, (), firm_only, 10.0))
    assert panel.hottest.isEnabled()


def test_a_dry_jab_is_underlined_as_sarcasm_and_heats_the_gauge(qtbot, window, desk):
    # No phrase lists it; the learned reader does (core/posting/learned_guard, kind sarcasm).
    editor = _open_draft(qtbot, window, desk)
    plain = "The new fridge does not keep my milk cold."
    qtbot.keyClicks(editor.editor, plain)
    _wait_scored(qtbot, editor, plain)
    assert not any(colour == KIND_COLOURS["sarcasm"] for colour, _ in _underlined(editor).values())
    calm_heat = editor._last_report.heat
    editor.editor.selectAll()
    jab = "The fridge keeps my milk at a cosy room temperature. Very thoughtful design."
    qtbot.keyClicks(editor.editor, jab)
    _wait_scored(qtbot, editor, jab)
    marks = _underlined(editor)
    sarcastic = [span for span, (colour, _) in marks.items() if colour == KIND_COLOURS["sarcasm"]]
    assert sarcastic and all(span in jab for span in sarcastic)
    assert any("reads as sarcasm" in tip for _, tip in marks.values())
    assert editor._last_report.heat >= calm_heat + 10
