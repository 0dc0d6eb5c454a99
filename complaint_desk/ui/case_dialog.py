"""Open or edit a case with a vendor."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
)

from complaint_desk.core.models import Case, CaseStatus, Vendor


class CaseDialog(QDialog):
    def __init__(
        self,
        vendors: list[Vendor],
        case: Case | None = None,
        vendor_id: int | None = None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Edit case" if case else "New case")
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
        self.error = QLabel()
        self.error.setStyleSheet("color:#b71c1c")
        form = QFormLayout(self)
        form.addRow("Vendor", self.vendor_box)
        form.addRow("Title", self.title)
        form.addRow("What happened", self.story)
        form.addRow("Reference", self.reference)
        form.addRow("Remedy wanted", self.remedy)
        form.addRow("Status", self.status)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _accept(self) -> None:
        if self.vendor_box.currentIndex() < 0:
            self.error.setText("Add the vendor first (Vendors view).")
            return
        if not self.title.text().strip():
            self.error.setText("A case needs a title.")
            self.title.setFocus()
            return
        self.accept()

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
