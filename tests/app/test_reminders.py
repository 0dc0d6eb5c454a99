"""Chase reminders on a FakeClock: fire once when due and still unanswered; a reply cancels."""

from __future__ import annotations

import pytest

from complaint_desk.app.desk import Desk
from complaint_desk.core.models import Case, Channel, Contact, Outcome, Response, Vendor
from complaint_desk.store.store import open_store
from tests.app.conftest import T0, H
from tests.app.fakes import FakeScorer


@pytest.fixture
def contact(desk):
    v = desk.records.save_vendor(Vendor(None, "Acme"))
    case = desk.records.save_case(Case(None, v.id, "Kettle", T0))
    return desk.records.log_contact(Contact(None, case.id, Channel.EMAIL, T0))


def test_due_reminder_fires_once_with_the_waiting_words(desk, clock, contact):
    desk.reminders.remind(contact.id, 24 * H)
    fired = []
    desk.reminders.due.connect(fired.append)
    clock.advance(23 * H)
    assert desk.reminders.check() == []
    clock.advance(2 * H)
    assert desk.reminders.check() == [
        "Time to chase Acme: no reply for 25 h on email (case “Kettle”)."
    ]
    assert fired == [["Time to chase Acme: no reply for 25 h on email (case “Kettle”)."]]
    clock.advance(H)
    assert desk.reminders.check() == []  # once only
    assert desk.reminders.reminders() == []


def test_a_reply_in_time_cancels_quietly(desk, clock, contact):
    desk.reminders.remind(contact.id, 24 * H)
    desk.records.log_response(
        Response(None, contact.case_id, T0 + 3 * H, Channel.EMAIL, Outcome.ACKNOWLEDGED)
    )
    clock.advance(30 * H)
    assert desk.reminders.check() == []
    assert desk.reminders.reminders() == []


def test_reminders_survive_a_restart_and_replace_per_contact(tmp_path, qapp, clock):
    path = tmp_path / "keep.sqlite3"
    d = Desk(open_store(path), clock, scorer=FakeScorer())
    v = d.records.save_vendor(Vendor(None, "Acme"))
    case = d.records.save_case(Case(None, v.id, "Kettle", T0))
    c = d.records.log_contact(Contact(None, case.id, Channel.PHONE, T0))
    d.reminders.remind(c.id, 24 * H)
    d.reminders.remind(c.id, 72 * H)  # asking again replaces the first
    d.close()
    again = Desk(open_store(path), clock, scorer=FakeScorer())
    try:
        (only,) = again.reminders.reminders()
        assert only.due_at == T0 + 72 * H
        assert again.reminders.pending_for_case(case.id) == [only]
    finally:
        again.close()


def test_the_desk_timer_checks_reminders(desk, clock, contact, qtbot):
    desk.reminders.remind(contact.id, H)
    clock.advance(2 * H)
    with qtbot.waitSignal(desk.reminders.due, timeout=2000) as blocker:
        desk._timer.setInterval(10)
        desk.start()
    assert "Time to chase Acme" in blocker.args[0][0]
