"""Underline the spans behind the heat in the editor, coloured by kind, with reasons as tooltips."""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from complaint_desk.core import tone
from complaint_desk.ui.text_offsets import OffsetMap

KIND_COLOURS = {
    "negative": "#ef6c00",
    "shouting": "#c62828",
    "exclamation": "#ad1457",
    "profanity": "#b71c1c",
    "insult": "#d32f2f",
    "threat": "#6a1b9a",
    "extortion": "#4a148c",
    "absolute": "#f9a825",
    "sarcasm": "#00838f",
    "blame": "#e65100",
}
CALM_COLOUR = "#2e7d32"


def colour_for(kind: str, weight: float) -> QColor:
    if weight < 0:
        return QColor(CALM_COLOUR)
    return QColor(KIND_COLOURS.get(kind, "#e65100"))


def apply(editor: QPlainTextEdit, text: str, report: tone.ToneReport | None) -> list:
    """Set the editor's extra selections from the report's signals; returns them (for tests)."""
    selections = []
    if report is not None:
        offsets = OffsetMap(text)
        doc_len = editor.document().characterCount() - 1
        for signal in report.signals:
            if signal.end <= signal.start or signal.weight == 0:
                continue
            start, end = offsets.to_qt(signal.start), offsets.to_qt(signal.end)
            if end > doc_len:
                continue
            sel = QTextEdit.ExtraSelection()
            fmt = QTextCharFormat()
            colour = colour_for(signal.kind, signal.weight)
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(colour)
            background = QColor(colour)
            background.setAlpha(40)
            fmt.setBackground(background)
            label = tone.SIGNAL_KINDS.get(signal.kind, signal.kind)
            fmt.setToolTip(f"{label} ({signal.weight:+.0f}): {signal.reason}\n{signal.suggestion}")
            sel.format = fmt
            cursor = QTextCursor(editor.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            selections.append(sel)
    editor.setExtraSelections(selections)
    return selections
