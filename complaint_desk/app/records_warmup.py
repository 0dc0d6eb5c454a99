"""Build the scorecard and vendor-list figures on a worker thread.

The first scorecard or vendors list otherwise reads all records and computes their figures on the
GUI thread (seconds with 1,000,000 records). The worker opens its own read-only connection, reads
the records case by case inside one read snapshot (a few hundred cases at a time, so the GUI
thread is never kept waiting for the interpreter long), builds a `RecordFigures` there (totals
and per-case shares, no record objects), and hands it back through a signal; `RecordsService`
adopts it only if the store's stamps show that nothing changed since the warm-up started.
"""

from __future__ import annotations

import time
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal

from complaint_desk.app.gui_turn import GuiTurn, short_switches
from complaint_desk.app.record_figures import RecordFigures, Stamp
from complaint_desk.store.errors import StoreError
from complaint_desk.store.store import open_reader


@dataclass
class WarmUpResult:
    """What the worker read and built (plain objects), and the GUI stamps it was started at."""

    stamp: Stamp  # contacts, responses: the GUI connection's stamps when the warm-up started
    cases_stamp: tuple[int, int, int]
    figures: RecordFigures | None = None  # None: the worker could not read (see `error`)
    seconds: float = 0.0
    error: BaseException | None = None
    adopted: bool = False  # set on the GUI thread: the service took the figures


class _Signals(QObject):
    done = Signal(object)  # WarmUpResult


class RecordsWarmUp(QRunnable):
    """Reads with its own connection, opened and closed on the worker thread; touches no widget
    and not the GUI thread's store."""

    def __init__(
        self,
        path: Path,
        stamp: Stamp,
        cases_stamp: tuple[int, int, int],
        turn: GuiTurn | None = None,
    ) -> None:
        super().__init__()
        self._turn = turn
        self.signals = _Signals()  # created on the GUI thread: `done` is delivered there
        self._path = path
        self._result = WarmUpResult(stamp, cases_stamp)

    def run(self) -> None:
        result = self._result
        started = time.perf_counter()
        with short_switches(), self._working():  # the GUI thread gets the interpreter back
            self._read(result)  # quickly, and can tell when this job is parked (gui_turn)
        result.seconds = time.perf_counter() - started
        self.signals.done.emit(result)

    def _working(self) -> AbstractContextManager[None]:
        return self._turn.working() if self._turn is not None else nullcontext()

    def _read(self, result: WarmUpResult) -> None:
        try:
            with open_reader(self._path) as reader, reader.database.snapshot():
                figures = RecordFigures(reader)
                if self._turn is not None:
                    figures.between_chunks = self._turn.step_aside  # type: ignore[method-assign]
                figures.ensure()
                # The cases list and its index too (adopted with the figures): the vendors list's
                # first fill needs them, and reading 50,000 cases took ~0.45 s on the GUI thread.
                figures.open_cases()
            result.figures = figures
        except StoreError as exc:  # the GUI thread's synchronous path will report it
            result.error = exc
        except Exception as exc:  # a bug: the service raises it on the GUI thread
            result.error = exc
