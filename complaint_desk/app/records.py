"""Vendors, cases, and the contact/response timeline: the service the record views call."""

from __future__ import annotations

import gc
import time
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping
from contextlib import AbstractContextManager
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from functools import partial
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from complaint_desk.app import settings
from complaint_desk.app.clock import Clock, system_wall
from complaint_desk.app.gui_turn import GuiTurn
from complaint_desk.app.kept import Kept
from complaint_desk.app.problems import ProblemReporter
from complaint_desk.app.record_figures import RecordFigures
from complaint_desk.core.models import (
    Case,
    CaseStatus,
    Contact,
    Evidence,
    Response,
    Vendor,
    stored_id,
)
from complaint_desk.lazy import lazy
from complaint_desk.store.errors import MESSAGES, StoreError, StoreErrorKind
from complaint_desk.store.store import Store

if TYPE_CHECKING:  # what mypy checks against
    from complaint_desk.app import record_rows
    from complaint_desk.app.record_rows import TimelineEntry, VendorRow
    from complaint_desk.app.records_warmup import RecordsWarmUp, WarmUpResult
    from complaint_desk.core.records import (
        case_figures,
        contact_details,
        escalation,
        exchange,
        follow_up,
        history,
        letter,
    )
else:  # loaded on first use (complaint_desk.lazy): the first window needs none of them
    record_rows = lazy("complaint_desk.app.record_rows")
    contact_details = lazy("complaint_desk.core.records.contact_details")
    escalation = lazy("complaint_desk.core.records.escalation")
    exchange = lazy("complaint_desk.core.records.exchange")
    follow_up = lazy("complaint_desk.core.records.follow_up")
    history = lazy("complaint_desk.core.records.history")
    letter = lazy("complaint_desk.core.records.letter")

UNANSWERED_AFTER = timedelta(hours=settings.UNANSWERED_AFTER_HOURS.default)  # until set
REGIONS = ("UK", "US", "EU")
_RECORD_TABLES = ("vendors", "cases", "contacts", "responses")
if TYPE_CHECKING:
    from complaint_desk.core.records.exchange import ExchangeGuess

T = TypeVar("T")
R = TypeVar("R", Contact, Response)

# What a record dialog says when the data file refused its save: the dialog stays open with what
# was typed, so the words speak of that (not of a draft) and of what to do before trying again.
_KEPT = "Not saved. What you typed is still here"
NOT_SAVED_WORDS: dict[StoreErrorKind, str] = {
    StoreErrorKind.LOCKED: (
        f"{_KEPT}: your data file is busy (another copy of Complaint Desk or another program is "
        "using it). Close the other program, then try again."
    ),
    StoreErrorKind.READ_ONLY: (
        f"{_KEPT}: your data file or its folder is read-only. Make it writable, then try again."
    ),
    StoreErrorKind.DISK_FULL: (
        f"{_KEPT}: the disk that holds your data is full. Free some space, then try again."
    ),
}


def not_saved_words(problem: StoreError | str | None) -> str:
    """The words a dialog shows when its save failed, from the store's error (or the message
    the problem reporter last showed). What was typed is kept, so the words say so."""
    kind: StoreErrorKind | None = None
    message = ""
    if isinstance(problem, StoreError):
        kind, message = problem.kind, problem.user_message
    elif problem:
        message = problem
        kind = next((k for k, m in MESSAGES.items() if m == problem), None)
    if kind in NOT_SAVED_WORDS:
        return NOT_SAVED_WORDS[kind]
    if message:
        return f"{_KEPT}. {message}"
    return f"{_KEPT}: try again in a moment."


