"""The hold badge: a countdown until the draft may be copied out, and why it is that long."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from complaint_desk.core.hold import HoldState, format_remaining
from complaint_desk.ui import palette


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
        palette.on_theme_change(self, self._restyle)
        self.show_state(None)

    def _restyle(self) -> None:
        self.setStyleSheet(palette.box_style("#holdBadge", self.STYLES[self.state]))

    def show_state(self, state: HoldState | None) -> None:
        if state is None:
            self._set("free", "No draft open", "Pick a draft or start a new one.")
        elif state.held:
            when = state.ready_at.astimezone().strftime("%a %d %b, %H:%M") if state.ready_at else ""
            hours = round(state.wait.total_seconds() / 3600) if state.wait else 24
            advice = (
                "That is the minimum."
                if hours <= 24
                else "Calming it shortens the wait, never below 24 h; heating it up restarts it."
            )
            self._set(
                "held",
                f"Cooling off · {format_remaining(state.remaining)} left",
                f"Can be copied out from {when} (a {hours} h hold). {advice}",
            )
        elif state.ready_at is not None:
            self._set(
                "ready", "Ready to copy out", "The cooling-off period is over. Read it once more."
            )
        else:
            self._set("free", "Not held", state.reason)

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
