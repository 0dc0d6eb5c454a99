"""Importing e-mail onto a case: read and preview on a worker, then write on a worker, all or
nothing.

    job = desk.mail.scan(case_id, paths, patterns)  # worker: read .eml/.msg/.mbox, parse,
                                                     # classify, mark duplicates
    job.signals.progress(done, total); job.signals.finished(ScanResult)
    items = desk.mail.reclassify(items, patterns)   # the person confirmed other addresses
    job = desk.mail.write(case_id, items, patterns)  # worker: ONE transaction on its own connection
    job.signals.finished(WriteResult); job.cancel() at any time: nothing half-written

Nothing is written before the person presses Import on the preview. The write runs on the
worker's own connection (SQLite allows one writer; the GUI's autosave meanwhile fails fast and is
retried), so the window never waits for it; `RecordsService.records_imported` then tells the
views, whose caches see the other connection's commit. A job starts on the next pass of the
event loop, so the caller connects to its signals first.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from complaint_desk.app.gui_turn import short_switches
from complaint_desk.app.problems import ProblemReporter
from complaint_desk.app.records import RecordsService
from complaint_desk.core.mail import MailMessage, parse_message
from complaint_desk.core.mail import case_filing as mail_import
from complaint_desk.core.mail.case_filing import Direction, MailItem
from complaint_desk.core.models import Outcome
from complaint_desk.store.errors import StoreError
from complaint_desk.store.mail_repo import (
    ImportCancelledError,
    ImportOutcome,
    count_messages,
    read_mail_files,
)
from complaint_desk.store.store import Store, open_store

PROGRESS_EVERY = 50  # messages between progress signals
WORKER_BUSY_TIMEOUT = 5.0  # the worker may wait this long for the GUI's short writes


@dataclass(frozen=True)
class ScanResult:
    items: list[MailItem]
    cancelled: bool = False
    error: str = ""


@dataclass(frozen=True)
class WriteResult:
    outcome: ImportOutcome | None
    cancelled: bool = False
    error: str = ""
    files_left_out: tuple[str, ...] = ()  # attachments not kept: "name (why)"


class AttachmentsToKeep:
    """Which of a message's attachments become evidence: each within the size of one kept file,
    all within what may be kept in total (`app.evidence`'s limits); what is left out is named."""

    def __init__(self, stored_bytes: int) -> None:
        from complaint_desk.app.evidence import MAX_FILE_BYTES, MAX_TOTAL_BYTES

        self._max_file = MAX_FILE_BYTES
        self._room = MAX_TOTAL_BYTES - stored_bytes
        self.left_out: list[str] = []

    def __call__(self, message: MailMessage) -> list[tuple[str, str, bytes]]:
        from complaint_desk.core.formatting import format_size

        kept = []
        for a in message.attachments:
            size = len(a.data)
            if size > self._max_file:
                self.left_out.append(f"{a.name} (larger than {format_size(self._max_file)})")
            elif size > self._room:
                self.left_out.append(f"{a.name} (no room left for kept files)")
            else:
                self._room -= size
                kept.append((a.name, a.content_type, a.data))
        return kept


class _Signals(QObject):
    progress = Signal(int, int)  # done, total
    finished = Signal(object)  # ScanResult or WriteResult


class _Job(QRunnable):
    def __init__(self) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the service keeps it until `finished` has been handled
        self.signals = _Signals()  # made on the GUI thread: its signals are delivered there
        self._cancel = threading.Event()

    def run(self) -> None:
        # While it parses, the GUI thread gets the interpreter back quickly (app.gui_turn): with
        # Python's 5 ms turns the preview's arrival and the write's start stalled it 50 ms.
        with short_switches():
            result = self._result()
        self.signals.finished.emit(result)

    def _result(self) -> object:
        raise NotImplementedError

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


class ScanJob(_Job):
    def __init__(self, paths: Sequence[Path], patterns: list[str], known: set[str]) -> None:
        super().__init__()
        self._paths = [Path(p) for p in paths]
        self._patterns = patterns
        self._known = known

    def _result(self) -> ScanResult:
        try:
            return self._scan()
        except Exception as exc:  # a bug: report it rather than leave the dialog waiting
            return ScanResult([], error=f"{type(exc).__name__}: {exc}")

    def _scan(self) -> ScanResult:
        total = 0
        for path in self._paths:
            try:
                total += count_messages(path)
            except Exception:
                total += 1  # its problem is reported when it is read
        read: list[tuple[str, MailMessage | str]] = []
        for n, (label, raw) in enumerate(read_mail_files(self._paths), 1):
            if self.cancelled:
                return ScanResult([], cancelled=True)
            if isinstance(raw, str):
                read.append((label, raw))
            else:
                try:
                    read.append((label, parse_message(raw)))
                except ValueError as exc:
                    read.append((label, str(exc)))
            if n % PROGRESS_EVERY == 0:
                self.signals.progress.emit(n, max(total, n))
        self.signals.progress.emit(len(read), max(total, len(read)))
        return ScanResult(mail_import.plan(read, self._patterns, self._known))


class WriteJob(_Job):
    def __init__(
        self,
        path: Path,
        case_id: int,
        vendor_id: int,
        items: list[MailItem],
        patterns: list[str],
        kept_at: datetime,
    ) -> None:
        super().__init__()
        self._path = path
        self._case_id = case_id
        self._vendor_id = vendor_id
        self._items = items
        self._patterns = patterns
        self._kept_at = kept_at

    def _result(self) -> WriteResult:
        try:
            return self._write()
        except ImportCancelledError:
            return WriteResult(None, cancelled=True)
        except StoreError as exc:
            return WriteResult(None, error=exc.user_message)
        except Exception as exc:
            return WriteResult(None, error=f"{type(exc).__name__}: {exc}")

    def _write(self) -> WriteResult:
        records = mail_import.records_for(self._case_id, self._items)
        store = open_store(self._path, busy_timeout=WORKER_BUSY_TIMEOUT, check_integrity=False)
        try:
            keep = AttachmentsToKeep(store.evidence.stored_bytes())
            outcome = store.mail.import_messages(
                self._case_id,
                self._vendor_id,
                records.contacts,
                records.responses,
                self._patterns,
                progress=self.signals.progress.emit,
                cancelled=lambda: self.cancelled,
                keep=keep,
                kept_at=self._kept_at,
            )

        finally:
            store.close()
        return WriteResult(outcome, files_left_out=tuple(keep.left_out))


class MailImportService(QObject):
    """What the import dialog calls: patterns, the two workers, and the preview's edits."""

    def __init__(
        self,
        store: Store,
        records: RecordsService,
        problems: ProblemReporter,
        pool: QThreadPool | None = None,
    ) -> None:
        super().__init__()
        self._store = store
        self._records = records
        self._problems = problems
        self._pool = pool
        self._jobs: set[_Job] = set()

    # -- the vendor's addresses --------------------------------------------------------------
    def vendor_of(self, case_id: int) -> int | None:
        case = self._records.case(case_id)
        return case.vendor_id if case is not None else None

    def confirmed_patterns(self, case_id: int) -> list[str]:
        """The vendor's email field's patterns, then the ones the person confirmed before."""
        vendor_id = self.vendor_of(case_id)
        if vendor_id is None:
            return []
        vendor = self._records.vendor(vendor_id)
        implied = mail_import.vendor_patterns(vendor.email if vendor is not None else "")
        stored: list[str] = self._problems.guard(lambda: self._store.mail.patterns(vendor_id), [])
        return list(dict.fromkeys([*implied, *stored]))

    @staticmethod
    def normal_pattern(text: str) -> str | None:
        return mail_import.normal_pattern(text)

    @staticmethod
    def suggested_patterns(items: Sequence[MailItem], patterns: Sequence[str]) -> list[str]:
        return mail_import.suggested_patterns(items, patterns)

    # -- the preview -------------------------------------------------------------------------
    @staticmethod
    def reclassify(items: Sequence[MailItem], patterns: Sequence[str]) -> list[MailItem]:
        return mail_import.reclassify(items, patterns)

    @staticmethod
    def switch_direction(items: Sequence[MailItem], rows: Sequence[int]) -> list[MailItem]:
        out = list(items)
        for row in rows:
            item = out[row]
            if item.message is not None:
                flipped = (
                    Direction.CONTACT
                    if item.direction is Direction.RESPONSE
                    else Direction.RESPONSE
                )
                out[row] = replace(item, direction=flipped, chosen=True)
        return out

    @staticmethod
    def set_outcome(
        items: Sequence[MailItem], rows: Sequence[int], outcome: Outcome
    ) -> list[MailItem]:
        out = list(items)
        for row in rows:
            if out[row].message is not None and out[row].direction is Direction.RESPONSE:
                out[row] = replace(out[row], outcome=outcome)
        return out

    @staticmethod
    def counts(items: Sequence[MailItem]) -> dict[str, int]:
        return dict(mail_import.counts(items))

    # -- the workers -------------------------------------------------------------------------
    def scan(self, case_id: int, paths: Sequence[Path], patterns: Sequence[str]) -> ScanJob:
        known: set[str] = self._problems.guard(lambda: self._store.mail.message_ids(case_id), set())
        job = ScanJob(paths, list(patterns), known)
        self._start(job)
        return job

    def write(self, case_id: int, items: Sequence[MailItem], patterns: Sequence[str]) -> WriteJob:
        vendor_id = self.vendor_of(case_id)
        if vendor_id is None:
            raise ValueError("That case no longer exists.")
        job = WriteJob(
            self._store.path, case_id, vendor_id, list(items), list(patterns), self._records.now()
        )
        job.signals.finished.connect(lambda result: self._written(case_id, result))
        self._start(job)
        return job

    def _written(self, case_id: int, result: WriteResult) -> None:
        if result.outcome is not None and (result.outcome.contacts or result.outcome.responses):
            self._records.records_imported(case_id, result.outcome.responses)

    def _start(self, job: _Job) -> None:
        self._jobs.add(job)
        job.signals.finished.connect(lambda _r: self._jobs.discard(job))
        # Started from the event loop, once the caller has connected to the job's signals and
        # updated its widgets: a small job could otherwise finish before anyone listens, and
        # each Qt call the caller makes while a worker already runs waits for the interpreter.
        pool = self._pool or QThreadPool.globalInstance()
        QTimer.singleShot(0, lambda: pool.start(job))

    def busy(self) -> bool:
        return bool(self._jobs)
