"""Ask which case a new draft belongs to, and its title."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit

from complaint_desk.app.records import not_saved_words
from complaint_desk.core.models import Case
from complaint_desk.ui.dialogs.form_dialog import Button, FormDialog


class NewDraftDialog(FormDialog):
    """With `save=True` the dialog creates the draft itself before closing (`self.saved` is the
    new draft); when the data file refuses, it stays open with the case and title chosen and
    says why. Without it the caller creates the draft from `case_id()` and `title()`."""

    def __init__(
        self, desk, cases: list[Case], case_id: int | None = None, parent=None, *, save=False
    ) -> None:
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
        # Typing goes straight into the title (Ctrl+N, then type): the case is usually right.
        self.title_edit.setFocus()
        if save:
            self.save_with(
                lambda: desk.drafts.new_draft(self.case_id(), self.title()),
                lambda: not_saved_words(desk.problems.last),
            )

    def validate(self):
        if self.case_box.currentIndex() < 0:
            return "Open a case first: drafts belong to a case.", None
        return None

    def case_id(self) -> int:
        return int(self.case_box.currentData())

    def title(self) -> str:
        return self.title_edit.text()
