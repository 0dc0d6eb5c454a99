"""Preferences (Ctrl+,): the few things set once — where you live, your Mastodon server, when a
contact with no reply counts as unanswered, the chase reminder new contacts get, the theme — and
where your data is. Each is a declared setting kept in the data file."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from complaint_desk.ui.dialogs.form_dialog import Button, FormDialog

REGION_CHOICES = (
    ("Not said", None),
    ("United Kingdom", "UK"),
    ("United States", "US"),
    ("European Union", "EU"),
)
THEME_CHOICES = (("Follow the desktop", "system"), ("Light", "light"), ("Dark", "dark"))
UNANSWERED_CHOICES = (
    ("After 24 hours", 24),
    ("After 2 days", 48),
    ("After 3 days", 72),
    ("After 5 days", 120),
    ("After 1 week", 168),
    ("After 2 weeks", 336),
)
CHASE_CHOICES = (
    ("Only when I ask (Remind me)", 0),
    ("If no reply in 24 h", 24),
    ("If no reply in 3 days", 72),
    ("If no reply in 1 week", 168),
)


class PreferencesDialog(FormDialog):
    def __init__(self, desk, window, parent=None) -> None:
        super().__init__("Preferences", parent)
        self.desk = desk
        self.window_ = window
        self.region = QComboBox()
        self.region.setAccessibleName("Where you live")
        self.region.setAccessibleDescription("Chooses the regulators and deadlines suggested")
        for label, value in REGION_CHOICES:
            self.region.addItem(label, value)
        self.region.setCurrentIndex(max(0, self.region.findData(desk.records.region())))
        self.mastodon = QLineEdit(desk.copy_out.mastodon_instance)
        self.mastodon.setPlaceholderText("mastodon.social")
        self.mastodon.setAccessibleName("Your Mastodon server")
        self.unanswered = QComboBox()
        self.unanswered.setAccessibleName("A contact with no reply counts as unanswered")
        self.unanswered.setAccessibleDescription(
            "Before then it is pending and left out of the reply rate"
        )
        for label, hours in UNANSWERED_CHOICES:
            self.unanswered.addItem(label, hours)
        wait_hours = int(desk.records.unanswered_after().total_seconds() // 3600)
        self.unanswered.setCurrentIndex(max(0, self.unanswered.findData(wait_hours)))
        self.chase = QComboBox()
        self.chase.setAccessibleName("Remind me to chase a new contact")
        for label, hours in CHASE_CHOICES:
            self.chase.addItem(label, hours)
        chase = desk.reminders.chase_after()
        chase_hours = 0 if chase is None else int(chase.total_seconds() // 3600)
        self.chase.setCurrentIndex(max(0, self.chase.findData(chase_hours)))
        self.theme = QComboBox()
        self.theme.setAccessibleName("Theme")
        for label, value in THEME_CHOICES:
            self.theme.addItem(label, value)
        from complaint_desk.ui import palette

        self.theme.setCurrentIndex(max(0, self.theme.findData(palette.current_theme())))
        folder = desk.data.data_folder
        self.folder = QLabel(str(folder))
        self.folder.setTextInteractionFlags(self.folder.textInteractionFlags())
        self.folder.setAccessibleName("Your data folder")
        open_folder = QPushButton("&Open")
        open_folder.setAccessibleName("Open the data folder")
        open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
        )
        folder_row = QWidget()
        row = QHBoxLayout(folder_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.folder, 1)
        row.addWidget(open_folder)
        note = QLabel(
            "A copy of your data is made every day into its backups folder (the newest 7 "
            "are kept); File ▸ Back up now… makes one wherever you like."
        )
        note.setWordWrap(True)
        form = self.form
        form.addRow("&Where you live", self.region)
        form.addRow("&Mastodon server", self.mastodon)
        form.addRow("&No reply counts as unanswered", self.unanswered)
        form.addRow("&Remind me to chase", self.chase)
        form.addRow("&Theme", self.theme)
        form.addRow("Data folder", folder_row)
        form.addRow(note)
        self.finish(Button.Save)
        self.save_with(self._apply)

    def _apply(self) -> bool:
        """Keep each choice; ValueError (the dialog stays open) for a server name that is not."""
        self.desk.records.set_region(self.region.currentData())
        self.desk.records.set_unanswered_after(self.unanswered.currentData())
        self.desk.reminders.set_chase_after(self.chase.currentData())
        host = self.mastodon.text().strip()
        if host:
            try:
                self.desk.copy_out.set_mastodon_instance(host)
            except ValueError as exc:
                raise ValueError(f"“{host}” is not a server name (e.g. mastodon.social).") from exc
        self.window_.set_theme(self.theme.currentData())
        return True
