"""What the heat is made of: the top contributors, a jump to the hottest sentence, and calmer
sentences to use instead (one click, undoable) or the whole draft calmed ("Calm version…")."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from complaint_desk.ui import a11y
from complaint_desk.ui.widgets.heat_gauge import HeatGauge

if TYPE_CHECKING:
    from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

    from complaint_desk.app.worker_call import WorkerCall
    from complaint_desk.core.rewrite import RewriteFacts
    from complaint_desk.core.tone import ToneReport

MAX_OFFERS = 2  # calmer sentences offered at once, hottest first
OFFER_FROM = 25.0  # a sentence this hot (or hotter) gets a calmer one offered
# The calmer sentences are built once the new heat has painted (a draft opened shows its text and
# heat first; rewriting its hottest sentences follows on the next pass of the event loop), or
# after this long when the gauge does not paint (the panel hidden).
OFFERS_FALLBACK_MS = 50
NEXT_PASS_MS = 1  # between the heat's paint, the checklist and the calmer sentences
# A break between two sentences, to name an offer that leaves several out.
_SENTENCE_BREAK = re.compile(r"[.!?…]\s+\S")


class TonePanel(QWidget):
    jump_requested = Signal(int, int)  # start, end (code points) of the hottest sentence
    # start, end (code points) of the text to replace, and its replacement: the editor applies it
    # as one undoable edit (see apply_rewrite).
    rewrite_requested = Signal(int, int, str)
    # A report's heat has painted: what follows it (the calmer sentences here, the editor's
    # checklist) is built now, on the next pass of the event loop.
    report_painted = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.gauge = HeatGauge()
        self.contributors = QLabel("Start typing: the heat shows here.")
        self.contributors.setObjectName("contributors")
        self.contributors.setWordWrap(True)
        a11y.name(self.contributors, "Where the heat comes from")
        self.hottest = QPushButton("Hottest &sentence")
        self.hottest.setShortcut("Ctrl+J")
        self.hottest.setToolTip("Select the sentence that adds the most heat (Ctrl+J)")
        a11y.name(self.hottest, "Hottest sentence", "Select the sentence that adds the most heat")
        self.hottest.setEnabled(False)
        self.hottest.clicked.connect(self._jump)
        self.calm_button = QPushButton("Ca&lm version…")
        a11y.name(self.calm_button, "Calm version", "The whole draft rewritten calmly")
        self.calm_button.setObjectName("calmVersion")
        self.calm_button.setToolTip(
            "See the whole draft rewritten calmly, side by side, and take the sentences you want"
        )
        self.calm_button.setEnabled(False)
        self.calm_button.clicked.connect(self.open_calm_version)
        self._hottest_span: tuple[int, int] | None = None
        self._calm_job: WorkerCall | None = None  # a long draft's calm version, being worked out
        self._text_source: Callable[[], str] | None = None
        self._facts_source: Callable[[], RewriteFacts | None] | None = None
        self._offer_cache: dict[tuple[str, object, object, str, tuple], tuple[str, float]] = {}
        self._led_offers: set[tuple[int, int]] = set()  # see _offers_for
        self.offers: list[tuple[int, int, str, float, float]] = []  # start, end, new, heat, was
        self._offer_rows: list[QWidget] = []
        self._offers_report: ToneReport | None = None  # waiting for the gauge's paint
        self._offers_text = ""  # the text the offers shown were made for
        self._offers_fallback = QTimer(self, singleShot=True, interval=OFFERS_FALLBACK_MS)
        self._offers_fallback.timeout.connect(self._after_paint)
        self._details_scheduled = False  # the pass after the gauge's paint is on its way
        self.gauge.installEventFilter(self)
        self.offers_box = QVBoxLayout()
        self.offers_box.setContentsMargins(0, 0, 0, 0)
        self.offers_box.setSpacing(2)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.gauge, 1)
        row.addWidget(self.hottest)
        row.addWidget(self.calm_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addWidget(self.contributors)
        layout.addLayout(self.offers_box)

    # -- wiring ---------------------------------------------------------------------------
    def set_sources(
        self,
        text_source: Callable[[], str],
        facts_source: Callable[[], RewriteFacts | None] | None = None,
    ) -> None:
        """Where the panel reads the draft's text (and the case log's facts) for rewrites."""
        self._text_source = text_source
        self._facts_source = facts_source

    def _facts(self) -> RewriteFacts | None:
        if self._facts_source is None:
            return None
        try:
            return self._facts_source()
        except Exception:  # the log is a bonus: a rewrite without it still works
            return None

    # -- the report -----------------------------------------------------------------------
    def show_report(self, report: ToneReport | None) -> None:
        if report is None:
            self._offers_report = None
            self._offers_fallback.stop()
            self.gauge.set_heat(None)
            self.contributors.setText("Start typing: the heat shows here.")
            self.hottest.setEnabled(False)
            self.calm_button.setEnabled(False)
            self._show_offers([])
            return
        from complaint_desk.core.formatting import hottest_span  # with the first report

        self.gauge.set_heat(report.heat)
        self.contributors.setText(_contributors_line(report))
        self._hottest_span = hottest_span(report)
        self.hottest.setEnabled(self._hottest_span is not None)
        self.calm_button.setEnabled(self._text_source is not None and report.heat >= 1)
        # The offers rewrite sentences (tens of milliseconds for a long draft's first ones): once
        # this heat is on screen. The offers shown meanwhile are the previous report's; a click on
        # one is taken only while the text is still the one it was made for (`_use_offer`).
        self._offers_report = report
        self._details_scheduled = False
        self._offers_fallback.start()
        self.gauge.update()  # the gauge paints even when the heat did not change

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            watched is self.gauge
            and event.type() == QEvent.Type.Paint
            and self._offers_report is not None
            and not self._details_scheduled
        ):
            self._details_scheduled = True
            # A timer, not a zero-delay call (Qt runs those in the same pass as this paint): the
            # event loop goes round before what follows the heat is built.
            QTimer.singleShot(NEXT_PASS_MS, self, self._after_paint)
        return False

    def offers_pending(self) -> bool:
        """True while the calmer sentences for the last report are still to be built."""
        return self._offers_report is not None

    def _after_paint(self) -> None:
        """The heat is on screen: the editor's checklist now (`report_painted`), the calmer
        sentences on the pass after (each a few tens of milliseconds at most, not both at once)."""
        self._offers_fallback.stop()
        report = self._offers_report
        if report is None:
            return
        self.report_painted.emit()
        QTimer.singleShot(NEXT_PASS_MS, self, lambda: self._build_offers(report))

    def _build_offers(self, report: ToneReport) -> None:
        if report is not self._offers_report:
            return  # taken away, or a newer report has its own on the way
        self._offers_report = None
        self._show_offers(self._offers_for(report))

    def _offers_for(self, report: ToneReport) -> list[tuple[int, int, str, float, float]]:
        """A calmer sentence for each of the hottest sentences (cached by sentence text, so a
        keystroke re-writes at most the sentence it changed)."""
        if self._text_source is None:
            return []
        from complaint_desk.app.scoring import (
            asked_before,
            calmer_sentence,
            heat_of,
            jabs_in,
            sentences_of,
            traded_in,
            veiled_in,
            without_repeats,
        )

        text = self._text_source()
        facts = self._facts()
        hot = sorted((s for s in report.sentences if s.heat >= OFFER_FROM), key=lambda s: -s.heat)[
            :MAX_OFFERS
        ]
        offers = []
        fresh: dict[tuple[str, object, object, str, tuple], tuple[str, float]] = {}
        # A veiled threat told across sentences: each of its sentences is offered left out.
        veiled = veiled_in(report, text) if hot else {}
        index_of = {id(s): i for i, s in enumerate(report.sentences)} if hot else {}
        # What the draft already says, and what an earlier offer would say: not offered twice.
        said = sentences_of(text)
        led: set[tuple[int, int]] = set()  # offers that leave a menace's first sentences out
        for s in sorted(hot, key=lambda s: s.start):
            sentence = text[s.start : s.end] if s.end <= len(text) else ""
            if not sentence:
                continue
            # A trade read across this sentence and the one before is calmed here too.
            traded = traded_in(report, s, sentence)
            # "If not, …" after an ask keeps the ask's date (the calm version's own reading).
            asked = asked_before(report, text, index_of[id(s)])
            # Sarcasm read from the sentences around it is left out here as in the calm version.
            jabs = jabs_in(report, s, text)
            key = (sentence, facts, traded, asked, jabs)
            index = index_of.get(id(s), -1)
            first, gone = veiled.get(index, (None, False))
            # A sentence of the menace that holds facts (the demand) stays, calmed as any is;
            # the sentences before it that tell the menace go with its offer.
            lead = first if first is not None and not gone and first < index else None
            if not gone:
                first = None
            if first is not None:
                new, heat = "", 0.0  # not cached: the same sentence alone is small talk
            else:
                found = self._offer_cache.get(key)
                if found is None:
                    found = calmer_sentence(sentence, facts, traded, asked, jabs)
                fresh[key] = found
                new, heat = found
            trimmed = without_repeats(new, said - {sentence.strip()})
            if trimmed != new:
                new, heat = trimmed, heat_of(trimmed)
            said |= sentences_of(new)
            if (new != sentence or lead is not None) and heat < s.heat:
                start, end = s.start, s.end
                if lead is not None:
                    start = report.sentences[lead].start
                    led.add((start, end))
                if not new and first is not None:
                    # The sentences before it that tell the same menace go with it ("I drove
                    # past your manager's house last night.").
                    start = report.sentences[first].start
                if not new:  # leaving it out takes the space after it too
                    while end < len(text) and text[end] in " \t":
                        end += 1
                offers.append((start, end, new, heat, s.heat))
        self._offer_cache = fresh
        self._led_offers = led
        return offers

    def forget_offers(self) -> None:
        """Take the calmer sentences away now (another draft is opening: they were its)."""
        self._offers_report = None
        self._offers_fallback.stop()
        self._show_offers([])

    def _use_offer(self, start: int, end: int, new: str) -> None:
        if self._text_source is not None and self._text_source() != self._offers_text:
            return  # typed since: the span is the old text's (the next re-score offers anew)
        self.rewrite_requested.emit(start, end, new)

    def _show_offers(self, offers: list[tuple[int, int, str, float, float]]) -> None:
        self._offers_text = self._text_source() if self._text_source is not None and offers else ""
        if offers == self.offers and len(self._offer_rows) == len(offers):
            return
        self.offers = offers
        for row in self._offer_rows:
            row.setParent(None)
            row.deleteLater()
        self._offer_rows = []
        for start, end, new, heat, was in offers:
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            several = not new and _SENTENCE_BREAK.search(self._offers_text[start:end].rstrip())
            shown = new or (
                "(leave these sentences out: together they read as a threat)"
                if several
                else "(leave this sentence out: it has nothing to act on)"
            )
            note = ""
            if new and (start, end) in self._led_offers:  # a menace's first sentences go
                gone = len(_SENTENCE_BREAK.findall(self._offers_text[start:end].rstrip()))
                before = "the sentence before it" if gone == 1 else "the sentences before it"
                note = f", leaving out {before}: together they read as a threat"
            label = QLabel(f"Calmer (heat {heat:.0f}, was {was:.0f}): “{shown}”{note}")
            label.setObjectName("calmerOffer")
            label.setWordWrap(True)
            use = QPushButton("Use this")
            use.setObjectName("useCalmer")
            a11y.name(use, "Use this calmer sentence", shown + note)
            use.setToolTip("Replace the sentence with this one (Undo takes it back)")
            use.clicked.connect(lambda _=False, a=start, b=end, r=new: self._use_offer(a, b, r))
            line.addWidget(label, 1)
            line.addWidget(use)
            self.offers_box.addWidget(row)
            self._offer_rows.append(row)

    # -- the whole draft ------------------------------------------------------------------
    def open_calm_version(self) -> None:
        """The calm version dialog; a long draft is worked out on a worker first, behind a
        window-modal "Working…" box that can be cancelled (the draft cannot change meanwhile)."""
        if self._text_source is None:
            return
        from complaint_desk.app import scoring

        text = self._text_source()
        facts = self._facts()
        if len(text) <= scoring.CALM_ON_THE_SPOT_CHARS:
            self._show_calm_version(text, facts, None)
            return
        from PySide6.QtWidgets import QProgressDialog

        waiting = QProgressDialog(
            "Working out a calm version of this long draft…", "Cancel", 0, 0, self
        )
        waiting.setWindowTitle("Calm version")
        waiting.setWindowModality(Qt.WindowModality.WindowModal)
        waiting.setMinimumDuration(0)
        job = scoring.calm_suggestions_later(text, facts)
        self._calm_job = job  # kept (with its signals) until it reports

        def done(result) -> None:
            if self._calm_job is not job or waiting.wasCanceled():
                return  # cancelled, or a newer request replaced it
            self._calm_job = None
            waiting.reset()
            self._show_calm_version(text, facts, result)

        def failed(message: str) -> None:
            if self._calm_job is job:
                self._calm_job = None
                waiting.reset()
                from PySide6.QtWidgets import QMessageBox

                QMessageBox.warning(self, "Calm version", message)

        job.signals.done.connect(done)
        job.signals.failed.connect(failed)
        waiting.canceled.connect(lambda: setattr(self, "_calm_job", None))
        waiting.show()

    def _show_calm_version(self, text: str, facts, worked_out) -> None:
        from complaint_desk.ui.dialogs.calm_version_dialog import CalmVersionDialog

        dialog = CalmVersionDialog(text, facts, self, worked_out)
        self._dialog = dialog
        dialog.accepted_edit.connect(self.rewrite_requested)
        dialog.open()

    def _jump(self) -> None:
        if self._hottest_span is not None:
            self.jump_requested.emit(*self._hottest_span)


def apply_rewrite(editor: QPlainTextEdit | QTextEdit, start: int, end: int, text: str) -> bool:
    """Replace [start, end) (code points) of the editor's text with `text` as one undoable edit.
    False (nothing done) when the span no longer fits the text."""
    from PySide6.QtGui import QTextCursor

    from complaint_desk.ui.text_offsets import OffsetMap

    current = editor.toPlainText()
    if not 0 <= start <= end <= len(current):
        return False
    offsets = OffsetMap(current)
    cursor = QTextCursor(editor.document())
    cursor.beginEditBlock()
    cursor.setPosition(offsets.to_qt(start))
    cursor.setPosition(offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText(text)
    cursor.endEditBlock()
    editor.setTextCursor(cursor)
    return True


def _contributors_line(report: ToneReport) -> str:
    """ "Where the heat comes from: Insults +18, Shouting +9 · Cooling it: Specific facts −4"."""
    from complaint_desk.app import scoring

    found = scoring.contributors(report)
    hot = [f"{label} +{points:.0f}" for label, points in found if points >= 0.5]
    cool = [f"{label} −{-points:.0f}" for label, points in reversed(found) if points <= -0.5]
    parts = []
    if hot:
        parts.append("Where the heat comes from: " + ", ".join(hot[:5]))
    else:
        parts.append("Nothing reads as hostile.")
    if cool:
        parts.append("Cooling it: " + ", ".join(cool[:3]))
    return "\n".join(parts)
