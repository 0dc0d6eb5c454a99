"""The store facade: `open_store(path)` gives one object with a repository per record type.

store = open_store(path)          # creates the folder, opens, migrates; raises StoreError
store.vendors / cases / contacts / responses / drafts / meta
store.backup_to(dest); store.export_json(dest)
importer.import_json(src, store)   # store.importer: load an export into an empty store
store.checkpoint()                # WAL into the main file (the desk calls it on a timer)
store.warning                     # e.g. the file is read-only: show it for the whole session
store.close()

Opening reads before it writes: a file that is too new, someone else's, or damaged
(`PRAGMA quick_check`) is refused untouched, byte for byte. Only then is it switched to WAL,
made private (0600) and migrated. Once open, a write that meets another program's lock fails
within `GUI_BUSY_TIMEOUT` as LOCKED instead of stalling the GUI thread.

reader = open_reader(path)        # a second, read-only connection (e.g. for a worker thread)
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from complaint_desk.lazy import lazy
from complaint_desk.store.backup import damaged_file_error
from complaint_desk.store.connection import (
    DEFAULT_TIMEOUT,
    GUI_BUSY_TIMEOUT,
    Connector,
    Database,
)
from complaint_desk.store.drafts_repo import DraftsRepo, DraftSummary
from complaint_desk.store.errors import (
    MESSAGES,
    StoreError,
    StoreErrorKind,
    at_open,
    read_only_file_warning,
)
from complaint_desk.store.integrity import AlongsideCheck
from complaint_desk.store.meta_repo import MetaRepo
from complaint_desk.store.schema_version import LATEST_VERSION, refuse_unusable, user_version

if TYPE_CHECKING:
    from complaint_desk.store import (
        cases_repo,
        evidence_repo,
        mail_repo,
        timeline_repo,
        vendors_repo,
    )
    from complaint_desk.store.cases_repo import CasesRepo
    from complaint_desk.store.evidence_repo import EvidenceRepo
    from complaint_desk.store.mail_repo import MailRepo
    from complaint_desk.store.migrations import Migration
    from complaint_desk.store.timeline_repo import ContactsRepo, ResponsesRepo
    from complaint_desk.store.trash import Deleted
    from complaint_desk.store.vendors_repo import VendorsRepo
else:
    # The case records' repositories (and their record types) load when first used: the first
    # frame shows the drafts list alone, and each module costs start-up time to import. The
    # mail repository brings the mail-file readers with it.
    cases_repo = lazy("complaint_desk.store.cases_repo")
    evidence_repo = lazy("complaint_desk.store.evidence_repo")
    mail_repo = lazy("complaint_desk.store.mail_repo")
    timeline_repo = lazy("complaint_desk.store.timeline_repo")
    vendors_repo = lazy("complaint_desk.store.vendors_repo")

__all__ = [
    "LATEST_VERSION",
    "DraftSummary",
    "Store",
    "StoreError",
    "StoreErrorKind",
    "open_reader",
    "open_store",
]

# Files up to this size are checked (`PRAGMA quick_check`) while opening (about 2 ms per MB:
# 6 ms with 1,000 drafts); a bigger one opens unchecked, and the desk checks it on a worker
# thread once the window is up (`Desk.check_integrity`), so start-up stays within its budget.
QUICK_CHECK_MAX_BYTES = 16 * 1024 * 1024


class Store:
    """An open data file. Use from one thread (the GUI thread); close it when done."""

    def __init__(
        self,
        db: Database,
        schema_version: int,
        *,
        read_only: bool = False,
        warning: str | None = None,
        integrity_checked: bool = True,
    ) -> None:
        self._db = db
        self._schema_version = schema_version
        self._read_only = read_only
        # Something the user must know for the whole session (e.g. a read-only data file).
        self.warning = warning
        self.integrity_checked = integrity_checked
        self.drafts = DraftsRepo(db)
        self.meta = MetaRepo(db)

    @cached_property
    def vendors(self) -> VendorsRepo:
        return vendors_repo.VendorsRepo(self._db)

    @cached_property
    def cases(self) -> CasesRepo:
        return cases_repo.CasesRepo(self._db)

    @cached_property
    def contacts(self) -> ContactsRepo:
        return timeline_repo.ContactsRepo(self._db)

    @cached_property
    def responses(self) -> ResponsesRepo:
        return timeline_repo.ResponsesRepo(self._db)

    @cached_property
    def evidence(self) -> EvidenceRepo:
        """Files kept with cases, and their bytes."""
        return evidence_repo.EvidenceRepo(self._db)

    @cached_property
    def mail(self) -> MailRepo:
        """Imported e-mail's Message-IDs and vendors' address patterns."""
        return mail_repo.MailRepo(self._db)

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

    @property
    def commits(self) -> int:
        """Writes committed through this store so far."""
        return self._db.commits

    def checkpoint(self) -> bool:
        """Copy what was committed into the main file now (passive: never waits on a lock), so
        losing the -wal file after a crash loses at most what was saved since. Never raises for
        the environment; True when nothing is left to copy."""
        if self._read_only or self._db.closed:
            return False
        return self._db.checkpoint()

    def refuse_writes(self, error: StoreError) -> None:
        """From now on every write fails with `error` (e.g. the file turned out to be damaged)."""
        self._db.refusal = error

    _alongside: AlongsideCheck | None = None

    def _check_alongside(self) -> None:
        """Start the file's quick_check on its own thread (`store.integrity`); the first write
        waits for it."""
        self._alongside = AlongsideCheck(self.path, open_reader)
        self._db.before_first_write = self.integrity_findings

    def integrity_findings(self) -> list[str] | None:
        """What the check run alongside the start-up found ([]: sound), waiting for it if it
        is still running; a damaged file then refuses every write. None: no such check (the
        file was checked at open, or is to be checked by the caller)."""
        check = self._alongside
        if check is None:
            return None
        self._db.before_first_write = None
        findings = check.findings()
        if findings and self._db.refusal is None:
            self.refuse_writes(damaged_file_error(self.path, "; ".join(findings[:3])))
        return findings

    def close(self) -> None:
        """Close the file (idempotent), checkpointing what was saved into the main file."""
        if self._db.closed:
            return
        self.integrity_findings()  # a damaged file is neither checkpointed nor optimised
        if self._read_only or self._db.refusal is not None:
            self._db.close()  # PRAGMA optimize may want to write: nothing to tidy up here
            return
        self._db.checkpoint()
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

    def daily_backup(self, now: datetime, keep: int) -> Path | None:
        """Today's automatic copy in the data folder's backups/ (None if there is one already);
        only the newest `keep` are kept."""
        from complaint_desk.store.backup import daily_backup  # after start-up, on use

        return daily_backup(self._db.conn, self.path, now, keep)

    def delete_for_undo(self, table: str, record_id: int) -> Deleted | None:
        """Delete a vendor, case, contact, response or draft and all that goes with it, keeping
        what is needed to put it back exactly (`put_back`); None if there is no such record."""
        from complaint_desk.store.trash import take  # deletions: rare, load on use

        return take(self._db, table, record_id)

    def what_goes_with(self, table: str, record_id: int) -> Deleted | None:
        """What `delete_for_undo` would remove, without removing anything."""
        from complaint_desk.store.trash import take

        return take(self._db, table, record_id, dry_run=True)

    def put_back(self, deleted: Deleted) -> None:
        """Undo `delete_for_undo`: every row back with its ids, every cut link restored."""
        from complaint_desk.store.trash import put_back

        put_back(self._db, deleted)

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


def open_store(
    path: Path,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    connect: Connector | None = None,
    migrations: Sequence[Migration] | None = None,
    busy_timeout: float = GUI_BUSY_TIMEOUT,
    check_integrity: bool | None = None,
    check_alongside: bool = False,
) -> Store:
    """Open (creating if needed) and migrate the database at `path`.

    Raises StoreError for environment problems (locked, read-only folder, full, corrupt, too new,
    unavailable), worded for start-up; nothing is left open, and a refused file is not written.
    A read-only data file opens (for reading) with `store.warning` saying so. `timeout` is the
    lock wait while opening, `busy_timeout` the one afterwards. `check_integrity`: run
    `PRAGMA quick_check` first (None: when the file is at most QUICK_CHECK_MAX_BYTES);
    `check_alongside`: run that check on a thread while the caller goes on, when opening writes
    nothing (`store.integrity`; `store.integrity_findings()` gives its answer).
    `connect(path, timeout)` replaces sqlite3.connect (tests inject failing connections);
    `migrations` replaces the app's own.
    """
    path = Path(path)
    try:
        return _open_store(
            path, timeout, connect, migrations, busy_timeout, check_integrity, check_alongside
        )
    except StoreError as exc:
        if exc.kind is StoreErrorKind.CORRUPT and exc.user_message == MESSAGES[exc.kind]:
            raise damaged_file_error(path, exc.detail) from exc.__cause__
        raise at_open(exc) from exc.__cause__


def _open_store(
    path: Path,
    timeout: float,
    connect: Connector | None,
    migrations: Sequence[Migration] | None,
    busy_timeout: float,
    check_integrity: bool | None,
    check_alongside: bool,
) -> Store:
    db = Database.open(path, timeout=timeout, connect=connect)
    try:
        # Reads only until the file is known to be ours, current or older, and sound.
        version = user_version(db)
        if migrations is None and version > LATEST_VERSION:
            from complaint_desk.store.migrations import MIGRATIONS  # the last word

            latest = MIGRATIONS[-1].version
        elif migrations is None:
            latest = LATEST_VERSION
        else:
            latest = migrations[-1].version if migrations else 0
        refuse_unusable(db, version, latest)
        if check_integrity is None:
            check_integrity = _size(path) <= QUICK_CHECK_MAX_BYTES
        # Checked alongside only a file this opening leaves as it is: current, already WAL.
        alongside = (
            check_integrity
            and check_alongside
            and version == latest
            and migrations is None
            and db.journal_mode() == "wal"
        )
        if check_integrity and not alongside:
            findings = db.quick_check()
            if findings:
                raise damaged_file_error(path, "; ".join(findings[:3]))
        db.make_private()
        writable = db.writable()
        warning = None
        if writable:
            db.enable_wal()
        else:
            warning = read_only_file_warning(path)
        if migrations is None and version == LATEST_VERSION:
            pass  # up to date: the migrations need not even be loaded
        else:
            from complaint_desk.store.migrations import MIGRATIONS, migrate

            version = migrate(db, MIGRATIONS if migrations is None else migrations)
            db.checkpoint()  # the new schema into the main file
        db.make_private()  # the -wal and -shm files WAL mode just made
        db.set_busy_timeout(busy_timeout)
    except BaseException:
        db.close()
        raise
    store = Store(
        db, version, read_only=not writable, warning=warning, integrity_checked=check_integrity
    )
    if alongside:
        store._check_alongside()
    return store


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


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

    db = Database.open(path, timeout=timeout, connect=connect, create=False)
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
