"""Deadlines to the person's calendar: an .ics file (iCalendar, RFC 5545) made with the
maintained `icalendar` library, for a whole case or for one chase reminder.

Each event's UID is stable (the deadline's key), so importing a newer file updates the entries
instead of duplicating them. Times are written in UTC; calendars show them in local time.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from complaint_desk.core.models import DraftStatus
from complaint_desk.core.records import deadlines
from complaint_desk.core.records.deadlines import Deadline, HeldDraft, PendingReminder
from complaint_desk.paths import write_private

PRODID = "-//Complaint Desk//Deadlines//EN"
UID_DOMAIN = "complaint-desk.local"
EVENT_LENGTH = timedelta(minutes=30)


def calendar_bytes(events: list[Deadline], now: datetime) -> bytes:
    from icalendar import Alarm, Calendar, Event  # loaded on use: not on the start-up path

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    stamp = now.astimezone(UTC)
    for d in events:
        event = Event()
        event.add("uid", f"{d.key}@{UID_DOMAIN}")
        event.add("dtstamp", stamp)
        event.add("dtstart", d.at.astimezone(UTC))
        event.add("dtend", d.at.astimezone(UTC) + EVENT_LENGTH)
        event.add("summary", d.title)
        if d.description:
            event.add("description", d.description)
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", d.title)
        alarm.add("trigger", timedelta(0))
        event.add_component(alarm)
        cal.add_component(event)
    return cal.to_ical()


def case_events(desk, case_id: int) -> list[Deadline]:
    """The case's deadlines: reminders, regulator clocks, ombudsman window, drafts' hold ends."""
    records = desk.records
    case = records.case(case_id)
    if case is None:
        return []
    vendor = records.vendor(case.vendor_id)
    now = records.now()
    reminders = [
        PendingReminder(r.id, r.contact_id, r.due_at)
        for r in desk.reminders.pending_for_case(case_id)
    ]
    drafts = [
        HeldDraft(s.draft_id, s.title, s.ready_at)
        for s in desk.drafts.summaries()
        if s.case_id == case_id
        and s.status is DraftStatus.ACTIVE
        and s.ready_at is not None
        and s.ready_at > now
    ]
    return deadlines.case_deadlines(
        case,
        vendor.name if vendor is not None else "the company",
        records.contacts(case_id),
        records.responses(case_id),
        reminders,
        drafts,
        records.suggestion(case_id),
        records.region(),
    )


def case_calendar(desk, case_id: int) -> bytes:
    return calendar_bytes(case_events(desk, case_id), desk.records.now())


def reminder_calendar(desk, reminder_id: int) -> bytes | None:
    """One chase reminder as a single-event calendar ("Add to calendar"); None if it is gone."""
    reminder = next((r for r in desk.reminders.reminders() if r.id == reminder_id), None)
    if reminder is None:
        return None
    records = desk.records
    case = records.case(reminder.case_id)
    if case is None:
        return None
    vendor = records.vendor(case.vendor_id)
    contact = next((c for c in records.contacts(case.id) if c.id == reminder.contact_id), None)
    event = deadlines.reminder_deadline(
        vendor.name if vendor is not None else "the company",
        case,
        contact,
        PendingReminder(reminder.id, reminder.contact_id, reminder.due_at),
    )
    return calendar_bytes([event], records.now())


def write_calendar(data: bytes, path: Path) -> Path:
    write_private(Path(path), data)
    return Path(path)
