"""Underline the spans behind the heat in the editor, coloured by kind, with reasons as tooltips."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor

from complaint_desk.ui.text_offsets import OffsetMap

if TYPE_CHECKING:
    from PySide6.QtWidgets import QPlainTextEdit

    from complaint_desk.core.tone import Signal, ToneReport

# One colour per signal kind (tone.SIGNAL_KINDS); calming kinds share a green family.
KIND_COLOURS = {
    "negative": "#ef6c00",
    "anger": "#d84315",
    "hashtag": "#bf360c",
    "shouting": "#c62828",
    "exclamation": "#ad1457",
    "profanity": "#b71c1c",
    "insult": "#d32f2f",
    "threat": "#6a1b9a",
    "extortion": "#4a148c",
    "absolute": "#9e7700",
    "sarcasm": "#00838f",
    "blame": "#e65100",
    "learned": "#8d6e63",
    "positive": "#2e7d32",
    "fact": "#1565c0",
    "request": "#00796b",
    "learned_calm": "#689f38",
}
CALM_COLOUR = "#2e7d32"
HOT_COLOUR = "#e65100"
# The same kinds on a dark editor: lighter tones, each 3:1 or more on the dark base.
KIND_COLOURS_DARK = {
    "negative": "#ffb74d",
    "anger": "#ff8a65",
    "hashtag": "#ff7043",
    "shouting": "#ef5350",
    "exclamation": "#f06292",
    "profanity": "#e57373",
    "insult": "#ff6b6b",
    "threat": "#ce93d8",
    "extortion": "#b39ddb",
    "absolute": "#fff176",
    "sarcasm": "#4dd0e1",
    "blame": "#ffa726",
    "learned": "#bcaaa4",
    "positive": "#81c784",
    "fact": "#8ab4f8",
    "request": "#4db6ac",
    "learned_calm": "#aed581",
}
CALM_COLOUR_DARK, HOT_COLOUR_DARK = "#81c784", "#ffa726"


def colour_for(kind: str, weight: float, dark: bool = False) -> QColor:
    colour = (KIND_COLOURS_DARK if dark else KIND_COLOURS).get(kind)
    if colour is None:
        if dark:
            colour = CALM_COLOUR_DARK if weight < 0 else HOT_COLOUR_DARK
        else:
            colour = CALM_COLOUR if weight < 0 else HOT_COLOUR
    return QColor(colour)


def tooltip_for(signal: Signal) -> str:
    from complaint_desk.core.formatting import signal_tooltip

    return signal_tooltip(signal)


def underlined(report: ToneReport | None) -> list[Signal]:
    """The signals the editor marks (the rule is core's: `core.tone.underlined`)."""
    from complaint_desk.core.formatting import underlined as rule

    return list(rule(report))


PERSONAL_COLOUR, PERSONAL_COLOUR_DARK = "#3949ab", "#9fa8da"  # a dotted line, not a wave


def apply(
    editor: QPlainTextEdit,
    text: str,
    report: ToneReport | None,
    personal: Sequence[tuple[int, int, str]] = (),
) -> list:
    """Set the editor's extra selections from the report's signals and the personal data found
    in `text` ((start, end, note) in code points); returns them (for tests)."""
    selections = []
    if personal:
        from PySide6.QtGui import QTextCursor
        from PySide6.QtWidgets import QTextEdit

        from complaint_desk.ui.palette import is_dark

        dark = is_dark(editor.palette())
        offsets = OffsetMap(text)
        doc_len = editor.document().characterCount() - 1
        for start, end, note in personal:
            a, b = offsets.to_qt(start), offsets.to_qt(end)
            if b > doc_len:
                continue
            sel = QTextEdit.ExtraSelection()
            sel.format = _personal_format(note, dark)
            cursor = QTextCursor(editor.document())
            cursor.setPosition(a)
            cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            selections.append(sel)
    if report is not None:
        # Text formats load with the first report (after the first paint), not at start-up.
        from PySide6.QtGui import QTextCursor
        from PySide6.QtWidgets import QTextEdit

        from complaint_desk.ui.palette import is_dark

        dark = is_dark(editor.palette())
        offsets = OffsetMap(text)
        doc_len = editor.document().characterCount() - 1
        for signal in underlined(report):
            start, end = offsets.to_qt(signal.start), offsets.to_qt(signal.end)
            if end > doc_len:
                continue
            sel = QTextEdit.ExtraSelection()
            sel.format = _format(signal.kind, signal.weight < 0, tooltip_for(signal), dark)
            cursor = QTextCursor(editor.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            selections.append(sel)
    editor.setExtraSelections(selections)
    return selections


@lru_cache(maxsize=256)
def _personal_format(note: str, dark: bool):
    from PySide6.QtGui import QTextCharFormat

    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
    fmt.setUnderlineColor(QColor(PERSONAL_COLOUR_DARK if dark else PERSONAL_COLOUR))
    fmt.setToolTip(note)
    return fmt


@lru_cache(maxsize=1024)
def _format(kind: str, calming: bool, tooltip: str, dark: bool = False):
    """A signal's underline, tint and tooltip. Cached: every re-score rebuilds the selections of
    the whole draft, and most signals come back unchanged (the format is copied when set)."""
    from PySide6.QtGui import QTextCharFormat

    fmt = QTextCharFormat()
    colour = colour_for(kind, -1.0 if calming else 1.0, dark)
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    fmt.setUnderlineColor(colour)
    background = QColor(colour)
    background.setAlpha(40)
    fmt.setBackground(background)
    fmt.setToolTip(tooltip)
    return fmt
