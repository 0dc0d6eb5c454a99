"""Small helpers the repositories share."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields, replace
from enum import Enum
from typing import Any, TypeVar

T = TypeVar("T")
E = TypeVar("E", bound=Enum)


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


def enum_lookup(enum: type[E]) -> Callable[[str], E]:
    """value -> member, as a dict lookup (several times faster than calling the enum)."""
    table = {m.value: m for m in enum}

    def lookup(value: str) -> E:
        try:
            return table[value]
        except KeyError:
            return enum(value)  # raises the usual ValueError

    return lookup


def record_builder(cls: type[T]) -> Callable[..., T]:
    """A fast constructor for a frozen dataclass from already-validated column values.

    A frozen dataclass's __init__ assigns each field through object.__setattr__, which dominates
    building 100,000 records. For plain frozen dataclasses (instance __dict__, no __post_init__)
    this fills __dict__ directly, as unpickling does; otherwise it falls back to the class itself.
    Takes the field values in declaration order, all of them.
    """
    names = tuple(f.name for f in fields(cls))  # type: ignore[arg-type]
    plain = "__slots__" not in cls.__dict__ and not hasattr(cls, "__post_init__")
    if not plain:
        return cls
    new = object.__new__

    def build(*values: Any) -> T:
        obj = new(cls)
        obj.__dict__.update(zip(names, values, strict=False))  # callers pass all
        return obj

    return build
