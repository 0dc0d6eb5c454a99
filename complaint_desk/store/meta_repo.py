"""A small key/value table for app state that must survive restarts (clock high-water, settings)."""

from __future__ import annotations

from complaint_desk.store.codec import clean_text
from complaint_desk.store.connection import Database


class MetaRepo:
    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, key: str, default: str | None = None) -> str | None:
        with self._db.read() as cx:
            row = cx.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return default if row is None else row[0]

    def set(self, key: str, value: str) -> None:
        if not isinstance(key, str) or not isinstance(value, str):
            raise TypeError("meta keys and values are strings")
        with self._db.write("meta") as cx:
            cx.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, clean_text(value)),
            )

    def delete(self, key: str) -> None:
        with self._db.write("meta") as cx:
            cx.execute("DELETE FROM meta WHERE key = ?", (key,))

    def items(self) -> dict[str, str]:
        with self._db.read() as cx:
            return dict(cx.execute("SELECT key, value FROM meta ORDER BY key"))
