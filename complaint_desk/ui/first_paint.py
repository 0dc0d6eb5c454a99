"""Run work once a window has painted for the first time: what the first frame does not show waits.

A zero-delay timer set before `show()` fires before the first paint (the event loop serves timers
first), so it would still delay the window. This waits for the window's first paint event, then
runs the work on the next pass of the event loop; if no paint comes (a window started hidden or
minimised), a fallback timer runs it anyway.
"""

from __future__ import annotations

import gc
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

FALLBACK_MS = 1000
# While the first window is built, young-object collections wait for this many new objects
# rather than Python's default 700: building the window (its modules, Qt's enum types, the list's
# rows) makes tens of thousands of long-lived objects, and scanning them over and over delayed the
# first paint by a few milliseconds for nothing.
START_UP_GC_THRESHOLD = 50_000

_held_gc: tuple[int, int, int] | None = None


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


def hold_gc_until_first_paint(widget: QWidget, fallback_ms: int = FALLBACK_MS) -> None:
    """Collect garbage less often until `widget` first paints (or `fallback_ms` passes, even if
    the widget is gone by then); the collector's thresholds are then put back as they were."""
    global _held_gc
    if _held_gc is not None:
        return  # already held (another window on its way): one release puts it back
    _held_gc = gc.get_threshold()
    gc.set_threshold(max(_held_gc[0], START_UP_GC_THRESHOLD), *_held_gc[1:])
    after_first_paint(widget, release_gc, fallback_ms)
    QTimer.singleShot(fallback_ms, release_gc)


def release_gc() -> None:
    """Put the collector's thresholds back (once; later calls do nothing)."""
    global _held_gc
    if _held_gc is not None:
        gc.set_threshold(*_held_gc)
        _held_gc = None
