"""Read one vendor's timeline on a worker thread.

A vendor with thousands of records takes ~150 ms to read and pair up (9,000 rows at 100,000
drafts): on the GUI thread that is a frozen window each time the vendor is selected, and right
when the records' background load ends with the Vendors view on screen. The worker opens its own
read-only connection, reads the vendor's cases, contacts and responses in one snapshot, builds
the rows with the same `read_vendor_timeline` the GUI thread uses, and hands them back with the
stamps it was asked under; `RecordsService` keeps them only if those stamps still hold.

It starts once the window's turn is over (app.gui_turn: it is asked for while the Vendors list
is being filled, whose layout and paint come next) and hands the interpreter back every 0.2 ms:
with Python's 5 ms turns, the list's paint beside it froze the window 60-90 ms at 100,000 drafts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal

from complaint_desk.app.gui_turn import GuiTurn, short_switches
from complaint_desk.app.record_rows import TimelineEntry, read_vendor_timeline
from complaint_desk.store.errors import StoreError
from complaint_desk.store.store import open_reader


@dataclass
class TimelineRead:
    """What was asked (the vendor, the key its rows are kept under) and what was read."""

    vendor_id: int
    key: tuple  # RecordsService's keep key when the read was asked
    entries: list[TimelineEntry] = field(default_factory=list)
    error: BaseException | None = None


class _Signals(QObject):
    done = Signal(object)  # TimelineRead


class VendorTimelineRead(QRunnable):
    """Touches no widget and not the GUI thread's store."""

    def __init__(
        self,
        path: Path,
        read: TimelineRead,
        now: datetime,
        unanswered_after: timedelta,
        turn: GuiTurn | None = None,
    ) -> None:
        super().__init__()
        self._turn = turn
        self.signals = _Signals()  # created on the GUI thread: `done` is delivered there
        self._path = path
        self._read = read
        self._now = now  # the desk's trusted clock, read on the GUI thread
        self._unanswered_after = unanswered_after

    def run(self) -> None:
        if self._turn is not None:
            self._turn.step_aside()
        with short_switches():
            self._run()
        self.signals.done.emit(self._read)

    def _run(self) -> None:
        read = self._read
        try:
            with open_reader(self._path) as reader, reader.database.snapshot():
                read.entries = read_vendor_timeline(
                    reader, read.vendor_id, self._now, self._unanswered_after
                )
        except StoreError as exc:  # the GUI thread's own read reports it
            read.error = exc
        except Exception as exc:  # a bug: raised again on the GUI thread
            read.error = exc
