"""Small helpers the repositories share."""

from __future__ import annotations

from dataclasses import replace
from typing import Any, TypeVar

T = TypeVar("T")


def with_id(record: T, new_id: int | None) -> T:
    """A copy of a frozen record with its database id filled in."""
    return replace(record, id=new_id)  # type: ignore[type-var]


def require_id(record_id: int | None, what: str) -> int:
    if record_id is None:
        raise ValueError(f"cannot update a {what} without an id (add it first)")
    return record_id


def next_ids(cx: Any, table: str, n: int) -> range:
    """`n` fresh ids for a bulk insert (call inside a write transaction: nobody else writes)."""
    top = cx.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0]
    return range(top + 1, top + 1 + n)
