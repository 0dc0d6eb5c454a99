"""The desk: one object that wires the store, the clock and the services the UI talks to."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from complaint_desk.app import settings
from complaint_desk.app.clock import Clock, TrustedClock
from complaint_desk.app.drafts import DraftsService
from complaint_desk.app.gui_turn import GuiTurn
from complaint_desk.app.problems import ProblemReporter
from complaint_desk.app.scoring import Scorer
from complaint_desk.core.draft_types import DraftStatus
from complaint_desk.paths import RESTORE_MARKER, database_path
from complaint_desk.store.errors import StoreError, StoreErrorKind
from complaint_desk.store.store import Store, open_reader, open_store

if TYPE_CHECKING:
    from complaint_desk.app.changes import Changes
    from complaint_desk.app.copy_out import CopyOutService
    from complaint_desk.app.data_safety import DataSafety
    from complaint_desk.app.evidence import EvidenceService
    from complaint_desk.app.first_steps import FirstSteps
    from complaint_desk.app.mail_import import MailImportService
    from complaint_desk.app.records import RecordsService
    from complaint_desk.app.reminders import RemindersService
    from complaint_desk.store.restore import RestoreResult


class Desk(QObject):
    """Facade: `records`, `drafts`, `copy_out`, `problems`, plus the hold-release watcher.

    The services the window's first frame does not use (records, undo, reminders, backups, the
    first steps, mail import, evidence, copy-out) are built when first asked for, with their
    wiring: the first frame needs the drafts service, and `import complaint_desk.app.desk` stays
    light.
    """

    releases = Signal(list)  # draft ids whose hold just ended
    response_logged = Signal(int)  # case id: a vendor response was logged on it
    reminders_due = Signal(list)  # the reminders service's `due`, once it is built

    CHECK_INTERVAL_MS = 30_000
    # WAL into the main file this often (when something was saved), so deleting the -wal after
    # a crash loses at most the last moments; also every 50 commits and on close (store).
    CHECKPOINT_INTERVAL_MS = 20_000

    integrity_checked = Signal(list)  # findings of the start-up check run off the GUI thread

    def __init__(
        self,
        store: Store,
        clock: Clock,
        *,
        set_clipboard: Callable[[str], None] = lambda _text: None,
        open_url: Callable[[str], bool] | None = None,
        scorer: Scorer | None = None,
    ) -> None:
        super().__init__()
        self.store = store
        self.clock = clock
        self.problems = ProblemReporter(commits=lambda: store.commits)
        # One turn for the window: while it builds a view, every background reader (the records'
        # warm-up, the scorer's) waits between its steps instead of sharing the interpreter.
        self.turn = GuiTurn()
        self.scorer = scorer if scorer is not None else Scorer()
        self.scorer.turn = self.turn
        self.drafts = DraftsService(store, clock, self.problems, self.scorer)
        self.restored: RestoreResult | None = None  # what the start-up restored, if anything
        self._set_clipboard = set_clipboard
        self._open_url = open_url
        self._timer = QTimer(self)
        self._timer.setInterval(self.CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.check_releases)
        self._timer.timeout.connect(self._check_reminders)  # chase reminders, same cadence
        self._last_check = clock.now()
        self._checkpoints = QTimer(self)
        self._checkpoints.setInterval(self.CHECKPOINT_INTERVAL_MS)
        self._checkpoints.timeout.connect(self.checkpoint)
        self._integrity: _IntegrityCheck | None = None

    # -- services built when first used ---------------------------------------------------
    @cached_property
    def records(self) -> RecordsService:
        """Vendors, cases, contacts, responses and their figures."""
        from complaint_desk.app.records import RecordsService

        records = RecordsService(self.store, self.clock, self.problems, turn=self.turn)
        # A contact logged answers the reminder to chase it.
        records.contact_logged.connect(self._contact_logged)
        # A vendor response may change what the user wants to post: the window asks about any
        # draft on that case still cooling off.
        records.response_logged.connect(self.response_logged)
        return records

    def gui_busy(self) -> AbstractContextManager[None]:
        """Around a view being built on the GUI thread: the background readers (the records'
        warm-up, the scorer's) wait between their steps meanwhile (app.gui_turn). It does not
        make the records service: the first view is built before anything reads in the
        background, and the first paint does not need it."""
        return self.turn.taken()

    def gui_busy_until_idle(self) -> AbstractContextManager[None]:
        """`gui_busy`, lasting until the event loop is idle (the layout and the paint that
        follow the work included)."""
        return self.turn.taken_until_idle()

    def background_reading(self) -> bool:
        """The records are being read on a worker (the GUI thread shares the interpreter with
        it, so work that can wait for an idle moment waits)."""
        return "records" in self.__dict__ and self.records.warm_up_running()

    @cached_property
    def reminders(self) -> RemindersService:
        from complaint_desk.app.reminders import RemindersService

        reminders = RemindersService(self.store, self.clock, self.records, self.problems)
        reminders.due.connect(self.reminders_due)
        return reminders

    def _contact_logged(self, *args) -> None:
        self.reminders.contact_logged(*args)

    def _check_reminders(self) -> None:
        self.reminders.check()

    @cached_property
    def changes(self) -> Changes:
        """Edit ▸ Undo and Redo for deletes and edits of records."""
        from complaint_desk.app.changes import Changes

        return Changes(self.store, self.problems, self.records, self.drafts)

    @cached_property
    def data(self) -> DataSafety:
        """Backups, export, restore and the data folder."""
        from complaint_desk.app.data_safety import DataSafety

        return DataSafety(self.store, self.clock, self.problems)

    @cached_property
    def first_steps(self) -> FirstSteps:
        from complaint_desk.app.first_steps import FirstSteps

        return FirstSteps(self.records, self.drafts)

    @cached_property
    def mail(self) -> MailImportService:
        """E-mail import onto a case (built when first used: not on the start-up path)."""
        from complaint_desk.app.mail_import import MailImportService

        return MailImportService(self.store, self.records, self.problems)

    @cached_property
    def evidence(self) -> EvidenceService:
        """Files kept with cases (built when first used: not on the start-up path)."""
        from complaint_desk.app.evidence import EvidenceService

        return EvidenceService(self.store, self.clock, self.problems, self.records)

    @cached_property
    def copy_out(self) -> CopyOutService:
        """Built when the copy-out view first needs it: its code is not on the start-up path."""
        from complaint_desk.app.copy_out import CopyOutService

        return CopyOutService(
            self.drafts, self.records, self._set_clipboard, self._open_url, store=self.store
        )

    def start(self) -> None:
        """Begin watching for hold releases, and load the records behind the vendors list and the
        scorecard on a worker thread (call once the window is up)."""
        self._timer.start()
        self._checkpoints.start()
        if self.store.warning:
            self.problems.report(self.store.warning)  # e.g. a read-only data file
        findings = self.store.integrity_findings()  # the check run while the window was built
        if findings is not None:
            self._on_integrity(findings)
        elif not self.store.integrity_checked:
            self.check_integrity()
        self._record_clock()  # the start time, as the high-water mark (a write: after the check)
        self.records.warm_up()
        # Today's automatic backup, once the window is up (a copy of a small file: milliseconds).
        QTimer.singleShot(2000, self.data.daily_backup)

    def checkpoint(self) -> bool:
        """Copy what was saved into the main data file now (never waits on a lock)."""
        if self.store.closed:
            return False
        return self.store.checkpoint()

    def check_integrity(self) -> None:
        """`PRAGMA quick_check` on a worker thread (for a file too big to check while opening).
        A damaged file is reported and no longer written to; `integrity_checked` carries the
        findings ([] when sound)."""
        if self._integrity is not None:
            return
        job = _IntegrityCheck(self.store.path)
        job.signals.done.connect(self._on_integrity)
        self._integrity = job
        QThreadPool.globalInstance().start(job)

    def _on_integrity(self, findings: list[str]) -> None:
        self._integrity = None
        if findings and not self.store.closed:
            from complaint_desk.store.backup import damaged_file_error

            error = damaged_file_error(self.store.path, "; ".join(findings[:3]))
            self.store.refuse_writes(error)
            self.problems.report(error.user_message)
        self.integrity_checked.emit(findings)

    def ready_drafts(self) -> list[int]:
        """Active drafts whose hold is over: the start-up summary counts these (one query for
        their ids, before the window first paints, rather than every row of the list)."""
        return self.drafts.ready_ids()

    def check_releases(self) -> list[int]:
        """Emit `releases` for drafts whose hold ended since the last check."""
        now = self.clock.now()
        since = self._last_check
        self._last_check = now
        released = [
            s.draft_id
            for s in self.drafts.summaries()
            if s.status is DraftStatus.ACTIVE
            and s.ready_at is not None
            and since < s.ready_at <= now
        ]
        if released:
            self.releases.emit(released)
            self.drafts.drafts_changed.emit()
        return released

    def now(self) -> datetime:
        return self.clock.now()

    def _record_clock(self) -> None:
        """The trusted clock's current time into the store (a test's fake clock keeps none)."""
        flush = getattr(self.clock, "flush", None)
        if flush is not None:
            self.problems.guard(lambda: (flush(), True)[1], False)

    def close(self) -> None:
        self._timer.stop()
        self._checkpoints.stop()
        self._record_clock()
        if "evidence" in self.__dict__:  # built this session: its opened copies go
            self.evidence.close()
        elif not self.store.closed and not self.store.read_only:
            self.problems.guard(self.store.evidence.prune, 0)  # files whose Undo ended
        self.problems.closed = True
        if "records" in self.__dict__:  # built (a desk whose window never needed it has none)
            self.records.close()
        self.store.close()


def open_desk(
    data_dir: Path,
    *,
    clock: Clock | None = None,
    set_clipboard: Callable[[str], None] = lambda _text: None,
    open_url: Callable[[str], bool] | None = None,
) -> Desk:
    """Open (creating if needed) the data folder's database and build the desk on it.

    Raises `StoreError` when the database cannot be opened at all; the caller shows it.
    """
    path = database_path(data_dir)
    restored = None
    if (path.parent / RESTORE_MARKER).exists():  # staged by File ▸ Restore from backup…
        from complaint_desk.store import restore
        from complaint_desk.store.schema_version import LATEST_VERSION

        restored = restore.apply_pending(path, latest_version=LATEST_VERSION)
    # A small file's quick_check runs while the window is built (store.integrity): the window
    # reports a damaged file, and nothing is written to it.
    store = open_store(path, check_alongside=True)
    if clock is None:
        # Its start time is recorded by `start()`, after the first paint: opening writes nothing
        # while the file's check runs alongside the window's build.
        clock = trusted_clock_for(store, persist_at_start=False)
    desk = Desk(store, clock, set_clipboard=set_clipboard, open_url=open_url)
    desk.restored = restored
    if _file_size(path) >= COUNT_AHEAD_FROM_BYTES:
        # The "N drafts ready" count, on a worker while the window is built and reads its rows.
        desk.drafts.count_ready_ahead()
    return desk


# A data file this large (about 5,000 drafts with their records) has the start-up's ready count
# read on a worker thread (`DraftsService.count_ready_ahead`); below it the count takes less
# time than starting the thread.
COUNT_AHEAD_FROM_BYTES = 16 * 1024 * 1024


def _file_size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def trusted_clock_for(store: Store, **kwargs) -> TrustedClock:
    """A TrustedClock whose high-water mark lives in the store's meta table.

    The newest revision's save time is a floor too: if the app died before it last recorded the
    time, rolling the clock back still cannot go behind what the user was seen writing.
    """
    recorded = settings.read(store, settings.LATEST_SEEN)
    marks = [recorded] if recorded is not None else []
    latest_edit = store.drafts.latest_saved_at()
    if latest_edit is not None:
        marks.append(latest_edit)
    high_water = max(marks) if marks else None

    def persist(when: datetime) -> None:
        # A read-only or full disk must not stop the clock; the next writable moment catches up.
        if store.closed:
            return
        mark: datetime | None = when  # the setting's own type (None: never recorded)
        try:
            settings.write(store, settings.LATEST_SEEN, mark)
        except StoreError:
            pass

    return TrustedClock(high_water, persist=persist, **kwargs)


class _IntegritySignals(QObject):
    done = Signal(list)


class _IntegrityCheck(QRunnable):
    """Runs quick_check through its own read-only connection, opened and closed on the worker."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.signals = _IntegritySignals()  # made on the GUI thread: `done` is delivered there
        self._path = path

    def run(self) -> None:
        findings: list[str]
        try:
            with open_reader(self._path) as reader:
                findings = reader.database.quick_check()
        except StoreError as exc:
            findings = (
                [exc.detail or exc.user_message] if exc.kind is StoreErrorKind.CORRUPT else []
            )
        self.signals.done.emit(findings)
