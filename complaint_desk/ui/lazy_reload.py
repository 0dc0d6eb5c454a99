"""Refresh a view only when someone can see it: hidden tabs just remember they are stale.

Start-up then pays only for the view on screen, and a burst of changes while a view is hidden
costs one reload when it is shown, not one per change.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

if TYPE_CHECKING:
    from complaint_desk.app.desk import Desk

# A view filled over several passes of the event loop waits this long between them: a timer, not
# a zero-delay call (Qt runs those in the same pass), so input and painting go round in between.
NEXT_PASS_MS = 1

# Column widths from the first rows only: measuring 10,000 rows per resize is what makes lists slow.
RESIZE_PRECISION_ROWS = 40


# To the type checker the mixin is the QWidget it is mixed into (it calls isVisible and the
# widget's showEvent); at run time it is a plain mixin, listed before QWidget.
if TYPE_CHECKING:
    _Base = QWidget
else:
    _Base = object


class LazyReload(_Base):
    """Mixin for QWidget views with a `reload()` method."""

    _stale = True
    desk: Desk

    def reload(self) -> None:
        raise NotImplementedError  # each view reads its rows

    def request_reload(self, *_args) -> None:
        if self.isVisible():
            self._stale = False
            self.reload()
        else:
            self._stale = True

    def on_next_pass(self, step: Callable[[], object]) -> None:
        """`step` on the next pass of the event loop, in the GUI's turn (app.gui_turn): the
        background workers wait through a fill spread over passes, not only through its first."""
        QTimer.singleShot(NEXT_PASS_MS, self, partial(self._in_turn, step))

    def _in_turn(self, step: Callable[[], object]) -> None:
        with self.desk.gui_busy_until_idle():  # the paint the step asks for in the turn too
            step()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.reload()


def tune_table(table: QTableView, precision: int = RESIZE_PRECISION_ROWS) -> None:
    """Settings every list table shares: fast column sizing and uniform row heights.

    `precision`: how many rows column widths are measured on (Qt counts the rows on screen
    first). A table that shows few rows at a time takes fewer: measuring is most of what filling
    a long list costs (the vendor timeline's 9,000 rows: 23 ms at 40 rows, 14 at 16)."""
    for header in (table.horizontalHeader(), table.verticalHeader()):
        header.setResizeContentsPrecision(precision)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
