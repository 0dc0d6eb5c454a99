"""An in-window message strip: problems, hold releases, reminders. Dismissable, never modal."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton

from complaint_desk.ui import a11y, palette

KINDS = ("info", "success", "warning", "error")  # tinted boxes: ui.palette's light/dark pairs


class Banner(QFrame):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setToolTip("Dismiss")
        a11y.name(self.close_button, "Dismiss the message")
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button)
        self.kind = "info"
        palette.on_theme_change(self, self._restyle)
        self.hide()

    def _restyle(self) -> None:
        kind = self.kind if self.kind in KINDS else "info"
        self.setStyleSheet(
            palette.box_style("#banner", kind)
            + f" #banner QToolButton {{ color:{palette.colour('box_text')}; }}"
        )

    def show_message(self, text: str, kind: str = "info") -> None:
        """Show `text`; an empty `text` takes down a message of that kind (a problem that was
        resolved) and leaves any other message up."""
        if not text:
            self.clear(kind)
            return
        self.kind = kind
        self._restyle()
        self.label.setText(text)
        self.show()
        a11y.announce(self, text, assertive=kind == "error")

    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""

    def clear(self, kind: str | None = None) -> None:
        """Hide the strip if it shows a message of `kind` (any kind when None)."""
        if kind is None or self.kind == kind:
            self.label.clear()
            self.hide()
