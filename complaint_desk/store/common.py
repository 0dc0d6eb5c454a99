"""Small helpers the repositories share."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import MISSING, Field, fields, replace
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


def _default(f: Field[Any]) -> Callable[[], Any]:
    """A maker of the field's default (a TypeError, as from __init__, if it has none)."""
    if f.default is not MISSING:
        value = f.default
        return lambda: value
    if f.default_factory is not MISSING:
        return f.default_factory

    def missing() -> Any:
        raise TypeError(f"missing a value for {f.name!r}")

    return missing


def record_builder(cls: type[T]) -> Callable[..., T]:
    """A fast constructor for a frozen dataclass from already-validated column values.

    A frozen dataclass's __init__ assigns each field through object.__setattr__, which dominates
    building 100,000 records. For a frozen dataclass without __post_init__ this sets the fields
    directly, as unpickling does: through the slots' own descriptors for a dataclass with slots,
    into the instance __dict__ otherwise. Takes the field values in declaration order, all of them.
    """
    if hasattr(cls, "__post_init__"):
        return cls
    names = tuple(f.name for f in fields(cls))  # type: ignore[arg-type]
    new = object.__new__
    if "__slots__" in cls.__dict__:
        setters = tuple(cls.__dict__[name].__set__ for name in names)
        defaults = tuple(_default(f) for f in fields(cls))  # type: ignore[arg-type]
        count = len(names)

        def build_slotted(*values: Any) -> T:
            obj = new(cls)
            for set_field, value in zip(setters, values, strict=False):
                set_field(obj, value)
            if len(values) < count:  # trailing fields left to their defaults, as __init__ would
                given = len(values)
                for set_field, default in zip(setters[given:], defaults[given:], strict=True):
                    set_field(obj, default())
            return obj

        return build_slotted

    def build(*values: Any) -> T:
        obj = new(cls)
        obj.__dict__.update(zip(names, values, strict=False))  # callers pass all
        return obj

    return build
