"""The one SQLite connection: opening and configuring it, and read/write scopes that map errors.

Every write runs inside `Database.write()`: one explicit `BEGIN IMMEDIATE ... COMMIT`, rolled back
on any failure, so a failed write never leaves half a change behind. Environment failures become
`StoreError`; anything else (a bug) propagates unchanged.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NoReturn

from complaint_desk.store.errors import StoreError, StoreErrorKind, translate

DEFAULT_TIMEOUT = 2.0

# Anything shaped like sqlite3.Connection (tests inject wrappers that fail on purpose).
Connector = Callable[[Path, float], Any]


def default_connect(path: Path, timeout: float) -> sqlite3.Connection:
    return sqlite3.connect(path, timeout=timeout, isolation_level=None)


class Database:
    """A configured connection plus transaction scopes. Not thread-safe: one thread uses it."""

    def __init__(self, conn: Any, path: Path) -> None:
        self.conn = conn
        self.path = path
        self._depth = 0
        self._in_snapshot = False
        self._closed = False
        self._touched: set[str] | None = set()
        self._generations: dict[str, int] = {}
        self._all_generation = 0

    @classmethod
    def open(cls, path: Path, *, timeout: float, connect: Connector | None) -> Database:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            conn = (connect or default_connect)(path, timeout)
        except (sqlite3.Error, OSError) as exc:
            _raise_mapped(exc, path)
        db = cls(conn, path)
        try:
            db._configure()
        except BaseException:
            db.close()
            raise
        return db

    def _configure(self) -> None:
        with self.read() as cx:
            cx.execute("PRAGMA foreign_keys = ON")
            mode = cx.execute("PRAGMA journal_mode").fetchone()[0]
        if str(mode).lower() != "wal":
            try:
                with self.read() as cx:
                    cx.execute("PRAGMA journal_mode = WAL").fetchone()
            except StoreError as exc:
                # A read-only file can still be opened and read; writes will say why they fail.
                if exc.kind is not StoreErrorKind.READ_ONLY:
                    raise

    @property
    def closed(self) -> bool:
        return self._closed

    @property
    def in_write(self) -> bool:
        return self._depth > 0

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        try:
            self.conn.close()
        except sqlite3.Error:
            pass  # closing must never hide the error that led here

    @contextmanager
    def read(self) -> Iterator[Any]:
        """A scope for reads (and pragmas): environment errors become StoreError."""
        try:
            yield self.conn
        except (sqlite3.Error, OSError) as exc:
            _raise_mapped(exc, self.path)

    @contextmanager
    def snapshot(self) -> Iterator[Any]:
        """Several reads that see one consistent state (a deferred read transaction)."""
        if self._depth or self._in_snapshot:
            yield self.conn
            return
        with self.read() as cx:
            cx.execute("BEGIN")
        self._in_snapshot = True
        try:
            yield self.conn
        finally:
            self._in_snapshot = False
            self._rollback()

    @contextmanager
    def write(self, *tables: str) -> Iterator[Any]:
        """One transaction. Nested scopes join the outer one; only the outermost commits.

        `tables` names what the scope may change (none: possibly everything, e.g. cascades);
        their generation is bumped when the outermost scope ends, committed or not, which is
        what keeps list caches honest.
        """
        if self._in_snapshot:
            raise RuntimeError("cannot write inside a read snapshot")
        if self._depth:
            self._touch(tables)
            self._depth += 1
            try:
                yield self.conn
            finally:
                self._depth -= 1
            return
        with self.read() as cx:
            cx.execute("BEGIN IMMEDIATE")
        self._depth = 1
        self._touched = set()
        self._touch(tables)
        try:
            yield self.conn
            self.conn.execute("COMMIT")
        except BaseException as exc:
            self._rollback()
            if isinstance(exc, sqlite3.Error | OSError):
                _raise_mapped(exc, self.path)
            raise
        finally:
            self._depth = 0
            self._bump_touched()

    # --- change tracking, for caches ------------------------------------------------------

    def _touch(self, tables: tuple[str, ...]) -> None:
        if not tables:
            self._touched = None  # everything
        elif self._touched is not None:
            self._touched.update(tables)

    def _bump_touched(self) -> None:
        touched, self._touched = self._touched, set()
        if touched is None:
            self._all_generation += 1
            return
        for table in touched:
            self._generations[table] = self._generations.get(table, 0) + 1

    def generation(self, table: str) -> tuple[int, int, int]:
        """Changes to `table` seen so far: this connection's writes, and other connections'
        commits (PRAGMA data_version). Equal values mean the table has not changed."""
        with self.read() as cx:
            external = cx.execute("PRAGMA data_version").fetchone()[0]
        return (self._all_generation, self._generations.get(table, 0), external)

    def _rollback(self) -> None:
        try:
            self.conn.execute("ROLLBACK")
        except sqlite3.Error:
            pass  # SQLite may already have rolled back (e.g. on SQLITE_FULL)


def _raise_mapped(exc: BaseException, path: Path) -> NoReturn:
    """Raise the StoreError for an environment failure, or `exc` itself for a bug."""
    mapped = translate(exc, path)
    if mapped is None:
        raise exc
    raise mapped from exc
