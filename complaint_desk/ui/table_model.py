"""A small base for read-only table models: rows of records, columns as (title, getter) pairs."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Row = TypeVar("Row")

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


class RecordTableModel(QAbstractTableModel, Generic[Row]):
    """Rows are plain records; each column maps a record to display text (and a sort key)."""

    COLUMNS: Sequence[tuple[str, Callable[[Any], Any]]] = ()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Row]:
        return list(self._rows)

    def row_record(self, row: int) -> Row | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.COLUMNS[section][0]
        return None

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        record = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(record, index.column())
        if role == SORT_ROLE:
            return self.sort_key(record, index.column())
        if role == RECORD_ROLE:
            return record
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.foreground(record, index.column())
        if role == Qt.ItemDataRole.BackgroundRole:
            return self.background(record, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(record, index.column())
        return None

    def display(self, record: Row, column: int) -> str:
        value = self.COLUMNS[column][1](record)
        return "" if value is None else str(value)

    def sort_key(self, record: Row, column: int) -> Any:
        value = self.COLUMNS[column][1](record)
        return "" if value is None else value

    def foreground(self, record: Row, column: int):
        return None

    def background(self, record: Row, column: int):
        return None

    def tooltip(self, record: Row, column: int):
        return None
