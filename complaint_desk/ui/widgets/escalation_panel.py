"""A suggestion strip for the next escalation step, with the reasons from the timeline."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from complaint_desk.core.records.escalation import Step, Suggestion
from complaint_desk.ui import a11y, palette

REGION_CHOICES = (("Where you live…", None), ("UK", "UK"), ("US", "US"), ("EU", "EU"))


class EscalationPanel(QFrame):
    """Shows a `Suggestion`; it never acts. "Write the letter" asks the case view to open it."""

    letter_requested = Signal()
    region_chosen = Signal(object)  # "UK" | "US" | "EU" | None

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("escalation")
        self._restyle()
        palette.on_theme_change(self, self._restyle)
        self.title = QLabel()
        self.title.setObjectName("escalation_title")
        self.why = QLabel()
        self.why.setWordWrap(True)
        self.deadline = QLabel()
        self.deadline.setWordWrap(True)
        self.deadline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.letter_button = QPushButton("Write the &letter…")
        a11y.name(self.letter_button, "Write the letter to a senior manager")
        self.letter_button.clicked.connect(self.letter_requested)
        self.region = QComboBox()
        self.region.setToolTip("Regulators and their deadlines depend on where you live")
        a11y.name(self.region, "Where you live", "Regulators and their deadlines depend on it")
        for label, value in REGION_CHOICES:
            self.region.addItem(label, value)
        self.region.activated.connect(lambda _i: self.region_chosen.emit(self.region.currentData()))
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.region)
        head.addWidget(self.letter_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)
        layout.addLayout(head)
        layout.addWidget(self.why)
        layout.addWidget(self.deadline)
        self.hide()

    def _restyle(self) -> None:
        self.setStyleSheet(palette.box_style("#escalation", "note"))

    def show_suggestion(self, suggestion: Suggestion | None, region: str | None) -> None:
        if suggestion is None:
            self.hide()
            return
        self.title.setText(f"<b>Suggested next step:</b> {suggestion.title}")
        self.why.setText(f"Why: {suggestion.why}")
        self.deadline.setText(suggestion.deadline)
        self.letter_button.setVisible(suggestion.step in (Step.SENIOR_COMPLAINT, Step.CHASE))
        index = self.region.findData(region)
        self.region.setCurrentIndex(max(0, index))
        self.show()
