"""Vendors, cases, and the contact/response timeline: the service the record views call."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, Signal

from complaint_desk.app.clock import Clock
from complaint_desk.app.problems import ProblemReporter
from complaint_desk.core import durations, history
from complaint_desk.core.models import Case, CaseStatus, Contact, Response, Vendor
from complaint_desk.store.store import Store

UNANSWERED_AFTER = timedelta(hours=72)


@dataclass(frozen=True)
class TimelineEntry:
    """One row of a case timeline, ready to show: the record plus its first-response words."""

    kind: str  # "contact" | "response"
    at: datetime
    record: Contact | Response
    answer: str  # "answered in 5 min", "12 h, no answer yet", "answers your email of 3 Mar"…


class RecordsService(QObject):
    vendors_changed = Signal()
    cases_changed = Signal()
    timeline_changed = Signal(int)  # case id

    def __init__(self, store: Store, clock: Clock, problems: ProblemReporter) -> None:
        super().__init__()
        self._store = store
        self._clock = clock
        self._problems = problems

    # -- vendors -------------------------------------------------------------------------
    def vendors(self) -> list[Vendor]:
        return self._problems.guard(self._store.vendors.list, [])

    def vendor(self, vendor_id: int) -> Vendor | None:
        return self._problems.guard(lambda: self._store.vendors.get(vendor_id), None)

    def save_vendor(self, vendor: Vendor) -> Vendor | None:
        """Add (id None) or update a vendor. A blank name is refused with ValueError."""
        name = vendor.name.strip()
        if not name:
            raise ValueError("A vendor needs a name.")
        vendor = replace(vendor, name=name, handles={k: v.strip() for k, v in vendor.handles.items() if v.strip()})
        if vendor.id is None:
            saved = self._problems.guard(lambda: self._store.vendors.add(vendor), None)
        else:
            ok = self._problems.guard(lambda: (self._store.vendors.update(vendor), True)[1], False)
            saved = vendor if ok else None
        if saved is not None:
            self.vendors_changed.emit()
        return saved

    # -- cases ---------------------------------------------------------------------------
    def cases(self, vendor_id: int | None = None) -> list[Case]:
        return self._problems.guard(lambda: self._store.cases.list(vendor_id), [])

    def case(self, case_id: int) -> Case | None:
        return self._problems.guard(lambda: self._store.cases.get(case_id), None)

    def save_case(self, case: Case) -> Case | None:
        title = case.title.strip()
        if not title:
            raise ValueError("A case needs a title.")
        case = replace(case, title=title)
        if case.id is None:
            case = replace(case, opened_at=self._clock.now())
            saved = self._problems.guard(lambda: self._store.cases.add(case), None)
        else:
            ok = self._problems.guard(lambda: (self._store.cases.update(case), True)[1], False)
            saved = case if ok else None
        if saved is not None:
            self.cases_changed.emit()
        return saved

    def set_case_status(self, case_id: int, status: CaseStatus) -> None:
        case = self.case(case_id)
        if case is not None and case.status != status:
            self.save_case(replace(case, status=status))

    # -- timeline ------------------------------------------------------------------------
    def log_contact(self, contact: Contact) -> Contact | None:
        self._check_time(contact.at)
        saved = self._problems.guard(lambda: self._store.contacts.add(contact), None)
        if saved is not None:
            self.timeline_changed.emit(contact.case_id)
        return saved

    def log_response(self, response: Response) -> Response | None:
        self._check_time(response.at)
        saved = self._problems.guard(lambda: self._store.responses.add(response), None)
        if saved is not None:
            self.timeline_changed.emit(response.case_id)
        return saved

    def contacts(self, case_id: int | None = None) -> list[Contact]:
        return self._problems.guard(lambda: self._store.contacts.list(case_id), [])

    def responses(self, case_id: int | None = None) -> list[Response]:
        return self._problems.guard(lambda: self._store.responses.list(case_id), [])

    def timeline(self, case_id: int) -> list[TimelineEntry]:
        """The case's contacts and responses, newest first, each with its response-time words."""
        contacts = self.contacts(case_id)
        responses = self.responses(case_id)
        now = self._clock.now()
        statuses = history.first_responses(contacts, responses, now, UNANSWERED_AFTER)
        links = history.link_responses(contacts, responses)
        by_id = {c.id: c for c in contacts}
        entries: list[TimelineEntry] = []
        for c in contacts:
            status = statuses.get(c.id)
            entries.append(TimelineEntry("contact", c.at, c, _status_words(status)))
        for r in responses:
            answered = by_id.get(links.get(r.id))
            text = (
                durations.answered_in(r.at - answered.at)
                if answered is not None
                else "no earlier contact to answer"
            )
            entries.append(TimelineEntry("response", r.at, r, text))
        entries.sort(key=lambda e: (e.at, e.kind == "response"), reverse=True)
        return entries

    def now(self) -> datetime:
        return self._clock.now()

    @staticmethod
    def _check_time(at: datetime) -> None:
        if at.tzinfo is None:
            raise ValueError("Times must carry a time zone.")


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


@dataclass(frozen=True)
class VendorRow:
    """A vendor with the figures the vendors list shows."""

    vendor: Vendor
    open_cases: int
    contacts: int
    last_contact: datetime | None


def vendor_rows(service: RecordsService) -> list[VendorRow]:
    """One pass over cases and contacts; cheap enough for thousands of vendors."""
    vendors = service.vendors()
    cases = service.cases()
    contacts = service.contacts()
    case_vendor = {c.id: c.vendor_id for c in cases}
    open_count: dict[int, int] = {}
    for c in cases:
        if c.status in (CaseStatus.OPEN, CaseStatus.WAITING):
            open_count[c.vendor_id] = open_count.get(c.vendor_id, 0) + 1
    counts: dict[int, int] = {}
    last: dict[int, datetime] = {}
    for c in contacts:
        vid = case_vendor.get(c.case_id)
        if vid is None:
            continue
        counts[vid] = counts.get(vid, 0) + 1
        if vid not in last or c.at > last[vid]:
            last[vid] = c.at
    return [
        VendorRow(v, open_count.get(v.id, 0), counts.get(v.id, 0), last.get(v.id)) for v in vendors
    ]


def scorecard(service: RecordsService) -> history.Scorecard:
    """The whole scorecard from the store's records, at the desk's trusted "now"."""
    return history.scorecard(
        service.vendors(),
        service.cases(),
        service.contacts(),
        service.responses(),
        service.now(),
        UNANSWERED_AFTER,
    )
