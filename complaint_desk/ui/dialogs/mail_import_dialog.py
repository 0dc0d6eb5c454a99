"""Import e-mail onto a case: drop or pick .eml/.msg/.mbox files, see what will be logged, then
import.

Nothing is written until Import. Reading and writing run on workers (desk.mail), with a progress
bar and Cancel; a cancelled write leaves nothing behind.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from complaint_desk.app.desk import Desk
from complaint_desk.core.formatting import format_when
from complaint_desk.core.mail.case_filing import Direction, MailItem
from complaint_desk.core.models import Outcome
from complaint_desk.ui import a11y

FILE_FILTER = "E-mail (*.eml *.msg *.mbox *.mbx);;All files (*)"


class PreviewModel(QAbstractTableModel):
    HEADERS = ("Date", "Direction", "From", "Subject", "Logged as")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.items: list[MailItem] = []

    def set_items(self, items: list[MailItem]) -> None:
        self.beginResetModel()
        self.items = items
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.problem or (item.message.subject if item.message else "")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        m = item.message
        if m is None:
            return (item.source, "—", "—", "—", f"Not readable: {item.problem}")[col]
        if col == 0:
            return format_when(m.sent_at)
        if col == 1:
            return item.direction.label
        if col == 2:
            return f"{m.sender_name} <{m.sender}>" if m.sender_name else m.sender
        if col == 3:
            return m.subject or "(no subject)"
        if item.duplicate:
            return "Already on this case: skipped"
        files = len(m.attachments)
        kept = f", {files} attachment{'s' if files != 1 else ''} kept" if files else ""
        if item.direction is Direction.RESPONSE:
            return f"Response (email), {item.outcome.label.lower()}{kept}"
        return f"Contact (email){kept}"


class MailImportDialog(QDialog):
    def __init__(self, desk: Desk, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.case_id = case_id
        self.service = desk.mail
        self.paths: list[Path] = []
        self.job: Any = None
        self.result_words = ""
        case = desk.records.case(case_id)
        self.setWindowTitle("Import e-mail")
        self.setAcceptDrops(True)
        self.resize(980, 620)

        intro = QLabel(
            f"Import e-mail onto “{case.title if case else '?'}”. Drop .eml, Outlook .msg "
            "or .mbox files here or pick them. Messages from the company's addresses become its "
            "responses; the rest are your contacts. Nothing is saved until you press Import."
        )
        intro.setWordWrap(True)
        self.add_button = QPushButton("Add &files…")
        a11y.name(self.add_button, "Add e-mail files", ".eml, .msg or .mbox")
        self.add_button.clicked.connect(self.pick_files)
        self.files_label = QLabel("No files yet.")
        self.progress = QProgressBar()
        self.progress.hide()
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.cancel_job)

        self.patterns = QListWidget()
        self.patterns.setToolTip("Checked: the company's addresses and domains")
        self.patterns.itemChanged.connect(self._patterns_changed)
        a11y.name(self.patterns, "The company's addresses", "Checked: the company's addresses")
        self.pattern_edit = QLineEdit()
        self.pattern_edit.setPlaceholderText("Add an address or domain, e.g. help@acme.com")
        a11y.name(self.pattern_edit, "Another company address or domain", "e.g. help@acme.com")
        self.pattern_edit.returnPressed.connect(self.add_pattern)
        add_pattern = QPushButton("A&dd")
        a11y.name(add_pattern, "Add the address")
        add_pattern.clicked.connect(self.add_pattern)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(QLabel("<b>The company's addresses</b>"))
        side_layout.addWidget(self.patterns, 1)
        row = QHBoxLayout()
        row.addWidget(self.pattern_edit, 1)
        row.addWidget(add_pattern)
        side_layout.addLayout(row)

        self.model = PreviewModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        a11y.table(self.table, "Messages to import", "Date, direction, from, subject and outcome")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((150, 120, 220, 260)):
            self.table.setColumnWidth(col, width)
        splitter = QSplitter()
        splitter.addWidget(side)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(1, 3)

        self.switch_button = QPushButton("S&witch direction")
        self.switch_button.setToolTip("The selected messages went the other way")
        self.switch_button.clicked.connect(self.switch_selected)
        self.outcome_box = QComboBox()
        for o in Outcome:
            self.outcome_box.addItem(o.label, o.value)
        set_outcome = QPushButton("Set o&utcome of selected responses")
        set_outcome.clicked.connect(self.set_selected_outcome)
        self.summary = QLabel()
        self.import_button = QPushButton("&Import")
        a11y.name(self.import_button, "Import")
        self.import_button.setDefault(True)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.start_import)
        self.close_button = QPushButton("Close")
        self.close_button.clicked.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(self.add_button)
        top.addWidget(self.files_label, 1)
        top.addWidget(self.progress, 1)
        top.addWidget(self.cancel_button)
        edits = QHBoxLayout()
        edits.addWidget(self.switch_button)
        edits.addStretch(1)
        outcome_label = QLabel("&Outcome")
        outcome_label.setBuddy(self.outcome_box)
        edits.addWidget(outcome_label)
        edits.addWidget(self.outcome_box)
        edits.addWidget(set_outcome)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.import_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(edits)
        layout.addLayout(bottom)

        self._fill_patterns(self.service.confirmed_patterns(case_id), [])
        self._update_summary()

    # -- files ------------------------------------------------------------------------------
    def pick_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, "E-mail to import", "", FILE_FILTER)
        if names:
            self.add_files([Path(n) for n in names])

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt's name
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.add_files(paths)

    def add_files(self, paths: list[Path]) -> None:
        if self.job is not None:
            return
        self.paths = list(dict.fromkeys([*self.paths, *paths]))
        names = ", ".join(p.name for p in self.paths[:4])
        more = len(self.paths) - 4
        self.files_label.setText(names + (f" and {more} more" if more > 0 else ""))
        self._run(self.service.scan(self.case_id, self.paths, self.checked_patterns()))

    # -- workers ----------------------------------------------------------------------------
    def _run(self, job) -> None:
        self.job = job
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        for w in (self.add_button, self.import_button, self.switch_button):
            w.setEnabled(False)
        job.signals.progress.connect(self._on_progress)
        job.signals.finished.connect(self._on_finished)

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def cancel_job(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)

    def _on_finished(self, result) -> None:
        self.job = None
        self.progress.hide()
        self.cancel_button.hide()
        self.add_button.setEnabled(True)
        self.switch_button.setEnabled(True)
        if hasattr(result, "items"):  # a scan
            if result.error:
                self.summary.setText(f"The files could not be read: {result.error}")
            elif result.cancelled:
                self.summary.setText("Reading cancelled: nothing will be imported.")
                self.model.set_items([])
            else:
                self.model.set_items(result.items)
                self._fill_patterns(
                    self.checked_patterns(),
                    self.service.suggested_patterns(result.items, self.checked_patterns()),
                )
            self._update_summary(keep=bool(result.error or result.cancelled))
            return
        if result.cancelled:
            self._update_summary()
            self.summary.setText(f"Import cancelled: nothing was written. {self.summary.text()}")
        elif result.error:
            self.summary.setText(f"Nothing was imported: {result.error}")
            self.import_button.setEnabled(True)
        else:
            o = result.outcome
            self.result_words = (
                f"Imported {o.contacts} contact{'s' if o.contacts != 1 else ''} and "
                f"{o.responses} response{'s' if o.responses != 1 else ''}"
                + (f"; {o.skipped} already on the case" if o.skipped else "")
                + (f"; kept {o.files} attachment{'s' if o.files != 1 else ''}" if o.files else "")
                + "."
            )
            if result.files_left_out:
                self.result_words += " Not kept: " + "; ".join(result.files_left_out) + "."
            self.summary.setText(self.result_words)
            self.model.set_items([])
            self.import_button.setEnabled(False)
            self.close_button.setText("Done")

    # -- patterns and edits -----------------------------------------------------------------
    def _fill_patterns(self, checked: list[str], suggested: list[str]) -> None:
        self.patterns.blockSignals(True)
        self.patterns.clear()
        for pattern in checked:
            self._pattern_item(pattern, True)
        for pattern in suggested[:30]:
            if pattern not in checked:
                self._pattern_item(pattern, False)
        self.patterns.blockSignals(False)

    def _pattern_item(self, pattern: str, checked: bool) -> None:
        item = QListWidgetItem(pattern)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.patterns.addItem(item)

    def checked_patterns(self) -> list[str]:
        return [
            self.patterns.item(i).text()
            for i in range(self.patterns.count())
            if self.patterns.item(i).checkState() == Qt.CheckState.Checked
        ]

    def add_pattern(self) -> None:
        pattern = self.service.normal_pattern(self.pattern_edit.text())
        if pattern is None:
            self.summary.setText("That is not an address or a domain (e.g. help@acme.com).")
            return
        self.pattern_edit.clear()
        found = self.patterns.findItems(pattern, Qt.MatchFlag.MatchExactly)
        if found:
            found[0].setCheckState(Qt.CheckState.Checked)
        else:
            self._pattern_item(pattern, True)
            self._patterns_changed()

    def _patterns_changed(self, *_args) -> None:
        if self.model.items:
            self.model.set_items(self.service.reclassify(self.model.items, self.checked_patterns()))
            self._update_summary()

    def selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.table.selectionModel().selectedRows()})

    def switch_selected(self) -> None:
        rows = self.selected_rows()
        if rows:
            self.model.set_items(self.service.switch_direction(self.model.items, rows))
            self._update_summary()

    def set_selected_outcome(self) -> None:
        rows = self.selected_rows()
        if rows:
            outcome = Outcome(self.outcome_box.currentData())
            self.model.set_items(self.service.set_outcome(self.model.items, rows, outcome))

    def _update_summary(self, keep: bool = False) -> None:
        c = self.service.counts(self.model.items)
        if not self.model.items:
            if not keep:
                self.summary.setText("Add files to see what will be logged.")
            return
        parts = [f"{c['contacts']} contacts and {c['responses']} responses to log"]
        files = sum(
            len(i.message.attachments) for i in self.model.items if i.will_log and i.message
        )
        if files:
            parts.append(f"{files} attachment{'s' if files != 1 else ''} to keep with them")
        if c["duplicates"]:
            parts.append(f"{c['duplicates']} already on the case (skipped)")
        if c["unreadable"]:
            parts.append(f"{c['unreadable']} not readable (listed with the reason)")
        self.summary.setText("; ".join(parts) + ".")
        self.import_button.setEnabled(bool(c["contacts"] or c["responses"]))

    def start_import(self) -> None:
        if self.job is not None or not self.model.items:
            return
        self._run(self.service.write(self.case_id, self.model.items, self.checked_patterns()))

    def reject(self) -> None:
        if self.job is not None:
            self.job.cancel()  # the worker rolls back; nothing is left half-written
        super().reject()
