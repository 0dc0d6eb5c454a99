"""Store fixtures: a fresh database under tmp_path, fixed times, records to hang data on."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from complaint_desk.core.models import Case, Vendor
from complaint_desk.store.store import Store, open_store

T0 = datetime(2025, 3, 1, 9, 30, tzinfo=UTC)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "complaint-desk.sqlite3"


@pytest.fixture
def store(db_path: Path):
    s = open_store(db_path)
    yield s
    s.close()


@pytest.fixture
def vendor(store: Store) -> Vendor:
    return store.vendors.add(Vendor(None, "Acme Telecom", {"x": "@acme"}))


@pytest.fixture
def case(store: Store, vendor: Vendor) -> Case:
    return store.cases.add(Case(None, vendor.id, "Router never arrived", T0))


class FaultyConnection:
    """Wraps a real connection; raises a chosen sqlite3 error on writes (or on COMMIT).

    sqlite3.Connection's methods cannot be patched, so the store is given this wrapper through
    open_store(connect=...) instead.
    """

    WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE")

    def __init__(self, real: sqlite3.Connection) -> None:
        self._real = real
        self.fail_with: str | None = None
        self.fail_on_commit = False

    def _check(self, sql: str) -> None:
        if self.fail_with is None:
            return
        head = sql.lstrip().upper()
        if (self.fail_on_commit and head.startswith("COMMIT")) or (
            not self.fail_on_commit and head.startswith(self.WRITES)
        ):
            raise sqlite3.OperationalError(self.fail_with)

    def execute(self, sql: str, params=()):
        self._check(sql)
        return self._real.execute(sql, params)

    def executemany(self, sql: str, rows):
        self._check(sql)
        return self._real.executemany(sql, rows)

    def __getattr__(self, name: str):
        return getattr(self._real, name)


@pytest.fixture
def faulty(db_path: Path):
    """(store, wrapper): a store whose connection can be told to fail."""
    holder: list[FaultyConnection] = []

    def connect(path: Path, timeout: float) -> FaultyConnection:
        conn = FaultyConnection(sqlite3.connect(path, timeout=timeout, isolation_level=None))
        holder.append(conn)
        return conn

    s = open_store(db_path, connect=connect)
    yield s, holder[0]
    s.close()
