"""Backups a person can see and bring back: what a backup holds, daily copies, and restoring.

- `describe(path)` reads a backup (or a JSON export) without changing it: when it was made, its
  schema version and how many vendors, cases, contacts, responses and drafts it holds; a file
  that is not a usable backup raises `StoreError` with the reason, and nothing is changed.
- automatic daily copies (`store.backup.daily_backup`) live in the data folder's `backups/`.
- Restoring replaces the whole data file, which the running app holds open, so it is staged:
  `stage(db_path, source)` checks the source and writes `restore-pending.json`; the next open
  (`apply_pending(db_path)`, before the database is opened) first keeps the current file as a
  backup, then puts the source in its place (a SQLite backup copied in with SQLite's backup API,
  an export loaded into a fresh file), and removes the marker. A restore that fails leaves the
  current file as it was and says why.
"""

from __future__ import annotations

import json
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from complaint_desk.paths import RESTORE_MARKER, write_private
from complaint_desk.store.backup import (
    AUTO_FOLDER as AUTO_FOLDER,
)
from complaint_desk.store.backup import (
    AUTO_PATTERN as AUTO_PATTERN,
)
from complaint_desk.store.backup import (
    backup_time,
    copy_database,
    timestamp,
    unique_path,
)
from complaint_desk.store.errors import StoreError, StoreErrorKind

MARKER = RESTORE_MARKER
_COUNTED = ("vendors", "cases", "contacts", "responses", "drafts")
_SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    kind: str  # "sqlite" (a backup) or "json" (a full-data export)
    made_at: datetime
    schema_version: int
    counts: dict[str, int]

    def summary(self) -> str:
        """'3 vendors, 5 cases, 12 contacts, 4 responses and 7 drafts'."""
        parts = [f"{n:,} {name if n != 1 else name[:-1]}" for name, n in self.counts.items()]
        return ", ".join(parts[:-1]) + f" and {parts[-1]}" if len(parts) > 1 else "".join(parts)


def _refuse(path: Path, why: str) -> StoreError:
    return StoreError(
        StoreErrorKind.CORRUPT,
        f"{path.name} can't be restored: {why} Nothing was changed.",
        path=path,
        detail=why,
    )


def describe(path: Path, *, latest_version: int) -> BackupInfo:
    """What a backup or export holds, read without changing it; StoreError when unusable."""
    path = Path(path)
    try:
        with open(path, "rb") as fh:
            head = fh.read(len(_SQLITE_HEADER))
    except OSError as exc:
        raise _refuse(path, f"it could not be read ({exc.strerror or exc}).") from exc
    if head == _SQLITE_HEADER:
        return _describe_sqlite(path, latest_version)
    return _describe_json(path, latest_version)


def _describe_sqlite(path: Path, latest_version: int) -> BackupInfo:
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise _refuse(path, "it is not a readable database.") from exc
    try:
        if [r[0] for r in conn.execute("PRAGMA quick_check")] != ["ok"]:
            raise _refuse(path, "the file is damaged.")
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if version < 1:
            raise _refuse(path, "it is not a Complaint Desk file.")
        if version > latest_version:
            raise _refuse(path, "it was made by a newer version of Complaint Desk.")
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_schema WHERE type='table'")}
        if not set(_COUNTED) <= tables:
            raise _refuse(path, "it is not a Complaint Desk file.")
        counts = {t: int(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in _COUNTED}
    except sqlite3.Error as exc:
        raise _refuse(path, "the file is damaged.") from exc
    finally:
        conn.close()
    return BackupInfo(path, "sqlite", backup_time(path), version, counts)


def _describe_json(path: Path, latest_version: int) -> BackupInfo:
    from complaint_desk.store.exporter import FORMAT_NAME

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise _refuse(path, "it is neither a backup nor a Complaint Desk export.") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise _refuse(path, "it is neither a backup nor a Complaint Desk export.")
    version = data.get("schema_version", 0)
    if not isinstance(version, int) or version > latest_version:
        raise _refuse(path, "it was made by a newer version of Complaint Desk.")
    counts = {t: len(data.get(t) or []) for t in _COUNTED}
    made = data.get("exported_at")
    try:
        made_at = datetime.fromisoformat(made) if isinstance(made, str) else backup_time(path)
    except ValueError:
        made_at = backup_time(path)
    return BackupInfo(path, "json", made_at, version, counts)


def stage(db_path: Path, source: Path, *, latest_version: int) -> BackupInfo:
    """Check `source` and mark it to replace the data file at the next open."""
    info = describe(source, latest_version=latest_version)
    payload = json.dumps({"source": str(Path(source).resolve()), "kind": info.kind})
    write_private(db_path.parent / MARKER, payload)
    return info


def pending(db_path: Path) -> Path | None:
    """The source a restore is waiting to bring in, if one is staged."""
    marker = db_path.parent / MARKER
    try:
        data = json.loads(marker.read_text(encoding="utf-8"))
        return Path(data["source"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def cancel(db_path: Path) -> None:
    try:
        (db_path.parent / MARKER).unlink(missing_ok=True)
    except OSError:
        pass


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    kept_as: Path | None  # the data file as it was before, kept as a backup


def apply_pending(db_path: Path, *, latest_version: int) -> RestoreResult | None:
    """Carry out a staged restore before the data file is opened (None when none is staged).

    Raises StoreError (the current file untouched, the marker removed) when the source is no
    longer usable."""
    source = pending(db_path)
    if source is None:
        return None
    try:
        info = describe(source, latest_version=latest_version)
    except StoreError:
        cancel(db_path)
        raise
    kept = None
    if db_path.exists():
        current = sqlite3.connect(db_path, isolation_level=None)
        try:
            kept = copy_database(
                current,
                unique_path(
                    db_path.with_name(f"{db_path.name}.before-restore-{timestamp()}.sqlite")
                ),
                source_path=db_path,
            )
        finally:
            current.close()
    fresh = db_path.with_name(db_path.name + ".restoring")
    _remove_database(fresh)
    try:
        if info.kind == "sqlite":
            src = sqlite3.connect(f"{Path(source).resolve().as_uri()}?mode=ro", uri=True)
            try:
                copy_database(src, fresh, source_path=source)
            finally:
                src.close()
        else:
            _load_export(source, fresh)
        _remove_database(db_path, keep_main=True)
        os.replace(fresh, db_path)
    except BaseException:
        _remove_database(fresh)
        cancel(db_path)
        raise
    cancel(db_path)
    return RestoreResult(Path(source), kept)


def _load_export(source: Path, dest: Path) -> None:
    from complaint_desk.store.importer import import_json
    from complaint_desk.store.store import open_store

    store = open_store(dest)
    try:
        import_json(source, store)
        store.checkpoint()
    finally:
        store.close()
    # A plain single file, like a backup: the WAL is folded in and switched off.
    conn = sqlite3.connect(dest, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = DELETE").fetchone()
    finally:
        conn.close()


def _remove_database(path: Path, *, keep_main: bool = False) -> None:
    """Remove a database's -wal/-shm/-journal (and the file itself unless `keep_main`)."""
    names = [path.name + s for s in ("-wal", "-shm", "-journal")]
    if not keep_main:
        names.append(path.name)
    for name in names:
        try:
            (path.parent / name).unlink(missing_ok=True)
        except OSError:
            pass
