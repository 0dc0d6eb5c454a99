"""Heat scoring for the app: one incremental analyser per open draft, warmed up off the GUI path.

`complaint_desk.core.tone` imports TextBlob (and so NLTK) lazily on the first analysis; `warm_up`
does that first analysis on a worker thread right after the window is shown, so start-up stays fast
and the first keystroke does not stall.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from complaint_desk.core import tone


class Scorer(QObject):
    warmed = Signal()

    MAX_CACHED = 16

    def __init__(self) -> None:
        super().__init__()
        self._analysers: OrderedDict[object, tone.IncrementalAnalyser] = OrderedDict()

    def score(self, key: object, text: str) -> tone.ToneReport:
        """Re-score `text`, re-analysing only the sentences that changed since `key`'s last call."""
        analyser = self._analysers.pop(key, None) or tone.IncrementalAnalyser()
        self._analysers[key] = analyser
        while len(self._analysers) > self.MAX_CACHED:
            self._analysers.popitem(last=False)
        return analyser.update(text)

    def warm_up(self, pool: QThreadPool | None = None) -> None:
        """Load the sentiment models on a worker thread; emits `warmed` when done."""
        job = _WarmUp()
        job.signals.done.connect(self.warmed)
        (pool or QThreadPool.globalInstance()).start(job)


class _WarmUpSignals(QObject):
    done = Signal()


class _WarmUp(QRunnable):
    def __init__(self) -> None:
        super().__init__()
        self.signals = _WarmUpSignals()

    def run(self) -> None:
        tone.analyse("Warming up: this is fine, thank you.")
        self.signals.done.emit()
