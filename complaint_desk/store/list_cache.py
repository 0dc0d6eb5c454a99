"""Keep a big, unfiltered list (all contacts, all responses) between calls while nothing changed.

For callers that ask for every contact or response more than once. The scorecard and the vendors
list no longer do (app.record_figures reads records by case and keeps totals, not records), and
nothing seeds these lists any more: at 1,000,000 records a full list is hundreds of megabytes, so
ask by case where you can. The cache is keyed by the table's generation (this connection's
writes, and other connections' commits via PRAGMA data_version), so a stale list is never
served. A record added through the repository is slotted into the cached list instead of
throwing it away. Records are frozen, so callers get a shallow copy of the list.
"""

from __future__ import annotations

import bisect
import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, Generic, TypeVar

from complaint_desk.store.connection import Database

T = TypeVar("T")


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic GC while building many acyclic records (halves the time for 100,000)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class ListCache(Generic[T]):
    def __init__(self, db: Database, table: str, sort_key: Callable[[T], Any]) -> None:
        self._db = db
        self._table = table
        self._sort_key = sort_key
        self._rows: list[T] | None = None
        self._stamp: tuple[int, int, int] | None = None

    def stamp(self) -> tuple[int, int, int]:
        return self._db.generation(self._table)

    def get(self) -> list[T] | None:
        """A copy of the cached list, or None when it must be (re)loaded."""
        if self._rows is None or self._db.in_write:
            return None
        if self._stamp != self.stamp():
            self._rows = None
            return None
        return list(self._rows)

    def put(self, rows: list[T], stamp: tuple[int, int, int]) -> None:
        """Remember `rows`, loaded after `stamp` was taken (never inside a transaction)."""
        if self._db.in_write:
            return
        self._rows = list(rows)
        self._stamp = stamp

    def added(self, record: T, stamp_before: tuple[int, int, int]) -> None:
        """`record` was just inserted by this connection (see `changed`)."""
        self.changed(stamp_before, insert=record)

    def changed(
        self,
        stamp_before: tuple[int, int, int],
        *,
        remove_id: int | None = None,
        insert: T | None = None,
    ) -> None:
        """This connection just committed one change to the table: the record `remove_id` went
        away and/or `insert` came in. Patch the cached list when that was the only change since
        `stamp_before`; otherwise drop it (the next get() reloads)."""
        if self._rows is None or self._db.in_write or self._stamp != stamp_before:
            self.clear()
            return
        now = self.stamp()
        everything, table, external = stamp_before
        if now != (everything, table + 1, external):
            self.clear()
            return
        if remove_id is not None:
            self._rows = [r for r in self._rows if getattr(r, "id", None) != remove_id]
        if insert is not None:
            bisect.insort_right(self._rows, insert, key=self._sort_key)
        self._stamp = now

    def clear(self) -> None:
        self._rows = None
        self._stamp = None
