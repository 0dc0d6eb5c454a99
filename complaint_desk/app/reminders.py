"""Chase reminders: "remind me to chase if there is no reply to this contact within 24 h".

A reminder fires once, when its time has come and the contact is still unanswered (as the response
history links it); a reply before then cancels it quietly. `check()` runs on the desk's timer and
emits `due` with the words to show (banner and tray).

Reminders are few and small, so they live as one JSON value in the store's key/value table (no
schema change needed); times are stored in UTC.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from complaint_desk.app import settings
from complaint_desk.app.clock import Clock
from complaint_desk.app.problems import ProblemReporter
from complaint_desk.app.records import RecordsService
from complaint_desk.lazy import lazy
from complaint_desk.store.store import Store

if TYPE_CHECKING:  # what mypy checks against
    from complaint_desk.app import reminder_records
    from complaint_desk.app.reminder_records import Reminder
    from complaint_desk.core import durations
    from complaint_desk.core.models import Contact
    from complaint_desk.core.records import history
else:  # loaded on first use (complaint_desk.lazy): the response history's code stays off start-up
    reminder_records = lazy("complaint_desk.app.reminder_records")
    durations = lazy("complaint_desk.core.durations")
    history = lazy("complaint_desk.core.records.history")

CHOICES = (
    ("24 h", timedelta(hours=24)),
    ("3 days", timedelta(days=3)),
    ("1 week", timedelta(weeks=1)),
)


class RemindersService(QObject):
    changed = Signal()
    due = Signal(list)  # list[str]: what to tell the user

    def __init__(
        self, store: Store, clock: Clock, records: RecordsService, problems: ProblemReporter
    ) -> None:
        super().__init__()
        self._store = store
        self._clock = clock
        self._records = records
        self._problems = problems

    def reminders(self, include_done: bool = False) -> list[Reminder]:
        raw = self._problems.guard(lambda: settings.read(self._store, settings.REMINDERS), None)
        return [r for r in reminder_records.load_reminders(raw) if include_done or not r.done]

    def _save(self, reminders: list[Reminder]) -> bool:
        text = reminder_records.dump_reminders(reminders)

        return self._problems.done(lambda: settings.write(self._store, settings.REMINDERS, text))

    def remind(self, contact_id: int, after: timedelta) -> Reminder | None:
        """Remind to chase `after` the contact was made (or from now, if that is already past)."""
        contact = self._records.contact(contact_id)  # by id: not every contact read
        if contact is None:
            raise ValueError("That contact no longer exists.")
        now = self._clock.now()
        due = max(contact.at + after, now)
        everything = self.reminders(include_done=True)
        # One open reminder per contact: asking again replaces it.
        kept = [r for r in everything if r.done or r.contact_id != contact_id]
        reminder = reminder_records.Reminder(
            max((r.id for r in everything), default=0) + 1, contact.case_id, contact_id, due
        )
        if not self._save([*kept, reminder]):
            return None
        self.changed.emit()
        return reminder

    def chase_after(self) -> timedelta | None:
        """The reminder set by itself on each contact that waits for a reply (Preferences);
        None: only when asked."""
        hours = self._problems.guard(
            lambda: settings.read(self._store, settings.CHASE_AFTER_HOURS), 0
        )
        return timedelta(hours=hours) if hours else None

    def set_chase_after(self, hours: int) -> bool:
        if hours not in settings.CHASE_CHOICES_HOURS:
            raise ValueError(f"{hours} h is not one of the offered reminders")

        return self._problems.done(
            lambda: settings.write(self._store, settings.CHASE_AFTER_HOURS, hours)
        )

    def contact_logged(self, contact: Contact) -> None:
        """A new contact that waits for a reply gets the default chase reminder, if one is set.
        A call, chat or visit that got through was answered then: nothing to chase."""
        after = self.chase_after()
        if after is None or contact.id is None:
            return
        if not history.answers_itself(contact):
            self.remind(contact.id, after)

    def cancel(self, reminder_id: int) -> None:
        everything = self.reminders(include_done=True)
        if self._save([r for r in everything if r.id != reminder_id]):
            self.changed.emit()

    def pending_for_case(self, case_id: int) -> list[Reminder]:
        return [r for r in self.reminders() if r.case_id == case_id]

    def check(self) -> list[str]:
        """Announce reminders whose time has come on still-unanswered contacts (each once)."""
        open_ = self.reminders()
        now = self._clock.now()
        ready = [r for r in open_ if r.due_at <= now]
        if not ready:
            return []
        messages: list[str] = []
        finished: set[int] = set()
        for case_id in {r.case_id for r in ready}:
            contacts = self._records.contacts(case_id)
            statuses = history.first_responses(
                contacts, self._records.responses(case_id), now, self._records.unanswered_after()
            )
            case = self._records.case(case_id)
            vendor = self._records.vendor(case.vendor_id) if case is not None else None
            by_id = {c.id: c for c in contacts}
            for r in ready:
                if r.case_id != case_id:
                    continue
                finished.add(r.id)
                status = statuses.get(r.contact_id)
                contact = by_id.get(r.contact_id)
                if contact is None or status is None or status.answered_after is not None:
                    continue  # answered (or deleted) in time: nothing to chase
                who = vendor.name if vendor is not None else "the vendor"
                messages.append(
                    f"Time to chase {who}: "
                    f"{durations.no_reply_for(now - contact.at, contact.channel)}"
                    + (f" (case “{case.title}”)." if case is not None else ".")
                )
        everything = self.reminders(include_done=True)
        self._save([replace(r, done=True) if r.id in finished else r for r in everything])
        self.changed.emit()
        if messages:
            self.due.emit(messages)
        return messages
