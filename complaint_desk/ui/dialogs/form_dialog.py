"""The shape every record dialog shares: a form, a line for what is missing, Save and Cancel.

A dialog given a `save` (see `save_with`) saves while it is still open and closes only when the
save worked: when the data file refuses it (read-only, full, busy), the dialog stays open with
everything typed and says why on its error line.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from complaint_desk.ui import a11y, palette

Button = QDialogButtonBox.StandardButton

NOT_SAVED = "Not saved. What you typed is still here: try again in a moment."


class FormDialog(QDialog):
    """Subclasses add rows to `self.form`, call `finish()`, and may override `validate()`."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.form = QFormLayout(self)
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self._style_error()
        palette.on_theme_change(self.error, self._style_error)
        self.buttons = QDialogButtonBox()
        self.saved: Any = None
        self._save: Callable[[], Any] | None = None
        self._why_not: Callable[[], str | None] | None = None

    def exec(self) -> int:
        """Run modally, then let the dialog go: read what it holds before the event loop runs
        again. A dialog parented to a view and kept after it closed stayed one of the view's
        hidden children for the rest of the session (one per dialog opened), and closing the
        window after a New draft dialog segfaulted in findChildren in about half the test runs
        under some code layouts."""
        try:
            return super().exec()
        finally:
            self.deleteLater()

    def finish(self, ok: Button = Button.Save) -> None:
        """Add the error line and the buttons under the rows."""
        self.form.addRow(self.error)
        self.buttons.setStandardButtons(ok | Button.Cancel)
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)
        self.form.addRow(self.buttons)
        # Alt+letter for every labelled field (labels are their fields' buddies), and Tab moves
        # out of the notes boxes instead of typing a tab.
        a11y.form_mnemonics(self.form)
        a11y.tab_leaves(self)

    def _style_error(self) -> None:
        self.error.setStyleSheet(f"color:{palette.colour('text_error')}")

    def save_with(
        self, save: Callable[[], Any], why_not: Callable[[], str | None] | None = None
    ) -> None:
        """Save through `save()` before closing: it returns what was saved, or None when the save
        failed (then `why_not()` gives the words to show), or raises ValueError with words for
        the person. The dialog closes only on success, with the result in `self.saved`."""
        self._save = save
        self._why_not = why_not

    def validate(self) -> tuple[str, QWidget | None] | None:
        """What is missing (message, the field to focus), or None when the form can be saved."""
        return None

    def _try_accept(self) -> None:
        problem = self.validate()
        if problem is not None:
            message, field = problem
            self.error.setText(message)
            if field is not None:
                field.setFocus()
            return
        if self._save is not None:
            try:
                saved = self._save()
            except ValueError as exc:
                self.error.setText(str(exc))
                return
            if saved is None:
                reason = self._why_not() if self._why_not is not None else None
                self.error.setText(reason or NOT_SAVED)
                return
            self.saved = saved
        self.error.clear()
        self.accept()
