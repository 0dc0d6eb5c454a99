"""The vendors view: every company you deal with, and how things stand with each."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from complaint_desk.app.desk import Desk
from complaint_desk.app.records import vendor_rows
from complaint_desk.core.models import Vendor
from complaint_desk.ui import a11y
from complaint_desk.ui.dialogs.vendor_dialog import VendorDialog
from complaint_desk.ui.lazy_reload import LazyReload, tune_table
from complaint_desk.ui.models.table_model import SearchProxy
from complaint_desk.ui.models.vendors_model import VendorsModel
from complaint_desk.ui.widgets.vendor_timeline_panel import VendorTimelinePanel


class VendorsView(LazyReload, QWidget):
    new_case_requested = Signal(int)  # vendor id
    message = Signal(str)

    def __init__(self, desk: Desk, parent=None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.model = VendorsModel(self)
        # Sorted by the model on keys computed once per row, searched by Qt over each row's
        # casefolded text (table_model.SearchProxy): a proxy sorting by role asked the model
        # for two sort keys per comparison, ~7,000 Python calls per refresh of 2,000 vendors.
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search vendors")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_search)
        a11y.name(self.search, "Search vendors")
        self.add_button = QPushButton("&Add vendor")
        a11y.name(self.add_button, "Add vendor")
        self.add_button.clicked.connect(self.add_vendor)
        self.edit_button = QPushButton("Edi&t vendor")
        a11y.name(self.edit_button, "Edit vendor")
        self.edit_button.clicked.connect(self.edit_vendor)
        self.case_button = QPushButton("New &case")
        a11y.name(self.case_button, "New case with this vendor")
        self.case_button.clicked.connect(self._new_case)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(VendorsModel.NAME, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.doubleClicked.connect(lambda _i: self.edit_vendor())
        self.table.activated.connect(lambda _i: self.edit_vendor())  # Enter
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        from complaint_desk.ui.row_actions import on_delete_key

        on_delete_key(self.table, self.delete_vendor)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        tune_table(self.table, precision=24)  # ~15-20 vendors on screen
        header.setSectionResizeMode(VendorsModel.WAITING, QHeaderView.ResizeMode.Stretch)
        a11y.table(
            self.table,
            "Vendors",
            "Open cases, the last contact and who owes a reply; Enter edits the vendor",
        )
        self.timeline = VendorTimelinePanel()
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.timeline)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        self.empty = QLabel(
            "No vendors yet.\nPress “Add vendor” to add the company you are dealing with."
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setObjectName("emptyState")
        self.loading = QLabel("Loading your records…")
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.loading.setObjectName("loadingState")
        self.loading.hide()
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.add_button)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.case_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.loading, 1)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.selectionModel().currentRowChanged.connect(self._show_timeline)
        for signal in (
            desk.records.vendors_changed,
            desk.records.cases_changed,
            desk.records.timeline_changed,
        ):
            signal.connect(self.request_reload)
        desk.records.warmed.connect(self._on_warmed)
        desk.records.vendor_timeline_read.connect(self._timeline_read)
        self.request_reload()

    def _on_warmed(self) -> None:
        """The records are in: the list's rows are read now, behind the loading note, and shown
        (the table laid out, a vendor selected, its timeline read) on the next pass of the event
        loop: one long stall of the window becomes two short ones."""
        if not self.isVisible():
            self._stale = True  # reloaded when shown
            return
        self._stale = False
        if self.desk.records.warming() or not self.loading.isVisible():
            self.reload()
            return
        self._filled = vendor_rows(self.desk.records)
        # Into the model now, while the table is hidden behind the note (no layout, no sizing):
        # the next pass only shows it.
        self.model.set_rows(self._filled)
        self._filled_in_model = True
        # The event loop goes round (input, painting) between filling the list and reading the
        # selected vendor's timeline.
        self._timeline_later = True
        self.on_next_pass(self.reload)

    _filled: list | None = None  # rows read while the loading note still shows
    _filled_in_model = False  # ... and already given to the model (the table still hidden)
    _timeline_later = False  # the reload after the load shows the timeline on a pass of its own

    def request_reload(self, *args) -> None:
        self._filled = None  # something changed since they were read
        self._filled_in_model = False
        self._timeline_later = False
        super().request_reload(*args)

    _reloading = False

    def reload(self, *_args) -> None:
        if self.desk.records.warming():
            # The records are loading on a worker thread: `warmed` reloads us when they are in.
            self.splitter.hide()
            self.empty.hide()
            self.loading.show()
            self._update_buttons()
            return
        self.loading.hide()
        current = self.selected_vendor_id()
        # Re-selecting the row would show the timeline, and so would the end of the reload: the
        # timeline is built once, at the end.
        self._reloading = True
        try:
            rows, self._filled = self._filled, None
            if rows is None or not self._filled_in_model:
                self.model.set_rows(rows if rows is not None else vendor_rows(self.desk.records))
            self._filled_in_model = False
            has_rows = self.model.rowCount() > 0
            self.splitter.setVisible(has_rows)
            self.empty.setVisible(not has_rows)
            if current is not None:
                self.select_vendor(current)
            elif has_rows:
                self.table.setCurrentIndex(self.proxy.index(0, 0))  # show someone's timeline
        finally:
            self._reloading = False
        self._update_buttons()
        if self._timeline_later:
            self._timeline_later = False
            self._timeline_pending = True
            self.on_next_pass(self._show_timeline)
            return
        self._show_timeline()

    _timeline_pending = False

    def filling(self) -> bool:
        """True while the records are loading or the list and timeline are still being filled
        after they arrived (over a few passes of the event loop)."""
        return (
            self.loading.isVisible()
            or self._filled is not None
            or self._timeline_pending
            or self._timeline_waiting is not None
        )

    def _show_timeline(self, *_args) -> None:
        if self._reloading:
            return
        self._timeline_pending = False
        vendor_id = self.selected_vendor_id()
        vendor = self.desk.records.vendor(vendor_id) if vendor_id is not None else None
        if vendor is None or vendor.id is None:
            self._timeline_waiting = None
            self.timeline.set_entries(None, [])
            return
        entries = self.desk.records.vendor_timeline_soon(vendor.id)
        if entries is None:  # a long history, read on a worker: `_timeline_read` shows it
            self._timeline_waiting = vendor.id
            self.timeline.show_reading(vendor.name)
            return
        self._timeline_waiting = None
        self.timeline.set_entries(vendor.name, entries)

    _timeline_waiting: int | None = None  # the vendor whose timeline is being read

    def _timeline_read(self, vendor_id: int) -> None:
        if vendor_id == self._timeline_waiting and vendor_id == self.selected_vendor_id():
            self._in_turn(self._show_timeline)  # a long timeline: its fill and paint in a turn

    def selected_vendor_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        row = self.model.row_record(self.proxy.mapToSource(index).row())
        return row.vendor.id if row else None

    def select_vendor(self, vendor_id: int) -> None:
        row = self.model.row_of(vendor_id)
        if row >= 0:
            self.table.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, 0)))

    def _update_buttons(self, *_args) -> None:
        has = self.selected_vendor_id() is not None
        self.edit_button.setEnabled(has)
        self.case_button.setEnabled(has)

    def _vendor_dialog(self, vendor: Vendor | None) -> VendorDialog:
        """The dialog saves while open and closes only when the save worked."""
        records = self.desk.records
        dialog = VendorDialog(vendor, self)
        changes = self.desk.changes  # an edit can be undone (Edit ▸ Undo)
        dialog.save_with(lambda: changes.save_vendor(dialog.vendor()), records.last_failure)
        return dialog

    def add_vendor(self) -> None:
        dialog = self._vendor_dialog(None)
        if dialog.exec() and dialog.saved is not None:
            self.select_vendor(dialog.saved.id)

    def _context_menu(self, pos) -> None:
        from complaint_desk.ui.row_actions import row_menu

        actions = [("&Edit vendor…", self.edit_vendor), ("&Delete vendor…", self.delete_vendor)]
        row_menu(self, self.table, pos, actions)

    def delete_vendor(self) -> None:
        from complaint_desk.ui.dialogs.confirm_delete import confirm_and_delete

        vendor_id = self.selected_vendor_id()
        vendor = self.desk.records.vendor(vendor_id) if vendor_id is not None else None
        if vendor is None or vendor.id is None:
            return
        if confirm_and_delete(self, self.desk, "vendor", vendor.id, vendor.name):
            self.message.emit(f"“{vendor.name}” was deleted. Edit ▸ Undo brings it back.")

    def edit_vendor(self) -> None:
        vendor_id = self.selected_vendor_id()
        vendor = self.desk.records.vendor(vendor_id) if vendor_id is not None else None
        if vendor is None:
            return
        self._vendor_dialog(vendor).exec()

    def _new_case(self) -> None:
        vendor_id = self.selected_vendor_id()
        if vendor_id is not None:
            self.new_case_requested.emit(vendor_id)
