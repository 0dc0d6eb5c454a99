"""The hold badge: a countdown until the draft may be copied out, and why it is that long."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from complaint_desk.core.formatting import hold_badge
from complaint_desk.core.hold import HoldState
from complaint_desk.ui import palette
from complaint_desk.ui.a11y import PoliteAnnouncer


class HoldBadge(QFrame):
    # state -> the palette's tinted box (light/dark pairs)
    STYLES = {"held": "warning", "ready": "success", "free": "info"}

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("holdBadge")
        self.headline = QLabel()
        self.headline.setObjectName("holdHeadline")
        font = self.headline.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.headline.setFont(font)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(2)
        layout.addWidget(self.headline)
        layout.addWidget(self.detail)
        self.state = "free"
        self.setAccessibleName("Cooling-off hold")
        # The countdown is kept current for a reader; it is said only when the state or the time
        # it ends changes (a restart, a shorter wait, ready), not each minute.
        self.announcer = PoliteAnnouncer(self)
        palette.on_theme_change(self, self._restyle)
        self.show_state(None)

    def _restyle(self) -> None:
        self.setStyleSheet(palette.box_style("#holdBadge", self.STYLES[self.state]))

    def show_state(self, state: HoldState | None) -> None:
        self._set(*hold_badge(state))

    def show_withdrawn(self) -> None:
        self._set(
            "free",
            "Withdrawn",
            "You withdrew this draft. It stays here with its history and is never copied out.",
        )

    def _set(self, kind: str, headline: str, detail: str) -> None:
        if kind != self.state or not self.styleSheet():
            self.state = kind
            self._restyle()
        self.headline.setText(headline)
        self.detail.setText(detail)
        self.announcer.update(f"{headline}. {detail}", (kind, detail))
