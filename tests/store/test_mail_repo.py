"""Imported e-mail in the store: one transaction, duplicates skipped, Cancel writes nothing,
the new tables travel with the JSON export, and mbox files are read message by message."""

from __future__ import annotations

import mailbox
from datetime import UTC, datetime, timedelta
from pathlib import Path
from unittest.mock import patch

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from complaint_desk.core.mail import parse_message
from complaint_desk.core.mail.case_filing import plan, records_for, vendor_patterns
from complaint_desk.core.models import Case, Vendor
from complaint_desk.store import mail_repo
from complaint_desk.store.importer import import_json
from complaint_desk.store.mail_repo import ImportCancelledError, read_mail_files
from complaint_desk.store.store import open_store

MAIL = Path(__file__).parents[1] / "core" / "data" / "mail"
THREAD = ("rfc2822-example01.eml", "rfc2822-example06.eml", "rfc2822-example07.eml")


@pytest.fixture
def store(tmp_path):
    with open_store(tmp_path / "data" / "desk.sqlite3") as s:
        yield s


def _case(store):
    vendor = store.vendors.add(Vendor(None, "Example Net", email="mary@example.net"))
    case = store.cases.add(Case(None, vendor.id, "Hello", datetime(1997, 11, 20, tzinfo=UTC)))
    return vendor, case


def _records(case_id, names=THREAD, patterns=("example.net",)):
    read = [(n, parse_message((MAIL / n).read_bytes())) for n in names]
    return records_for(case_id, plan(read, list(patterns)))


def test_import_logs_contacts_and_responses_with_their_real_times(store):
    vendor, case = _case(store)
    recs = _records(case.id)
    outcome = store.mail.import_messages(
        case.id, vendor.id, recs.contacts, recs.responses, ["example.net"]
    )
    assert (outcome.contacts, outcome.responses, outcome.skipped) == (2, 1, 0)
    contacts, responses = store.contacts.list(case.id), store.responses.list(case.id)
    assert [c.at for c in contacts] == [
        datetime(1997, 11, 21, 15, 55, 6, tzinfo=UTC),
        datetime(1997, 11, 21, 17, 0, tzinfo=UTC),
    ]
    (reply,) = responses
    assert reply.at - contacts[0].at == timedelta(minutes=6, seconds=4)
    assert reply.who == "Mary Smith" and reply.summary.startswith("Re: Saying Hello")
    assert store.mail.message_ids(case.id) == {
        "<1234@local.machine.example>",
        "<3456@example.net>",
        "<abcd.1234@local.machine.tld>",
    }
    assert store.mail.message_id_of("response", reply.id) == "<3456@example.net>"
    assert store.mail.patterns(vendor.id) == ["example.net"]
    # The same messages again: every one is a duplicate, nothing more is logged.
    again = store.mail.import_messages(case.id, vendor.id, recs.contacts, recs.responses)
    assert (again.contacts, again.responses, again.skipped) == (0, 0, 3)
    assert store.contacts.count() == 2 and store.responses.count() == 1


def test_cancel_rolls_everything_back(store):
    vendor, case = _case(store)
    recs = _records(case.id)
    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) > 1  # after the first batch was written

    with pytest.raises(ImportCancelledError):
        store.mail.import_messages(
            case.id, vendor.id, recs.contacts, recs.responses, ["x.example"], cancelled=cancelled
        )
    assert store.contacts.count() == 0 and store.responses.count() == 0
    assert store.mail.message_ids(case.id) == set() and store.mail.patterns(vendor.id) == []


def test_deleting_a_record_forgets_its_message_id(store):
    vendor, case = _case(store)
    recs = _records(case.id)
    store.mail.import_messages(case.id, vendor.id, recs.contacts, recs.responses)
    first = store.contacts.list(case.id)[0]
    store.contacts.delete(first.id)
    assert "<1234@local.machine.example>" not in store.mail.message_ids(case.id)


def test_the_export_carries_message_ids_and_patterns(store, tmp_path):
    vendor, case = _case(store)
    recs = _records(case.id)
    store.mail.import_messages(
        case.id, vendor.id, recs.contacts, recs.responses, vendor_patterns(vendor.email)
    )
    dest = store.export_json(tmp_path / "export.json")
    with open_store(tmp_path / "fresh" / "desk.sqlite3") as fresh:
        counts = import_json(dest, fresh)
        assert counts["mail_messages"] == 3 and counts["vendor_mail_patterns"] == 2
        assert fresh.mail.message_ids(case.id) == store.mail.message_ids(case.id)
        assert fresh.mail.patterns(vendor.id) == ["example.net", "mary@example.net"]


def test_mbox_and_eml_files_are_read_message_by_message(tmp_path):
    box = mailbox.mbox(tmp_path / "thread.mbox")
    for name in THREAD:
        box.add((MAIL / name).read_bytes())
    box.flush()
    box.close()
    got = list(read_mail_files([tmp_path / "thread.mbox", MAIL / "plain-basic_email.eml"]))
    assert [label for label, _raw in got] == [
        "thread.mbox, message 1",
        "thread.mbox, message 2",
        "thread.mbox, message 3",
        "plain-basic_email.eml",
    ]
    assert parse_message(got[1][1]).message_id == "<3456@example.net>"
    missing = list(read_mail_files([tmp_path / "gone.eml"]))
    assert missing[0][0] == "gone.eml" and "cannot be read" in missing[0][1]


_PIECES = [b"From a@b Sat Jan  3 01:05:34 1996\n", b"\n", b"line\n", b"From ", b"x", b"\n\n"]
_PIECES += [b"From\n", b"F", b">From quoted\n", b"Subject: hi\n", b"\r\n"]


@settings(max_examples=300)
@given(st.lists(st.sampled_from(_PIECES), max_size=40), st.sampled_from([1, 2, 5, 7, 64]))
def test_an_mbox_splits_as_the_stdlib_mailbox_splits_it(tmp_path_factory, pieces, block):
    """The block reader (no seek and read per message: see mail_repo._mbox_messages) gives the
    same messages as mailbox.mbox, however the file's bytes fall across the blocks."""
    path = tmp_path_factory.mktemp("mbox") / "box.mbox"
    path.write_bytes(b"".join(pieces))
    box = mailbox.mbox(path, create=False)
    expected = [box.get_bytes(k) for k in box.keys()]
    box.close()
    with (
        patch.object(mail_repo, "READ_BLOCK", block),
        patch.object(mail_repo, "COUNT_BLOCK", block),
    ):
        got = [raw for _label, raw in read_mail_files([path])]
        if path.read_bytes().startswith(b"From "):
            assert mail_repo.count_messages(path) == len(expected)
    assert got == expected


def test_a_message_over_the_limit_in_an_mbox_is_listed_and_the_rest_read(tmp_path):
    path = tmp_path / "big.mbox"
    big = b"Subject: big\n\n" + b"y" * 300_000 + b"\n"
    path.write_bytes(
        b"From a\nSubject: 1\n\none\n\nFrom b\n" + big + b"\nFrom c\nSubject: 3\n\nthree\n"
    )
    with (
        patch.object(mail_repo, "MAX_MESSAGE_BYTES", 100_000),
        patch.object(mail_repo, "READ_BLOCK", 4096),
    ):
        got = list(read_mail_files([path]))
    assert [label for label, _raw in got] == [
        "big.mbox, message 1",
        "big.mbox, message 2",
        "big.mbox, message 3",
    ]
    assert got[0][1] == b"Subject: 1\n\none\n"
    assert isinstance(got[1][1], str) and "not read" in got[1][1]
    assert got[2][1] == b"Subject: 3\n\nthree\n"
