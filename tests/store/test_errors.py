"""The user's environment going wrong becomes a StoreError with a calm message; bugs stay loud.

Tests run as root, where chmod does not stop writes, so read-only and full disks are produced by
SQLite itself (a `mode=ro` connection, `max_page_count`) or by a connection wrapper that raises
the exact errors SQLite raises.
"""

from __future__ import annotations

import errno
import os
import random
import sqlite3
from datetime import timedelta

import pytest

from complaint_desk.core.hold import Revision
from complaint_desk.core.models import Case, Channel, Contact, Draft, Vendor
from complaint_desk.store.errors import (
    MESSAGES,
    StoreError,
    StoreErrorKind,
    kind_of,
    translate,
)
from complaint_desk.store.store import open_store

from .conftest import T0


def _seed(store):
    v = store.vendors.add(Vendor(None, "Acme"))
    c = store.cases.add(Case(None, v.id, "Case", T0))
    d = store.drafts.add(Draft(None, c.id, "Draft", T0))
    store.drafts.add_revision(
        d.id, Revision(T0, "first words", 40.0, -0.4), ready_at=T0, clock_start=T0
    )
    return d


def _assert_intact(store, draft_id):
    assert [r.text for r in store.drafts.revisions(draft_id)] == ["first words"]
    (s,) = store.drafts.summaries()
    assert (store.drafts.preview(draft_id), s.revision_count, s.heat) == ("first words", 1, 40.0)


# --- corrupt ------------------------------------------------------------------------------


@pytest.mark.parametrize("size", [5, 100, 4096, 65536])
def test_random_bytes_are_reported_as_corrupt(db_path, size):
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(random.Random(size).randbytes(size))
    before = db_path.read_bytes()
    with pytest.raises(StoreError) as err:
        open_store(db_path)
    assert err.value.kind is StoreErrorKind.CORRUPT
    assert "backup" in err.value.user_message and "--data-dir" in err.value.user_message
    assert err.value.path == db_path
    assert db_path.read_bytes() == before  # nothing was written over it


def test_damaged_pages_are_reported_as_corrupt(db_path):
    with open_store(db_path) as store:
        store.vendors.add_many(Vendor(None, f"Vendor {i}", notes="n" * 500) for i in range(200))
        page_size = store.database.conn.execute("PRAGMA page_size").fetchone()[0]
        store.database.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(db_path.read_bytes())
    for offset in range(page_size * 2, len(data), 97):  # scribble over every table page
        data[offset] = 0xFF
    db_path.write_bytes(bytes(data))
    with pytest.raises(StoreError) as err:
        with open_store(db_path) as store:
            store.vendors.list()
    assert err.value.kind is StoreErrorKind.CORRUPT


# --- too new: see test_migrations -----------------------------------------------------------

# --- read-only ------------------------------------------------------------------------------


def _read_only(path, timeout):
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=timeout, isolation_level=None)


def test_read_only_file_opens_for_reading_and_refuses_writes(db_path):
    with open_store(db_path) as store:
        d = _seed(store)
    with open_store(db_path, connect=_read_only) as store:
        _assert_intact(store, d.id)
        with pytest.raises(StoreError) as err:
            store.drafts.add_revision(
                d.id, Revision(T0, "second", 1.0, 0.0), ready_at=None, clock_start=None
            )
        assert err.value.kind is StoreErrorKind.READ_ONLY
        assert err.value.user_message == MESSAGES[StoreErrorKind.READ_ONLY]
        assert "read-only" in err.value.user_message and "--data-dir" in err.value.user_message
        _assert_intact(store, d.id)
        assert isinstance(err.value.__cause__, sqlite3.OperationalError)


