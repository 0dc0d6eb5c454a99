"""The complaint-effectiveness checklist beside the tone panel: ✓/✗ lines with the log's notes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from complaint_desk.ui import a11y, palette

if TYPE_CHECKING:  # the checklist rules load with the first scoring, not at start-up
    from complaint_desk.core.checklist import ChecklistItem


OK_COLOUR = "text_ok"  # palette roles: a light/dark pair each, AA on the window
MISSING_COLOUR = "text_error"
EMPTY_TEXT = "Checklist: say what happened, what you tried, and what you want."


class ChecklistPanel(QWidget):
    jump_requested = Signal(int, int)  # start, end (code points) of a wrong claim

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.title = QLabel("<b>Will it get answered?</b>")
        self.body = QLabel(EMPTY_TEXT)
        self.body.setObjectName("checklist")
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.body.linkActivated.connect(self._on_link)
        # A wrong claim's link is reached with Tab and followed with Enter, as with the mouse.
        self.body.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        a11y.name(self.body, "Will it get answered? Checklist", EMPTY_TEXT)
        self._items: list[ChecklistItem] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.body, 1)
        palette.on_theme_change(self, lambda: self.show_items(self._items))

    def show_items(self, items: list[ChecklistItem] | None) -> None:
        self._items = list(items or [])
        if not self._items:
            self.body.setText(EMPTY_TEXT)
            self.body.setToolTip("")
            self.body.setAccessibleDescription(EMPTY_TEXT)
            return
        import html  # items come with the first scoring, after the first paint

        rows = []
        for i, item in enumerate(self._items):
            mark, role = ("✓", OK_COLOUR) if item.ok else ("✗", MISSING_COLOUR)
            colour = palette.colour(role)
            label = html.escape(item.label)
            if item.key == "accuracy" and item.start is not None:
                label = f'<a href="{i}">{label}</a>'
            note = f' <span style="color:{palette.colour("text_muted")}">— '
            note += f"{html.escape(item.detail)}</span>"
            # A table keeps a wrapped note indented under its line, clear of the ✓/✗ column.
            rows.append(
                f'<tr><td style="color:{colour}; padding-right:4px"><b>{mark}</b></td>'
                f"<td>{label}{note}</td></tr>"
            )
        self.body.setText('<table cellspacing="0" cellpadding="0">' + "".join(rows) + "</table>")
        self.body.setToolTip("\n".join(self.lines()))
        self.body.setAccessibleDescription("; ".join(self.lines()))

    def lines(self) -> list[str]:
        """The checklist as plain text, one line per item (what the user reads)."""
        out = []
        for item in self._items:
            out.append(f"{'✓' if item.ok else '✗'} {item.label} — {item.detail}")
        return out

    def _on_link(self, href: str) -> None:
        item = self._items[int(href)] if href.isdigit() and int(href) < len(self._items) else None
        if item is not None and item.start is not None and item.end is not None:
            self.jump_requested.emit(item.start, item.end)
