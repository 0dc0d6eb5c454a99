"""One vendor's timeline across all its cases, and the filter the vendor view puts on it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from complaint_desk.app.record_rows import TimelineEntry
from complaint_desk.core.models import Channel, Outcome
from complaint_desk.ui.models.table_model import SORT_ROLE, RecordTableModel, filter_change
from complaint_desk.ui.models.timeline_model import TimelineLook, _summary, _what, _who

CONTACTS_ONLY = "contacts"  # the outcome filter's "what you did" choice


class VendorTimelineModel(TimelineLook, RecordTableModel[TimelineEntry]):
    WHEN, CASE, WHO, WHAT, SUMMARY, ANSWER = range(6)
    COLUMNS = (
        ("When", lambda e: e.at.astimezone().strftime("%a %d %b %Y, %H:%M")),
        ("Case", lambda e: e.case_title),
        ("Who", _who),
        ("What", _what),
        ("Summary", _summary),
        ("Response time", lambda e: e.answer),
    )


class VendorTimelineFilter(QSortFilterProxyModel):
    """Text search (any column), channel, outcome (or "your contacts only") and a date range."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._text = ""
        self._channel: Channel | None = None
        self._outcome: Outcome | str | None = None
        self._start: date | None = None
        self._end: date | None = None

    def set_text(self, text: str) -> None:
        with filter_change(self):
            self._text = text.strip().casefold()

    def set_channel(self, channel: Channel | None) -> None:
        with filter_change(self):
            self._channel = channel

    def set_outcome(self, outcome: Outcome | str | None) -> None:
        with filter_change(self):
            self._outcome = outcome

    def set_range(self, start: date | None, end: date | None) -> None:
        with filter_change(self):
            self._start, self._end = start, end

    def filterAcceptsRow(  # noqa: N802
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        assert isinstance(model, VendorTimelineModel)
        entry: TimelineEntry | None = model.row_record(source_row)
        if entry is None:
            return False
        r = entry.record
        if self._channel is not None and getattr(r, "channel", None) != self._channel:
            return False
        if self._outcome == CONTACTS_ONLY and entry.kind != "contact":
            return False
        if isinstance(self._outcome, Outcome) and getattr(r, "outcome", None) != self._outcome:
            return False
        if self._start or self._end:  # the local day only when a range asks (thousands of rows)
            day = entry.at.astimezone().date()
            if (self._start and day < self._start) or (self._end and day > self._end):
                return False
        if self._text:
            return self._text in model.search_text(source_row)
        return True

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Sorted once by the source model over plain keys (fast at thousands of rows)."""
        self.sourceModel().sort(column, order)
