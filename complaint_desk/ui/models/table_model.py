"""A small base for read-only table models: rows of records, columns as (title, getter) pairs."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from operator import attrgetter, is_
from typing import Any, Generic, TypeVar

from PySide6 import QtCore
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
)

Row = TypeVar("Row")

# Qt's item roles as the numbers Qt passes to data(): the module names no member of the `Qt`
# namespace while it loads, since the first touch of that namespace makes all of its ~90 enum
# types at once (about 20 ms) and the window's first frame does without it (ui.first_paint).
# tests/ui/test_startup_path.py checks these numbers against Qt's own.
DISPLAY_ROLE = 0
TOOLTIP_ROLE = 3
BACKGROUND_ROLE = 8
FOREGROUND_ROLE = 9
USER_ROLE = 0x100
SORT_ROLE = USER_ROLE + 1
RECORD_ROLE = USER_ROLE + 2
SEARCH_ROLE = USER_ROLE + 3  # a row's text as search sees it (casefolded)

# A reload that brings at most this many new or vanished rows (the service hands back the same
# row objects for unchanged records) moves those rows instead of resetting the list: re-sorting
# and re-mapping 100,000 rows cost 170 ms, a handful of binary searches well under 20.
PATCH_LIMIT = 32

Index = QModelIndex | QPersistentModelIndex


class RecordTableModel(QAbstractTableModel, Generic[Row]):
    """Rows are plain records; each column maps a record to display text (and a sort key)."""

    COLUMNS: Sequence[tuple[str, Callable[[Any], Any]]] = ()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    # Models whose `arrival_key` orders ties exactly as `set_rows()` would (see `_position`) may
    # take a reload as a few row moves when few rows changed.
    PATCH_RELOADS = False
    _given: list | None = None  # the rows as last given to set_rows() (with PATCH_RELOADS)
    ROW_KEY = "id"  # the attribute that tells a record's row apart (with PATCH_RELOADS)

    def set_rows(self, rows: Sequence[Row]) -> None:
        rows = list(rows)
        if self.PATCH_RELOADS and self._patch_rows(rows):
            return
        self.beginResetModel()
        self._given = rows if self.PATCH_RELOADS else None
        self._rows = list(rows)
        self._sort_rows()
        self._search_cache: list[str] | None = None
        self.endResetModel()

    def _patch_rows(self, rows: list[Row]) -> bool:
        """Show `rows` as a few row changes when they are the rows last given, in the same order,
        with a few records replaced (same ROW_KEY, another object), or with one record inserted
        or removed: a replaced record's row is updated and moved where a full sort puts it
        (`update_row`: the current row and the selection stay with it), an inserted one goes in
        place, a removed one goes. An unchanged record is the same object (the service keeps
        them). False, changing nothing, otherwise (the caller resets the list).

        Compared position by position in C (`map(is_, ...)`): sets of 100,000 ids, or a Python
        loop over the rows, cost 40-60 ms."""
        given, shown = self._given, self._rows
        if given is None or not shown or not 0 <= self._sort_column < len(self.COLUMNS):
            return False
        if len(given) != len(shown):
            return False
        key = attrgetter(self.ROW_KEY)
        replaced: list[tuple[Row, Row]] = []
        inserted: Row | None = None
        removed: Row | None = None
        if len(rows) == len(given):
            same = list(map(is_, given, rows))
            if same.count(False) > PATCH_LIMIT:
                return False
            at = -1
            for _ in range(same.count(False)):
                at = same.index(False, at + 1)
                old, new = given[at], rows[at]
                if key(old) != key(new):
                    return False
                replaced.append((old, new))
        elif abs(len(rows) - len(given)) == 1:
            longer, shorter = (rows, given) if len(rows) > len(given) else (given, rows)
            same = list(map(is_, shorter, longer))
            at = same.index(False) if False in same else len(shorter)
            if not all(map(is_, shorter[at:], longer[at + 1 :])):
                return False
            if longer is rows:
                inserted = rows[at]
            else:
                removed = given[at]
        else:
            return False
        if not replaced and inserted is None and removed is None:
            self._given = rows
            return True  # the same records: nothing to do
        # Every record to replace or remove must be on screen; if the shown rows drifted from the
        # given ones (an earlier in-place update), the caller's full reset is the safe answer.
        on_screen = set(map(id, shown))
        if any(id(old) not in on_screen for old, _new in replaced) or (
            removed is not None and id(removed) not in on_screen
        ):
            self._given = None
            return False
        self._search_cache = None
        for old, new in replaced:
            self._move_row(list(map(id, shown)).index(id(old)), new)
        if removed is not None:
            at = list(map(id, shown)).index(id(removed))
            self.beginRemoveRows(QModelIndex(), at, at)
            del shown[at]
            self.endRemoveRows()
        if inserted is not None:
            at = self._position(inserted)
            self.beginInsertRows(QModelIndex(), at, at)
            shown.insert(at, inserted)
            self.endInsertRows()
        self._given = rows
        return True

    def replace_row(self, row: int, record: Row) -> None:
        """Swap one record in place (e.g. after an autosave) without resetting the whole list."""
        self._rows[row] = record
        self._given = None
        self._search_cache = None
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def update_row(self, row: int, record: Row) -> int:
        """Swap one record and move it where a full `set_rows()` would put it; its new row.

        Among rows with an equal sort key the list keeps the order rows arrive in (`arrival_key`,
        descending). One binary search and one row move instead of re-sorting 10,000 rows."""
        given = self._given
        if given is not None:  # the rows as given: `record` where its arrival puts it
            old = self._rows[row]
            ids = list(map(id, given))
            if id(old) in ids:
                del given[ids.index(id(old))]
                mine = self.arrival_key(record)
                if mine is None:
                    self._given = None
                else:
                    arrival = self.arrival_key
                    at = next((i for i, r in enumerate(given) if arrival(r) < mine), len(given))
                    given.insert(at, record)
            else:
                self._given = None
        return self._move_row(row, record)

    def _move_row(self, row: int, record: Row) -> int:
        rows = self._rows
        del rows[row]
        target = self._position(record)
        rows.insert(row, record)
        self._search_cache = None
        if target != row:
            # Qt wants the destination in the old numbering: past the moved row, one more.
            self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), target + (target > row))
            rows.insert(target, rows.pop(row))
            self.endMoveRows()
        self.dataChanged.emit(self.index(target, 0), self.index(target, self.columnCount() - 1))
        return target

    def arrival_key(self, record: Row) -> Any:
        """Orders rows with equal sort keys as they arrive in `set_rows()` (greatest first); None:
        the updated row goes first among them."""
        return None

    def _position(self, record: Row) -> int:
        """Where `record` goes in the sorted rows (without it)."""
        rows = self._rows
        column = self._sort_column
        if column < 0 or column >= len(self.COLUMNS):
            lo, hi = 0, len(rows)
        else:
            key = _Key(self.sort_key(record, column))
            descending = self._descending

            def before(other: Row) -> bool:  # `other` sorts strictly before `record`
                k = _Key(self.sort_key(other, column))
                return key < k if descending else k < key

            def not_after(other: Row) -> bool:  # `other` sorts before `record` or ties with it
                k = _Key(self.sort_key(other, column))
                return not (k < key if descending else key < k)

            lo = _first_false(rows, before, 0, len(rows))
            hi = _first_false(rows, not_after, lo, len(rows))
        mine = self.arrival_key(record)
        if mine is None:
            return lo
        return _first_false(rows, lambda other: self.arrival_key(other) > mine, lo, hi)

    # Sorting and searching run over plain Python keys computed once per row, not through
    # data() calls per comparison: 10,000 rows sort in a few milliseconds.
    _sort_column = -1
    _descending = False
    _search_cache: list[str] | None = None

    def sort(self, column: int, order=None) -> None:
        """Qt's sort (from the view's header): `order` is a Qt.SortOrder (None: ascending)."""
        self.order_by(column, order is not None and order == QtCore.Qt.SortOrder.DescendingOrder)

    def sorted_by(self) -> tuple[int, bool]:
        """(column, descending) of the current order (column -1: unsorted)."""
        return self._sort_column, self._descending

    def order_by(self, column: int, descending: bool = False) -> None:
        """Sort by `column` (the same as `sort`, without Qt's enum: a first frame sorts with it,
        its header's sort indicator set once it has painted)."""
        self._sort_column, self._descending = column, descending
        self.layoutAboutToBeChanged.emit()
        before = self._rows
        self._sort_rows()
        self._search_cache = None
        self._follow_records(before)
        self.layoutChanged.emit()

    def _follow_records(self, before: list[Row]) -> None:
        """Point the persistent indexes (the view's current row, its selection) at the rows their
        records moved to: without this a sort left the selection on the same row number, so the
        list highlighted another record than the one open beside it."""
        persistent = self.persistentIndexList()
        if not persistent:
            return
        # By identity, else by the record's key: the sort may take the rows as last given to
        # set_rows(), equal records but other objects than the ones shown (a first screen's).
        row_of: dict[object, int] = {}
        for row, record in enumerate(self._rows):
            row_of[id(record)] = row
            key = getattr(record, self.ROW_KEY, None)
            if key is not None:
                row_of.setdefault(("key", key), row)
        moved = []
        for index in persistent:
            held = before[index.row()] if 0 <= index.row() < len(before) else None
            row = -1
            if held is not None:
                row = row_of.get(id(held), -1)
                key = getattr(held, self.ROW_KEY, None)
                if row < 0 and key is not None:
                    row = row_of.get(("key", key), -1)
            moved.append(self.index(row, index.column()) if row >= 0 else QModelIndex())
        self.changePersistentIndexList(persistent, moved)

    def grow_rows(self, rows: Sequence[Row]) -> bool:
        """Show `rows` where the rows shown are the first of them once sorted: the others are
        inserted after them, so the current row, the selection and the scroll position stay.

        False, changing nothing, when the shown rows are not that prefix (the caller then uses
        `set_rows()`)."""
        grown = self._sorted(list(rows))
        shown = len(self._rows)
        if grown[:shown] != self._rows:
            return False
        if len(grown) > shown:
            self.beginInsertRows(QModelIndex(), shown, len(grown) - 1)
            self._rows = grown
            self._search_cache = None
            self.endInsertRows()
        if self.PATCH_RELOADS:
            self._given = list(rows)
        return True

    def _sort_rows(self) -> None:
        """Sort the rows shown. Ties keep the order the rows arrived in, as `set_rows()` would
        give them, not the order of the previous sort (a list sorted by hold, then by title,
        equals a list read afresh sorted by title)."""
        rows = self._rows
        given = self._given
        if given is not None and len(given) == len(rows):
            rows = list(given)
        elif self.PATCH_RELOADS and rows and self.arrival_key(rows[0]) is not None:
            rows = sorted(rows, key=self.arrival_key, reverse=True)
        self._rows = self._sorted(rows)

    def _sorted(self, rows: list[Row]) -> list[Row]:
        column = self._sort_column
        if column < 0 or column >= len(self.COLUMNS) or not rows:
            return rows
        reverse = self._descending
        keys = self.sort_keys(rows, column)
        try:  # plain keys compare in C; the same comparisons, so the same order as with _Key
            order = sorted(range(len(keys)), key=keys.__getitem__, reverse=reverse)
        except TypeError:  # mixed types: _Key falls back to comparing text
            wrapped = [_Key(k) for k in keys]
            order = sorted(range(len(keys)), key=wrapped.__getitem__, reverse=reverse)
        return [rows[i] for i in order]

    def sort_keys(self, rows: list[Row], column: int) -> list[Any]:
        """`sort_key` of every row (subclasses may compute them in one faster pass: the same
        order must follow)."""
        return [self.sort_key(r, column) for r in rows]

    def search_text(self, row: int) -> str:
        if self._search_cache is None:
            self._search_cache = [
                " ".join(self.display(r, c) for c in range(len(self.COLUMNS))).casefold()
                for r in self._rows
            ]
        return self._search_cache[row]

    def rows(self) -> list[Row]:
        return list(self._rows)

    def row_record(self, row: int) -> Row | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation, role=DISPLAY_ROLE):  # noqa: N802
        if role == DISPLAY_ROLE and orientation == QtCore.Qt.Orientation.Horizontal:
            return self.COLUMNS[section][0]
        return None

    def data(self, index: Index, role=DISPLAY_ROLE):
        # Views and proxies call this tens of thousands of times per reset (a proxy sorting 1,000
        # rows asks for ~25,000 sort keys): one dict lookup by role, not a chain of enum compares.
        if not index.isValid():
            return None
        name = _ROLE_METHODS.get(role)
        if name is None:
            if role == SEARCH_ROLE:
                return self.search_text(index.row())
            return self._rows[index.row()] if role == RECORD_ROLE else None
        return getattr(self, name)(self._rows[index.row()], index.column())

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


