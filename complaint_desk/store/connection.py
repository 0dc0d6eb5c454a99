"""The one SQLite connection: opening and configuring it, and read/write scopes that map errors.

Every write runs inside `Database.write()`: one explicit `BEGIN IMMEDIATE ... COMMIT`, rolled back
on any failure, so a failed write never leaves half a change behind. Environment failures become
`StoreError`; anything else (a bug) propagates unchanged.

Opening writes nothing: the file is only read (its version, its integrity) until the caller has
decided to use it and calls `enable_wal()`. A new file and the folder made for it are private
(0600 / 0700) whatever the umask; SQLite gives its -wal and -shm files the database's mode.

The GUI thread never waits long for a lock: `set_busy_timeout()` (50 ms for the app's connection)
makes a write that meets another program's lock fail fast as LOCKED, and the caller retries.
The WAL is checkpointed every `CHECKPOINT_EVERY` commits and whenever `checkpoint()` is called
(the desk does so on a timer), so the main file never lags far behind what was saved.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NoReturn

from complaint_desk.paths import NotAFolderError, make_private, open_private, private_dir
from complaint_desk.store.errors import StoreError, StoreErrorKind, translate

# Waiting for a lock while the file is being opened (before the window is up).
DEFAULT_TIMEOUT = 2.0
# Waiting for a lock once open: the GUI thread must never stall longer than this.
GUI_BUSY_TIMEOUT = 0.05
# A passive checkpoint after this many commits (besides the desk's timer and closing).
CHECKPOINT_EVERY = 50

COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")

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
        self.commits = 0  # successful outermost commits on this connection
        self._checkpointed_at_commit = 0
        self.last_checkpoint = time.monotonic()
        self.refusal: StoreError | None = None  # set: every write fails with it (damaged file)
        # Run once before the first write (the store's integrity check, still running, settles).
        self.before_first_write: Callable[[], object] | None = None

    @classmethod
    def open(
        cls, path: Path, *, timeout: float, connect: Connector | None, create: bool = True
    ) -> Database:
        """Connect to `path` (made, private, when missing and `create`); writes nothing else."""
        try:
            if create:
                existed = path.exists()
                private_dir(path.parent, tighten=existed)
                if not existed:
                    _create_private(path)
            conn = (connect or default_connect)(path, timeout)
        except NotAFolderError as exc:
            raise StoreError(
                StoreErrorKind.UNAVAILABLE, exc.user_message, path=path, detail=str(exc)
            ) from exc
        except (sqlite3.Error, OSError) as exc:
            _raise_mapped(exc, path)
        db = cls(conn, path)
        try:
            with db.read() as cx:
                cx.execute("PRAGMA foreign_keys = ON")  # a connection setting: not written
        except BaseException:
            db.close()
            raise
        return db

    def journal_mode(self) -> str:
        with self.read() as cx:
            return str(cx.execute("PRAGMA journal_mode").fetchone()[0]).lower()

    def enable_wal(self) -> None:
        """Switch the file to WAL (a write: only once the file is known to be ours)."""
        if self.journal_mode() == "wal":
            return
        try:
            with self.read() as cx:
                cx.execute("PRAGMA journal_mode = WAL").fetchone()
        except StoreError as exc:
            # A read-only file can still be opened and read; writes will say why they fail.
            if exc.kind is not StoreErrorKind.READ_ONLY:
                raise

    def writable(self) -> bool:
        """Whether a write can be made: a write inside a transaction that is rolled back.

        False only for a read-only file (or connection); a busy file counts as writable.
        """
        try:
            with self.read() as cx:
                version = int(cx.execute("PRAGMA user_version").fetchone()[0])
                cx.execute("BEGIN IMMEDIATE")
        except StoreError as exc:
            return exc.kind is not StoreErrorKind.READ_ONLY
        try:
            with self.read() as cx:
                # Rewrites page 1 in the transaction only; the rollback throws it away.
                cx.execute(f"PRAGMA user_version = {version}")
            return True
        except StoreError as exc:
            return exc.kind is not StoreErrorKind.READ_ONLY
        finally:
            self._rollback()

    def quick_check(self) -> list[str]:
        """`PRAGMA quick_check`: [] when the file is sound, else SQLite's findings.

        A file too damaged to check raises StoreError(CORRUPT)."""
        with self.read() as cx:
            # SQLite quotes damaged names in its findings: bytes that may not be UTF-8 must not
            # turn "the file is damaged" into a crash while reading that very message.
            previous = cx.text_factory
            cx.text_factory = lambda raw: raw.decode("utf-8", "replace")
            try:
                rows = [str(r[0]) for r in cx.execute("PRAGMA quick_check")]
            finally:
                cx.text_factory = previous
        return [] if rows == ["ok"] else rows

    def set_busy_timeout(self, seconds: float) -> None:
        with self.read() as cx:
            cx.execute(f"PRAGMA busy_timeout = {max(0, int(seconds * 1000))}")

    def make_private(self) -> None:
        """Take group/other access away from the file and its companions (best effort)."""
        for p in (
            self.path,
            *(self.path.with_name(self.path.name + s) for s in COMPANION_SUFFIXES),
        ):
            if p.exists():
                make_private(p)

    def checkpoint(self) -> bool:
        """Copy committed WAL content into the main file without waiting on anyone (PASSIVE).

        Nothing to do when nothing was committed since the last one. Never raises for the
        environment (a later checkpoint catches up); True when every WAL frame was copied.
        """
        if self._closed or self._depth or self._in_snapshot:
            return False
        if self.commits == self._checkpointed_at_commit:
            return True
        try:
            with self.read() as cx:
                row = cx.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        except StoreError:
            return False
        self.last_checkpoint = time.monotonic()
        busy, frames, copied = (int(v) for v in row) if row else (1, -1, -1)
        done = not busy and frames == copied
        if done:
            self._checkpointed_at_commit = self.commits
        return done

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
        if self.before_first_write is not None:
            settle, self.before_first_write = self.before_first_write, None
            settle()
        if self.refusal is not None:
            raise self.refusal
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
            self.commits += 1
        except BaseException as exc:
            self._rollback()
            if isinstance(exc, sqlite3.Error | OSError):
                _raise_mapped(exc, self.path)
            raise
        finally:
            self._depth = 0
            self._bump_touched()
        if self.commits - self._checkpointed_at_commit >= CHECKPOINT_EVERY:
            self.checkpoint()

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


def _create_private(path: Path) -> None:
    """An empty 0600 file for SQLite to fill (an empty file is a valid new database)."""
    try:
        with open_private(path, "xb"):
            pass
    except FileExistsError:
        pass  # made meanwhile: SQLite opens it as it is


def _raise_mapped(exc: BaseException, path: Path) -> NoReturn:
    """Raise the StoreError for an environment failure, or `exc` itself for a bug."""
    mapped = translate(exc, path)
    if mapped is None:
        raise exc
    raise mapped from exc
