"""Deleting a record so that it can be put back exactly: the row, everything that goes with it,
and the links that pointed at it.

`take(db, table, id)` reads the row and, following the schema's own foreign keys, every row that
its deletion would cascade to (a vendor's cases, their contacts, responses, drafts and versions,
imported-mail records…) and every link it would set to NULL (a response that answered a deleted
contact); then deletes the row in the same transaction. The returned `Deleted` is what Undo gives
back to `put_back`, which re-inserts every row with its own ids and restores the links, in one
transaction. Ids are kept, so a draft comes back with its versions and its hold exactly as they
were. Tables added later are covered without change: the foreign keys are read from the schema.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from complaint_desk.store.connection import Database


@dataclass(frozen=True)
class _Link:
    child: str
    child_column: str
    parent_column: str
    on_delete: str  # "CASCADE", "SET NULL", …


@dataclass
class Deleted:
    """What a delete took away, in the order it must come back (parents first)."""

    table: str
    record_id: int
    rows: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    # (table, primary-key values, column, old value) for links the delete set to NULL.
    unlinked: list[tuple[str, dict[str, Any], str, Any]] = field(default_factory=list)

    def count(self, table: str) -> int:
        return sum(1 for t, _row in self.rows if t == table)

    @property
    def tables(self) -> tuple[str, ...]:
        return tuple(
            dict.fromkeys([t for t, _ in self.rows] + [t for t, *_ in self.unlinked]).keys()
        )


def _links(cx: Any) -> dict[str, list[_Link]]:
    """parent table -> the foreign keys that point at it, read from the schema."""
    found: dict[str, list[_Link]] = {}
    tables = [
        r[0]
        for r in cx.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    for table in tables:
        for fk in cx.execute(f'PRAGMA foreign_key_list("{table}")').fetchall():
            parent, child_column, parent_column, on_delete = fk[2], fk[3], fk[4], fk[6]
            found.setdefault(parent, []).append(
                _Link(table, child_column, parent_column or "id", str(on_delete).upper())
            )
    return found


def _primary_key(cx: Any, table: str) -> list[str]:
    cols = cx.execute(f'PRAGMA table_info("{table}")').fetchall()
    keys = [c[1] for c in sorted(cols, key=lambda c: c[5]) if c[5]]
    return keys or ["rowid"]


def _rows(cx: Any, table: str, column: str, value: Any) -> Iterator[dict[str, Any]]:
    cur = cx.execute(f'SELECT * FROM "{table}" WHERE "{column}" = ?', (value,))
    names = [d[0] for d in cur.description]
    for row in cur.fetchall():
        yield dict(zip(names, row, strict=True))


class _Walk:
    """One delete's walk over the rows it reaches (each row once, by table and primary key)."""

    def __init__(self, cx: Any, out: Deleted) -> None:
        self.cx = cx
        self.out = out
        self.links = _links(cx)
        self.keys: dict[str, list[str]] = {}
        self.seen: set[tuple[str, tuple]] = set()

    def key(self, table: str, row: dict[str, Any]) -> dict[str, Any]:
        if table not in self.keys:
            self.keys[table] = _primary_key(self.cx, table)
        return {k: row[k] for k in self.keys[table] if k in row}

    def collect(self, table: str, row: dict[str, Any]) -> None:
        mark = (table, tuple(self.key(table, row).values()) or tuple(row.values()))
        if mark in self.seen:
            return
        self.seen.add(mark)
        self.out.rows.append((table, row))
        for link in self.links.get(table, []):
            value = row.get(link.parent_column)
            if value is None:
                continue
            for child in _rows(self.cx, link.child, link.child_column, value):
                if link.on_delete == "CASCADE":
                    self.collect(link.child, child)
                elif link.on_delete == "SET NULL":
                    self.out.unlinked.append(
                        (link.child, self.key(link.child, child), link.child_column, value)
                    )


def take(db: Database, table: str, record_id: int, *, dry_run: bool = False) -> Deleted | None:
    """Delete `table` row `record_id` and what goes with it; None if there is no such row.
    `dry_run`: only say what would go (for the confirmation), deleting nothing."""
    out = Deleted(table, record_id)
    scope = db.snapshot() if dry_run else db.write()
    with scope as cx:
        row = next(_rows(cx, table, "id", record_id), None)
        if row is None:
            return None
        _Walk(cx, out).collect(table, row)
        if not dry_run:
            cx.execute(f'DELETE FROM "{table}" WHERE id = ?', (record_id,))
    return out


def put_back(db: Database, deleted: Deleted) -> None:
    """Re-insert everything `take` removed, with its ids, and restore the links it cut."""
    with db.write() as cx:
        # Links between rows being restored (a draft's origin, a response's contact) may point
        # forward in the list: insert with foreign keys deferred to the end of the transaction.
        cx.execute("PRAGMA defer_foreign_keys = ON")
        for table, row in deleted.rows:
            names = ", ".join(f'"{n}"' for n in row)
            marks = ", ".join("?" for _ in row)
            cx.execute(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', tuple(row.values()))
        for table, keys, column, value in deleted.unlinked:
            where = " AND ".join(f'"{k}" = ?' for k in keys)
            cx.execute(
                f'UPDATE "{table}" SET "{column}" = ? WHERE {where}', (value, *keys.values())
            )
