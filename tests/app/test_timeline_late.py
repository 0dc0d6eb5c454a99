"""The timeline marks as late only what waits past its channel's fair reply time, and a settled
case shows no running clocks."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from complaint_desk.app.clock import FakeClock
from complaint_desk.app.desk import Desk
from complaint_desk.core.models import Case, CaseStatus, Channel, Contact, Vendor
from complaint_desk.store.store import open_store
from tests.app.fakes import FakeScorer

T0 = datetime(2026, 5, 1, 9, 0, tzinfo=UTC)
H = timedelta(hours=1)


@pytest.fixture
def desk(tmp_path, qapp):
    d = Desk(open_store(tmp_path / "db.sqlite3"), FakeClock(T0 + 14 * H), scorer=FakeScorer())
    yield d
    d.close()


def _contact_row(desk, case_id):
    (entry,) = [e for e in desk.records.timeline(case_id) if e.kind == "contact"]
    return entry


def test_an_email_14_hours_old_is_waiting_but_not_late(desk):
    vendor = desk.records.save_vendor(Vendor(None, "Acme"))
    case = desk.records.save_case(Case(None, vendor.id, "Kettle", T0))
    desk.records.log_contact(Contact(None, case.id, Channel.EMAIL, T0))
    row = _contact_row(desk, case.id)
    assert "no answer yet" in row.answer and not row.late  # email: 24 h is good, 3 days fair
    desk.clock.advance(timedelta(days=4))
    assert _contact_row(desk, case.id).late


def test_a_settled_case_shows_no_running_clock(desk):
    vendor = desk.records.save_vendor(Vendor(None, "Acme"))
    case = desk.records.save_case(Case(None, vendor.id, "Kettle", T0))
    desk.records.log_contact(Contact(None, case.id, Channel.EMAIL, T0))
    desk.clock.advance(timedelta(days=8))
    desk.records.save_case(replace(desk.records.case(case.id), status=CaseStatus.RESOLVED))
    row = _contact_row(desk, case.id)
    assert row.answer == "no answer (the case is settled)" and not row.late
    (vendor_row,) = [e for e in desk.records.vendor_timeline(vendor.id) if e.kind == "contact"]
    assert not vendor_row.late and "settled" in vendor_row.answer
