"""Run work once a window has painted for the first time: what the first frame does not show waits.

The first frame also does without Qt's `Qt` namespace: PySide makes all ~90 enum types of that
namespace the first time any of them is touched (about 20 ms here, a sixth of a bare window's
start), so the code that builds the first frame names none of them and the namespace is made just
after the paint. `tests/ui/test_startup_path.py` checks that the first frame leaves it unmade.

A zero-delay timer set before `show()` fires before the first paint (the event loop serves timers
first), so it would still delay the window. This waits for the window's first paint event, then
runs the work on the next pass of the event loop; if no paint comes (a window started hidden or
minimised), a fallback timer runs it anyway.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer

if TYPE_CHECKING:  # names only: PySide makes each class when first used, at some cost
    from PySide6.QtCore import QAbstractItemModel, QAbstractProxyModel
    from PySide6.QtWidgets import QTableView, QWidget

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


def hold_gc() -> None:
    """Collect garbage less often from now until `release_gc()`: called by the entry point before
    it imports the app's modules (their classes and enums are tens of thousands of long-lived
    objects too), and released by the first window's paint (`hold_gc_until_first_paint`)."""
    global _held_gc
    if _held_gc is None:
        _held_gc = gc.get_threshold()
        gc.set_threshold(max(_held_gc[0], START_UP_GC_THRESHOLD), *_held_gc[1:])


def hold_gc_until_first_paint(widget: QWidget, fallback_ms: int = FALLBACK_MS) -> None:
    """Collect garbage less often until `widget` first paints (or `fallback_ms` passes, even if
    the widget is gone by then); the collector's thresholds are then put back as they were
    before the hold (`hold_gc`) began."""
    global _release_planned
    if _held_gc is not None and _release_planned:
        return  # already held (another window on its way): one release puts it back
    hold_gc()
    _release_planned = True
    after_first_paint(widget, release_gc, fallback_ms)
    QTimer.singleShot(fallback_ms, release_gc)


_release_planned = False  # a window's first paint will put the thresholds back


def release_gc() -> None:
    """Put the collector's thresholds back (once; later calls do nothing)."""
    global _held_gc, _release_planned
    if _held_gc is not None:
        gc.set_threshold(*_held_gc)
        _held_gc = None
    _release_planned = False


def set_model_with_labels(
    table: QTableView,
    proxy: QAbstractProxyModel,
    source: QAbstractItemModel,
    labels: Sequence[str],
) -> Callable[[], None]:
    """Show `source` through `proxy` in `table`, with `labels` in its horizontal header held by a
    Qt model; returns the function that hands the header back to `proxy` (call it once the
    first frame has painted, before the columns can change).

    Why: a header asks its model for each label with a `Qt.Orientation`, and a Python model's
    headerData() receiving one makes PySide build the whole `Qt` namespace (see above), in the
    middle of the first frame. The table is given the proxy before the proxy has its source, so
    the header's first questions go to Qt's empty model, then the header is given the labels.
    Its sections, sizes and resize modes stay as they are when it is handed back (the column
    count is the same)."""
    from PySide6.QtGui import QStandardItemModel

    table.setModel(proxy)
    header = table.horizontalHeader()
    holder = QStandardItemModel(0, len(labels), header)
    holder.setHorizontalHeaderLabels(list(labels))
    header.setModel(holder)
    proxy.setSourceModel(source)

    def hand_back() -> None:
        if header.model() is holder:
            header.setModel(table.model())
            header.setSelectionModel(table.selectionModel())
        holder.deleteLater()

    return hand_back