def test_a_new_database_in_a_read_only_place_is_reported(db_path):
    with pytest.raises(StoreError) as err:
        open_store(db_path, connect=_read_only)  # mode=ro cannot create the file
    assert err.value.kind in (StoreErrorKind.UNAVAILABLE, StoreErrorKind.READ_ONLY)


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("attempt to write a readonly database", StoreErrorKind.READ_ONLY),
        ("database or disk is full", StoreErrorKind.DISK_FULL),
        ("database is locked", StoreErrorKind.LOCKED),
        ("disk I/O error", StoreErrorKind.UNAVAILABLE),
    ],
)
@pytest.mark.parametrize("on_commit", [False, True], ids=["on-write", "on-commit"])
def test_a_failed_write_keeps_earlier_data(faulty, message, kind, on_commit):
    store, conn = faulty
    d = _seed(store)
    conn.fail_with, conn.fail_on_commit = message, on_commit
    with pytest.raises(StoreError) as err:
        store.drafts.add_revision(
            d.id,
            Revision(T0 + timedelta(minutes=1), "second", 80.0, -0.9),
            ready_at=T0,
            clock_start=T0,
        )
    assert err.value.kind is kind
    with pytest.raises(StoreError):
        store.vendors.add(Vendor(None, "Other"))
    conn.fail_with = None
    _assert_intact(store, d.id)  # neither the revision nor the cache update was kept
    assert [v.name for v in store.vendors.list()] == ["Acme"]
    assert not store.database.in_write
    # Once the disk is fine again, saving works.
    store.drafts.add_revision(
        d.id, Revision(T0 + timedelta(minutes=2), "third", 5.0, 0.0), ready_at=T0, clock_start=T0
    )
    assert store.drafts.summary(d.id).revision_count == 2


def test_a_really_full_database_keeps_earlier_data(db_path):
    conns: list[sqlite3.Connection] = []

    def connect(path, timeout):
        conns.append(sqlite3.connect(path, timeout=timeout, isolation_level=None))
        return conns[-1]

    with open_store(db_path, connect=connect) as store:
        d = _seed(store)
        pages = conns[0].execute("PRAGMA page_count").fetchone()[0]
        conns[0].execute(f"PRAGMA max_page_count = {pages + 2}")  # SQLite's own SQLITE_FULL
        with pytest.raises(StoreError) as err:
            store.drafts.add_revision(
                d.id,
                Revision(T0 + timedelta(minutes=1), "x" * 200_000, 80.0, -0.9),
                ready_at=None,
                clock_start=None,
            )
        assert err.value.kind is StoreErrorKind.DISK_FULL
        assert "full" in err.value.user_message
        _assert_intact(store, d.id)


# --- locked ---------------------------------------------------------------------------------


def test_writes_while_another_program_holds_the_lock_say_locked(db_path):
    with open_store(db_path) as store:
        d = _seed(store)
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with open_store(db_path, timeout=0.05) as store:
            _assert_intact(store, d.id)  # WAL: reading still works
            with pytest.raises(StoreError) as err:
                store.meta.set("k", "v")
            assert err.value.kind is StoreErrorKind.LOCKED
            assert "another copy" in err.value.user_message
            other.execute("ROLLBACK")
            store.meta.set("k", "v")  # the lock is gone: writing works again
            assert store.meta.get("k") == "v"
    finally:
        if other.in_transaction:
            other.execute("ROLLBACK")
        other.close()


def _assert_open_says_locked(db_path, setup: str, begin: str) -> None:
    """Another program holds the file (`setup`, then `begin`): opening it reports LOCKED."""
    db_path.parent.mkdir(parents=True)
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute(setup)
    other.execute(begin)
    try:
        with pytest.raises(StoreError) as err:
            open_store(db_path, timeout=0.05)
        assert err.value.kind is StoreErrorKind.LOCKED
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_opening_a_locked_rollback_journal_file_says_locked(db_path):
    _assert_open_says_locked(db_path, "CREATE TABLE t (x)", "BEGIN EXCLUSIVE")


def test_a_fresh_file_locked_during_migration_says_locked(db_path):
    _assert_open_says_locked(db_path, "PRAGMA journal_mode = WAL", "BEGIN IMMEDIATE")
    with open_store(db_path) as store:  # and it opens once the other program lets go
        assert store.vendors.list() == []


# --- unavailable ----------------------------------------------------------------------------


