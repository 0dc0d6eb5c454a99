"""The letter to a senior manager: drafted from the timeline, edited here, heat shown, exported."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from complaint_desk.app.desk import Desk
from complaint_desk.app.export import letter_markdown, write_markdown, write_pdf
from complaint_desk.ui.heat_gauge import HeatGauge
from complaint_desk.ui.save_path import ask_save_path, file_stem

HEAT_HINT = "Firm and factual works best: aim for a calm or firm reading (under 50)."


class LetterDialog(QDialog):
    saved = Signal(str)  # path written

    def __init__(self, desk: Desk, case_id: int, parent=None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.case_id = case_id
        case = desk.records.case(case_id)
        self._stem = file_stem(f"letter {case.title if case else ''}")
        self.setWindowTitle("Letter to a senior manager")
        self.resize(720, 640)
        self.name = QLineEdit()
        self.name.setObjectName("letter_name")
        self.name.setPlaceholderText("Your name (for the signature)")
        self.name.editingFinished.connect(self._redraft_signature)
        self.editor = QPlainTextEdit(desk.records.letter(case_id))
        self.editor.setObjectName("letter_text")
        self.gauge = HeatGauge()
        self.heat_label = QLabel()
        self.heat_label.setWordWrap(True)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.rescore)
        self.editor.textChanged.connect(self._debounce.start)
        self.pdf_button = QPushButton("Save as PDF…")
        self.pdf_button.clicked.connect(lambda: self.save("pdf"))
        self.md_button = QPushButton("Save as Markdown…")
        self.md_button.clicked.connect(lambda: self.save("md"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.md_button, QDialogButtonBox.ButtonRole.ActionRole)
        intro = QLabel(
            "Drafted from your timeline: every sentence comes from what you logged. "
            "Check the facts and edit freely before saving."
        )
        intro.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel("Signed"))
        top.addWidget(self.name, 1)
        heat = QHBoxLayout()
        heat.addWidget(self.gauge, 1)
        heat.addWidget(self.heat_label, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.editor, 1)
        layout.addLayout(heat)
        layout.addWidget(buttons)
        self.rescore()

    def text(self) -> str:
        return self.editor.toPlainText()

    def rescore(self) -> None:
        report = self.desk.scorer.score(("letter", self.case_id), self.text())
        self.gauge.set_heat(report.heat)
        self.heat_label.setText(f"Heat {report.heat:.0f} ({report.band}). {HEAT_HINT}")

    def _redraft_signature(self) -> None:
        """Put the typed name in place of the placeholder signature, leaving other edits alone."""
        name = self.name.text().strip()
        if name and "[Your name]" in self.text():
            self.editor.setPlainText(self.text().replace("[Your name]", name))

    def save(self, kind: str) -> None:
        path = ask_save_path(self, "Save the letter", f"{self._stem}.{kind}", kind)
        if path is None:
            return
        markdown = letter_markdown(self.text())
        try:
            if kind == "pdf":
                write_pdf(markdown, path, "Letter to a senior manager")
            else:
                write_markdown(self.text(), path)
        except OSError as exc:
            self.heat_label.setText(f"Could not save to {path}: {exc.strerror or exc}")
            return
        self.saved.emit(str(path))
