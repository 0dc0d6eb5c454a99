"""What a case's log shows (contacts per channel, longest call, age), for the draft checklist."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING

from complaint_desk.core.models import Channel, Contact
from complaint_desk.core.timeline_facts import TimelineFacts

if TYPE_CHECKING:  # the checklist rules load with the first scoring, not at start-up
    from complaint_desk.core.checklist import ChecklistItem

_FIELDS = {
    Channel.PHONE: "calls",
    Channel.EMAIL: "emails",
    Channel.CHAT: "chats",
    Channel.LETTER: "letters",
}


def timeline_facts(contacts: Iterable[Contact], now: datetime) -> TimelineFacts:
    counts = dict.fromkeys(_FIELDS.values(), 0)
    longest: int | None = None
    first: datetime | None = None
    for contact in contacts:
        field = _FIELDS.get(contact.channel)
        if field is not None:
            counts[field] += 1
        if contact.channel == Channel.PHONE and contact.duration_min is not None:
            longest = max(longest or 0, contact.duration_min)
        if first is None or contact.at < first:
            first = contact.at
    days = None if first is None else max(0.0, (now - first).total_seconds() / 86400)
    return TimelineFacts(longest_call_min=longest, days_since_first_contact=days, **counts)


class CaseFacts:
    """TimelineFacts per case, cached until the case's timeline changes (cheap per keystroke)."""

    def __init__(self, records, clock) -> None:
        self._records = records
        self._clock = clock
        self._cache: dict[int, TimelineFacts] = {}
        records.timeline_changed.connect(self._forget)

    def facts(self, case_id: int | None) -> TimelineFacts | None:
        if case_id is None:
            return None
        cached = self._cache.get(case_id)
        if cached is None:
            contacts = self._records.contacts(case_id)
            cached = timeline_facts(contacts, self._clock.now())
            self._cache[case_id] = cached
        return cached

    def checklist(self, case_id: int | None, text: str) -> list[ChecklistItem]:
        """The draft's checklist, its counts and durations compared with the case's log."""
        from complaint_desk.core.checklist import check

        return check(text, self.facts(case_id))

    def _forget(self, case_id: int) -> None:
        # Re-read now, while the store is surely open, rather than on a later debounced re-score.
        if case_id in self._cache:
            del self._cache[case_id]
            self.facts(case_id)
