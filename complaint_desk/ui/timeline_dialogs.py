"""Log a contact (what you did) or a response (what the vendor did) on a case."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
)

from complaint_desk.core.models import Channel, Contact, Outcome, Response


def _when_edit(now: datetime) -> QDateTimeEdit:
    edit = QDateTimeEdit(QDateTime.fromSecsSinceEpoch(int(now.timestamp())))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("ddd d MMM yyyy HH:mm")
    return edit


def _aware(edit: QDateTimeEdit) -> datetime:
    return datetime.fromtimestamp(edit.dateTime().toSecsSinceEpoch(), tz=UTC)


def _channel_box() -> QComboBox:
    box = QComboBox()
    for ch in Channel:
        box.addItem(ch.label, ch.value)
    return box


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class ContactDialog(QDialog):
    def __init__(self, case_id: int, now: datetime, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Log a contact")
        self.case_id = case_id
        self.channel = _channel_box()
        self.when = _when_edit(now)
        self.duration = QSpinBox()
        self.duration.setRange(0, 24 * 60)
        self.duration.setSuffix(" min")
        self.duration.setSpecialValueText("—")
        self.rep = QLineEdit()
        self.rep.setPlaceholderText("Who you spoke to")
        self.summary = QPlainTextEdit()
        self.summary.setPlaceholderText("What you said and what you were told")
        self.summary.setFixedHeight(90)
        form = QFormLayout(self)
        form.addRow("Channel", self.channel)
        form.addRow("When", self.when)
        form.addRow("Duration", self.duration)
        form.addRow("Rep's name", self.rep)
        form.addRow("Summary", self.summary)
        form.addRow(_buttons(self))

    def contact(self) -> Contact:
        return Contact(
            None,
            self.case_id,
            Channel(self.channel.currentData()),
            _aware(self.when),
            self.duration.value() or None,
            self.rep.text().strip(),
            self.summary.toPlainText().strip(),
        )


class ResponseDialog(QDialog):
    def __init__(self, case_id: int, now: datetime, contacts: list[Contact], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Log the vendor's response")
        self.case_id = case_id
        self.channel = _channel_box()
        self.when = _when_edit(now)
        self.who = QLineEdit()
        self.who.setPlaceholderText("Who answered")
        self.outcome = QComboBox()
        for o in Outcome:
            self.outcome.addItem(o.label, o.value)
        self.answers = QComboBox()
        self.answers.addItem("The latest earlier contact", None)
        for c in reversed(contacts):
            stamp = c.at.astimezone().strftime("%d %b %H:%M")
            self.answers.addItem(f"{c.channel.label} on {stamp}", c.id)
        self.summary = QPlainTextEdit()
        self.summary.setPlaceholderText("What they said or did")
        self.summary.setFixedHeight(90)
        form = QFormLayout(self)
        form.addRow("Channel", self.channel)
        form.addRow("When", self.when)
        form.addRow("Who", self.who)
        form.addRow("Outcome", self.outcome)
        form.addRow("Answers", self.answers)
        form.addRow("Summary", self.summary)
        form.addRow(_buttons(self))

    def response(self) -> Response:
        return Response(
            None,
            self.case_id,
            _aware(self.when),
            Channel(self.channel.currentData()),
            Outcome(self.outcome.currentData()),
            self.who.text().strip(),
            self.summary.toPlainText().strip(),
            self.answers.currentData(),
        )


class RelinkDialog(QDialog):
    """Choose which of your contacts a vendor response answers."""

    def __init__(
        self, contacts: list[Contact], current: int | None, explicit: bool, parent=None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Which contact does this answer?")
        self.answers = QComboBox()
        self.answers.setObjectName("answers")
        self.answers.addItem("The latest earlier contact (automatic)", None)
        for c in sorted(contacts, key=lambda c: c.at, reverse=True):
            stamp = c.at.astimezone().strftime("%a %d %b %Y, %H:%M")
            label = f"{c.channel.label} on {stamp}"
            if c.rep:
                label += f" with {c.rep}"
            self.answers.addItem(label, c.id)
        if explicit and current is not None:
            index = self.answers.findData(current)
            if index >= 0:
                self.answers.setCurrentIndex(index)
        form = QFormLayout(self)
        form.addRow("Answers", self.answers)
        form.addRow(_buttons(self))

    def contact_id(self) -> int | None:
        return self.answers.currentData()
