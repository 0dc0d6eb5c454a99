"""One place that turns the user's environment going wrong into a calm message (never a crash)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

from complaint_desk.store.errors import StoreError

T = TypeVar("T")


class ProblemReporter(QObject):
    """Services report environment errors here; the window shows them in a banner."""

    problem = Signal(str)
    cleared = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.last: str | None = None
        self.closed = False

    def guard(self, action: Callable[[], T], default: T) -> T:
        """Run a store action; on an environment error report it and return `default`.

        After the desk closes, a late timer (an autosave, a countdown tick) gets `default`
        instead of touching a closed database.
        """
        if self.closed:
            return default
        try:
            result = action()
        except StoreError as exc:
            self.report(exc.user_message)
            return default
        if self.last is not None:
            self.last = None
            self.cleared.emit()
        return result

    def report(self, message: str) -> None:
        self.last = message
        self.problem.emit(message)
