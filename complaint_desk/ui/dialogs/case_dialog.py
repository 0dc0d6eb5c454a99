"""Open or edit a case with a vendor."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from complaint_desk.core.models import Case, CaseStatus, Vendor
from complaint_desk.ui.dialogs.form_dialog import FormDialog


class CaseDialog(FormDialog):
    def __init__(
        self,
        vendors: list[Vendor],
        case: Case | None = None,
        vendor_id: int | None = None,
        parent=None,
    ) -> None:
        super().__init__("Edit case" if case else "New case", parent)
        self._case = case
        self.vendor_box = QComboBox()
        for v in vendors:
            self.vendor_box.addItem(v.name, v.id)
        chosen = case.vendor_id if case else vendor_id
        if chosen is not None:
            self.vendor_box.setCurrentIndex(max(0, self.vendor_box.findData(chosen)))
        self.title = QLineEdit(case.title if case else "")
        self.title.setPlaceholderText("e.g. Broadband down for 9 days")
        self.story = QPlainTextEdit(case.story if case else "")
        self.story.setPlaceholderText("What happened, in order, with dates")
        self.story.setFixedHeight(110)
        self.reference = QLineEdit(case.reference if case else "")
        self.reference.setPlaceholderText("Order / account / ticket reference")
        self.remedy = QLineEdit(case.remedy if case else "")
        self.remedy.setPlaceholderText("What you want: refund, repair, apology…")
        self.status = QComboBox()
        for s in CaseStatus:
            self.status.addItem(s.value.capitalize(), s.value)
        if case:
            self.status.setCurrentIndex(self.status.findData(case.status.value))
        form = self.form
        form.addRow("Vendor", self.vendor_box)
        form.addRow("Title", self.title)
        form.addRow("What happened", self.story)
        form.addRow("Reference", self.reference)
        form.addRow("Remedy wanted", self.remedy)
        form.addRow("Status", self.status)
        self.finish()

    def validate(self) -> tuple[str, QWidget | None] | None:
        if self.vendor_box.currentIndex() < 0:
            return "Add the vendor first (Vendors view).", None
        if not self.title.text().strip():
            return "A case needs a title.", self.title
        return None

    def case(self) -> Case:
        base = self._case or Case(None, 0, "", datetime.now(UTC))
        return replace(
            base,
            vendor_id=int(self.vendor_box.currentData()),
            title=self.title.text().strip(),
            story=self.story.toPlainText().strip(),
            reference=self.reference.text().strip(),
            remedy=self.remedy.text().strip(),
            status=CaseStatus(self.status.currentData()),
        )
