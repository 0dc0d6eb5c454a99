"""Log a contact (what you did) or a response (what the vendor did) on a case."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
)

from complaint_desk.core.models import Channel, Contact, Outcome, Reached, Response
from complaint_desk.ui.dialogs.form_dialog import FormDialog

if TYPE_CHECKING:
    from complaint_desk.core.records.exchange import ExchangeGuess


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


class ContactDialog(FormDialog):
    def __init__(
        self,
        case_id: int,
        now: datetime,
        parent=None,
        existing: Contact | None = None,
        read_exchange: Callable[[str], ExchangeGuess | None] | None = None,
    ) -> None:
        super().__init__("Edit contact" if existing else "Log a contact", parent)
        self.case_id = case_id
        self.existing = existing
        self.channel = _channel_box()
        self.when = _when_edit(now)
        self.duration = QSpinBox()
        self.duration.setRange(0, 24 * 60)
        self.duration.setSuffix(" min")
        self.duration.setSpecialValueText("—")
        self.rep = QLineEdit()
        self.rep.setPlaceholderText("Who you spoke to")
        # A call, chat or visit is the company answering as it happens, unless it did not get
        # through: then it waits for a reply like a message (docs/design.md, "Response history").
        self.reached = QComboBox()
        for r in Reached:
            self.reached.addItem(r.label, r.value)
        self.reached.setToolTip(
            "A call, chat or visit where you spoke to someone counts as answered then; "
            "one that did not get through waits for their reply"
        )
        self.call_outcome = QComboBox()
        self.call_outcome.addItem("Not said", None)
        for o in Outcome:
            self.call_outcome.addItem(o.label, o.value)
        self.call_outcome.setToolTip("What came of it: “Resolved” settles the case")
        self.summary = QPlainTextEdit()
        self.summary.setPlaceholderText("What you said and what you were told")
        self.summary.setFixedHeight(90)
        form = self.form
        form.addRow("Channel", self.channel)
        form.addRow("When", self.when)
        form.addRow("Duration", self.duration)
        form.addRow("Got through?", self.reached)
        form.addRow("Rep's name", self.rep)
        form.addRow("What came of it", self.call_outcome)
        form.addRow("Summary", self.summary)
        self.channel.currentIndexChanged.connect(self._show_live_fields)
        self.reached.currentIndexChanged.connect(self._show_live_fields)
        self._read_exchange = read_exchange
        if read_exchange is not None and existing is None:
            paste = QPushButton("&Fill from a copied e-mail or chat")
            paste.setToolTip(
                "Copy the e-mail (with its From and Date lines) or the chat transcript, then "
                "press this: the fields are filled for you to check"
            )
            paste.setAccessibleName("Fill from a copied e-mail or chat")
            paste.clicked.connect(self.fill_from_clipboard)
            form.insertRow(0, paste)
        if existing is not None:
            self.channel.setCurrentIndex(self.channel.findData(existing.channel.value))
            self.when.setDateTime(QDateTime.fromSecsSinceEpoch(int(existing.at.timestamp())))
            self.duration.setValue(existing.duration_min or 0)
            self.rep.setText(existing.rep)
            self.reached.setCurrentIndex(self.reached.findData(existing.reached.value))
            if existing.outcome is not None:
                self.call_outcome.setCurrentIndex(
                    self.call_outcome.findData(existing.outcome.value)
                )
            self.summary.setPlainText(existing.summary)
        self._show_live_fields()
        self.finish()

    def _show_live_fields(self) -> None:
        """Whether it got through, and what came of it, only for a call, chat or visit (and the
        outcome only when it did)."""
        live = Channel(self.channel.currentData()).live
        spoke = Reached(self.reached.currentData()) is Reached.SPOKE
        self.form.setRowVisible(self.reached, live)
        self.form.setRowVisible(self.call_outcome, live and spoke)

    def fill_from_clipboard(self) -> bool:
        """Propose the fields from the e-mail or chat on the clipboard; False if it is neither."""
        from PySide6.QtGui import QGuiApplication

        guess = (
            self._read_exchange(QGuiApplication.clipboard().text()) if self._read_exchange else None
        )
        if guess is None:
            self.error.setText(
                "The clipboard holds no e-mail (with its From and Date lines) or chat transcript."
            )
            return False
        if guess.channel is not None:
            self.channel.setCurrentIndex(self.channel.findData(guess.channel.value))
        if guess.at is not None:
            self.when.setDateTime(QDateTime.fromSecsSinceEpoch(int(guess.at.timestamp())))
        if guess.rep:
            self.rep.setText(guess.rep)
        if guess.summary:
            self.summary.setPlainText(guess.summary)
        self.error.setText("Filled from what you copied: check it before saving.")
        return True

    def contact(self) -> Contact:
        typed = Contact(
            None,
            self.case_id,
            Channel(self.channel.currentData()),
            _aware(self.when),
            self.duration.value() or None,
            self.rep.text().strip(),
            self.summary.toPlainText().strip(),
        )
        if typed.channel.live:
            reached = Reached(self.reached.currentData())
            outcome = self.call_outcome.currentData() if reached is Reached.SPOKE else None
            typed = replace(
                typed, reached=reached, outcome=None if outcome is None else Outcome(outcome)
            )
        if self.existing is None:
            return typed
        # An edit keeps what this dialog does not show (the post's site, text and link).
        return replace(
            self.existing,
            channel=typed.channel,
            at=typed.at,
            duration_min=typed.duration_min,
            rep=typed.rep,
            summary=typed.summary,
            reached=typed.reached,
            outcome=typed.outcome,
        )


class ResponseDialog(FormDialog):
    def __init__(
        self,
        case_id: int,
        now: datetime,
        contacts: list[Contact],
        parent=None,
        existing: Response | None = None,
    ) -> None:
        super().__init__("Edit response" if existing else "Log the vendor's response", parent)
        self.case_id = case_id
        self.existing = existing
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
        form = self.form
        form.addRow("Channel", self.channel)
        form.addRow("When", self.when)
        form.addRow("Who", self.who)
        form.addRow("Outcome", self.outcome)
        form.addRow("Answers", self.answers)
        form.addRow("Summary", self.summary)
        if existing is not None:
            self.channel.setCurrentIndex(self.channel.findData(existing.channel.value))
            self.when.setDateTime(QDateTime.fromSecsSinceEpoch(int(existing.at.timestamp())))
            self.who.setText(existing.who)
            self.outcome.setCurrentIndex(self.outcome.findData(existing.outcome.value))
            self.answers.setCurrentIndex(max(0, self.answers.findData(existing.contact_id)))
            self.summary.setPlainText(existing.summary)
        self.finish()

    def response(self) -> Response:
        return Response(
            self.existing.id if self.existing is not None else None,
            self.case_id,
            _aware(self.when),
            Channel(self.channel.currentData()),
            Outcome(self.outcome.currentData()),
            self.who.text().strip(),
            self.summary.toPlainText().strip(),
            self.answers.currentData(),
        )


class RelinkDialog(FormDialog):
    """Choose which of your contacts a vendor response answers."""

    def __init__(
        self, contacts: list[Contact], current: int | None, explicit: bool, parent=None
    ) -> None:
        super().__init__("Which contact does this answer?", parent)
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
        form = self.form
        form.addRow("Answers", self.answers)
        self.finish()

    def contact_id(self) -> int | None:
        return self.answers.currentData()