def test_a_folder_where_the_file_should_be_is_reported(db_path):
    db_path.mkdir(parents=True)
    with pytest.raises(StoreError) as err:
        open_store(db_path)
    assert err.value.kind is StoreErrorKind.UNAVAILABLE


def test_a_file_where_the_folder_should_be_is_reported(tmp_path):
    (tmp_path / "blocker").write_text("not a folder")
    with pytest.raises(StoreError) as err:
        open_store(tmp_path / "blocker" / "data" / "complaint-desk.sqlite3")
    assert err.value.kind is StoreErrorKind.UNAVAILABLE


def test_open_creates_missing_parent_folders(tmp_path):
    path = tmp_path / "a" / "b" / "c" / "complaint-desk.sqlite3"
    with open_store(path) as store:
        assert store.path == path
    assert path.is_file()


# --- bugs are not environment errors ----------------------------------------------------------


def test_bad_ids_raise_integrity_errors_not_store_errors(store):
    with pytest.raises(sqlite3.IntegrityError):
        store.cases.add(Case(None, 4242, "orphan", T0))
    with pytest.raises(sqlite3.IntegrityError):
        store.contacts.add(Contact(None, 4242, Channel.PHONE, T0))
    with pytest.raises(sqlite3.IntegrityError):
        store.drafts.add_revision(
            4242, Revision(T0, "x", 1.0, 0.0), ready_at=None, clock_start=None
        )
    assert store.cases.list() == []
    assert not store.database.in_write


def test_a_bad_enum_value_is_a_bug(store, case):
    with pytest.raises(ValueError):
        store.contacts.add(Contact(None, case.id, "carrier pigeon", T0))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("exc", "kind"),
    [
        (sqlite3.OperationalError("database is locked"), StoreErrorKind.LOCKED),
        (sqlite3.OperationalError("database table is locked"), StoreErrorKind.LOCKED),
        (
            sqlite3.OperationalError("attempt to write a readonly database"),
            StoreErrorKind.READ_ONLY,
        ),
        (sqlite3.OperationalError("database or disk is full"), StoreErrorKind.DISK_FULL),
        (sqlite3.DatabaseError("file is not a database"), StoreErrorKind.CORRUPT),
        (sqlite3.DatabaseError("database disk image is malformed"), StoreErrorKind.CORRUPT),
        (sqlite3.OperationalError("unable to open database file"), StoreErrorKind.UNAVAILABLE),
        (OSError(errno.EACCES, "Permission denied"), StoreErrorKind.READ_ONLY),
        (OSError(errno.EROFS, "Read-only file system"), StoreErrorKind.READ_ONLY),
        (OSError(errno.ENOSPC, "No space left on device"), StoreErrorKind.DISK_FULL),
        (OSError(errno.EIO, "I/O error"), StoreErrorKind.UNAVAILABLE),
        (sqlite3.IntegrityError("FOREIGN KEY constraint failed"), None),
        (sqlite3.ProgrammingError("Cannot operate on a closed database."), None),
        (sqlite3.OperationalError("no such table: nope"), None),
        (sqlite3.OperationalError('near "SELEC": syntax error'), None),
        (ValueError("bug"), None),
    ],
)
def test_error_classification(exc, kind):
    assert kind_of(exc) is kind
    mapped = translate(exc)
    if kind is None:
        assert mapped is None
    else:
        assert mapped.kind is kind and mapped.user_message == MESSAGES[kind]
        assert str(exc) in str(mapped)


def test_every_kind_has_a_calm_actionable_message():
    for kind in StoreErrorKind:
        message = MESSAGES[kind]
        assert message.endswith(".") and "!" not in message
        assert len(message) < 300


def test_using_a_closed_store_is_a_bug(db_path):
    store = open_store(db_path)
    store.close()
    with pytest.raises(sqlite3.ProgrammingError):
        store.vendors.list()


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_read_only_folder_for_a_new_file_says_read_only(tmp_path):  # pragma: no cover - non-root
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(StoreError) as err:
            open_store(folder / "complaint-desk.sqlite3")
        assert err.value.kind is StoreErrorKind.READ_ONLY
    finally:
        folder.chmod(0o700)