class RecordsService(QObject):
    vendors_changed = Signal()
    cases_changed = Signal()
    timeline_changed = Signal(int)  # case id
    response_logged = Signal(int)  # case id: the vendor answered something
    contact_logged = Signal(object)  # the new Contact (reminders may set a chase on it)
    warmed = Signal()  # a warm-up ended (figures adopted, or not): views waiting on it reload
    warm_up_finished = Signal(object)  # the WarmUpResult, adopted or not (tests, benchmarks)
    # A vendor's timeline read on a worker is kept now (or could not be): ask `vendor_timeline_soon`
    # again (vendor id).
    vendor_timeline_read = Signal(int)

    # A vendor with at least this many contacts has its timeline read on a worker: on the GUI
    # thread 500 contacts and their replies took ~44 ms to read and pair up, 5,000 ~150 ms.
    WORKER_TIMELINE_CONTACTS = 300

    # Below this many contacts + responses the synchronous first load is quick (tens of ms):
    # a "Loading…" flash would cost more than it saves.
    WARM_UP_MIN_RECORDS = 5_000
    WARM_UP_ATTEMPTS = 3  # a write during the warm-up makes it start again, this many times

    def __init__(
        self,
        store: Store,
        clock: Clock,
        problems: ProblemReporter,
        *,
        turn: GuiTurn | None = None,
    ) -> None:
        super().__init__()
        self._store = store
        self._clock = clock
        self._problems = problems
        self._figures = RecordFigures(store)
        self._warm_up_job: RecordsWarmUp | None = None
        self._warm_up_attempts = 0
        self._pool: QThreadPool | None = None
        self._gc_paused = False
        self._kept: defaultdict[str, Kept[Any]] = defaultdict(Kept)  # see app.kept
        self._turn = turn if turn is not None else GuiTurn()  # see gui_busy (the desk's)
        self._timeline_jobs: dict[tuple, Any] = {}  # key -> VendorTimelineRead on a worker
        self._timeline_failed: tuple | None = None  # a key the worker could not read
        self._failure: StoreError | None = None
        self._unanswered_after: timedelta | None = None  # read once, then kept until set

    # -- warm-up ---------------------------------------------------------------------------
    def warm_up(self, pool: QThreadPool | None = None, *, min_records: int | None = None) -> bool:
        """Read all records and build the per-case figures on a worker thread (its own read-only
        connection); `warmed` is emitted when they are adopted or dropped. Not started when the
        figures are already current or the records are few. True while a warm-up runs."""
        if self._warm_up_job is not None:
            return True
        if self._store.closed or self._problems.guard(self._figures.current, True):
            return False
        threshold = self.WARM_UP_MIN_RECORDS if min_records is None else min_records
        if threshold > 0:
            count = self._problems.guard(
                lambda: self._store.contacts.count() + self._store.responses.count(), 0
            )
            if count < threshold:
                return False
        self._pool = pool
        self._warm_up_attempts = 0
        return self._start_warm_up()

    def gui_busy(self) -> AbstractContextManager[None]:
        """Around a view being built on the GUI thread: the records' warm-up waits between its
        chunks meanwhile instead of sharing the interpreter (app.gui_turn)."""
        return self._turn.taken()

    def warm_up_running(self) -> bool:
        """A warm-up is reading on a worker now (unlike `warming`, this never starts one)."""
        return self._warm_up_job is not None

    def warming(self) -> bool:
        """A warm-up is running: views show their loading state instead of reading everything.

        When the figures were thrown away (a change this service was not told about: another
        connection, an undo, an import) and the records are many, asking starts a warm-up, so the
        view that asked waits for `warmed` instead of the GUI rebuilding them (seconds at
        1,000,000 records)."""
        if self._warm_up_job is not None:
            return True
        return self.warm_up(self._pool)  # False when current, or when the records are few

    def _start_warm_up(self) -> bool:
        stamps = self._problems.guard(
            lambda: (self._figures.stamp(), self._store.generation("cases")), None
        )
        if stamps is None:
            return False
        self._warm_up_attempts += 1
        # The worker builds about a million small objects. A full garbage collection over them,
        # run on whichever thread happens to allocate, would stall the GUI for ~0.2 s; collection
        # waits until the warm-up ends, and the adopted figures are then frozen (long-lived).
        if self._warm_up_job is None and gc.isenabled():
            gc.disable()
            self._gc_paused = True
        from complaint_desk.app.records_warmup import RecordsWarmUp

        job = RecordsWarmUp(self._store.path, *stamps, turn=self._turn)
        job.signals.done.connect(self._on_warm_up_done)
        self._warm_up_job = job
        (self._pool or QThreadPool.globalInstance()).start(job)
        return True

    # The load's arrival waits at most this long for the workers to park (app.gui_turn).
    ARRIVAL_WAIT = 0.5
    ARRIVAL_POLL_MS = 2

    def _on_warm_up_done(self, result: WarmUpResult) -> None:
        # The views waiting on the load fill when it arrives.
        self._arrive_when_parked(partial(self._adopt, result))

    _arriving = 0  # arrivals holding the GUI's turn while they wait on the workers

    def _arrive_when_parked(self, adopt: Callable[[], None]) -> None:
        """Run `adopt` (a worker's result taken in, and the views' fill it sets off) in the GUI's
        turn, once the other workers have stepped aside (at most ARRIVAL_WAIT): the window keeps
        running meanwhile (app.gui_turn). The turn lasts through the fill's layout and paint."""
        self._turn.take()
        self._arriving += 1
        self._arrive(adopt, time.monotonic() + self.ARRIVAL_WAIT)

    def _arrive(self, adopt: Callable[[], None], give_up: float) -> None:
        if not self._arriving:
            return  # closed meanwhile: the turn was given back
        if not self._turn.workers_parked() and time.monotonic() < give_up:
            QTimer.singleShot(self.ARRIVAL_POLL_MS, self, partial(self._arrive, adopt, give_up))
            return
        self._arriving -= 1
        try:
            adopt()
        finally:
            self._turn.release_when_idle()  # the views' layout and paint in the turn too

    def _adopt(self, result: WarmUpResult) -> None:
        self._warm_up_job = None
        adopted = False
        built = result.figures
        if built is not None and not self._store.closed:
            adopted = self._problems.guard(
                lambda: self._figures.adopt(built, result.stamp, result.cases_stamp),
                False,
            )
            result.adopted = bool(adopted)
            if not adopted and (
                not self._problems.guard(self._figures.current, True)
                and self._warm_up_attempts < self.WARM_UP_ATTEMPTS
            ):
                self.warm_up_finished.emit(result)
                self._start_warm_up()  # written to meanwhile: read again, views keep waiting
                return
        self._resume_gc(frozen=adopted)
        self.warm_up_finished.emit(result)
        self.warmed.emit()
        if result.error is not None and not isinstance(result.error, StoreError):
            raise result.error  # a bug in the worker: loud, on the GUI thread

    def close(self) -> None:
        """The desk is closing: never leave garbage collection paused behind a warm-up, nor the
        workers waiting on an arrival's turn."""
        self._resume_gc(frozen=False)
        while self._arriving:
            self._arriving -= 1
            self._turn.release()

    def _resume_gc(self, *, frozen: bool) -> None:
        if not self._gc_paused:
            return
        self._gc_paused = False
        if frozen:
            gc.freeze()  # the figures live as long as the app: keep them out of future scans
        gc.enable()

    # -- vendors -------------------------------------------------------------------------
    def vendors(self) -> list[Vendor]:
        return self._problems.guard(self._store.vendors.list, [])

    def vendor(self, vendor_id: int) -> Vendor | None:
        return self._problems.guard(lambda: self._store.vendors.get(vendor_id), None)

    def save_vendor(self, vendor: Vendor) -> Vendor | None:
        """Add (id None) or update a vendor. A blank name or an e-mail address that is not one
        is refused with ValueError (the dialog stays open and says why)."""
        name = vendor.name.strip()
        if not name:
            raise ValueError("A vendor needs a name.")
        problem = contact_details.email_problem(vendor.email)
        if problem is not None:
            raise ValueError(problem)
        vendor = replace(
            vendor,
            name=name,
            email=vendor.email.strip(),
            handles={
                site: contact_details.normal_handle(site, handle)
                for site, handle in vendor.handles.items()
                if handle.strip()
            },
        )
        if vendor.id is None:
            saved = self._write(lambda: self._store.vendors.add(vendor), None)
        else:
            updated = vendor

            saved = (
                updated if self._write_done(lambda: self._store.vendors.update(updated)) else None
            )
        if saved is not None:
            self.vendors_changed.emit()
        return saved

    # -- cases ---------------------------------------------------------------------------
    def cases(self, vendor_id: int | None = None) -> list[Case]:
        if vendor_id is None:  # all cases: kept while the table is unchanged
            cached: list[Case] = self._problems.guard(self._figures.cases, [])
            return list(cached)
        rows: list[Case] = self._problems.guard(lambda: self._store.cases.list(vendor_id), [])
        return rows

    def case(self, case_id: int) -> Case | None:
        return self._problems.guard(lambda: self._store.cases.get(case_id), None)

    def save_case(self, case: Case) -> Case | None:
        title = case.title.strip()
        if not title:
            raise ValueError("A case needs a title.")
        case = replace(case, title=title)
        if case.id is None:
            # The person's real time, not the hold's clock (which may have seen a clock ahead).
            case = replace(case, opened_at=self.wall_now())
            saved = self._write(lambda: self._store.cases.add(case), None)
        else:
            updated = case

            done = self._write_done(lambda: self._store.cases.update(updated))
            saved = updated if done else None
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
        before = self._problems.guard(self._figures.stamp, None)
        saved = self._write(lambda: self._store.contacts.add(contact), None)
        if saved is not None:
            self._problems.guard(lambda: self._figures.contact_added(saved, before), None)
            self.timeline_changed.emit(contact.case_id)
            self.contact_logged.emit(saved)
        return saved

    def log_response(self, response: Response) -> Response | None:
        self._check_time(response.at)
        before = self._problems.guard(self._figures.stamp, None)
        saved = self._write(lambda: self._store.responses.add(response), None)
        if saved is not None:
            self._problems.guard(lambda: self._figures.response_added(saved, before), None)
            self.timeline_changed.emit(response.case_id)
            self.response_logged.emit(response.case_id)
        return saved

    def contact(self, contact_id: int) -> Contact | None:
        return self._problems.guard(lambda: self._store.contacts.get(contact_id), None)

    def response(self, response_id: int) -> Response | None:
        return self._problems.guard(lambda: self._store.responses.get(response_id), None)

    def update_contact(self, contact: Contact) -> Contact | None:
        """Save a corrected contact (the figures, reminders and escalation follow at once)."""
        return self._update(contact, self._store.contacts.update)

    def update_response(self, response: Response) -> Response | None:
        """Save a corrected response (its outcome, time, who, what was said)."""
        return self._update(response, self._store.responses.update)

    def _update(self, record: R, store_update: Callable[[R], None]) -> R | None:
        self._check_time(record.at)
        # The figures are patched from the record as it was (read before the write), not
        # rebuilt from every record.
        is_contact = isinstance(record, Contact)
        old: Contact | Response | None = None
        if record.id is not None:
            record_id = record.id
            get = self._store.contacts.get if is_contact else self._store.responses.get
            old = self._problems.guard(lambda: get(record_id), None)
        before = self._problems.guard(self._figures.stamp, None)

        if not self._write_done(lambda: store_update(record)):
            return None
        if isinstance(old, Contact) and isinstance(record, Contact):
            was, now = old, record
            self._problems.guard(lambda: self._figures.contact_changed(was, now, before), None)
        elif isinstance(old, Response) and isinstance(record, Response):
            was_r, now_r = old, record
            self._problems.guard(lambda: self._figures.response_changed(was_r, now_r, before), None)
        self.timeline_changed.emit(record.case_id)
        return record

    def read_exchange(self, text: str) -> ExchangeGuess | None:
        """The contact fields a pasted e-mail or chat transcript proposes (core.records.exchange),
        or None; dates without a day of their own are today's, in local time."""

        local = self.wall_now().astimezone()
        return exchange.read_exchange(text, local.date(), local.tzinfo or UTC)

    def records_changed(self, case_ids: set[int]) -> None:
        """Records were removed or put back as a whole (a delete, its undo): every list,
        timeline and figure reloads."""
        self.vendors_changed.emit()
        self.cases_changed.emit()
        for case_id in sorted(case_ids):
            self.timeline_changed.emit(case_id)

    def records_imported(self, case_id: int, responses: int = 0) -> None:
        """Records were written on `case_id` by another connection (an e-mail import on a
        worker): the views reload, and logged vendor responses are announced like one logged
        here (the window asks about drafts still cooling off on that case)."""
        self.timeline_changed.emit(case_id)
        if responses:
            self.response_logged.emit(case_id)

    def contacts(self, case_id: int | None = None) -> list[Contact]:
        return self._problems.guard(lambda: self._store.contacts.list(case_id), [])

    def responses(self, case_id: int | None = None) -> list[Response]:
        return self._problems.guard(lambda: self._store.responses.list(case_id), [])

    def timeline(self, case_id: int) -> list[TimelineEntry]:
        """The case's contacts and responses, newest first, each with its response-time words."""
        case = self.case(case_id)
        settled = {case_id} if case is not None and case.status in record_rows.SETTLED else set()
        contacts = self.contacts(case_id)
        responses = self.responses(case_id)
        entries = record_rows.timeline_entries(
            contacts,
            responses,
            self._clock.now(),
            settled=settled,
            unanswered_after=self.unanswered_after(),
        )
        none: list[Evidence] = []
        files = self._problems.guard(lambda: self._store.evidence.list(case_id), none)
        if files:
            entries += record_rows.evidence_entries(files, contacts, responses)
            entries.sort(key=lambda e: (e.at, record_rows.KIND_ORDER[e.kind]), reverse=True)
        return entries

    def kept(self, name: str, build: Callable[[], T], *key: object) -> T:
        """`build()`, kept (the same object; callers must not change it) while the record tables
        are unchanged and within the same minute (waiting words and unanswered counts go by
        minutes): views ask again on every refresh, and rebuilding cost tens of milliseconds at
        100,000 records. `key` tells apart what `name` is built for (e.g. the vendor)."""
        stamps = self._problems.guard(
            lambda: tuple(self._store.generation(t) for t in _RECORD_TABLES), None
        )
        minute = self._clock.now().replace(second=0, microsecond=0)
        return self._kept[name].get(None if stamps is None else (key, minute, stamps), build)

    def vendor_timeline(self, vendor_id: int) -> list[TimelineEntry]:
        """Every contact and response on the vendor's cases, newest first, with case titles
        (kept between refreshes that change nothing, see `_vendor_timeline_key`). Read here and
        now; a view uses `vendor_timeline_soon`, which reads a long one on a worker."""

        def build() -> list[TimelineEntry]:
            now, wait = self._clock.now(), self.unanswered_after()
            nothing: list[TimelineEntry] = []
            return self._problems.guard(
                lambda: record_rows.read_vendor_timeline(self._store, vendor_id, now, wait),
                nothing,
            )

        return self._kept["vendor_timeline"].get(self._vendor_timeline_key(vendor_id), build)

    def _vendor_timeline_key(self, vendor_id: int) -> tuple | None:
        """What a kept timeline depends on: a record on one of the vendor's cases (the figures
        know which vendors a write touched), the cases, the vendors and the minute. None when
        the stamps cannot be read (the caller reads afresh, and the problem is reported)."""
        stamps = self._problems.guard(
            lambda: (
                self._figures.vendor_stamp(vendor_id),
                self._store.generation("cases"),
                self._store.generation("vendors"),
            ),
            None,
        )
        if stamps is None:
            return None
        return (vendor_id, stamps, self._clock.now().replace(second=0, microsecond=0))

    def vendor_timeline_soon(self, vendor_id: int) -> list[TimelineEntry] | None:
        """The vendor's timeline when it can be had at once: kept and current, or a vendor with
        few records (read here). Otherwise None, and it is read on a worker thread:
        `vendor_timeline_read(vendor_id)` says when to ask again (the window never waits on a
        long history; a read the worker could not do is then done here, reporting the problem)."""
        key = self._vendor_timeline_key(vendor_id)
        if key is None or key == self._timeline_failed:
            return self.vendor_timeline(vendor_id)
        held = self._kept["vendor_timeline"].held(key)
        if held is not None:
            return held
        many = self._problems.guard(lambda: self._figures.vendor_contacts(vendor_id), 0)
        if many < self.WORKER_TIMELINE_CONTACTS or self._store.closed:
            return self.vendor_timeline(vendor_id)
        if key in self._timeline_jobs:
            return None  # already being read
        from complaint_desk.app.timeline_read import TimelineRead, VendorTimelineRead

        job = VendorTimelineRead(
            self._store.path,
            TimelineRead(vendor_id, key),
            self._clock.now(),
            self.unanswered_after(),
            self._turn,
        )
        job.signals.done.connect(self._on_timeline_read)
        self._timeline_jobs[key] = job  # referenced until it reports: it runs on a worker
        (self._pool or QThreadPool.globalInstance()).start(job)
        return None

    def _on_timeline_read(self, read: Any) -> None:
        self._timeline_jobs.pop(read.key, None)
        if self._store.closed:
            return
        if read.error is not None and not isinstance(read.error, StoreError):
            raise read.error  # a bug in the worker: loud, on the GUI thread
        # A long timeline's fill (thousands of rows) arrives as the load does: filled while the
        # tone engine's warm-up imported TextBlob, the Vendors view froze 55-210 ms in about one
        # run of four (10,000 drafts).
        self._arrive_when_parked(partial(self._take_timeline, read))

    def _take_timeline(self, read: Any) -> None:
        if self._store.closed:
            return
        if read.error is not None:
            self._timeline_failed = read.key
        elif read.key == self._vendor_timeline_key(read.vendor_id):
            self._kept["vendor_timeline"].put(read.key, read.entries)
        self.vendor_timeline_read.emit(read.vendor_id)

    def relink_response(self, response_id: int, contact_id: int | None) -> Response | None:
        """Say which contact a response answers (None: back to the latest earlier contact).

        The contact must belong to the same vendor; ValueError otherwise."""
        response = self._problems.guard(lambda: self._store.responses.get(response_id), None)
        if response is None:
            return None
        if contact_id is not None:
            contact = self._problems.guard(lambda: self._store.contacts.get(contact_id), None)
            if contact is None:
                raise ValueError("That contact no longer exists.")
            if contact.case_id != response.case_id:
                mine, theirs = self.case(response.case_id), self.case(contact.case_id)
                if mine is None or theirs is None or mine.vendor_id != theirs.vendor_id:
                    raise ValueError("A response can only answer a contact with the same vendor.")
        updated = replace(response, contact_id=contact_id)
        before = self._problems.guard(self._figures.stamp, None)

        if not self._write_done(lambda: self._store.responses.update(updated)):
            return None
        self._problems.guard(
            lambda: self._figures.response_changed(response, updated, before), None
        )
        self.timeline_changed.emit(response.case_id)
        return updated

    # -- escalation and letters -----------------------------------------------------------
    def region(self) -> str | None:
        """Where the user lives, for regulator deadlines ("UK", "US", "EU"), if they said."""
        value = self._problems.guard(lambda: settings.read(self._store, settings.REGION), None)
        return value if value in REGIONS else None

    def set_region(self, region: str | None) -> None:
        value = region if region in REGIONS else ""

        self._problems.done(lambda: settings.write(self._store, settings.REGION, value))
        self.cases_changed.emit()

    def unanswered_after(self) -> timedelta:
        """How long a contact with no reply is 'pending' before it counts as unanswered
        (Preferences; 72 h unless set)."""
        if self._unanswered_after is None:
            default = settings.UNANSWERED_AFTER_HOURS.default
            hours = self._problems.guard(
                lambda: settings.read(self._store, settings.UNANSWERED_AFTER_HOURS), default
            )
            self._unanswered_after = timedelta(hours=hours)
        return self._unanswered_after

    def set_unanswered_after(self, hours: int) -> bool:
        """Keep the new wait; every figure, timeline and reminder follows at once. False when it
        could not be saved (the reason is reported)."""
        if hours not in settings.UNANSWERED_CHOICES_HOURS:
            raise ValueError(f"{hours} h is not one of the offered waits")

        if not self._problems.done(
            lambda: settings.write(self._store, settings.UNANSWERED_AFTER_HOURS, hours)
        ):
            return False
        if timedelta(hours=hours) != self.unanswered_after():
            self._unanswered_after = timedelta(hours=hours)
            self._kept.clear()  # kept views were built with the old wait
            self.vendors_changed.emit()
            self.cases_changed.emit()
        return True

    def suggestion(self, case_id: int) -> escalation.Suggestion | None:
        """The next escalation step for the case, if its vendor has gone quiet (never acted on)."""
        case = self.case(case_id)
        if case is None:
            return None
        return escalation.suggest_next_step(
            case,
            self.contacts(case_id),
            self.responses(case_id),
            self._clock.now(),
            self.region(),
            self.unanswered_after(),
        )

    def follow_up_text(self, case_id: int) -> str:
        """The opening of an update or thank-you, from the vendor's latest response on the case."""
        case = self.case(case_id)
        vendor = self.vendor(case.vendor_id) if case is not None else None
        if case is None or vendor is None:
            return ""
        latest = max(self.responses(case_id), key=lambda r: r.at, default=None)
        return follow_up.follow_up_text(vendor, case, latest)

    def letter(self, case_id: int, user_name: str = "") -> str:
        """A factual letter to a senior manager, drafted from the case's timeline."""
        case = self.case(case_id)
        vendor = self.vendor(case.vendor_id) if case is not None else None
        if case is None or vendor is None:
            return ""
        return letter.draft_letter(
            vendor,
            case,
            self.contacts(case_id),
            self.responses(case_id),
            now=self._clock.now(),
            user_name=user_name,
        )

    def now(self) -> datetime:
        """The trusted "now" (never earlier than any time seen): for the hold and for waiting."""
        return self._clock.now()

    def wall_now(self) -> datetime:
        """The real current time: the default for dates the person enters (a contact, a
        response) and the time a new case is opened. Unlike `now`, a clock that was once ahead
        does not push it into the future."""
        wall = getattr(self._clock, "wall_now", None)
        return wall() if wall is not None else system_wall()

    # -- saving from a dialog ---------------------------------------------------------------
    def _write(self, action: Callable[[], T], default: T) -> T:
        """A store write through the problem reporter (the banner), remembering why it failed
        so the dialog that asked can say so and stay open."""
        self._failure = None

        def attempt() -> T:
            try:
                return action()
            except StoreError as exc:
                self._failure = exc
                raise

        return self._problems.guard(attempt, default)

    def _write_done(self, action: Callable[[], object]) -> bool:
        """`_write` for a write whose result does not matter: True when it went through."""

        def run() -> bool:
            action()
            return True

        return self._write(run, False)

    def last_failure(self) -> str | None:
        """Words for why the last save (vendor, case, contact, response, re-link) failed, or
        None when it worked."""
        return not_saved_words(self._failure) if self._failure is not None else None

    def case_figures(self) -> Mapping[int, case_figures.CaseFigures]:
        """case id -> its clock-free scorecard figures, each computed from the store when asked
        (nothing kept per record)."""
        figures = self._figures
        problems = self._problems

        class _ByCase(Mapping[int, "case_figures.CaseFigures"]):
            def __getitem__(self, case_id: int) -> case_figures.CaseFigures:
                found = problems.guard(lambda: figures.case(case_id), None)
                if found is None:
                    raise KeyError(case_id)
                return found

            def __iter__(self) -> Iterator[int]:
                return iter(c.id for c in figures.cases() if c.id is not None)

            def __len__(self) -> int:
                return len(figures.cases())

        return _ByCase()

    def figures(self) -> RecordFigures:
        """The scorecard and vendor-list totals, patched case by case (read them through
        `scorecard` and `vendor_rows`)."""
        return self._figures

    @staticmethod
    def _check_time(at: datetime) -> None:
        if at.tzinfo is None:
            raise ValueError("Times must carry a time zone.")


