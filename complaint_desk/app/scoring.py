"""Heat scoring for the app: one incremental analyser per open draft, warmed up off the GUI path.

`complaint_desk.core.tone` imports TextBlob (and so NLTK) lazily on the first analysis; `warm_up`
does that first analysis on a worker thread right after the window is shown, so start-up stays fast
and the first keystroke does not stall.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from contextlib import nullcontext
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from complaint_desk.app import worker_call
from complaint_desk.app.gui_turn import short_switches
from complaint_desk.app.worker_call import WorkerCall
from complaint_desk.lazy import lazy

if TYPE_CHECKING:  # what mypy checks against
    from complaint_desk.app.gui_turn import GuiTurn
    from complaint_desk.core import checklist, heat_bands, platforms, privacy, rewrite, tone
    from complaint_desk.core.posting import site_rules
    from complaint_desk.core.tone import model as tone_model
    from complaint_desk.core.tone import prefilter
else:  # loaded on first use (complaint_desk.lazy): after the first paint, the window does not score
    checklist = lazy("complaint_desk.core.checklist")
    heat_bands = lazy("complaint_desk.core.heat_bands")
    platforms = lazy("complaint_desk.core.platforms")
    privacy = lazy("complaint_desk.core.privacy")
    site_rules = lazy("complaint_desk.core.posting.site_rules")
    rewrite = lazy("complaint_desk.core.rewrite")
    tone = lazy("complaint_desk.core.tone")
    tone_model = lazy("complaint_desk.core.tone.model")
    prefilter = lazy("complaint_desk.core.tone.prefilter")


class Scorer(QObject):
    warmed = Signal()

    MAX_CACHED = 16

    def __init__(self) -> None:
        super().__init__()
        # The desk's GUI turn (app.gui_turn), when it has one: the warm-up steps aside while the
        # window builds a view.
        self.turn: GuiTurn | None = None
        self._analysers: OrderedDict[object, tone.IncrementalAnalyser] = OrderedDict()
        self.warm = False
        self._warming = False
        # Set by the warm-up once the tone engine's tables are in: a score asked for meanwhile
        # waits for it (see `score`).
        self._tone_loaded = threading.Event()
        self._waiting: list = []
        self.warmed.connect(self._on_warmed)

    WARM_UP_DELAY_MS = 250
    TONE_WAIT_S = 60.0  # a score waits at most this long for the warm-up's tables

    def when_warm(self, callback) -> None:
        """Call `callback` once the models are loaded (starting the load soon if needed).

        The load starts a moment later rather than now: importing the models on a worker still
        holds Python's lock much of the time, and the window's first paint should not wait on it.
        """
        if self.warm:
            callback()
            return
        if callback not in self._waiting:
            self._waiting.append(callback)
        QTimer.singleShot(self.WARM_UP_DELAY_MS, self.warm_up)

    def ready(self) -> bool:
        """A score now would neither wait for the warm-up nor load the engine itself."""
        return self.warm or self._tone_loaded.is_set()

    def _on_warmed(self) -> None:
        self.warm = True
        self._warming = False
        waiting, self._waiting = self._waiting, []
        for callback in waiting:
            callback()

    def score(self, key: object, text: str) -> tone.ToneReport:
        """Re-score `text`, re-analysing only the sentences that changed since `key`'s last call."""
        if self._warming and not self.warm:
            # The warm-up is loading the tables this needs: wait for it (the wait lets go of
            # Python's lock, so the worker runs alone) rather than load them beside it, which
            # shared the interpreter with the worker and took both: a first autosave 3 s into
            # the session froze the window ~7 s, twice a cold load.
            self._tone_loaded.wait(self.TONE_WAIT_S)
        analyser = self._analysers.pop(key, None) or tone.IncrementalAnalyser()
        self._analysers[key] = analyser
        while len(self._analysers) > self.MAX_CACHED:
            self._analysers.popitem(last=False)
        report = analyser.update(text)
        if not self.warm:
            # A synchronous score loaded the models (e.g. an autosave); nothing to wait for now.
            self.warm = True
            self.warmed.emit()
        return report

    def warm_up(self, pool: QThreadPool | None = None) -> None:
        """Load the sentiment models on a worker thread; emits `warmed` when done (once)."""
        if self.warm or self._warming:
            return
        self._warming = True
        job = _WarmUp(self.turn, self._tone_loaded)
        job.signals.done.connect(self.warmed)
        (pool or QThreadPool.globalInstance()).start(job)


