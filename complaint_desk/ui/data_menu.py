"""File ▸ Back up now… / Restore from backup… / Export all data… / Replace data with an export… /
Open data folder: the person's own copies of their data, and getting them back.

Shows and forwards: the desk's `data` service checks, copies and stages; this asks where, shows
what a backup holds before anything changes, and restarts the app to finish a restore.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QProcess, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from complaint_desk.app.data_safety import DataError
from complaint_desk.core.formatting import format_when
from complaint_desk.ui.save_path import ask_save_path

if TYPE_CHECKING:
    from complaint_desk.app.desk import Desk


class DataActions:
    """What the File menu's data entries do; `say(text, kind)` reports in the window's banner."""

    def __init__(self, desk: Desk, parent: QWidget, say) -> None:
        self.desk = desk
        self.parent = parent
        self.say = say

    def back_up_now(self) -> Path | None:
        return self._write_copy(
            "Back up your data",
            self.desk.data.suggested_backup_name,
            self.desk.data.back_up_to,
            "The backup could not be written.",
            "Backed up to {}. Keep a copy somewhere other than this computer.",
        )

    def export_all(self) -> Path | None:
        return self._write_copy(
            "Export all your data",
            "complaint-desk-export-{}.json".format,
            self.desk.data.export_to,
            "The export could not be written.",
            "Everything was exported to {} (readable JSON).",
        )

    def _write_copy(self, title: str, name, write, failed: str, done: str) -> Path | None:
        """Ask where (`name(date)` offered), write, and say where it went or why not."""
        suggested = name(datetime.now(UTC).strftime("%Y-%m-%d"))
        path = ask_save_path(self.parent, title, suggested, suggested.rsplit(".", 1)[1])
        if path is None:
            return None
        try:
            written = write(path)
        except DataError as exc:
            self.say(f"{failed} {exc.message}", "error")
            return None
        self.say(done.format(written), "success")
        return written

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.desk.data.data_folder)))

    def restore_from_backup(self) -> bool:
        """Pick a backup, see what it holds, confirm; the app restarts to finish. True: staged."""
        dialog = BackupPicker(self.desk, self.parent)
        if not dialog.exec() or dialog.chosen is None:
            return False
        return self._confirm_and_stage(dialog.chosen, "Restore this backup?")

    def replace_with_export(self) -> bool:
        """Pick a JSON export, see what it holds, confirm; the app restarts to load it."""
        dialog = QFileDialog(self.parent, "Replace your data with an export", str(Path.home()))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter("Complaint Desk exports (*.json);;All files (*)")
        if not dialog.exec() or not dialog.selectedFiles():
            return False
        return self._confirm_and_stage(Path(dialog.selectedFiles()[0]), "Load this export?")

    def _confirm_and_stage(self, source: Path, question: str) -> bool:
        try:
            info = self.desk.data.describe(source)
        except DataError as exc:
            QMessageBox.warning(self.parent, "Can't use this file", exc.message)
            return False
        box = QMessageBox(
            QMessageBox.Icon.Question,
            question,
            f"<b>{source.name}</b><br>Made {format_when(info.made_at)}; it holds "
            f"{info.summary()}.<br><br>It will replace everything you have now. Your current "
            "data is kept as a backup first (beside the data file), so this can be undone by "
            "restoring that copy. Complaint Desk restarts to do it.",
            parent=self.parent,
        )
        go = box.addButton("Restore and restart", QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(go)
        box.exec()
        if box.clickedButton() is not go:
            return False
        try:
            self.desk.data.stage_restore(source)
        except DataError as exc:
            QMessageBox.warning(self.parent, "Can't restore", exc.message)
            return False
        restart_app()
        return True


class BackupPicker(QDialog):
    """The newest backups (daily copies and those beside the data file), or any file."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.chosen: Path | None = None
        self.setWindowTitle("Restore from backup")
        self.resize(560, 360)
        intro = QLabel(
            "Pick a backup to bring back. You will see what it holds before anything changes."
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName("Backups")
        for path, when in desk.data.newest_backups():
            item = QListWidgetItem(f"{format_when(when)} · {path.name}")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.list.addItem("No backups yet: Complaint Desk makes one every day it runs.")
            self.list.setEnabled(False)
        self.list.itemDoubleClicked.connect(lambda _item: self._accept_current())
        other = QPushButton("Choose a file…")
        other.clicked.connect(self._choose_file)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.addButton(other, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self._accept_current)
        buttons.rejected.connect(self.reject)
        open_button = buttons.button(QDialogButtonBox.StandardButton.Open)
        if open_button is not None:
            open_button.setEnabled(self.list.isEnabled())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

    def _accept_current(self) -> None:
        item = self.list.currentItem()
        if item is None or not self.list.isEnabled():
            return
        self.chosen = Path(item.data(Qt.ItemDataRole.UserRole))
        self.accept()

    def _choose_file(self) -> None:
        dialog = QFileDialog(self, "Choose a backup", str(self.desk.data.data_folder))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(self.desk.data.backup_file_filter())
        if dialog.exec() and dialog.selectedFiles():
            self.chosen = Path(dialog.selectedFiles()[0])
            self.accept()


def restart_app() -> None:
    """Start this program again with the same command line, then quit this copy (the new copy
    waits for this one's lock, then carries out the staged restore)."""
    command = list(getattr(sys, "orig_argv", None) or [sys.executable, *sys.argv])
    QProcess.startDetached(command[0], command[1:])
    app = QApplication.instance()
    if app is not None:
        for window in QApplication.topLevelWidgets():
            window.close()
        app.quit()
