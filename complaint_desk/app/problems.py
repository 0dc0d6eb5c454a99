"""One place that turns the user's environment going wrong into a calm message (never a crash).

A problem stays reported until it is resolved: a guarded action that wrote something (a commit
went through) after a failure means the disk is usable again, and `cleared` is emitted, with an
empty `problem` for listeners that only follow that signal (the banner hides its error then).
A successful read alone resolves nothing: a full disk still lets the lists refresh.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

from complaint_desk.store.errors import StoreError

T = TypeVar("T")


class ProblemReporter(QObject):
    """Services report environment errors here; the window shows them in a banner."""

    problem = Signal(str)  # a message to show
    cleared = Signal()  # the last problem is over: take its message down

    def __init__(self, commits: Callable[[], int] | None = None) -> None:
        """`commits()`: how many writes the store has committed so far (None: count any
        successful guarded action as proof that the problem is gone, as a fake store must)."""
        super().__init__()
        self.last: str | None = None
        self.closed = False
        self._commits = commits

    def guard(self, action: Callable[[], T], default: T) -> T:
        """Run a store action; on an environment error report it and return `default`.

        After the desk closes, a late timer (an autosave, a countdown tick) gets `default`
        instead of touching a closed database.
        """
        if self.closed:
            return default
        before = self._count()
        try:
            result = action()
        except StoreError as exc:
            self.report(exc.user_message)
            return default
        if self.last is not None and (before is None or self._count() != before):
            self.resolve()
        return result

    def done(self, action: Callable[[], object]) -> bool:
        """Run a store write whose result does not matter; True when it went through, False
        when an environment error was reported (so a caller needs no wrapper returning True)."""
        ok = False

        def run() -> bool:
            nonlocal ok
            action()
            ok = True
            return True

        self.guard(run, False)
        return ok

    def report(self, message: str) -> None:
        self.last = message
        self.problem.emit(message)

    def resolve(self) -> None:
        """The last problem is over (a save went through): take its message down."""
        if self.last is None:
            return
        self.last = None
        self.cleared.emit()

    def _count(self) -> int | None:
        if self._commits is None:
            return None
        try:
            return self._commits()
        except Exception:  # a closed or odd store: fall back to "any success"
            return None