class _WarmUpSignals(QObject):
    done = Signal()


class _WarmUp(QRunnable):
    def __init__(
        self, turn: GuiTurn | None = None, tone_loaded: threading.Event | None = None
    ) -> None:
        super().__init__()
        self.signals = _WarmUpSignals()
        self._turn = turn
        self._tone_loaded = tone_loaded if tone_loaded is not None else threading.Event()

    def _step(self) -> None:
        if self._turn is not None:
            self._turn.step_aside()  # the window is building a view: wait, then share again

    def run(self) -> None:
        try:
            working = self._turn.working() if self._turn is not None else nullcontext()
            with short_switches(), working:  # the GUI thread gets the interpreter back quickly,
                self._load()  # and can tell when this job is parked (gui_turn)
        finally:
            self._tone_loaded.set()  # never leave a score waiting, even if a step failed
        try:
            self.signals.done.emit()
        except RuntimeError:
            pass  # the app quit while the tables loaded: its signals are gone, nobody waits

    def _load(self) -> None:
        self._step()  # started while the window fills a view: the imports below wait for it
        # The phrase guards take seconds to build: they step aside between their pieces too.
        with prefilter.pausing_with(self._step):
            for load in tone.warm_up_steps():
                self._step()
                load()
        self._tone_loaded.set()  # what a score needs is in: the rest warms other features
        # Each of these is one piece (an import, a table built in one call: 0.1-0.4 s): the
        # records' arrival waits for its end (app.gui_turn).
        self._step()
        checklist.warm_up()  # TextBlob, for the checklist's opinion-vs-fact item
        self._step()
        tone_model.model_id()  # what each saved revision records (read once, here)
        self._step()
        platforms.PLATFORMS["x"].count("Warming up")  # twitter-text builds its tables (~0.2 s) here
        # What the first score's follow-ups load on the GUI thread otherwise: the calmer
        # sentences (the rewrite rules' patterns compile on first use, tens of milliseconds) and
        # the editor's count for a site (the copy-out service's module).
        self._step()
        calmer_sentence("You people are useless and I WANT my refund now!!!")
        self._step()
        import complaint_desk.app.copy_out  # noqa: F401

        # Copy out's first preview: the personal-data patterns compile on first use, and the
        # site rules build their guard for the threat and extortion forms (the tone engine's
        # compiled forms and what it read of each, shared: ~0.3 s, with pause points), here
        # rather than on the click.
        sample = "Refund me by Friday or I post a 1-star review. Call me on 020 7946 0000."
        self._step()
        privacy.find_pii(sample)
        self._step()
        with prefilter.pausing_with(self._step):
            site_rules.check(sample, "trustpilot")
        prefilter.forget_digests()  # both guards are built: what they shared is theirs now


# --- what the tone panel and the calm version dialog ask of the tone engine -------------------
# Widgets take only value types from core (tests/test_layers.py); they call these instead.


def band_for(heat: float) -> str:
    return heat_bands.band_for(heat)


def contributors(report) -> list[tuple[str, float]]:
    return tone.contributors(report)


def heat_of(text: str) -> float:
    return tone.analyse(text).heat if text.strip() else 0.0


