"""Whole-file copies of the database through SQLite's online backup API (safe while it is open)."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from complaint_desk.store.errors import translate


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
    dest.parent.mkdir(parents=True, exist_ok=True)
    partial = dest.with_name(dest.name + ".partial")
    try:
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
