"""The tray notice when a hold ends, where the desktop has a tray (the banner always shows)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QStyle, QSystemTrayIcon, QWidget

from complaint_desk import APP_NAME

NOTICE_MS = 10_000


def release_message(titles: Sequence[str]) -> str:
    """'“Kettle post” is ready to review.' or '3 drafts are ready to review.'"""
    if len(titles) == 1:
        return f"“{titles[0]}” has cooled off and is ready to review."
    return f"{len(titles):,} drafts have cooled off and are ready to review."


class HoldTray(QObject):
    """Owns the tray icon (only if a tray exists) and shows a message when drafts are released."""

    def __init__(
        self,
        window: QWidget,
        available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
    ) -> None:
        super().__init__(window)
        self._window = window
        self.last_message = ""
        self.icon: QSystemTrayIcon | None = None
        if available():
            icon = window.windowIcon()
            if icon.isNull():
                icon = window.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            self.icon = QSystemTrayIcon(icon, self)
            self.icon.setToolTip(APP_NAME)
            self.icon.activated.connect(self._bring_up)
            self.icon.messageClicked.connect(self._bring_up)
            self.icon.show()

    def notify(self, titles: Sequence[str]) -> None:
        if not titles:
            return
        self.last_message = release_message(titles)
        if self.icon is not None:
            self.icon.showMessage(
                "Cooling-off is over",
                self.last_message,
                QSystemTrayIcon.MessageIcon.Information,
                NOTICE_MS,
            )

    def _bring_up(self, *_args) -> None:
        self._window.showNormal()
        self._window.raise_()
        self._window.activateWindow()

    def hide(self) -> None:
        if self.icon is not None:
            self.icon.hide()
