"""Store.generation: a table's stamp changes with every write to it, from any connection."""

from __future__ import annotations

from complaint_desk.core.models import Channel, Contact
from complaint_desk.store.store import open_store

from .conftest import T0


def test_a_write_changes_only_its_tables_stamp(store, case):
    contacts, responses = store.generation("contacts"), store.generation("responses")
    assert store.generation("contacts") == contacts  # reading changes nothing
    store.contacts.add(Contact(None, case.id, Channel.EMAIL, T0))
    after = store.generation("contacts")
    assert after != contacts
    assert after[1] == contacts[1] + 1
    assert store.generation("responses") == responses


def test_another_connections_write_changes_the_stamp(store, db_path, case):
    before = store.generation("contacts")
    with open_store(db_path) as other:
        other.contacts.add(Contact(None, case.id, Channel.PHONE, T0))
    assert store.generation("contacts") != before
