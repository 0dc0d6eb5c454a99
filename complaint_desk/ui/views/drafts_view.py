"""The drafts view: every draft with its heat and countdown on the left, the editor on the right.

The first frame shows the list with its first rows; the editor (title, text, heat, hold, checklist)
is built right after that paint, in the space kept for it, and opens the selected draft then.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from complaint_desk.app.desk import Desk
from complaint_desk.ui import a11y
from complaint_desk.ui.first_paint import after_first_paint, set_model_with_labels
from complaint_desk.ui.lazy_reload import RESIZE_PRECISION_ROWS, LazyReload, tune_table
from complaint_desk.ui.models.drafts_model import DraftsModel
from complaint_desk.ui.models.table_model import SearchProxy
from complaint_desk.ui.widgets.fitted_table import FittedTable

if TYPE_CHECKING:
    from complaint_desk.ui.widgets.draft_editor import DraftEditor


class DraftsView(LazyReload, QWidget):
    copy_out_requested = Signal(int)
    message = Signal(str)
    start_requested = Signal(str)  # the first step still missing: "vendor", "case" or "draft"
    history_requested = Signal(int)  # the editor's History… (draft id)

    def __init__(self, desk: Desk, parent=None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.model = DraftsModel(desk.now, self, preview=desk.drafts.preview)
        self.proxy = SearchProxy(self)

        self.search = QLineEdit()
        self.search.setPlaceholderText("Search drafts")
        self.search.textChanged.connect(self.proxy.set_search)
        a11y.name(
            self.search, "Search drafts", "Shows only the drafts whose title, case or vendor match"
        )
        self.new_button = QPushButton("&New draft")
        a11y.name(self.new_button, "New draft")
        self.new_button.clicked.connect(self._new_clicked)

        self.table = FittedTable()
        # Sorted by hold, as the header shows once sorting is on: after the first paint, since
        # the header's sort order and its labels from our model need `Qt` enums the first frame
        # does without (ui.first_paint).
        self.model.order_by(DraftsModel.HOLD, descending=True)
        self._hand_header_back = set_model_with_labels(
            self.table, self.proxy, self.model, [title for title, _ in DraftsModel.COLUMNS]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        tune_table(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(DraftsModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(DraftsModel.VENDOR, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(DraftsModel.VENDOR, 130)
        for col in self._FITTED:  # fitted by Qt once the first frame is painted (see there)
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
        a11y.table(
            self.table,
            "Drafts",
            "Each draft's title, vendor, heat and hold; the selected one opens in the editor",
        )
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.table.customContextMenuRequested.connect(self._context_menu)
        # Empty state: says what to do first and offers the button for it.
        self.empty = QWidget()
        self.empty.setObjectName("emptyState")
        self.empty_text = QLabel()
        self.empty_text.setProperty("alignment", "AlignCenter")  # by name: no `Qt` enum yet
        self.empty_text.setWordWrap(True)
        self.start_button = QPushButton()
        self._first_step: str = "vendor"
        self.start_button.clicked.connect(lambda: self.start_requested.emit(self._first_step))
        empty_layout = QVBoxLayout(self.empty)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_text)
        centred = QHBoxLayout()  # the button at its own width, centred
        centred.addStretch(1)
        centred.addWidget(self.start_button)
        centred.addStretch(1)
        empty_layout.addLayout(centred)
        empty_layout.addStretch(1)

        # The editor is built just after the first paint (`editor`), in this place kept for it.
        self._editor: DraftEditor | None = None
        self._editor_slot: QWidget | None = QWidget()
        self._to_open: int | None = None  # the draft the editor opens when it is built

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.new_button)
        left_layout.addLayout(bar)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.empty, 1)

        splitter = QSplitter()
        self._splitter = splitter
        splitter.addWidget(left)
        splitter.addWidget(self._editor_slot)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([470, 700])  # the list keeps room for titles beside the editor
        left.setMinimumWidth(300)  # with the editor beside it, the window fits 800 x 600
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(splitter)

        self._records_wired = False  # the records' signals are connected after the first paint
        desk.drafts.draft_saved.connect(self._on_saved)
        desk.drafts.drafts_changed.connect(self._on_changed)
        self._tick = QTimer(self, interval=30_000)
        self._tick.timeout.connect(self.model.refresh_countdowns)
        self._tick.start()
        after_first_paint(self, self._on_first_paint)
        self.request_reload()

    FIRST_STEPS = {
        "vendor": (
            "No drafts yet.\nStart with the company and what happened: one step, then write.",
            "New complaint…",
        ),
        "case": (
            "No drafts yet.\nSay what happened and what you want done, then write.",
            "New complaint…",
        ),
        "draft": (
            "No drafts yet.\nWrite what you want to say; it cools off here first.",
            "New draft…",
        ),
    }

    # -- the editor, built after the first paint ------------------------------------------
    @property
    def editor(self) -> DraftEditor:
        """The draft editor (built now if the first paint has not come yet)."""
        if self._editor is None:
            from complaint_desk.ui.widgets.draft_editor import DraftEditor

            editor = DraftEditor(self.desk)
            self._editor = editor
            editor.copy_out_requested.connect(self.copy_out_requested)
            editor.message.connect(self.message)
            editor.history_requested.connect(self.history_requested)
            slot, self._editor_slot = self._editor_slot, None
            if slot is not None:
                self._splitter.replaceWidget(1, editor)  # same place, same size
                self._splitter.setStretchFactor(1, 3)  # the stretch was the place's
                slot.deleteLater()
            to_open, self._to_open = self._to_open, None
            if to_open is not None:
                editor.open_draft(to_open)
        return self._editor

    def built_editor(self) -> DraftEditor | None:
        """The editor if it is built (None in the first frame): nothing typed before that."""
        return self._editor

    @property
    def open_draft_id(self) -> int | None:
        """The draft the editor shows, or will show once it is built."""
        return self._editor.draft_id if self._editor is not None else self._to_open

    def _open_in_editor(self, draft_id: int | None) -> None:
        if self._editor is None and not self._painted:
            self._to_open = draft_id  # opened with the editor, right after the first paint
            return
        self.editor.open_draft(draft_id)

    def _records_changed(self) -> None:
        if self.model.rowCount() == 0:
            self._show_first_step()

    def _show_first_step(self) -> None:
        if not self.desk.records.vendors():
            self._first_step = "vendor"
        elif not self.desk.records.cases():
            self._first_step = "case"
        else:
            self._first_step = "draft"
        text, button = self.FIRST_STEPS[self._first_step]
        self.empty_text.setText(text)
        self.start_button.setText(button)

    def reload(self) -> None:
        current = self.open_draft_id
        rows = self._first_screen() if self._first_load else None
        self._first_load = False
        if rows is None:
            self._rest_pending = False
            rows = self.desk.drafts.summaries()
        self.model.set_rows(rows)
        if not self._painted:
            self._size_fitted_columns_from_text()
        has_rows = self.model.rowCount() > 0
        self.table.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        if not has_rows:
            self._show_first_step()
        if current is not None and self.model.row_of(current) < 0:
            if self.desk.drafts.draft(current) is None:
                # The draft on screen is gone (deleted): the editor no longer shows it, or a
                # keystroke would go to a draft that no longer exists.
                current = None
                if not has_rows:
                    self._open_in_editor(None)
        if current is not None:
            self.select_draft(current, open_editor=False)
        elif has_rows:
            first = self.model.row_record(self.proxy.mapToSource(self.proxy.index(0, 0)).row())
            if first is not None:
                self.select_draft(first.draft_id)

    _first_load = True
    _rest_pending = False

    def _first_screen(self) -> list | None:
        """The first load (on the way to the view's first paint) reads only the rows the list
        shows first, when it is in its default order; the rest follow once it has painted
        (`_load_rest`). None: read every row now."""
        if self._painted:
            return None  # shown only after the first-paint hook gave up waiting (hidden a while)
        if self.model.sorted_by() != (DraftsModel.HOLD, True):
            return None
        # Enough rows to fill the list in the tallest window it can be in (the screen's height,
        # for a window opened maximised), and at least the rows its columns are sized from.
        tall = max(self.window().height(), self.screen().availableGeometry().height())
        limit = max(RESIZE_PRECISION_ROWS, tall // self.table.verticalHeader().defaultSectionSize())
        self._rest_pending = True  # even when these look like all: the full read has the say
        return self.desk.drafts.last_ready_first(limit)

    _painted = False

    # The Heat and Hold columns fit their text. Qt's fitting (ResizeToContents) lays out the cells
    # of 40 rows through the model, about 3 ms a column: the first frame instead sizes them from
    # the width of their text and label (font metrics, microseconds), and Qt fits them once it
    # has painted. The paddings are Fusion's (cell margins and grid line; header margins and sort
    # arrow): under another style the columns may move a few pixels then.
    _FITTED = (DraftsModel.HEAT, DraftsModel.HOLD)
    _CELL_PADDING = 8
    _HEADER_PADDING = 28

    def _size_fitted_columns_from_text(self) -> None:
        rows = self.model.rows()[:RESIZE_PRECISION_ROWS]
        cells = self.table.fontMetrics()
        labels = self.table.horizontalHeader().fontMetrics()
        for col in self._FITTED:
            text = max(
                (cells.horizontalAdvance(self.model.display(r, col)) for r in rows), default=0
            )
            label = labels.horizontalAdvance(self.model.COLUMNS[col][0])
            width = max(text + self._CELL_PADDING, label + self._HEADER_PADDING)
            self.table.horizontalHeader().resizeSection(col, width)

    @property
    def all_rows_read(self) -> bool:
        """False between the first screen's rows and the rest (right after the first paint)."""
        return not self._rest_pending

    def _on_first_paint(self) -> None:
        self._painted = True
        from PySide6.QtCore import Qt  # the first frame is painted: the namespace may be made

        self._hand_header_back()
        for col in self._FITTED:
            self.table.horizontalHeader().setSectionResizeMode(
                col, QHeaderView.ResizeMode.ResizeToContents
            )
        self.table.horizontalHeader().setSortIndicator(
            DraftsModel.HOLD, Qt.SortOrder.DescendingOrder
        )
        self.table.setSortingEnabled(True)  # sorts by that indicator: the order shown already
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        built_now = self._editor is None
        editor = self.editor  # built now, where the first frame kept its place
        if not self._records_wired:
            self._records_wired = True
            self.desk.records.vendors_changed.connect(self._records_changed)
            self.desk.records.cases_changed.connect(self._records_changed)
            self._records_changed()  # a company or case added before the first paint
        from complaint_desk.ui.row_actions import on_delete_key

        on_delete_key(self.table, self.delete_draft)
        # The clear button shows only once there is text: made now, its icon is not loaded while
        # the window is still on its way.
        self.search.setClearButtonEnabled(True)
        # The other rows once the editor has painted (reading 100,000 of them takes a while).
        if built_now:
            after_first_paint(editor, self._load_rest)
        else:  # built (and shown) before this view first painted
            QTimer.singleShot(0, self, self._load_rest)

    def _load_rest(self) -> None:
        """Every row, after the first screen's: appended below them, so nothing in view moves."""
        if not self._rest_pending:
            return  # a full reload came first
        self._rest_pending = False
        was_empty = self.model.rowCount() == 0
        if not self.model.grow_rows(self.desk.drafts.summaries()):
            self.reload()  # the first rows changed meanwhile: read them all again
        elif was_empty and self.model.rowCount():
            self.reload()  # rows after all: the list, not the empty state, and one selected

    _row_updated = False  # the drafts_changed that follows this draft_saved needs no reload

    def _on_saved(self, draft_id: int) -> None:
        """An autosave changes one draft: update its row instead of reloading 10,000."""
        if not self.isVisible() or self._stale:
            return  # the drafts_changed that follows marks the list stale
        row = self.model.row_of(draft_id)
        summary = self.desk.drafts.summary(draft_id) if row >= 0 else None
        if summary is None:
            return  # a new or vanished draft: the reload that follows sorts it out
        self.model.update_row(row, summary)
        self._row_updated = True
        QTimer.singleShot(0, self._forget_update)

    def _on_changed(self) -> None:
        if self._row_updated:
            self._row_updated = False
            return
        self.request_reload()

    def _forget_update(self) -> None:
        self._row_updated = False

    def select_draft(self, draft_id: int, open_editor: bool = True) -> None:
        row = self.model.row_of(draft_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.selectionModel().blockSignals(not open_editor)
            self.table.setCurrentIndex(index)
            self.table.selectionModel().blockSignals(False)
        if open_editor:
            self._open_in_editor(draft_id)

    def _on_current(self, current, _previous) -> None:
        record = self.model.row_record(self.proxy.mapToSource(current).row())
        self._open_in_editor(record.draft_id if record else None)

    def _new_clicked(self) -> None:
        self.new_draft()  # not with clicked(bool)'s argument as the case

    def new_draft(self, case_id: int | None = None) -> None:
        cases = self.desk.records.cases()
        if not cases:
            # No dead end: the New complaint flow adds the company and the case on the way.
            self.start_requested.emit("case")
            return
        from complaint_desk.ui.dialogs.new_draft_dialog import NewDraftDialog

        if case_id is None and self.open_draft_id is not None:
            # A new draft beside the one on screen is most likely about the same matter: its
            # case is offered first (the list's newest case was, whatever was open).
            open_draft = self.desk.drafts.draft(self.open_draft_id)
            case_id = open_draft.case_id if open_draft is not None else None
        # The dialog saves while it is open: a refused save keeps what was typed, and says why.
        dialog = NewDraftDialog(self.desk, cases, case_id, self, save=True)
        if dialog.exec() and dialog.saved is not None:  # (deleted once closed: FormDialog.exec)
            self.select_draft(dialog.saved.id)
            self.editor.editor.setFocus()

    # -- deleting ------------------------------------------------------------------------
    def _context_menu(self, pos) -> None:
        from complaint_desk.ui.row_actions import row_menu

        row_menu(self, self.table, pos, [("&Delete draft…", self.delete_draft)])

    def delete_draft(self) -> None:
        """Delete the open draft with its versions (Edit ▸ Undo brings it back, hold and all)."""
        from complaint_desk.ui.dialogs.confirm_delete import confirm_and_delete

        draft_id = self.open_draft_id
        draft = self.desk.drafts.draft(draft_id) if draft_id is not None else None
        if draft is None or draft.id is None:
            return
        if confirm_and_delete(self, self.desk, "draft", draft.id, draft.title):
            self.message.emit(f"“{draft.title}” was deleted. Edit ▸ Undo brings it back.")
