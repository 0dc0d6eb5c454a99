"""Whole-file copies of the database through SQLite's online backup API (safe while it is open).

Copies are private (0600, whatever the umask); `newest_backup` finds the newest usable one next to
a data file, for the message shown when that file is damaged.
"""

from __future__ import annotations

import os
import re
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from complaint_desk.paths import open_private, private_dir
from complaint_desk.store.errors import StoreError, StoreErrorKind, translate

AUTO_FOLDER = "backups"  # app.data_safety.BACKUPS_FOLDER names the same folder
AUTO_PATTERN = "complaint-desk-daily-{}.sqlite3"
MANUAL_PATTERN = "complaint-desk-backup-{}.sqlite3"  # the name File ▸ Back up offers
FILE_FILTER = "Backups (*.sqlite3 *.sqlite *.db);;All files (*)"  # for a file chooser
_STAMP = re.compile(r"(\d{8}T\d{6}Z)")
_SQLITE_HEADER = b"SQLite format 3\x00"


def timestamp(now: datetime | None = None) -> str:
    """A file-name-safe UTC stamp, e.g. 20260509T073500Z."""
    return (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def unique_path(path: Path) -> Path:
    """`path`, or `path` with -2, -3... before its suffix when that name is taken."""
    if not path.exists():
        return path
    n = 2
    while True:
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
        if not candidate.exists():
            return candidate
        n += 1


def migration_backup_path(db_path: Path, old_version: int, now: datetime | None = None) -> Path:
    """`<db>.backup-v<old>-<timestamp>.sqlite`, next to the database."""
    name = f"{db_path.name}.backup-v{old_version}-{timestamp(now)}.sqlite"
    return unique_path(db_path.with_name(name))


def copy_database(conn: Any, dest: Path, *, source_path: Path | None = None) -> Path:
    """Copy the open database `conn` to `dest` (a single self-contained file), atomically.

    Writes to `<dest>.partial` first and renames it into place only once complete, so a full disk
    or a crash never leaves a truncated backup under the real name.
    """
    partial = dest.with_name(dest.name + ".partial")
    try:
        if not dest.parent.is_dir():
            private_dir(dest.parent)
        with open_private(partial, "wb"):
            pass  # an empty 0600 file: SQLite keeps its mode (and gives it to its journal)
        target = sqlite3.connect(partial, isolation_level=None)
        try:
            conn.backup(target)
            # The copy inherits WAL mode from the source; a backup should be one plain file.
            target.execute("PRAGMA journal_mode = DELETE").fetchone()
        finally:
            target.close()
        os.replace(partial, dest)
    except (sqlite3.Error, OSError) as exc:
        _discard(partial)
        mapped = translate(exc, source_path)
        if mapped is None:
            raise
        raise mapped from exc
    except BaseException:
        _discard(partial)
        raise
    return dest


def _discard(path: Path) -> None:
    for p in (path, path.with_name(path.name + "-journal")):
        try:
            p.unlink(missing_ok=True)
        except OSError:
            pass


def backup_candidates(db_path: Path) -> list[Path]:
    """Files next to `db_path` that look like its backups: the copies made before a schema
    upgrade (`<db>.backup-v<n>-<stamp>.sqlite`) and the File ▸ Back up copies saved there."""
    folder = db_path.parent
    try:
        names = [
            *folder.glob(f"{glob_escape(db_path.name)}.backup-*.sqlite"),
            *folder.glob("complaint-desk-*.sqlite3"),
        ]
    except OSError:
        return []
    return [p for p in names if p != db_path and p.is_file()]


def glob_escape(text: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", text)


def backup_time(path: Path) -> datetime:
    """When a backup was made: the stamp in its name, else its modification time."""
    match = _STAMP.search(path.name)
    if match:
        try:
            return datetime.strptime(match.group(1), "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
        except ValueError:
            pass
    return datetime.fromtimestamp(path.stat().st_mtime, UTC)


def is_usable_backup(path: Path) -> bool:
    """A real backup: an SQLite file that opens read-only, passes quick_check and has a schema."""
    try:
        with open(path, "rb") as fh:
            if fh.read(len(_SQLITE_HEADER)) != _SQLITE_HEADER:
                return False
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            if conn.execute("PRAGMA user_version").fetchone()[0] < 1:
                return False
            return [r[0] for r in conn.execute("PRAGMA quick_check")] == ["ok"]
        finally:
            conn.close()
    except (sqlite3.Error, OSError, ValueError):
        return False


def newest_backup(db_path: Path) -> tuple[Path, datetime] | None:
    """The newest usable backup next to `db_path` and when it was made, or None."""
    dated: list[tuple[datetime, Path]] = []
    for candidate in backup_candidates(db_path):
        try:
            dated.append((backup_time(candidate), candidate))
        except OSError:
            continue
    for when, candidate in sorted(dated, reverse=True):
        if is_usable_backup(candidate):
            return candidate, when
    return None


def damaged_file_error(path: Path, detail: str, *, foreign: bool = False) -> StoreError:
    """CORRUPT, naming the newest real backup next to `path` (with its date) only if one exists."""
    what = "is not a Complaint Desk file" if foreign else "is damaged"
    found = newest_backup(path)
    if found is None:
        advice = (
            "There is no backup of it in that folder. Choose another folder with --data-dir "
            "to start afresh, and keep the damaged file for a repair tool."
        )
    else:
        backup, when = found
        advice = (
            f"The newest backup is {backup.name}, made {when.day} {when:%B %Y at %H:%M} UTC. "
            f"To use it, close Complaint Desk, move {path.name} aside, and copy the backup "
            f"in its place under the name {path.name}; or choose another folder with --data-dir."
        )
    message = (
        f"Your data file {path} {what}, so Complaint Desk won't use it. "
        f"Nothing was changed: it is kept exactly as it is. {advice}"
    )
    return StoreError(StoreErrorKind.CORRUPT, message, path=path, detail=detail)


def daily_backup(conn: sqlite3.Connection, db_path: Path, now: datetime, keep: int) -> Path | None:
    """Make today's automatic copy if there is none yet, and keep only the newest `keep`."""
    folder = db_path.parent / AUTO_FOLDER
    private_dir(folder)
    today = now.astimezone(UTC).strftime("%Y%m%d")
    existing = sorted(folder.glob(AUTO_PATTERN.format("*")))
    made = None
    if not any(p.name.startswith(f"complaint-desk-daily-{today}") for p in existing):
        made = copy_database(
            conn, folder / AUTO_PATTERN.format(timestamp(now)), source_path=db_path
        )
        existing = sorted(folder.glob(AUTO_PATTERN.format("*")))
    for old in existing[: max(0, len(existing) - keep)]:
        try:
            old.unlink()
        except OSError:
            pass
    return made
