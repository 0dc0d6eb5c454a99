"""The draft editor panel: title, text, heat, hold badge. Autosaves; re-scores as you type."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from complaint_desk.app.desk import Desk
from complaint_desk.core.models import DraftStatus
from complaint_desk.ui import a11y
from complaint_desk.ui.first_paint import after_first_paint
from complaint_desk.ui.widgets.checklist_panel import ChecklistPanel
from complaint_desk.ui.widgets.guarded_editor import GuardedEditor
from complaint_desk.ui.widgets.hold_badge import HoldBadge
from complaint_desk.ui.widgets.tone_panel import TonePanel, apply_rewrite

if TYPE_CHECKING:
    from complaint_desk.app.checklist_facts import CaseFacts
    from complaint_desk.app.worker_call import WorkerCall
    from complaint_desk.core.tone import ToneReport

AUTOSAVE_MS = 1000  # after the last key
AUTOSAVE_MAX_MS = 750  # and at least this often while typing goes on (a crash loses < 1 s)
RETRY_MS = 5000  # after a failed save
RESCORE_MS = 200
SITE_COUNT_MS = 500  # the count on the chosen site follows the text, after a pause


class DraftEditor(QWidget):
    copy_out_requested = Signal(int)  # draft id
    history_requested = Signal(int)
    message = Signal(str)

    def __init__(self, desk: Desk, parent=None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.draft_id: int | None = None
        self._dirty = False
        self._last_report: ToneReport | None = None

        self.title = QLineEdit()
        self.title.setPlaceholderText("Draft title")
        self.title.editingFinished.connect(self._rename)
        a11y.name(self.title, "Draft title")
        self.case_label = QLabel()
        self.case_label.setObjectName("caseLabel")
        self.editor = GuardedEditor()
        self.editor.setPlaceholderText(
            "Write what you want to say. Say what happened, when, and what you want done."
        )
        self.editor.textChanged.connect(self._on_text_changed)
        a11y.name(
            self.editor,
            "Draft text",
            "What you want to say. Saved as you type; Tab moves on to the next control.",
        )
        self.editor.copy_refused.connect(self.message)
        self.editor.paste_refused.connect(self.message)
        self.tone = TonePanel()
        self.tone.jump_requested.connect(self._select_span)
        # Calmer sentences (one click, undoable) and the whole calm version, from the case's log.
        self.tone.set_sources(
            self.editor.toPlainText, lambda: self.case_facts.rewrite_facts(self._case_id)
        )
        self.tone.rewrite_requested.connect(lambda s, e, r: apply_rewrite(self.editor, s, e, r))
        self.tone.report_painted.connect(self._show_checklist)
        self.checklist = ChecklistPanel()
        self.checklist.jump_requested.connect(self._select_span)
        self._case_facts: CaseFacts | None = None  # made when the first case log is read
        # The case log feeds only the checklist, which waits for the first score: the draft open
        # before the window first paints has its log read just after that paint.
        self._painted = False
        after_first_paint(self, self._on_first_paint)
        self._case_id: int | None = None
        self.badge = HoldBadge()
        self.save_state = QLabel("")
        self.save_state.setObjectName("saveState")
        self.copy_button = QPushButton("C&opy out…")
        self.copy_button.setShortcut("Ctrl+Shift+C")
        self.copy_button.setToolTip(
            "Pick a site and copy the text once the hold is over (Ctrl+Shift+C)"
        )
        a11y.name(
            self.copy_button, "Copy out", "Pick a site and copy the text once the hold is over"
        )
        self.copy_button.clicked.connect(self._request_copy)
        self.history_button = QPushButton("H&istory…")
        self.history_button.setShortcut("Ctrl+H")
        self.history_button.setToolTip("See how this draft changed while cooling off (Ctrl+H)")
        a11y.name(self.history_button, "History", "See how this draft changed while cooling off")
        self.history_button.clicked.connect(
            lambda: self.draft_id is not None and self.history_requested.emit(self.draft_id)
        )

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.case_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_state, 1)
        buttons.addWidget(self.history_button)
        buttons.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.editor, 1)
        tone_row = QHBoxLayout()
        tone_row.setSpacing(16)
        tone_row.addWidget(self.tone, 3)
        tone_row.addWidget(self.checklist, 2)
        layout.addLayout(tone_row)
        # How the text counts on a chosen site, as you type: fix the length while it cools off.
        self.site_box = QComboBox()
        self.site_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.site_box.setAccessibleName("Count for site")
        self.site_box.setAccessibleDescription("The site whose way of counting the line shows")
        # Filled with the first score, which waits for the tone engine to load (a second or two
        # at start-up): until then the box says so rather than showing nothing.
        self.site_box.setPlaceholderText("Loading sites…")
        self.site_count = QLabel()
        self.site_count.setObjectName("siteCount")
        self.site_count.setAccessibleName("Length on that site")
        self._sites_filled = False
        self.site_box.currentIndexChanged.connect(lambda _i: self._show_site_count())
        site_row = QHBoxLayout()
        site_label = QLabel("C&ounts on")
        site_label.setBuddy(self.site_box)
        site_row.addWidget(site_label)
        site_row.addWidget(self.site_box)
        site_row.addWidget(self.site_count, 1)
        layout.addLayout(site_row)
        layout.addWidget(self.badge)
        layout.addLayout(buttons)

        self._autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._autosave.timeout.connect(self.autosave)
        # Not restarted by keys: steady typing is saved every second, not only when it stops.
        self._autosave_max = QTimer(self, singleShot=True, interval=AUTOSAVE_MAX_MS)
        self._autosave_max.timeout.connect(self.autosave)
        self._retry = QTimer(self, singleShot=True, interval=RETRY_MS)
        self._retry.timeout.connect(self.save_now)
        self._personal: list[tuple[int, int, str, str]] = []  # start, end, note, the words
        self._personal_job: WorkerCall | None = None  # a long draft's look, on a worker
        self._site_timer = QTimer(self, singleShot=True, interval=SITE_COUNT_MS)
        # After a pause in typing: the count on the chosen site, and the personal data marked.
        self._site_timer.timeout.connect(self._show_site_count)
        self._site_timer.timeout.connect(self._show_personal_data)
        self._rescore = QTimer(self, singleShot=True, interval=RESCORE_MS)
        self._rescore.timeout.connect(self.rescore_now)
        self._tick = QTimer(self, interval=30_000)
        self._tick.timeout.connect(self.refresh_hold)
        self._tick.start()
        # Every save, rename or status change emits drafts_changed (a save also emits draft_saved
        # just before it): one connection refreshes the badge once per change.
        desk.drafts.drafts_changed.connect(self.refresh_hold)
        self.open_draft(None)
        from complaint_desk.ui import palette

        palette.on_theme_change(self, self.rescore_now)  # underlines in the new scheme's tones

    # -- opening ------------------------------------------------------------------------
    def open_draft(self, draft_id: int | None) -> None:
        if draft_id == self.draft_id and draft_id is not None:
            return
        self.save_now()
        if self.draft_id is not None:
            self.desk.drafts.set_flusher(self.draft_id, None)
        if draft_id != self.draft_id:
            self.tone.forget_offers()  # the other draft's calmer sentences
            self._personal = []  # and its personal data
        self.draft_id = draft_id
        if draft_id is not None:
            # Every hand-over of this draft (copy, drag, Copy out, exports) saves this first.
            self.desk.drafts.set_flusher(draft_id, self.save_now)
        enabled = draft_id is not None
        for w in (self.title, self.editor, self.copy_button, self.history_button):
            w.setEnabled(enabled)
        # The list row has the title and the case's and vendor's names: one query, not three.
        draft = self.desk.drafts.summary(draft_id) if draft_id is not None else None
        self.title.setText(draft.title if draft else "")
        self._case_id = draft.case_id if draft else None
        if self._painted:
            self.case_facts.facts(self._case_id)  # read the log now, not on a later timer
        self.case_label.setText(f"{draft.vendor_name} · {draft.case_title}" if draft else "")
        self.editor.set_gate(
            (lambda: self.desk.drafts.decide_copy(draft_id)) if draft_id is not None else None
        )
        self.editor.blockSignals(True)
        self.editor.setPlainText(self.desk.drafts.latest_text(draft_id) if draft_id else "")
        self.editor.blockSignals(False)
        self._dirty = False
        self.save_state.setText("")
        self.rescore_now()
        self.refresh_hold()

    @property
    def case_facts(self) -> CaseFacts:
        if self._case_facts is None:
            from complaint_desk.app.checklist_facts import CaseFacts

            self._case_facts = CaseFacts(self.desk.records, self.desk.clock)
        return self._case_facts

    def _on_first_paint(self) -> None:
        self._painted = True
        self.case_facts.facts(self._case_id)

    def reload_text(self) -> None:
        """Show the stored text again (after a version is restored from the history)."""
        draft_id, self.draft_id = self.draft_id, None
        self.open_draft(draft_id)

    # -- typing -------------------------------------------------------------------------
    def _on_text_changed(self) -> None:
        if self.draft_id is None:
            return
        self._dirty = True
        self.save_state.setText("Editing…")
        self._autosave.start()
        if not self._autosave_max.isActive() and not self._retry.isActive():
            self._autosave_max.start()
        self._rescore.start()

    def rescore_now(self) -> None:
        if not isValid(self):
            return  # a score waited on the models and this editor has closed since
        self._rescore.stop()
        if not self.desk.scorer.warm:
            # The sentiment models load on a worker thread; score once they are in, so opening
            # the window never waits on them.
            self.desk.scorer.when_warm(self.rescore_now)
            return
        # Loaded with the first score (after the first paint: the models load on a worker).
        from complaint_desk.ui.widgets import signal_highlights

        text = self.editor.toPlainText()
        if self.draft_id is None or not text.strip():
            self._last_report = None
        else:
            self._last_report = self.desk.scorer.score(self.draft_id, text)
        self.tone.show_report(self._last_report)
        if self._last_report is None:
            self.checklist.show_items(None)
        # else the checklist follows once the heat has painted (`_show_checklist`): for a long
        # draft opened the first time it reads every sentence (tens of milliseconds).
        signal_highlights.apply(self.editor, text, self._last_report, self._personal_still(text))
        # The site's count and the personal data a moment later, off the keystroke path.
        self._site_timer.start()

    def _show_checklist(self) -> None:
        if not isValid(self) or self._last_report is None:
            return
        text = self.editor.toPlainText()
        self.checklist.show_items(self.case_facts.checklist(self._case_id, text))

    def details_pending(self) -> bool:
        """True while the checklist and the calmer sentences still wait for the heat's paint."""
        return self.tone.offers_pending()

    def _personal_still(self, text: str) -> list[tuple[int, int, str]]:
        """The personal data found last time that is still where it was (shown until the next
        look, a moment after typing stops)."""
        return [(a, b, note) for a, b, note, said in self._personal if text[a:b] == said]

    def _show_personal_data(self) -> None:
        if not isValid(self) or self.draft_id is None:
            return
        text = self.editor.toPlainText()
        copy_out = self.desk.copy_out
        if len(text) <= copy_out.PERSONAL_DATA_ON_THE_SPOT_CHARS:
            self._mark_personal_data(text, copy_out.personal_data(text) if text.strip() else [])
            return
        job = copy_out.personal_data_later(text)
        self._personal_job = job  # kept (with its signals) until it reports

        def done(found) -> None:
            if self._personal_job is job and isValid(self):
                self._personal_job = None
                if self.editor.toPlainText() == text:  # else the next pause looks again
                    self._mark_personal_data(text, found)

        job.signals.done.connect(done)

    def _mark_personal_data(self, text: str, found: list[tuple[int, int, str]]) -> None:
        from complaint_desk.ui.widgets import signal_highlights

        self._personal = [(a, b, note, text[a:b]) for a, b, note in found]
        signal_highlights.apply(self.editor, text, self._last_report, self._personal_still(text))

    def personal_data_marked(self) -> list[tuple[str, str]]:
        """(the words, the note) of each piece of personal data the editor marks now."""
        text = self.editor.toPlainText()
        return [(text[a:b], note) for a, b, note in self._personal_still(text)]

    def _show_site_count(self) -> None:
        if not self._sites_filled:  # filled with the first score, off the way to the first paint
            self._sites_filled = True
            self.site_box.blockSignals(True)
            for platform_id, name in self.desk.copy_out.sites():
                self.site_box.addItem(name, platform_id)
            self.site_box.setCurrentIndex(0)  # with a placeholder shown, none is chosen by itself
            self.site_box.blockSignals(False)
        platform_id = self.site_box.currentData()
        text = self.editor.toPlainText()
        if platform_id is None or not text.strip():
            self.site_count.setText("")
            return
        count, limit, parts = self.desk.copy_out.site_count(platform_id, text)
        words = f"{count:,} / {limit:,}"
        if parts > 1:
            words += f" — a thread of about {parts} parts"
        elif count > limit:
            words += " — too long for this site"
        self.site_count.setText(words)

    def autosave(self) -> None:
        """The timers' save. A save scores the text (its heat steps the hold); in the first
        seconds of a session the tone engine is still loading on a worker, and a save would wait
        for it with the window frozen (up to ~3 s). Then a recovery copy is kept instead (nothing
        is lost if the app is killed) and the save follows once the engine is in."""
        if not isValid(self):
            return  # waited on the engine and this editor has closed since
        if self.draft_id is None or not self._dirty or self.desk.scorer.ready():
            self.save_now()
            return
        self._autosave.stop()
        kept = self.desk.drafts.keep_recovery_copy(self.draft_id, self.editor.toPlainText())
        note = "; a recovery copy is kept" if kept else ""
        self.save_state.setText(f"Saving in a moment (the heat is loading){note}")
        self.desk.scorer.when_warm(self.autosave)
        self._autosave_max.start()  # and looks again (a fresh copy) until the engine is in

    def save_now(self) -> bool:
        """Save at once (on close, when switching drafts, before a copy out; the autosave's
        timers call `autosave`). Keeps the text on failure."""
        self._autosave.stop()
        self._autosave_max.stop()
        self._retry.stop()
        if self.draft_id is None or not self._dirty:
            return True
        text = self.editor.toPlainText()
        ok = self.desk.drafts.save_text(self.draft_id, text)
        if ok:
            self._dirty = False
            self.save_state.setText("Saved")
            self.desk.drafts.discard_recovery(self.draft_id)
        else:
            # Keep a private copy outside the database too: it is offered back at the next
            # start if the app is closed or killed before a save succeeds.
            kept = self.desk.drafts.keep_recovery_copy(self.draft_id, text)
            self.save_state.setText(
                "Not saved yet — your text is still here"
                + (" (and a recovery copy is kept)" if kept else "")
                + "; retrying."
            )
            self._retry.start()
        return ok

    def unsaved_text(self) -> str | None:
        """The text on screen that is not saved (None when everything is saved)."""
        return self.editor.toPlainText() if self._dirty and self.draft_id is not None else None

    def refresh_hold(self) -> None:
        if self.draft_id is None:
            self.badge.show_state(None)
            return
        draft = self.desk.drafts.draft(self.draft_id)
        if draft is not None and draft.status is DraftStatus.WITHDRAWN:
            self.badge.show_withdrawn()
            return
        self.badge.show_state(self.desk.drafts.hold_state(self.draft_id))

    def _rename(self) -> None:
        if self.draft_id is not None:
            self.desk.drafts.rename(self.draft_id, self.title.text())

    def _request_copy(self) -> None:
        if self.draft_id is not None:
            self.save_now()
            self.copy_out_requested.emit(self.draft_id)

    def _select_span(self, start: int, end: int) -> None:
        from PySide6.QtGui import QTextCursor

        from complaint_desk.ui.text_offsets import OffsetMap

        offsets = OffsetMap(self.editor.toPlainText())
        cursor = self.editor.textCursor()
        cursor.setPosition(offsets.to_qt(start))
        cursor.setPosition(offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cursor)
        self.editor.setFocus()

    def contributors_text(self) -> str:
        return self.tone.contributors.text()

    @property
    def dirty(self) -> bool:
        return self._dirty
