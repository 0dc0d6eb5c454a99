"""Chase reminders as the user sees them: the in-window banner, plus a tray message if there is a
system tray (desktop sessions; never in tests or offscreen)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from complaint_desk import APP_NAME
from complaint_desk.ui.widgets.banner import Banner

if TYPE_CHECKING:
    from PySide6.QtWidgets import QSystemTrayIcon


class ReminderNotices(QObject):
    def __init__(self, banner: Banner, parent=None) -> None:
        super().__init__(parent)
        self.banner = banner
        self.tray: QSystemTrayIcon | None = None

    def show(self, messages: list[str]) -> None:
        if not messages:
            return
        text = messages[0] if len(messages) == 1 else "\n".join(f"• {m}" for m in messages)
        self.banner.show_message(text, "warning")
        # The tray icon is made when there is first something to say, not at start-up.
        from PySide6.QtWidgets import QApplication, QSystemTrayIcon

        if self.tray is None and QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(QApplication.windowIcon(), self)
            self.tray.setToolTip(APP_NAME)
        if self.tray is not None:
            self.tray.show()
            self.tray.showMessage(
                f"{APP_NAME}: time to chase", text, QSystemTrayIcon.MessageIcon.Information
            )
