"""Vendors: the companies a user has a complaint with."""

from __future__ import annotations

import builtins
from collections.abc import Iterable
from typing import Any

from complaint_desk.core.models import Vendor
from complaint_desk.store.codec import clean_text
from complaint_desk.store.common import next_ids, require_id, with_id
from complaint_desk.store.connection import Database
from complaint_desk.store.errors import NotFoundError

_COLUMNS = "id, name, handles, phone, email, url, notes"


def _row(row: Any) -> Vendor:
    import json  # here, not at import: the window's first paint reads no vendor

    return Vendor(
        id=row[0],
        name=row[1],
        handles=json.loads(row[2]) if row[2] else {},
        phone=row[3],
        email=row[4],
        url=row[5],
        notes=row[6],
    )


def _params(v: Vendor) -> tuple[Any, ...]:
    import json

    handles = json.dumps(dict(v.handles), ensure_ascii=False, sort_keys=True)
    return (
        clean_text(v.name),
        clean_text(handles),
        *map(clean_text, (v.phone, v.email, v.url, v.notes)),
    )


def name_key(name: str) -> str:
    """Sort key ignoring case and accents, so 'émile' sits between 'beta' and 'zeta'."""
    import unicodedata  # only lists sorted by name need it, none of them at start-up

    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class VendorsRepo:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._sorted: tuple[tuple[int, int, int], builtins.list[Vendor]] | None = None

    def add(self, v: Vendor) -> Vendor:
        """Insert `v` (its id is ignored); the stored vendor with its new id."""
        with self._db.write("vendors") as cx:
            cur = cx.execute(
                "INSERT INTO vendors (name, handles, phone, email, url, notes)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                _params(v),
            )
            new_id = cur.lastrowid
        return with_id(v, new_id)

    def update(self, v: Vendor) -> None:
        require_id(v.id, "vendor")
        with self._db.write("vendors") as cx:
            cur = cx.execute(
                "UPDATE vendors SET name = ?, handles = ?, phone = ?, email = ?, url = ?, notes = ?"
                " WHERE id = ?",
                (*_params(v), v.id),
            )
            if cur.rowcount == 0:
                raise NotFoundError(f"no vendor with id {v.id}")

    def get(self, vendor_id: int) -> Vendor | None:
        with self._db.read() as cx:
            row = cx.execute(
                f"SELECT {_COLUMNS} FROM vendors WHERE id = ?", (vendor_id,)
            ).fetchone()
        return None if row is None else _row(row)

    def list(self) -> builtins.list[Vendor]:
        """Every vendor, by name (ignoring case and accents), then id (kept while the table is
        unchanged: the vendors list and the scorecard ask on every refresh)."""
        stamp = self._db.generation("vendors")
        if self._sorted is not None and self._sorted[0] == stamp and not self._db.in_write:
            return list(self._sorted[1])
        with self._db.read() as cx:
            rows = cx.execute(f"SELECT {_COLUMNS} FROM vendors").fetchall()
        vendors = [_row(r) for r in rows]
        vendors.sort(key=lambda v: (name_key(v.name), v.name, v.id or 0))
        if not self._db.in_write:
            self._sorted = (stamp, vendors)
        return list(vendors)

    def delete(self, vendor_id: int) -> None:
        """Remove the vendor and, by cascade, its cases, contacts, responses and drafts."""
        with self._db.write() as cx:
            cx.execute("DELETE FROM vendors WHERE id = ?", (vendor_id,))

    def count(self) -> int:
        with self._db.read() as cx:
            return int(cx.execute("SELECT count(*) FROM vendors").fetchone()[0])

    def add_many(self, vendors: Iterable[Vendor]) -> builtins.list[int]:
        """Insert many vendors in one transaction (imports, seeding); their new ids, in order."""
        params = [_params(v) for v in vendors]
        with self._db.write("vendors") as cx:
            ids = next_ids(cx, "vendors", len(params))
            cx.executemany(
                "INSERT INTO vendors (id, name, handles, phone, email, url, notes)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(i, *p) for i, p in zip(ids, params, strict=True)],
            )
        return list(ids)
