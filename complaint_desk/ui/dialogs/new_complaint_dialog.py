"""New complaint: the company (picked, or typed to add it), what happened, and a first draft,
in one dialog, so a new user never meets "add the company first" as a dead end."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit

from complaint_desk.app.first_steps import ComplaintStart
from complaint_desk.ui.dialogs.form_dialog import FormDialog

NEW_VENDOR = -1


class NewComplaintDialog(FormDialog):
    def __init__(self, desk, parent=None) -> None:
        super().__init__("New complaint", parent)
        self.desk = desk
        self.vendor = QComboBox()
        self.vendor.setAccessibleName("Company")
        for v in desk.records.vendors():
            self.vendor.addItem(v.name, v.id)
        self.vendor.addItem("A company not in the list…", NEW_VENDOR)
        self.vendor_name = QLineEdit()
        self.vendor_name.setPlaceholderText("The company's name, e.g. Skyway Airlines")
        self.vendor_name.setAccessibleName("New company's name")
        self.title = QLineEdit()
        self.title.setPlaceholderText("In a few words, e.g. Bag lost on flight SK 123")
        self.title.setAccessibleName("What the complaint is about")
        self.story = QPlainTextEdit()
        self.story.setPlaceholderText("What happened, when, and what you have tried (optional)")
        self.story.setAccessibleName("What happened")
        self.story.setTabChangesFocus(True)
        self.story.setFixedHeight(80)
        self.remedy = QLineEdit()
        self.remedy.setPlaceholderText("What would put it right, e.g. a refund of £49 (optional)")
        self.remedy.setAccessibleName("The remedy you want")
        form = self.form
        form.addRow("&Company", self.vendor)
        form.addRow("Company &name", self.vendor_name)
        form.addRow("&About", self.title)
        form.addRow("What &happened", self.story)
        form.addRow("&Remedy", self.remedy)
        self.vendor.currentIndexChanged.connect(self._vendor_changed)
        self._vendor_changed()
        self.finish()
        self.save_with(lambda: desk.first_steps.start(self.start()), desk.records.last_failure)
        (self.vendor_name if self.vendor_name.isEnabled() else self.title).setFocus()

    def _vendor_changed(self) -> None:
        new = self.vendor.currentData() == NEW_VENDOR
        self.vendor_name.setEnabled(new)
        label = self.form.labelForField(self.vendor_name)
        if label is not None:
            label.setEnabled(new)

    def start(self) -> ComplaintStart:
        picked = self.vendor.currentData()
        return ComplaintStart(
            None if picked == NEW_VENDOR else picked,
            self.vendor_name.text(),
            self.title.text(),
            self.story.toPlainText(),
            self.remedy.text(),
        )
