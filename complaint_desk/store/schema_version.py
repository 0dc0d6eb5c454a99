"""The schema version this code writes, and the version a data file is at.

Enough to open an up-to-date file (every start-up but the first after an upgrade) without loading
the migrations, whose schema text is most of their import time.
"""

from __future__ import annotations

from complaint_desk.store.connection import Database

# `migrations.MIGRATIONS[-1].version`; a test keeps the two the same.
LATEST_VERSION = 2


def user_version(db: Database) -> int:
    with db.read() as cx:
        return int(cx.execute("PRAGMA user_version").fetchone()[0])
