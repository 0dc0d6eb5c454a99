"""A case's deadlines as .ics: made with icalendar, parsed back by icalendar and by a small
independent RFC 5545 reader written here with the stdlib."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import icalendar

from complaint_desk.app.calendar_export import case_calendar, reminder_calendar
from complaint_desk.core.models import Case, Channel, Contact, Outcome, Response, Vendor


def _unfolded(data: bytes) -> list[str]:
    """RFC 5545 3.1: CRLF line ends, lines of at most 75 octets, folded by CRLF + space."""
    assert data.endswith(b"\r\n")
    for line in data.split(b"\r\n"):
        assert len(line) <= 75, line
    text = data.decode("utf-8").replace("\r\n ", "").replace("\r\n\t", "")
    return [line for line in text.split("\r\n") if line]


def _events(data: bytes) -> list[dict[str, str]]:
    lines = _unfolded(data)
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    stack, events, current = [], [], None
    for line in lines:
        name, _, value = line.partition(":")
        if name == "BEGIN":
            stack.append(value)
            if value == "VEVENT":
                current = {}
        elif name == "END":
            assert stack.pop() == value
            if value == "VEVENT":
                events.append(current)
                current = None
        elif current is not None and stack[-1] == "VEVENT":
            current[name.split(";")[0]] = value
    assert stack == []
    return events


def _stamp(value: str) -> datetime:
    return datetime.strptime(value, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)


def test_case_deadlines_validate_with_two_parsers(desk, clock):
    vendor = desk.records.save_vendor(Vendor(None, "Acme Energy"))
    case = desk.records.save_case(Case(None, vendor.id, "Overbilled", clock.now()))
    letter_at = clock.now() - timedelta(days=20)
    letter = desk.records.log_contact(
        Contact(None, case.id, Channel.LETTER, letter_at, summary="Formal complaint")
    )
    email = desk.records.log_contact(Contact(None, case.id, Channel.EMAIL, clock.now()))
    refused_at = clock.now() - timedelta(days=2)
    desk.records.log_response(
        Response(None, case.id, refused_at, Channel.LETTER, Outcome.REFUSED, contact_id=letter.id)
    )
    reminder = desk.reminders.remind(email.id, timedelta(hours=24))
    data = case_calendar(desk, case.id)

    cal = icalendar.Calendar.from_ical(data)
    parsed = {str(e["summary"]): e for e in cal.walk("VEVENT")}
    assert {str(e["uid"]) for e in cal.walk("VEVENT")} >= {
        f"reminder-{reminder.id}@complaint-desk.local",
        f"case-{case.id}-final-response@complaint-desk.local",
        f"case-{case.id}-ombudsman-window@complaint-desk.local",
    }
    eight = next(e for s, e in parsed.items() if "8 weeks" in s)
    assert eight.decoded("dtstart") == letter_at + timedelta(weeks=8)
    window = next(e for s, e in parsed.items() if "ombudsman" in s)
    assert window.decoded("dtstart") == refused_at + timedelta(days=183)

    events = _events(data)
    assert len(events) == len(parsed)
    by_uid = {e["UID"]: e for e in events}
    chase = by_uid[f"reminder-{reminder.id}@complaint-desk.local"]
    assert _stamp(chase["DTSTART"]) == reminder.due_at
    assert _stamp(chase["DTEND"]) - _stamp(chase["DTSTART"]) == timedelta(minutes=30)
    assert chase["SUMMARY"] == "Chase Acme Energy if no reply (Overbilled)"
    for e in events:
        assert {"UID", "DTSTAMP", "DTSTART", "SUMMARY"} <= e.keys()


def test_a_single_reminder_as_one_event(desk, clock):
    vendor = desk.records.save_vendor(Vendor(None, "Acme"))
    case = desk.records.save_case(Case(None, vendor.id, "Late parcel", clock.now()))
    contact = desk.records.log_contact(Contact(None, case.id, Channel.EMAIL, clock.now()))
    reminder = desk.reminders.remind(contact.id, timedelta(days=3))
    data = reminder_calendar(desk, reminder.id)
    (event,) = icalendar.Calendar.from_ical(data).walk("VEVENT")
    assert event.decoded("dtstart") == reminder.due_at
    (independent,) = _events(data)
    assert _stamp(independent["DTSTART"]) == reminder.due_at
    assert reminder_calendar(desk, 999) is None
