"""An in-window message strip: problems, hold releases, reminders. Dismissable, never modal."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton

STYLES = {
    "info": "background:#e8f0fe; border:1px solid #9fb7df;",
    "success": "background:#e8f5e9; border:1px solid #81c784;",
    "warning": "background:#fff4e5; border:1px solid #f0b35b;",
    "error": "background:#fdecea; border:1px solid #e57373;",
}


class Banner(QFrame):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setToolTip("Dismiss")
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button)
        self.kind = "info"
        self.hide()

    def show_message(self, text: str, kind: str = "info") -> None:
        """Show `text`; an empty `text` takes down a message of that kind (a problem that was
        resolved) and leaves any other message up."""
        if not text:
            self.clear(kind)
            return
        self.kind = kind
        self.setStyleSheet(f"#banner {{{STYLES.get(kind, STYLES['info'])} border-radius:6px;}}")
        self.label.setText(text)
        self.show()

    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""

    def clear(self, kind: str | None = None) -> None:
        """Hide the strip if it shows a message of `kind` (any kind when None)."""
        if kind is None or self.kind == kind:
            self.label.clear()
            self.hide()
