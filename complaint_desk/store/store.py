"""The store facade: `open_store(path)` gives one object with a repository per record type.

store = open_store(path)          # creates the folder, opens, migrates; raises StoreError
store.vendors / cases / contacts / responses / drafts / meta
store.backup_to(dest); store.export_json(dest); import_json(src, store)
store.close()

reader = open_reader(path)        # a second, read-only connection (e.g. for a worker thread)
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from complaint_desk.store.cases_repo import CasesRepo
from complaint_desk.store.connection import DEFAULT_TIMEOUT, Connector, Database
from complaint_desk.store.drafts_repo import DraftsRepo, DraftSummary
from complaint_desk.store.errors import MESSAGES, StoreError, StoreErrorKind
from complaint_desk.store.meta_repo import MetaRepo
from complaint_desk.store.schema_version import LATEST_VERSION, user_version
from complaint_desk.store.timeline_repo import ContactsRepo, ResponsesRepo
from complaint_desk.store.vendors_repo import VendorsRepo

if TYPE_CHECKING:
    from complaint_desk.store.migrations import Migration

__all__ = [
    "LATEST_VERSION",
    "DraftSummary",
    "Store",
    "StoreError",
    "StoreErrorKind",
    "import_json",
    "open_reader",
    "open_store",
]


class Store:
    """An open data file. Use from one thread (the GUI thread); close it when done."""

    def __init__(self, db: Database, schema_version: int, *, read_only: bool = False) -> None:
        self._db = db
        self._schema_version = schema_version
        self._read_only = read_only
        self.vendors = VendorsRepo(db)
        self.cases = CasesRepo(db)
        self.contacts = ContactsRepo(db)
        self.responses = ResponsesRepo(db)
        self.drafts = DraftsRepo(db)
        self.meta = MetaRepo(db)

    @property
    def path(self) -> Path:
        return self._db.path

    @property
    def schema_version(self) -> int:
        return self._schema_version

    def generation(self, table: str) -> tuple[int, int, int]:
        """A stamp of the changes to `table` so far (equal stamps: unchanged), for caches above."""
        return self._db.generation(table)

    @property
    def read_only(self) -> bool:
        return self._read_only

    @property
    def closed(self) -> bool:
        return self._db.closed

    def close(self) -> None:
        """Close the file (idempotent). Pending WAL content is checkpointed by SQLite."""
        if self._db.closed:
            return
        if self._read_only:  # PRAGMA optimize may want to write: nothing to tidy up here
            self._db.close()
            return
        try:
            with self._db.read() as cx:
                cx.execute("PRAGMA optimize")
        except StoreError:
            pass  # best effort: closing must still happen
        finally:
            self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Group several repository writes into one transaction (all or nothing)."""
        with self._db.write():
            yield

    def backup_to(self, dest: Path) -> Path:
        """A consistent single-file copy of the database at `dest` (a file, or a folder to put
        `complaint-desk-<timestamp>.sqlite3` in); the path written."""
        from complaint_desk.store.backup import copy_database  # backups: rare, load on use

        dest = self._destination(Path(dest), "complaint-desk-{}.sqlite3")
        return copy_database(self._db.conn, dest, source_path=self.path)

    def export_json(self, dest: Path) -> Path:
        """Everything in a versioned JSON file at `dest` (a file, or a folder to put
        `complaint-desk-export-<timestamp>.json` in); the path written."""
        from complaint_desk.store.exporter import export_json  # JSON export: rare, load on use

        dest = self._destination(Path(dest), "complaint-desk-export-{}.json")
        return export_json(self._db, dest, self._schema_version)

    def _destination(self, dest: Path, pattern: str) -> Path:
        if dest.is_dir():
            from complaint_desk.store.backup import timestamp, unique_path

            dest = unique_path(dest / pattern.format(timestamp()))
        live = self.path.resolve()
        companions = {live, *(live.with_name(live.name + s) for s in ("-wal", "-shm", "-journal"))}
        if dest.resolve() in companions:
            raise ValueError(f"refusing to write over the live database: {dest}")
        return dest

    @property
    def database(self) -> Database:
        """The underlying connection wrapper (for the store's own modules and tests)."""
        return self._db


def import_json(src: Path, store: Store) -> dict[str, int]:
    """Load an export into an empty store (see store.importer); loaded on use, not at start-up."""
    from complaint_desk.store import importer

    return importer.import_json(src, store)


def open_store(
    path: Path,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    connect: Connector | None = None,
    migrations: Sequence[Migration] | None = None,
) -> Store:
    """Open (creating if needed) and migrate the database at `path`.

    Raises StoreError for environment problems (locked, read-only, full, corrupt, too new,
    unavailable); nothing is left open when it does. `connect(path, timeout)` replaces
    sqlite3.connect (tests inject failing connections); `migrations` replaces the app's own.
    """
    db = Database.open(Path(path), timeout=timeout, connect=connect)
    try:
        if migrations is None and user_version(db) == LATEST_VERSION:
            version = LATEST_VERSION  # up to date: the migrations need not even be loaded
        else:
            from complaint_desk.store.migrations import MIGRATIONS, migrate

            version = migrate(db, MIGRATIONS if migrations is None else migrations)
    except BaseException:
        db.close()
        raise
    return Store(db, version)


def open_reader(path: Path, *, timeout: float = DEFAULT_TIMEOUT) -> Store:
    """A read-only connection to an existing database at the latest schema version.

    For work off the GUI thread: each thread opens its own (`with open_reader(store.path) as s:`)
    and closes it there. Never creates, migrates or writes (SQLite refuses writes on it).
    Raises StoreError when the file is missing, unreadable, or at another schema version.
    """
    path = Path(path)

    def connect(p: Path, t: float) -> sqlite3.Connection:
        uri = f"{p.resolve().as_uri()}?mode=ro"
        return sqlite3.connect(uri, uri=True, timeout=t, isolation_level=None)

    db = Database.open(path, timeout=timeout, connect=connect)
    try:
        version = user_version(db)
        if version != LATEST_VERSION:
            kind = (
                StoreErrorKind.TOO_NEW if version > LATEST_VERSION else StoreErrorKind.UNAVAILABLE
            )
            raise StoreError(
                kind,
                MESSAGES[kind],
                path=path,
                detail=f"user_version {version}, expected {LATEST_VERSION}",
            )
    except BaseException:
        db.close()
        raise
    return Store(db, version, read_only=True)
