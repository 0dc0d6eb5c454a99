"""The case view: one case's details and its timeline of contacts and responses, newest first."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from complaint_desk.app.desk import Desk
from complaint_desk.app.export import case_markdown, case_pictures, write_markdown
from complaint_desk.app.record_rows import TimelineEntry
from complaint_desk.app.reminders import CHOICES
from complaint_desk.core.formatting import format_when
from complaint_desk.core.models import Evidence, Response
from complaint_desk.lazy import lazy
from complaint_desk.ui import a11y
from complaint_desk.ui.dialogs.case_dialog import CaseDialog
from complaint_desk.ui.dialogs.confirm_delete import confirm_and_delete
from complaint_desk.ui.dialogs.form_dialog import FormDialog
from complaint_desk.ui.dialogs.timeline_dialogs import ContactDialog, RelinkDialog, ResponseDialog
from complaint_desk.ui.lazy_reload import LazyReload, tune_table
from complaint_desk.ui.models.timeline_model import TimelineModel
from complaint_desk.ui.save_path import ask_save_path, file_stem
from complaint_desk.ui.widgets.escalation_panel import EscalationPanel

if TYPE_CHECKING:  # what mypy checks against
    from complaint_desk.ui import pdf_writer
    from complaint_desk.ui.dialogs import letter_dialog
else:  # loaded when first used (complaint_desk.lazy): their Qt types cost ~11 ms to make
    letter_dialog = lazy("complaint_desk.ui.dialogs.letter_dialog")
    pdf_writer = lazy("complaint_desk.ui.pdf_writer")

D = TypeVar("D", bound=FormDialog)


class CaseView(LazyReload, QWidget):
    new_draft_requested = Signal(int)  # case id
    message = Signal(str)

    def __init__(self, desk: Desk, parent=None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.case_box = QComboBox()
        self.case_box.setMinimumContentsLength(30)
        self.case_box.currentIndexChanged.connect(self._show_current)
        a11y.name(self.case_box, "Case", "The case shown below: its details and timeline")
        self.new_case_button = QPushButton("&New case")
        a11y.name(self.new_case_button, "New case")
        self.new_case_button.clicked.connect(self._new_case_clicked)
        self.edit_case_button = QPushButton("Edi&t case")
        a11y.name(self.edit_case_button, "Edit case")
        self.edit_case_button.clicked.connect(self.edit_case)
        self.delete_case_button = QPushButton("&Delete…")
        self.delete_case_button.setToolTip("Delete this case, its timeline and drafts (undoable)")
        self.delete_case_button.setAccessibleName("Delete case")
        self.delete_case_button.clicked.connect(self.delete_case)
        self.contact_button = QPushButton("Log &contact")
        self.contact_button.setShortcut("Ctrl+L")
        self.contact_button.setToolTip(
            "Something you did: a call, email, chat, letter or post (Ctrl+L)"
        )
        a11y.name(
            self.contact_button, "Log contact", "Something you did: a call, email, chat, letter"
        )
        self.contact_button.clicked.connect(self.log_contact)
        self.response_button = QPushButton("Log &response")
        self.response_button.setShortcut("Ctrl+Shift+L")
        self.response_button.setToolTip(
            "Something the vendor did: a reply, call-back, offer… (Ctrl+Shift+L)"
        )
        a11y.name(
            self.response_button, "Log response", "Something the vendor did: a reply, an offer"
        )
        self.response_button.clicked.connect(self.log_response)
        self.mail_button = QPushButton("&Import e-mail…")
        a11y.name(self.mail_button, "Import e-mail")
        self.mail_button.setToolTip(
            "Log .eml, Outlook .msg or .mbox e-mail as contacts and responses; their attachments"
            " are kept with them"
        )
        self.mail_button.clicked.connect(self._mail_clicked)
        self.files_button = QPushButton("&Keep files…")
        a11y.name(self.files_button, "Keep files with this case")
        self.files_button.setToolTip(
            "Keep receipts, photos, screenshots or chat exports with the case (or drop them here;"
            " dropped on a contact or response, they are kept with it)"
        )
        self.files_button.clicked.connect(self.keep_files)
        self.draft_button = QPushButton("Ne&w draft")
        a11y.name(self.draft_button, "New draft on this case")
        self.draft_button.clicked.connect(self._request_draft)
        self.relink_button = QPushButton("&Answers…")
        a11y.name(self.relink_button, "Answers which contact")
        self.relink_button.setToolTip("Choose which of your contacts the selected response answers")
        self.relink_button.clicked.connect(self.relink_selected)
        self.remind_button = QPushButton("Re&mind me")
        a11y.name(self.remind_button, "Remind me")
        self.remind_button.setToolTip("Remind me to chase if the selected contact gets no reply")
        remind_menu = QMenu(self.remind_button)
        self.remind_actions = {}
        for label, after in CHOICES:
            action = remind_menu.addAction(f"If no reply in {label}")
            action.triggered.connect(lambda _=False, a=after: self.remind_selected(a))
            self.remind_actions[label] = action
        remind_menu.addSeparator()
        self.calendar_reminder_action = remind_menu.addAction("Add the reminder to calendar…")
        self.calendar_reminder_action.triggered.connect(self.reminder_to_calendar)
        self.cancel_reminder_action = remind_menu.addAction("Cancel the reminder")
        self.cancel_reminder_action.triggered.connect(self.cancel_selected_reminder)
        remind_menu.aboutToShow.connect(self._update_reminder_actions)
        self.remind_button.setMenu(remind_menu)
        self.export_button = QPushButton("E&xport")
        a11y.name(self.export_button, "Export", "The case file or a letter to a senior manager")
        export_menu = QMenu(self.export_button)
        self.export_md_action = export_menu.addAction("Case file as Markdown…")
        self.export_md_action.triggered.connect(lambda: self.export_case("md"))
        self.export_pdf_action = export_menu.addAction("Case file as PDF…")
        self.export_pdf_action.triggered.connect(lambda: self.export_case("pdf"))
        self.calendar_action = export_menu.addAction("Deadlines to calendar (.ics)…")
        self.calendar_action.triggered.connect(self.export_calendar)
        export_menu.addSeparator()
        self.letter_action = export_menu.addAction("Letter to a senior manager…")
        self.letter_action.triggered.connect(self.open_letter)
        self.export_button.setMenu(export_menu)
        self.escalation = EscalationPanel()
        self.escalation.letter_requested.connect(self.open_letter)
        self.escalation.region_chosen.connect(self.desk.records.set_region)

        self.details = QGroupBox("Case")
        self.vendor_label = QLabel()
        self.status_label = QLabel()
        self.reference_label = QLabel()
        self.remedy_label = QLabel()
        self.story_label = QLabel()
        self.story_label.setWordWrap(True)
        self.story_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout(self.details)
        form.addRow("Vendor", self.vendor_label)
        form.addRow("Status", self.status_label)
        form.addRow("Reference", self.reference_label)
        form.addRow("Remedy wanted", self.remedy_label)
        form.addRow("What happened", self.story_label)

        self.model = TimelineModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.activated.connect(lambda _index: self.edit_selected())  # Enter
        from complaint_desk.ui.row_actions import on_delete_key

        on_delete_key(self.table, self.delete_selected)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        tune_table(self.table)
        header.setSectionResizeMode(TimelineModel.SUMMARY, QHeaderView.ResizeMode.Stretch)
        a11y.table(
            self.table,
            "Case timeline",
            "Contacts and responses, newest first; Enter edits, the menu key offers more",
        )
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)

        bar = QHBoxLayout()
        case_label = QLabel("Ca&se")
        case_label.setBuddy(self.case_box)
        bar.addWidget(case_label)
        bar.addWidget(self.case_box, 1)
        bar.addWidget(self.new_case_button)
        bar.addWidget(self.edit_case_button)
        bar.addWidget(self.delete_case_button)
        bar.addWidget(self.export_button)
        actions = QHBoxLayout()
        actions.addWidget(QLabel("<b>Timeline</b>"))
        actions.addStretch(1)
        actions.addWidget(self.contact_button)
        actions.addWidget(self.response_button)
        actions.addWidget(self.mail_button)
        actions.addWidget(self.files_button)
        actions.addWidget(self.relink_button)
        actions.addWidget(self.remind_button)
        actions.addWidget(self.draft_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(bar)
        layout.addWidget(self.details)
        layout.addWidget(self.escalation)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)

        desk.records.cases_changed.connect(self.request_reload)
        desk.records.vendors_changed.connect(self.request_reload)
        desk.records.timeline_changed.connect(self._on_timeline_changed)
        self.table.selectionModel().selectionChanged.connect(self._update_relink)
        from complaint_desk.ui.evidence_actions import FileDrops, Thumbnails

        self.model.thumbnail = Thumbnails(desk)
        self._drops = FileDrops(
            self,
            self.table,
            lambda: self.case_id,
            self._entry_at,
            lambda paths, entry: self._keep(paths, entry),
            self.import_mail,
        )
        self.request_reload()

    def reload(self) -> None:
        self.reload_cases()

    @property
    def case_id(self) -> int | None:
        data = self.case_box.currentData()
        return int(data) if data is not None else None

    def reload_cases(self) -> None:
        current = self.case_id
        vendors = {v.id: v.name for v in self.desk.records.vendors()}
        self.case_box.blockSignals(True)
        self.case_box.clear()
        for case in self.desk.records.cases():
            label = f"{vendors.get(case.vendor_id, '?')} · {case.title} ({case.status.value})"
            self.case_box.addItem(label, case.id)
        if current is not None and self.case_box.findData(current) >= 0:
            self.case_box.setCurrentIndex(self.case_box.findData(current))
        self.case_box.blockSignals(False)
        self._show_current()

    def select_case(self, case_id: int) -> None:
        if self._stale:
            self._stale = False
            self.reload_cases()
        index = self.case_box.findData(case_id)
        if index >= 0:
            self.case_box.setCurrentIndex(index)

    def _request_draft(self) -> None:
        if self.case_id is not None:
            self.new_draft_requested.emit(self.case_id)

    def _show_current(self) -> None:
        case = self.desk.records.case(self.case_id) if self.case_id is not None else None
        has_case = case is not None
        for w in (
            self.edit_case_button,
            self.delete_case_button,
            self.contact_button,
            self.response_button,
            self.mail_button,
            self.files_button,
            self.draft_button,
            self.export_button,
        ):
            w.setEnabled(has_case)
        self.details.setVisible(has_case)
        if case is None:
            self.escalation.hide()
            self.model.set_rows([])
            self._update_relink()
            self.table.hide()
            self.empty.setText(
                "No case open yet.\n"
                "Add the company in Vendors, then press “New case” to start a record."
            )
            self.empty.show()
            return
        vendor = self.desk.records.vendor(case.vendor_id)
        self.details.setTitle(case.title)
        self.vendor_label.setText(vendor.name if vendor else "?")
        self.status_label.setText(case.status.value.capitalize())
        self.reference_label.setText(case.reference or "—")
        self.remedy_label.setText(case.remedy or "—")
        self.story_label.setText(case.story or "—")
        self._reload_timeline()

    def _reload_timeline(self) -> None:
        rows = self.desk.records.timeline(self.case_id) if self.case_id is not None else []
        self.model.set_rows(rows)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.empty.setText("Nothing logged yet. Log each call, email or chat as it happens.")
        self._update_relink()
        if self.case_id is not None:
            records = self.desk.records
            self.escalation.show_suggestion(records.suggestion(self.case_id), records.region())

    def _on_timeline_changed(self, case_id: int) -> None:
        if not self.isVisible():
            self._stale = True
        elif case_id == self.case_id:
            self._reload_timeline()

    # -- actions ------------------------------------------------------------------------
    def _new_case_clicked(self) -> None:
        self.new_case()  # not with clicked(bool)'s argument as the vendor

    def _mail_clicked(self) -> None:
        self.import_mail()  # not with clicked(bool)'s argument as the files

    def new_case(self, vendor_id: int | None = None) -> None:
        vendors = self.desk.records.vendors()
        if not vendors:
            self.message.emit("Add the company first (Vendors → Add vendor).")
            return
        if vendor_id is None and self.case_id is not None:
            # Another case with the company on screen is the likelier one: it is offered first.
            shown = self.desk.records.case(self.case_id)
            vendor_id = shown.vendor_id if shown is not None else None
        dialog = self._saving(CaseDialog(vendors, None, vendor_id, self), lambda d: d.case())
        if dialog.exec() and dialog.saved is not None:  # (deleted once closed: FormDialog.exec)
            self.select_case(dialog.saved.id)

    def edit_case(self) -> None:
        case = self.desk.records.case(self.case_id) if self.case_id is not None else None
        if case is None:
            return
        dialog = CaseDialog(self.desk.records.vendors(), case, None, self)
        self._saving(dialog, lambda d: d.case()).exec()

    def log_contact(self) -> None:
        if self.case_id is None:
            return
        # Dates the person enters default to the real time, not the hold's trusted clock.
        dialog = ContactDialog(
            self.case_id,
            self.desk.records.wall_now(),
            self,
            read_exchange=self.desk.records.read_exchange,
        )
        self._saving(dialog, lambda d: d.contact(), self.desk.records.log_contact).exec()

    def log_response(self) -> None:
        if self.case_id is None:
            return
        records = self.desk.records
        contacts = records.contacts(self.case_id)
        dialog = ResponseDialog(self.case_id, records.wall_now(), contacts, self)
        self._saving(dialog, lambda d: d.response(), records.log_response).exec()

    def import_mail(self, paths: list[Path] | None = None) -> None:
        """Import e-mail (picked in the dialog, or `paths` dropped on the view)."""
        if self.case_id is None:
            return
        from complaint_desk.ui.dialogs.mail_import_dialog import MailImportDialog

        dialog = MailImportDialog(self.desk, self.case_id, self)
        if paths:
            dialog.add_files(list(paths))
        dialog.exec()
        dialog.deleteLater()  # not kept as a hidden child of the view once closed
        if dialog.result_words:
            self.message.emit(dialog.result_words)

    def _entry_at(self, index: QModelIndex) -> TimelineEntry | None:
        return self.model.row_record(index.row()) if index.isValid() else None

    def keep_files(self) -> None:
        """Keep files picked in the file dialog with the selected contact or response, or with
        the case when none is selected."""
        if self.case_id is None:
            return
        from complaint_desk.ui.evidence_actions import pick_and_keep

        pick_and_keep(self, self.desk, self.case_id, self.selected_entry(), self.message.emit)

    def _keep(self, paths: list[Path], entry: TimelineEntry | None) -> None:
        if self.case_id is None:
            return
        from complaint_desk.ui.evidence_actions import keep_files

        keep_files(self.desk, self.case_id, paths, entry, self.message.emit)

    def _saving(self, dialog: D, record: Callable[[D], Any], save=None) -> D:
        """Have `dialog` save `record(dialog)` (through `save`, saving a case by default) while it
        is open: it closes only when the save worked, and otherwise keeps what was typed and
        says why."""
        records = self.desk.records
        store = save if save is not None else self.desk.changes.save_case
        dialog.save_with(lambda: store(record(dialog)), records.last_failure)
        return dialog

    # -- re-linking, export, letter ----------------------------------------------------------
    def selected_entry(self) -> TimelineEntry | None:
        index = self.table.currentIndex()
        return self.model.row_record(index.row()) if index.isValid() else None

    def _update_relink(self, *_args) -> None:
        entry = self.selected_entry()
        self.relink_button.setEnabled(entry is not None and entry.kind == "response")
        self.remind_button.setEnabled(entry is not None and entry.kind == "contact")

    def _context_menu(self, pos) -> None:
        index = self.table.indexAt(pos)
        entry = self.model.row_record(index.row()) if index.isValid() else None
        if entry is None:
            return
        self.table.setCurrentIndex(index)
        menu = QMenu(self)
        if entry.kind == "evidence":
            menu.addAction("&Open", self.edit_selected)
            menu.addAction("&Delete file…", self.delete_selected)
            menu.popup(self.table.viewport().mapToGlobal(pos))
            return
        menu.addAction(f"&Edit {entry.kind}…", self.edit_selected)
        menu.addAction(f"&Delete {entry.kind}…", self.delete_selected)
        menu.addAction(f"Keep &files with this {entry.kind}…", self.keep_files)
        menu.addSeparator()
        if entry.kind == "response":
            menu.addAction("Answers which contact…", self.relink_selected)
        else:
            for label, after in CHOICES:
                menu.addAction(
                    f"Remind me to chase if no reply in {label}",
                    partial(self.remind_selected, after),
                )
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def edit_selected(self) -> None:
        """Correct the selected contact or response (Edit ▸ Undo takes the change back)."""
        entry = self.selected_entry()
        if entry is None or entry.record.id is None or self.case_id is None:
            return
        records, changes = self.desk.records, self.desk.changes
        record = entry.record
        if isinstance(record, Evidence):
            from complaint_desk.ui.evidence_actions import open_kept

            open_kept(self.desk, record, self.message.emit)
            return
        if isinstance(record, Response):
            contacts = records.contacts(self.case_id)
            dialog = ResponseDialog(
                self.case_id, records.wall_now(), contacts, self, existing=record
            )
            self._saving(dialog, lambda d: d.response(), changes.update_response).exec()
        else:
            contact_dialog = ContactDialog(self.case_id, records.wall_now(), self, existing=record)
            self._saving(contact_dialog, lambda d: d.contact(), changes.update_contact).exec()

    def delete_selected(self) -> None:
        entry = self.selected_entry()
        record_id = entry.record.id if entry is not None else None
        if entry is None or record_id is None:
            return
        record = entry.record
        if isinstance(record, Evidence):
            if confirm_and_delete(self, self.desk, "evidence", record_id, record.name, "file"):
                self.message.emit(f"“{record.name}” was removed. Edit ▸ Undo brings it back.")
            return
        label = f"{record.channel.label}, {format_when(entry.at)}"
        if confirm_and_delete(self, self.desk, entry.kind, record_id, label):
            self.message.emit(f"The {entry.kind} was deleted. Edit ▸ Undo brings it back.")

    def delete_case(self) -> None:
        case = self.desk.records.case(self.case_id) if self.case_id is not None else None
        if case is None or case.id is None:
            return
        if confirm_and_delete(self, self.desk, "case", case.id, case.title):
            self.message.emit(f"“{case.title}” was deleted. Edit ▸ Undo brings it back.")

    def remind_selected(self, after) -> None:
        entry = self.selected_entry()
        if entry is None or entry.kind != "contact" or entry.record.id is None:
            return
        reminder = self.desk.reminders.remind(entry.record.id, after)
        if reminder is not None:
            when = format_when(reminder.due_at)
            self.message.emit(f"I'll remind you on {when} if there is still no reply.")

    def selected_reminder(self):
        """The pending reminder on the selected contact, if any."""
        entry = self.selected_entry()
        if entry is None or entry.kind != "contact" or self.case_id is None:
            return None
        for reminder in self.desk.reminders.pending_for_case(self.case_id):
            if reminder.contact_id == entry.record.id:
                return reminder
        return None

    def _update_reminder_actions(self) -> None:
        reminder = self.selected_reminder()
        self.cancel_reminder_action.setVisible(reminder is not None)
        self.calendar_reminder_action.setVisible(reminder is not None)
        if reminder is not None:
            when = format_when(reminder.due_at)
            self.cancel_reminder_action.setText(f"Cancel the reminder (due {when})")

    def cancel_selected_reminder(self) -> None:
        reminder = self.selected_reminder()
        if reminder is not None:
            self.desk.reminders.cancel(reminder.id)
            self.message.emit("Reminder cancelled.")

    def relink_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None or not isinstance(entry.record, Response) or entry.record.id is None:
            return
        response = entry.record
        response_id = entry.record.id
        contacts = self.desk.records.contacts(response.case_id)
        explicit = getattr(response, "contact_id", None) is not None
        dialog = RelinkDialog(contacts, entry.answers_id, explicit, self)
        # A refused link (ValueError) or a failed save keeps the dialog open and says why.
        dialog.save_with(
            lambda: self.desk.records.relink_response(response_id, dialog.contact_id()),
            self.desk.records.last_failure,
        )
        dialog.exec()

    def export_case(self, kind: str) -> None:
        case = self.desk.records.case(self.case_id) if self.case_id is not None else None
        if case is None:
            return
        path = ask_save_path(self, "Export the case file", f"{file_stem(case.title)}.{kind}", kind)
        if path is None:
            return
        assert case.id is not None  # a case read from the store has its id
        pdf = kind == "pdf"
        markdown = case_markdown(
            self.desk.records,
            case.id,
            drafts=self.desk.drafts,
            evidence=self.desk.evidence,
            pictures=pdf,
        )
        try:
            if pdf:
                photos = case_pictures(self.desk.evidence, case.id)
                pdf_writer.write_pdf(markdown, path, case.title, photos)
            else:
                write_markdown(markdown, path)
        except OSError as exc:
            self.message.emit(f"Could not save the case file to {path}: {exc.strerror or exc}")
            return
        self.message.emit(f"Case file saved to {path}")

    def export_calendar(self) -> None:
        case = self.desk.records.case(self.case_id) if self.case_id is not None else None
        if case is None or case.id is None:
            return
        from complaint_desk.app.calendar_export import case_calendar

        self._save_calendar(case_calendar(self.desk, case.id), f"{file_stem(case.title)} deadlines")

    def reminder_to_calendar(self) -> None:
        reminder = self.selected_reminder()
        if reminder is None:
            return
        from complaint_desk.app.calendar_export import reminder_calendar

        data = reminder_calendar(self.desk, reminder.id)
        if data is not None:
            self._save_calendar(data, "chase reminder")

    def _save_calendar(self, data: bytes, stem: str) -> None:
        path = ask_save_path(self, "Save to open in your calendar", f"{stem}.ics", "ics")
        if path is None:
            return
        from complaint_desk.app.calendar_export import write_calendar

        try:
            write_calendar(data, path)
        except OSError as exc:
            self.message.emit(f"Could not save {path}: {exc.strerror or exc}")
            return
        self.message.emit(f"Calendar file saved to {path}: open it with your calendar.")

    def open_letter(self) -> None:
        if self.case_id is None:
            return
        dialog = letter_dialog.LetterDialog(self.desk, self.case_id, self)
        dialog.saved.connect(lambda path: self.message.emit(f"Letter saved to {path}"))
        dialog.exec()
        dialog.deleteLater()  # not kept as a hidden child of the view once closed
