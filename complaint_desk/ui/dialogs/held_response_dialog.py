"""Asks what to do with a draft still cooling off when the vendor has just responded."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from complaint_desk.app.drafts import HeldChoice


class HeldResponseDialog(QDialog):
    """Three plain answers; the caller hands the chosen `HeldChoice` to the drafts service."""

    def __init__(self, title: str, hold_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("The vendor responded")
        self._choice = HeldChoice.KEEP
        intro = QLabel(
            f"<b>The vendor has responded.</b> Your draft “{title}” is still cooling off "
            f"({hold_text}).<br>You may have a different story to tell now. What would you like "
            "to do with it?"
        )
        intro.setWordWrap(True)
        self.withdraw_button = QPushButton("&Withdraw the draft")
        self.withdraw_button.setToolTip("It stays in your history, marked withdrawn")
        self.keep_button = QPushButton("&Keep holding it")
        self.rewrite_button = QPushButton("Write an &update or thank-you…")
        self.rewrite_button.setToolTip(
            "A new draft, started from their response and linked to this one; "
            "this one keeps cooling off"
        )
        self.rewrite_button.setDefault(True)
        for button, choice in (
            (self.withdraw_button, HeldChoice.WITHDRAW),
            (self.keep_button, HeldChoice.KEEP),
            (self.rewrite_button, HeldChoice.REWRITE),
        ):
            button.clicked.connect(lambda _=False, c=choice: self._answer(c))
        note = QLabel("Withdrawn drafts stay in the list and their history; nothing is deleted.")
        note.setObjectName("hint")
        note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.withdraw_button)
        buttons.addStretch(1)
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.rewrite_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(note)
        layout.addLayout(buttons)
        self.setMinimumWidth(520)

    def _answer(self, choice: HeldChoice) -> None:
        self._choice = choice
        self.accept()

    def choice(self) -> HeldChoice:
        """The answer; closing the window without one keeps holding the draft."""
        return self._choice if self.result() == QDialog.DialogCode.Accepted else HeldChoice.KEEP
