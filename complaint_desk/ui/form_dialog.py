"""The shape every record dialog shares: a form, a line for what is missing, Save and Cancel."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

Button = QDialogButtonBox.StandardButton


class FormDialog(QDialog):
    """Subclasses add rows to `self.form`, call `finish()`, and may override `validate()`."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.form = QFormLayout(self)
        self.error = QLabel()
        self.error.setStyleSheet("color:#b71c1c")
        self.buttons = QDialogButtonBox()

    def finish(self, ok: Button = Button.Save) -> None:
        """Add the error line and the buttons under the rows."""
        self.form.addRow(self.error)
        self.buttons.setStandardButtons(ok | Button.Cancel)
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)
        self.form.addRow(self.buttons)

    def validate(self) -> tuple[str, QWidget | None] | None:
        """What is missing (message, the field to focus), or None when the form can be saved."""
        return None

    def _try_accept(self) -> None:
        problem = self.validate()
        if problem is None:
            self.accept()
            return
        message, field = problem
        self.error.setText(message)
        if field is not None:
            field.setFocus()