def calmer_sentence(
    sentence: str, facts=None, traded=None, asked: str = "", jabs: tuple = ()
) -> tuple[str, float]:
    """A calm version of one sentence and the heat it would have. `traded`: `traded_in`'s span
    (an extortion the draft reads in the sentence with the one before it); `asked`:
    `asked_before`'s sentence (the ask an "If not, …" depends on); `jabs`: `jabs_in`'s spans
    (sarcasm the draft reads there, left out as the calm version leaves it out)."""
    new = rewrite.rewrite_sentence(sentence, facts, drop=jabs, traded=traded, ask_before=asked)
    return new, heat_of(new)


def jabs_in(report, score, text: str) -> tuple[tuple[int, int], ...]:
    """The sarcasm the draft (`report`) reads in one of its sentences (`score`), as spans in
    the sentence: a dry jab read from its window leaves the sentence alone reading calm, so its
    calmer sentence is told where the jab is, as the calm version is (session 37: the panel
    showed "Sarcasm +21" and offered nothing)."""
    return rewrite.jab_spans(report, score, text)


def asked_before(report, text: str, index: int) -> str:
    """The sentence before sentence `index` when this one only says what follows if not ("If
    not, I'm going to the CCPC…") and that one asks for the remedy, else "": its calmer
    sentence keeps the ask's date, as the calm version does."""
    return rewrite.ask_before(text, report, index)


def traded_in(report, score, sentence: str) -> tuple[int, int] | None:
    """Where the draft (`report`) reads a trade across two sentences in this one (`score`),
    which the sentence alone does not show; None for nearly every sentence."""
    return rewrite.traded_span(report, score, sentence)


def veiled_in(report, text: str) -> dict[int, tuple[int, bool]]:
    """Index of each sentence of `report.sentences` that belongs to a veiled threat told across
    sentences ("I drove past your manager's house last night. See you soon.") -> (the first
    sentence its offer covers, whether it is left out). The sentences before it that tell the
    same menace go with it, unless one holds a fact; a sentence that holds facts is not left out
    but calmed as any is ("…Refund my deposit of £250 by Friday." stays), as in the calm
    version (`rewrite.suggestions`). Empty for nearly every draft."""
    halves = rewrite.menace_halves(text, report)
    scores = report.sentences

    def has_facts(i: int) -> bool:
        return bool(rewrite.fact_tokens(text[scores[i].start : scores[i].end]))

    out: dict[int, tuple[int, bool]] = {}
    for index in sorted(halves):
        first = index
        while first - 1 in halves and not has_facts(first - 1):
            first -= 1
        out[index] = (first, not has_facts(index))
    return out


def _sentences(text: str) -> list[str]:
    from complaint_desk.core.tone.split import split_spans

    return [text[a:b].strip() for a, b in split_spans(text)]


def sentences_of(text: str) -> set[str]:
    """The sentences of a text, as `without_repeats` compares them."""
    return set(_sentences(text)) - {""}


def without_repeats(new: str, said: set[str]) -> str:
    """`new` less its sentences already said elsewhere in the draft (or by another calmer
    sentence shown beside it): a threat and an extortion in one draft both become "If this is
    not resolved by…, I will…", and using both must not write it twice."""
    parts = _sentences(new)
    kept = [p for p in parts if p and p not in said]
    return new if len(kept) == len(parts) else " ".join(kept)


def calm_suggestions(text: str, facts=None) -> tuple[list, float, float]:
    """Every calmer sentence for a draft, its heat now, and its heat with all of them used."""
    items = rewrite.suggestions(text, facts)
    before = heat_of(text)
    return items, before, (heat_of(rewrite.apply(text, items)) if items else before)


# Up to this many characters the calm version is worked out on the spot (about 0.15 s for a
# 5,000-character draft); a longer paste (50,000 characters: about 6 s) is worked out on a worker
# thread while the window stays live.
CALM_ON_THE_SPOT_CHARS = 5000


def calm_suggestions_later(text: str, facts=None, pool: QThreadPool | None = None) -> WorkerCall:
    """Start `calm_suggestions(text, facts)` on a worker; connect to the job's signals."""
    return worker_call.start(
        lambda: calm_suggestions(text, facts), "Could not work out a calm version", pool
    )
