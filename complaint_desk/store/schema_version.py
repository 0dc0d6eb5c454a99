"""The schema version this code writes, and the version a data file is at.

Enough to open an up-to-date file (every start-up but the first after an upgrade) without loading
the migrations, whose schema text is most of their import time. `refuse_unusable` turns away a
file this code must not touch (too new, or someone else's SQLite file) using reads only.
"""

from __future__ import annotations

from complaint_desk.store.backup import damaged_file_error
from complaint_desk.store.connection import Database
from complaint_desk.store.errors import (
    MESSAGES,
    StoreError,
    StoreErrorKind,
)

# `migrations.MIGRATIONS[-1].version`; a test keeps the two the same.
LATEST_VERSION = 9


def user_version(db: Database) -> int:
    with db.read() as cx:
        return int(cx.execute("PRAGMA user_version").fetchone()[0])


def has_objects(db: Database) -> bool:
    with db.read() as cx:
        return cx.execute("SELECT EXISTS (SELECT 1 FROM sqlite_schema)").fetchone()[0] == 1


def refuse_unusable(db: Database, current: int, latest: int) -> None:
    """Raise StoreError when the file at `current` must not be opened by code at `latest`:
    TOO_NEW for a newer file, CORRUPT for an SQLite file with tables but no version of ours."""
    if current > latest:
        raise StoreError(
            StoreErrorKind.TOO_NEW,
            f"{MESSAGES[StoreErrorKind.TOO_NEW]} (The file is at schema version {current}; "
            f"this version of Complaint Desk understands up to {latest}.)",
            path=db.path,
            detail=f"user_version {current} > {latest}",
        )
    if current == 0 and has_objects(db):
        raise damaged_file_error(
            db.path,
            "an SQLite file with tables but no Complaint Desk schema version",
            foreign=True,
        )