# role -> the method answering it (by name: subclasses override them)
_ROLE_METHODS: dict[int, str] = {
    DISPLAY_ROLE: "display",
    SORT_ROLE: "sort_key",
    FOREGROUND_ROLE: "foreground",
    BACKGROUND_ROLE: "background",
    TOOLTIP_ROLE: "tooltip",
}


def _first_false(rows: list, test: Callable[[Any], bool], lo: int, hi: int) -> int:
    """The first index in [lo, hi) whose row fails `test` (true for a prefix of the range)."""
    while lo < hi:
        mid = (lo + hi) // 2
        if test(rows[mid]):
            lo = mid + 1
        else:
            hi = mid
    return lo


class _Key:
    """Orders mixed or missing sort keys without raising (None and strings sort first)."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value

    def __lt__(self, other: _Key) -> bool:
        try:
            return self.value < other.value
        except TypeError:
            return str(self.value) < str(other.value)


@contextmanager
def filter_change(proxy: QSortFilterProxyModel) -> Iterator[None]:
    """Change a proxy's filter state inside this block; rows are re-filtered after it.

    Qt 6.10 added begin/endFilterChange and deprecated invalidate*Filter(); older Qt has only
    the latter. This works on both without a deprecation warning.
    """
    begin = getattr(proxy, "beginFilterChange", None)
    if begin is None:
        yield
        proxy.invalidateRowsFilter()
        return
    begin()
    yield
    proxy.endFilterChange(QSortFilterProxyModel.Direction.Rows)


class SearchProxy(QSortFilterProxyModel):
    """Filters a RecordTableModel by a search string; sorting is delegated to the source model.

    A row is shown when its casefolded text (`search_text`, through SEARCH_ROLE) contains the
    casefolded search. The match is Qt's own (a literal pattern over SEARCH_ROLE), not a Python
    `filterAcceptsRow`: with no search Qt then accepts every row without calling into Python,
    which was a Python call per row on every reload (30 ms at 100,000 drafts)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._needle = ""
        self.setFilterRole(SEARCH_ROLE)
        self.setFilterKeyColumn(0)
        # Qt's default case sensitivity (CaseSensitive) is kept: the text and the needle are
        # both casefolded already.

    def set_search(self, text: str) -> None:
        needle = text.casefold().strip()
        if needle == self._needle:
            return
        self._needle = needle
        self.setFilterFixedString(needle)

    def sort(self, column: int, order=None) -> None:
        self.sourceModel().sort(column, order)
