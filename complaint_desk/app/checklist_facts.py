"""What a case's log shows (contacts per channel, longest call, age), for the draft checklist."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING

from complaint_desk.core.models import Channel, Contact
from complaint_desk.core.records.timeline_facts import TimelineFacts

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

    def rewrite_facts(self, case_id: int | None):
        """What the calm rewrite may say from the log: contacts made, since when, the remedy
        the case asks for, and a date 14 days from today for a calm next step."""
        from datetime import timedelta

        from complaint_desk.core.rewrite import RewriteFacts

        if case_id is None:
            return None
        contacts = self._records.contacts(case_id)
        replies = len(self._records.responses(case_id))
        today = self._clock.now().astimezone().date()
        first = min((c.at for c in contacts), default=None)
        remedy = ""
        case = getattr(self._records, "case", None)
        if callable(case):
            try:
                found = case(case_id)
                remedy = (getattr(found, "remedy", "") or "").strip()
            except Exception:  # a missing case must not break the editor
                remedy = ""
        return RewriteFacts(
            contacts=len(contacts) or None,
            first_contact=first.astimezone().date() if first is not None else None,
            deadline=today + timedelta(days=14),
            remedy=_remedy_phrase(remedy) if remedy else None,
            replies=replies,
        )

    def _forget(self, case_id: int) -> None:
        # Re-read now, while the store is surely open, rather than on a later debounced re-score.
        if case_id in self._cache:
            del self._cache[case_id]
            self.facts(case_id)


def _remedy_phrase(remedy: str) -> str:
    """ "Refund" -> "a refund"; "full refund of £40" -> "a full refund of £40"."""
    text = remedy.strip().rstrip(".")
    low = text.lower()
    if low.split(" ", 1)[0] in ("a", "an", "the", "my", "this", "to", "it", "that", "some"):
        return text[0].lower() + text[1:] if not text[:2].isupper() else text
    article = "an" if low[:1] in "aeiou" else "a"
    return f"{article} {text[0].lower() + text[1:]}"
