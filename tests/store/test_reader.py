"""A read-only second connection (for worker threads) and seeding the full-list caches from it."""

from __future__ import annotations

import sqlite3
import threading
from datetime import timedelta

import pytest

from complaint_desk.core.models import Channel, Contact, Outcome, Response
from complaint_desk.store.store import StoreError, StoreErrorKind, open_reader, open_store

from .conftest import T0


def _fill(store, case, n=5):
    contacts = [
        store.contacts.add(Contact(None, case.id, Channel.EMAIL, T0 + timedelta(hours=i)))
        for i in range(n)
    ]
    store.responses.add(
        Response(None, case.id, T0 + timedelta(hours=1), Channel.EMAIL, Outcome.ACKNOWLEDGED)
    )
    return contacts


def test_reader_sees_committed_records_and_refuses_writes(store, case, db_path):
    _fill(store, case)
    with open_reader(db_path) as reader:
        assert reader.read_only
        assert reader.contacts.list() == store.contacts.list()
        assert reader.responses.list() == store.responses.list()
        assert reader.contacts.count() == 5 and reader.responses.count() == 1
        with pytest.raises((StoreError, sqlite3.Error)):
            reader.contacts.add(Contact(None, case.id, Channel.EMAIL, T0))
    assert len(store.contacts.list()) == 5
    assert reader.closed


def test_reader_works_from_another_thread(store, case, db_path):
    _fill(store, case)
    seen: list[int] = []

    def work() -> None:
        with open_reader(db_path) as reader, reader.database.snapshot():
            seen.append(len(reader.contacts.list()))

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    assert seen == [5]


def test_reader_does_not_create_a_missing_file(tmp_path):
    path = tmp_path / "nothing.sqlite3"
    with pytest.raises(StoreError):
        open_reader(path)
    assert not path.exists()


def test_reader_refuses_a_database_at_another_version(db_path):
    open_store(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    with pytest.raises(StoreError) as err:
        open_reader(db_path)
    assert err.value.kind is StoreErrorKind.TOO_NEW


def test_seeded_lists_are_served_then_patched_by_later_writes(store, case, db_path):
    _fill(store, case)
    stamps = store.generation("contacts"), store.generation("responses")
    with open_reader(db_path) as reader:
        contacts, responses = reader.contacts.list(), reader.responses.list()
    store.contacts.seed_all(contacts, stamps[0])
    store.responses.seed_all(responses, stamps[1])
    served = store.contacts.list()
    assert served == contacts and served is not contacts
    assert store.responses.list() == responses
    # A later write through this connection patches the seeded list...
    added = store.contacts.add(Contact(None, case.id, Channel.PHONE, T0 + timedelta(minutes=30)))
    store.responses.add(
        Response(None, case.id, T0 + timedelta(hours=9), Channel.EMAIL, Outcome.RESOLVED)
    )
    with open_store(db_path) as other:
        fresh_contacts, fresh_responses = other.contacts.list(), other.responses.list()
    assert store.contacts.list() == fresh_contacts and added in fresh_contacts
    assert store.responses.list() == fresh_responses


def test_a_list_seeded_under_a_stale_stamp_is_never_served(store, case, db_path):
    _fill(store, case)
    stale = store.generation("contacts")
    with open_reader(db_path) as reader:
        old = reader.contacts.list()
    store.contacts.add(Contact(None, case.id, Channel.PHONE, T0 + timedelta(days=1)))
    store.contacts.seed_all(old, stale)
    assert len(store.contacts.list()) == 6
    # Another connection's commit after the seed also invalidates it.
    store.contacts.seed_all(store.contacts.list(), store.generation("contacts"))
    with open_store(db_path) as other:
        other.contacts.add(Contact(None, case.id, Channel.PHONE, T0 + timedelta(days=2)))
    assert len(store.contacts.list()) == 7
