"""Cases: one complaint with one vendor (what happened, the reference, the remedy wanted)."""

from __future__ import annotations

import builtins
from collections.abc import Iterable, Iterator
from typing import Any

from complaint_desk.core.models import Case, CaseStatus
from complaint_desk.store.codec import clean_text, from_micros, to_micros
from complaint_desk.store.common import enum_lookup, next_ids, record_builder, require_id
from complaint_desk.store.connection import Database
from complaint_desk.store.errors import NotFoundError

_COLUMNS = "id, vendor_id, title, opened_at, story, reference, remedy, status"


_new_case = record_builder(Case)
_status = enum_lookup(CaseStatus)


def _row(row: Any) -> Case:
    # Field order of Case: id, vendor_id, title, opened_at, story, reference, remedy, status
    return _new_case(row[0], row[1], row[2], from_micros(row[3]), *row[4:7], _status(row[7]))


def _params(c: Case) -> tuple[Any, ...]:
    return (
        c.vendor_id,
        clean_text(c.title),
        to_micros(c.opened_at),
        clean_text(c.story),
        clean_text(c.reference),
        clean_text(c.remedy),
        CaseStatus(c.status).value,
    )


class CasesRepo:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, c: Case) -> Case:
        """Insert `c` (its id is ignored); the stored case with its id and opened_at in UTC."""
        params = _params(c)
        with self._db.write("cases") as cx:
            cur = cx.execute(
                "INSERT INTO cases (vendor_id, title, opened_at, story, reference, remedy, status)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                params,
            )
            new_id = cur.lastrowid
        return _row((new_id, *params))

    def update(self, c: Case) -> None:
        require_id(c.id, "case")
        params = _params(c)
        with self._db.write("cases") as cx:
            cur = cx.execute(
                "UPDATE cases SET vendor_id = ?, title = ?, opened_at = ?, story = ?,"
                " reference = ?, remedy = ?, status = ? WHERE id = ?",
                (*params, c.id),
            )
            if cur.rowcount == 0:
                raise NotFoundError(f"no case with id {c.id}")

    def get(self, case_id: int) -> Case | None:
        with self._db.read() as cx:
            row = cx.execute(f"SELECT {_COLUMNS} FROM cases WHERE id = ?", (case_id,)).fetchone()
        return None if row is None else _row(row)

    def list(self, vendor_id: int | None = None) -> builtins.list[Case]:
        """Cases (of one vendor, or all), newest opened first."""
        with self._db.read() as cx:
            if vendor_id is None:
                rows = cx.execute(
                    f"SELECT {_COLUMNS} FROM cases ORDER BY opened_at DESC, id DESC"
                ).fetchall()
            else:
                rows = cx.execute(
                    f"SELECT {_COLUMNS} FROM cases WHERE vendor_id = ?"
                    " ORDER BY opened_at DESC, id DESC",
                    (vendor_id,),
                ).fetchall()
        return [_row(r) for r in rows]

    def delete(self, case_id: int) -> None:
        """Remove the case and, by cascade, its contacts, responses, drafts and revisions."""
        with self._db.write() as cx:
            cx.execute("DELETE FROM cases WHERE id = ?", (case_id,))

    def vendor_ids(self) -> dict[int, int]:
        """case id -> its vendor id, for every case (no case objects built)."""
        vendor_of: dict[int, int] = {}
        for rows in self.vendor_id_chunks():
            vendor_of.update(rows)
        return vendor_of

    def vendor_id_chunks(self, size: int = 5_000) -> Iterator[builtins.list[tuple[int, int]]]:
        """(case id, vendor id) for every case, `size` rows at a time, in one read: a reader on
        a worker can pause between chunks (100,000 cases read in one go kept the window's
        thread waiting for the interpreter while it built a view)."""
        with self._db.read() as cx:
            cursor = cx.execute("SELECT id, vendor_id FROM cases")
            while rows := cursor.fetchmany(size):
                yield rows

    def counts_by_vendor(self) -> dict[int, int]:
        """vendor id -> number of cases (vendors without cases are absent)."""
        with self._db.read() as cx:
            rows = cx.execute("SELECT vendor_id, count(*) FROM cases GROUP BY vendor_id").fetchall()
        return dict(rows)

    def add_many(self, cases: Iterable[Case]) -> builtins.list[int]:
        """Insert many cases in one transaction (imports, seeding); their new ids, in order."""
        params = [_params(c) for c in cases]
        with self._db.write("cases") as cx:
            ids = next_ids(cx, "cases", len(params))
            cx.executemany(
                "INSERT INTO cases (id, vendor_id, title, opened_at, story, reference, remedy,"
                " status) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [(i, *p) for i, p in zip(ids, params, strict=True)],
            )
        return list(ids)
