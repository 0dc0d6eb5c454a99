"""Ask which case a new draft belongs to, and its title."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit

from complaint_desk.core.models import Case
from complaint_desk.ui.form_dialog import Button, FormDialog


class NewDraftDialog(FormDialog):
    def __init__(self, desk, cases: list[Case], case_id: int | None = None, parent=None) -> None:
        super().__init__("New draft", parent)
        self.case_box = QComboBox()
        vendors = {v.id: v.name for v in desk.records.vendors()}
        for case in cases:
            self.case_box.addItem(f"{vendors.get(case.vendor_id, '?')} · {case.title}", case.id)
        if case_id is not None:
            self.case_box.setCurrentIndex(max(0, self.case_box.findData(case_id)))
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText("e.g. Post about the missing refund")
        self.form.addRow("Case", self.case_box)
        self.form.addRow("Title", self.title_edit)
        self.finish(Button.Ok)

    def case_id(self) -> int:
        return int(self.case_box.currentData())

    def title(self) -> str:
        return self.title_edit.text()
