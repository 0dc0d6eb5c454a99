"""The rows the record views show (a timeline entry, a vendor with its figures).

Apart from `app.records`, which the desk imports at start-up: the first window shows drafts, and
each frozen dataclass costs about a millisecond to define.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from complaint_desk.core.models import (
    LIVE_CHANNELS,
    CaseStatus,
    Contact,
    Evidence,
    Response,
    Vendor,
    stored_id,
)
from complaint_desk.lazy import lazy

if TYPE_CHECKING:
    from complaint_desk.core import durations, formatting
    from complaint_desk.core.records import history
    from complaint_desk.store.store import Store
else:  # loaded when a timeline is first built, not at start-up
    durations = lazy("complaint_desk.core.durations")
    formatting = lazy("complaint_desk.core.formatting")
    history = lazy("complaint_desk.core.records.history")


@dataclass(frozen=True)
class TimelineEntry:
    """One row of a case timeline, ready to show: the record plus its first-response words."""

    kind: str  # "contact" | "response" | "evidence" (a file kept with the case)
    at: datetime
    record: Contact | Response | Evidence
    answer: str  # "answered in 5 min", "12 h, no answer yet", "answers your email of 3 Mar"…
    answers_id: int | None = None  # response rows: the contact it answers (after linking)
    case_title: str = ""  # filled in for the vendor-wide timeline
    answers_label: str = ""  # response rows: "your email of 3 Mar"
    # A contact waiting past its channel's fair reply time on a case still open: what the
    # timeline marks as late (the bands of the scorecard's legend, core.records.reply_bands).
    late: bool = False


@dataclass(frozen=True)
class VendorRow:
    """A vendor with the figures the vendors list shows."""

    vendor: Vendor
    open_cases: int
    contacts: int
    last_contact: datetime | None
    waiting: tuple[history.WaitingClock, ...] = ()  # running clocks, longest wait first

    @property
    def waiting_text(self) -> str:
        """ "no reply for 14 h on email" (the longest), "+1 more" when there are others."""
        if not self.waiting:
            return ""
        text = self.waiting[0].text
        if len(self.waiting) > 1:
            text += f" (+{len(self.waiting) - 1} more)"
        return text

    @property
    def quiet(self) -> bool:
        return any(w.quiet for w in self.waiting)


# A case in these states waits for nothing: no running clocks, nothing late.
SETTLED = (CaseStatus.RESOLVED, CaseStatus.CLOSED)


def read_vendor_timeline(
    store: Store, vendor_id: int, now: datetime, unanswered_after: timedelta
) -> list[TimelineEntry]:
    """Every contact and response on the vendor's cases, newest first, with case titles: read
    from `store` (the GUI thread's, or a worker's own reader) and built by `timeline_entries`.
    Raises StoreError when the store cannot be read."""
    cases = [c for c in store.cases.list(vendor_id) if c.id is not None]
    contacts = store.contacts.for_vendor(vendor_id)
    responses = store.responses.for_vendor(vendor_id)
    titles = {c.id: c.title for c in cases if c.id is not None}
    settled = {c.id for c in cases if c.id is not None and c.status in SETTLED}
    return timeline_entries(
        contacts, responses, now, titles, settled, unanswered_after=unanswered_after
    )


def timeline_entries(
    contacts: list[Contact],
    responses: list[Response],
    now: datetime,
    titles: dict[int, str] | None = None,
    settled: set[int] | None = None,
    *,
    unanswered_after: timedelta,
) -> list[TimelineEntry]:
    """The timeline rows. On a `settled` (resolved or closed) case nothing is waiting: a
    contact without an answer says so without a running clock, and nothing is marked late."""
    statuses = history.first_responses(contacts, responses, now, unanswered_after)
    links = history.link_responses(contacts, responses)
    by_id = {c.id: c for c in contacts}
    titles = titles or {}
    entries: list[TimelineEntry] = []
    settled = settled or set()
    for c in contacts:
        status = statuses.get(stored_id(c))
        waiting = status is not None and status.state is not history.ContactState.ANSWERED
        if history.answers_itself(c):
            outcome = c.outcome.label if c.outcome is not None else None
            words, late = durations.answered_live(c.rep, outcome), False
        elif waiting and c.case_id in settled:
            words, late = "no answer (the case is settled)", False
        else:
            if c.channel in LIVE_CHANNELS and status is not None:
                overdue = status.state is history.ContactState.UNANSWERED
                words = durations.not_reached(c.reached, status.waiting, overdue)
            else:
                words = _status_words(status)
            late = bool(
                waiting
                and status is not None
                and status.waiting is not None
                and status.waiting > history.quiet_after(c.channel)
            )
        entries.append(
            TimelineEntry("contact", c.at, c, words, None, titles.get(c.case_id, ""), late=late)
        )
    for r in responses:
        answered = by_id.get(links.get(stored_id(r)))
        if answered is None:
            text, label, answers_id = "no earlier contact to answer", "", None
        else:
            text = durations.answered_in(max(timedelta(0), r.at - answered.at))
            label = f"your {answered.channel.label.lower()} of {durations.short_day(answered.at)}"
            answers_id = answered.id
        title = titles.get(r.case_id, "")
        entries.append(TimelineEntry("response", r.at, r, text, answers_id, title, label))
    entries.sort(key=lambda e: (e.at, e.kind == "response"), reverse=True)
    return entries


KIND_ORDER = {"contact": 0, "response": 1, "evidence": 2}  # at the same instant, newest first


def evidence_entries(
    files: list[Evidence], contacts: list[Contact], responses: list[Response]
) -> list[TimelineEntry]:
    """A row per kept file, at the time it was kept: its size, and what it is kept with."""
    on: dict[tuple[str, int | None], str] = {}
    for c in contacts:
        on[("c", c.id)] = f"your {c.channel.label.lower()} of {durations.short_day(c.at)}"
    for r in responses:
        on[("r", r.id)] = f"their {r.channel.label.lower()} of {durations.short_day(r.at)}"
    out = []
    for e in files:
        if e.contact_id is not None:
            label = on.get(("c", e.contact_id), "the case")
        elif e.response_id is not None:
            label = on.get(("r", e.response_id), "the case")
        else:
            label = "the case"
        label = f"kept with {label}"
        out.append(
            TimelineEntry(
                "evidence", e.added_at, e, formatting.format_size(e.size), None, "", label
            )
        )
    return out


def _status_words(status: history.ContactStatus | None) -> str:
    if status is None:
        return ""
    if status.state is history.ContactState.ANSWERED and status.answered_after is not None:
        return durations.answered_in(status.answered_after)
    if status.state is history.ContactState.PENDING and status.waiting is not None:
        return durations.no_answer_yet(status.waiting)
    if status.waiting is not None:
        return durations.unanswered_for(status.waiting)
    return ""