def vendor_rows(service: RecordsService) -> list[VendorRow]:
    """From the totals the service keeps: one pass over cases, not over all records."""
    vendors = service.vendors()
    figures = service.figures()
    nothing: tuple[dict[int, int], dict[int, datetime]] = ({}, {})
    counts, last = service._problems.guard(figures.contact_totals, nothing)
    no_clocks: dict[int, list[history.WaitingClock]] = {}
    waiting = service._problems.guard(lambda: figures.waiting(service.now()), no_clocks)
    no_counts: dict[int, int] = {}
    open_count = service._problems.guard(figures.open_cases, no_counts)
    rows: list[VendorRow] = []
    for v in vendors:
        vendor_id = stored_id(v)
        rows.append(
            record_rows.VendorRow(
                v,
                open_count.get(vendor_id, 0),
                counts.get(vendor_id, 0),
                last.get(vendor_id),
                tuple(waiting.get(vendor_id, ())),
            )
        )
    return rows


def scorecard(service: RecordsService) -> history.Scorecard:
    """The whole scorecard from the store's records, at the desk's trusted "now" (read off the
    totals the service keeps; equal to `history.scorecard` over all records)."""

    def build() -> history.Scorecard:
        vendors = service.vendors()
        now = service.now()
        wait = service.unanswered_after()
        empty = history.scorecard(vendors, [], [], [], now, wait)
        figures = service.figures()
        return service._problems.guard(lambda: figures.scorecard(vendors, now, wait), empty)

    return service.kept("scorecard", build)
