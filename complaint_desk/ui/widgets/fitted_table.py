"""A table view that measures a column's contents once per change, not once per layout pass.

A header section in ResizeToContents mode asks the view for the column's width on every layout
pass: six times while the window first shows, each time styling up to 40 cells through the model.
The answer only changes when the model's rows, the rows in view, the font or the style do, so it
is kept until one of those changes: the same widths, measured once instead of six times.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QTableView

# Model signals after which a measured width may be wrong.
_CHANGES = (
    "modelReset",
    "layoutChanged",
    "dataChanged",
    "rowsInserted",
    "rowsRemoved",
    "rowsMoved",
    "columnsInserted",
    "columnsRemoved",
    "columnsMoved",
)
_RESTYLED = (QEvent.Type.FontChange, QEvent.Type.StyleChange)


class FittedTable(QTableView):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._hints: dict[tuple[int, int, int, bool], int] = {}

    def setModel(self, model) -> None:  # noqa: N802
        old = self.model()
        if old is not None:
            for name in _CHANGES:
                getattr(old, name).disconnect(self._forget)
        if model is not None:
            # Connected before the view's own handlers (in super().setModel), so the stored
            # widths are gone before the view lays out the change.
            for name in _CHANGES:
                getattr(model, name).connect(self._forget)
        self._hints.clear()
        super().setModel(model)

    def sizeHintForColumn(self, column: int) -> int:  # noqa: N802
        # The rows QTableView measures: from the first row in view down to the last one in view
        # (every row while hidden), then alternately above and below them, up to the header's
        # precision. Scrolled to the top that is always the first rows, whatever the height.
        rows = self.verticalHeader()
        top = max(0, rows.visualIndexAt(0))
        bottom = -1
        if top > 0 and self.isVisible():
            bottom = rows.visualIndexAt(self.viewport().height())
        key = (column, top, bottom, self.wordWrap())
        hint = self._hints.get(key)
        if hint is None:
            hint = self._hints[key] = super().sizeHintForColumn(column)
        return hint

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() in _RESTYLED:
            self._hints.clear()
        super().changeEvent(event)

    def _forget(self, *_args) -> None:
        self._hints.clear()
