"""Run work once a window has painted for the first time: what the first frame does not show waits.

A zero-delay timer set before `show()` fires before the first paint (the event loop serves timers
first), so it would still delay the window. This waits for the window's first paint event, then
runs the work on the next pass of the event loop; if no paint comes (a window started hidden or
minimised), a fallback timer runs it anyway.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

FALLBACK_MS = 1000


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], object], fallback_ms: int) -> None:
        super().__init__(widget)
        self._callback: Callable[[], object] | None = callback
        widget.installEventFilter(self)
        QTimer.singleShot(fallback_ms, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        callback, self._callback = self._callback, None
        if callback is not None:
            callback()


def after_first_paint(
    widget: QWidget, callback: Callable[[], object], fallback_ms: int = FALLBACK_MS
) -> None:
    """Call `callback` once, just after `widget` first paints (or after `fallback_ms`)."""
    _FirstPaint(widget, callback, fallback_ms)
