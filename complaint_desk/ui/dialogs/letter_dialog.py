"""The letter to a senior manager: drafted from the timeline, edited here, heat shown, exported.

The letter is a held text like any draft (docs/design.md, "Hold"): it is stored as a draft of kind
"letter" on the case, autosaved as revisions, and its copy, drag, PDF and Markdown all pass the
drafts service's one gate. It starts cooling off when it is first kept (first edit or first try
to save it), and reopening the dialog shows the kept letter, not a fresh one.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from complaint_desk.app.desk import Desk
from complaint_desk.app.export import letter_markdown, write_markdown
from complaint_desk.core.formatting import format_when
from complaint_desk.core.models import DraftKind
from complaint_desk.ui import a11y
from complaint_desk.ui.pdf_writer import write_pdf
from complaint_desk.ui.save_path import ask_save_path, file_stem
from complaint_desk.ui.widgets.guarded_editor import GuardedEditor
from complaint_desk.ui.widgets.heat_gauge import HeatGauge

HEAT_HINT = "Firm and factual works best: aim for a calm or firm reading (under 50)."
AUTOSAVE_MS = 1000


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
        a11y.name(self.name, "Signed", "Your name, for the signature")
        kept = desk.drafts.letter_for_case(case_id)
        self.draft_id: int | None = kept.id if kept is not None else None
        self._case_title = case.title if case else ""
        self.editor = GuardedEditor()
        self.editor.setObjectName("letter_text")
        self.editor.setPlainText(
            desk.drafts.latest_text(self.draft_id)
            if self.draft_id is not None
            else desk.records.letter(case_id)
        )
        self.editor.set_gate(self._decide)
        a11y.name(
            self.editor,
            "Letter text",
            "Drafted from your timeline; edit freely. It cools off like a draft before it leaves.",
        )
        self.editor.copy_refused.connect(self._say)
        self.editor.paste_refused.connect(self._say)
        self._dirty = False
        self._autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_now)
        self._autosave_max = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._autosave_max.timeout.connect(self.save_now)
        self.editor.textChanged.connect(self._on_text_changed)
        self.hold_label = QLabel()
        self.hold_label.setObjectName("letter_hold")
        self.hold_label.setWordWrap(True)
        if self.draft_id is not None:
            desk.drafts.set_flusher(self.draft_id, self.save_now)
        self.finished.connect(self._on_finished)
        self.gauge = HeatGauge()
        self.heat_label = QLabel()
        self.heat_label.setWordWrap(True)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.rescore)
        self.editor.textChanged.connect(self._debounce.start)
        self.pdf_button = QPushButton("Save as &PDF…")
        a11y.name(self.pdf_button, "Save as PDF")
        self.pdf_button.clicked.connect(lambda: self.save("pdf"))
        self.md_button = QPushButton("Save as &Markdown…")
        a11y.name(self.md_button, "Save as Markdown")
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
        signed = QLabel("Si&gned")
        signed.setBuddy(self.name)
        top.addWidget(signed)
        top.addWidget(self.name, 1)
        heat = QHBoxLayout()
        heat.addWidget(self.gauge, 1)
        heat.addWidget(self.heat_label, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.editor, 1)
        layout.addLayout(heat)
        layout.addWidget(self.hold_label)
        layout.addWidget(buttons)
        self.rescore()
        self.refresh_hold()

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

    # -- the letter as a held draft ---------------------------------------------------------
    def _on_text_changed(self) -> None:
        self._dirty = True
        self._autosave.start()
        if not self._autosave_max.isActive():
            self._autosave_max.start()

    def _ensure_draft(self) -> int | None:
        """Keep the letter as a draft of the case (its hold starts now); its id."""
        if self.draft_id is None:
            draft = self.desk.drafts.new_draft(
                self.case_id,
                f"Letter to a senior manager: {self._case_title}".rstrip(": "),
                kind=DraftKind.LETTER,
            )
            if draft is None or draft.id is None:
                return None
            self.draft_id = draft.id
            self.desk.drafts.set_flusher(draft.id, self.save_now)
            self._dirty = True
        return self.draft_id

    def save_now(self) -> bool:
        """Autosave the letter as a version (the hold applies); False if it could not be."""
        self._autosave.stop()
        self._autosave_max.stop()
        if not self._dirty and self.draft_id is not None:
            return True
        draft_id = self._ensure_draft()
        if draft_id is None:
            return False
        text = self.text()
        if not self.desk.drafts.save_text(draft_id, text):
            self.desk.drafts.keep_recovery_copy(draft_id, text)
            self._say("The letter could not be saved yet: it is still here; trying again.")
            self._autosave.start(5000)
            return False
        self._dirty = False
        self.desk.drafts.discard_recovery(draft_id)
        self.refresh_hold()
        return True

    def _decide(self):
        """The one gate, on the letter's latest text (saved first)."""
        draft_id = self._ensure_draft()
        if draft_id is None:
            from complaint_desk.app.copy_decision import CopyDecision, CopyVerdict

            return CopyDecision(CopyVerdict.UNSAVED, "The letter could not be saved yet.")
        return self.desk.drafts.decide_copy(draft_id)

    def refresh_hold(self) -> None:
        if self.draft_id is None:
            self.hold_label.setText(
                "Like every complaint, the letter cools off before it can leave the app: "
                "24–48 hours from when you first keep it."
            )
            return
        state = self.desk.drafts.hold_state(self.draft_id)
        if state.held and state.ready_at is not None:
            when = format_when(state.ready_at)
            self.hold_label.setText(f"Cooling off until {when}. {state.reason}")
        else:
            self.hold_label.setText("Ready: the letter can be saved or copied.")

    def _say(self, text: str) -> None:
        self.hold_label.setText(text)

    def _on_finished(self, _result: int) -> None:
        if self._dirty and self.draft_id is not None:
            self.save_now()
        if self.draft_id is not None:
            self.desk.drafts.set_flusher(self.draft_id, None)

    def save(self, kind: str) -> None:
        decision = self._decide()
        if not decision.allowed:
            self._say(decision.message)
            return
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
