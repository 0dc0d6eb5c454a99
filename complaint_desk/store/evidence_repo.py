"""Evidence kept with a case: each file's record, and its bytes stored once per content.

The bytes live in the data file itself (`evidence_files`, keyed by SHA-256), so a backup, a
restore and an export carry them with the records, byte for byte, with no second place to keep in
step. A file attached twice (to two contacts, or after being deleted and added again) is stored
once. Removing a record leaves the bytes until `prune()` (run when the session ends), so Undo can
put the record back.
"""

from __future__ import annotations

import builtins
from typing import Any

from complaint_desk.core.models import Evidence
from complaint_desk.store.codec import clean_text, from_micros, to_micros
from complaint_desk.store.common import record_builder
from complaint_desk.store.connection import Database

_COLUMNS = "id, case_id, name, mime, size, sha256, added_at, file_date, contact_id, response_id"
_new = record_builder(Evidence)


def _evidence(row: Any) -> Evidence:
    return _new(
        row[0],
        row[1],
        row[2],
        row[3],
        row[4],
        row[5],
        from_micros(row[6]),
        None if row[7] is None else from_micros(row[7]),
        row[8],
        row[9],
    )


class EvidenceRepo:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, e: Evidence, data: bytes) -> Evidence:
        """Keep the file's record and, unless the same content is kept already, its bytes."""
        params = (
            e.case_id,
            clean_text(e.name),
            e.mime,
            len(data),
            e.sha256,
            to_micros(e.added_at),
            None if e.file_date is None else to_micros(e.file_date),
            e.contact_id,
            e.response_id,
        )
        with self._db.write("evidence", "evidence_files") as cx:
            cx.execute(
                "INSERT OR IGNORE INTO evidence_files (sha256, size, data) VALUES (?, ?, ?)",
                (e.sha256, len(data), data),
            )
            cur = cx.execute(
                "INSERT INTO evidence (case_id, name, mime, size, sha256, added_at, file_date,"
                " contact_id, response_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                params,
            )
            new_id = cur.lastrowid
        return _evidence((new_id, *params))

    def get(self, evidence_id: int) -> Evidence | None:
        with self._db.read() as cx:
            row = cx.execute(
                f"SELECT {_COLUMNS} FROM evidence WHERE id = ?", (evidence_id,)
            ).fetchone()
        return None if row is None else _evidence(row)

    def list(self, case_id: int | None = None) -> builtins.list[Evidence]:
        """A case's files (or every file), in the order they were added."""
        with self._db.read() as cx:
            if case_id is None:
                rows = cx.execute(f"SELECT {_COLUMNS} FROM evidence ORDER BY added_at, id")
            else:
                rows = cx.execute(
                    f"SELECT {_COLUMNS} FROM evidence WHERE case_id = ? ORDER BY added_at, id",
                    (case_id,),
                )
            return [_evidence(r) for r in rows]

    def data(self, sha256: str) -> bytes | None:
        """The stored bytes of this content (None: not stored, which a check reports)."""
        with self._db.read() as cx:
            row = cx.execute(
                "SELECT data FROM evidence_files WHERE sha256 = ?", (sha256,)
            ).fetchone()
        return None if row is None else bytes(row[0])

    def has_content(self, sha256: str) -> bool:
        with self._db.read() as cx:
            row = cx.execute("SELECT 1 FROM evidence_files WHERE sha256 = ?", (sha256,)).fetchone()
        return row is not None

    def stored_bytes(self) -> int:
        """What all kept files take (each content once)."""
        with self._db.read() as cx:
            row = cx.execute("SELECT coalesce(sum(size), 0) FROM evidence_files").fetchone()
        return int(row[0])

    def prune(self) -> int:
        """Drop bytes no record uses any more; how many contents went."""
        with self._db.write("evidence_files") as cx:
            cur = cx.execute(
                "DELETE FROM evidence_files WHERE sha256 NOT IN (SELECT sha256 FROM evidence)"
            )
            return cur.rowcount
