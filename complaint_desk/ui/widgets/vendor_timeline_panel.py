"""The selected vendor's timeline across all cases, with search and channel/outcome/date filters."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from complaint_desk.app.record_rows import TimelineEntry
from complaint_desk.core.models import Channel, Outcome
from complaint_desk.ui import a11y
from complaint_desk.ui.lazy_reload import tune_table
from complaint_desk.ui.models.vendor_timeline_model import (
    CONTACTS_ONLY,
    VendorTimelineFilter,
    VendorTimelineModel,
)


def _date_edit(name: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("d MMM yyyy")
    edit.setEnabled(False)
    return edit


class VendorTimelinePanel(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._vendor: str | None = None
        self._entries: list[TimelineEntry] = []
        self.title = QLabel()
        self.model = VendorTimelineModel(self)
        self.proxy = VendorTimelineFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search this vendor's timeline")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_text)
        a11y.name(self.search, "Search this vendor's timeline")
        self.channel = QComboBox()
        self.channel.addItem("All channels", None)
        for ch in Channel:
            self.channel.addItem(ch.label, ch.value)
        self.channel.currentIndexChanged.connect(
            lambda _i: self.proxy.set_channel(
                Channel(self.channel.currentData()) if self.channel.currentData() else None
            )
        )
        self.outcome = QComboBox()
        self.outcome.addItem("Everything", None)
        self.outcome.addItem("Your contacts only", CONTACTS_ONLY)
        for o in Outcome:
            self.outcome.addItem(f"Replies: {o.label.lower()}", o.value)
        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        a11y.name(self.channel, "Channel filter")
        a11y.name(self.outcome, "Outcome filter")
        self.use_dates = QCheckBox("Fro&m")
        a11y.name(self.use_dates, "Only between two dates")
        self.start = _date_edit("start")
        self.end = _date_edit("end")
        a11y.name(self.start, "From date")
        a11y.name(self.end, "To date")
        self.use_dates.toggled.connect(self._dates_changed)
        self.start.dateChanged.connect(self._dates_changed)
        self.end.dateChanged.connect(self._dates_changed)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(VendorTimelineModel.WHEN, Qt.SortOrder.DescendingOrder)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        tune_table(self.table, precision=16)  # the lower half of the view: ~6-12 rows shown
        header.setSectionResizeMode(VendorTimelineModel.SUMMARY, QHeaderView.ResizeMode.Stretch)
        a11y.table(self.table, "Vendor timeline", "Every contact and reply with this vendor")
        self.empty = QLabel()
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.channel)
        filters.addWidget(self.outcome)
        filters.addWidget(self.use_dates)
        filters.addWidget(self.start)
        to_label = QLabel("t&o")
        to_label.setBuddy(self.end)
        filters.addWidget(to_label)
        filters.addWidget(self.end)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset):
            signal.connect(self._update_empty)
        self.set_entries(None, [])

    _reading = False  # the rows are being read (a long history, on a worker)

    def show_reading(self, vendor_name: str) -> None:
        """The vendor's rows are on their way: say so instead of showing the previous vendor's."""
        self._reading = True
        self._entries = []
        self._vendor = vendor_name
        self.title.setText(f"<b>{vendor_name}</b> — every contact and reply, all cases")
        self.model.set_rows([])
        # The filters wait for the rows: the date boxes still show the last vendor's days.
        self._set_filters_enabled(False)
        self._update_empty()

    def set_entries(self, vendor_name: str | None, entries: list[TimelineEntry]) -> None:
        if entries and entries is self._entries and vendor_name == self._vendor:
            return  # the same list again (a refresh that changed nothing): keep the view as is
        self._reading = False
        self._set_filters_enabled(True)
        self._entries = entries
        if vendor_name is None:
            self.title.setText("<b>Timeline</b> — select a vendor above")
        else:
            self.title.setText(f"<b>{vendor_name}</b> — every contact and reply, all cases")
        self._vendor = vendor_name
        self.model.set_rows(entries)
        if entries and not self.use_dates.isChecked():
            # The first and last moments give the first and last local days (one conversion each,
            # not one per entry).
            moments = [e.at for e in entries]
            first, last = min(moments).astimezone().date(), max(moments).astimezone().date()
            for edit, day in ((self.start, first), (self.end, last)):
                edit.blockSignals(True)
                edit.setDate(QDate(day.year, day.month, day.day))
                edit.blockSignals(False)
        self._update_empty()

    def _set_filters_enabled(self, on: bool) -> None:
        for widget in (self.search, self.channel, self.outcome, self.use_dates):
            widget.setEnabled(on)
        dates = on and self.use_dates.isChecked()
        self.start.setEnabled(dates)
        self.end.setEnabled(dates)

    def _outcome_changed(self, _index: int) -> None:
        data = self.outcome.currentData()
        self.proxy.set_outcome(
            CONTACTS_ONLY if data == CONTACTS_ONLY else (Outcome(data) if data else None)
        )

    def _dates_changed(self, *_args) -> None:
        on = self.use_dates.isChecked()
        self.start.setEnabled(on)
        self.end.setEnabled(on)
        if on:
            start, end = self.start.date().toPython(), self.end.date().toPython()
            assert isinstance(start, date) and isinstance(end, date)
            self.proxy.set_range(start, end)
        else:
            self.proxy.set_range(None, None)

    def _update_empty(self, *_args) -> None:
        has_source = bool(self.model.entries)
        shown = self.proxy.rowCount() > 0
        self.table.setVisible(shown)
        self.empty.setVisible(not shown)
        if self._vendor is None:
            self.empty.setText("Select a vendor to see its timeline across all cases.")
        elif self._reading:
            self.empty.setText(f"Reading {self._vendor}'s timeline…")
        elif not has_source:
            self.empty.setText("Nothing logged with this vendor yet.")
        else:
            self.empty.setText("Nothing matches these filters.")
