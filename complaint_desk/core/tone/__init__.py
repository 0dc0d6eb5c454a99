"""How heated a draft reads: heat 0-100, a band, polarity, and the named signals behind it.

Importing this module is cheap; the engine (`tone.engine`), its lexicons and VADER's load on the
first analyse().
"""

from __future__ import annotations

from collections.abc import Callable

from complaint_desk.core.heat_bands import band_for
from complaint_desk.core.tone.report import (
    CALMING,
    SIGNAL_KINDS,
    SentenceScore,
    Signal,
    ToneReport,
)

# The value types live in tone.report (the engine builds them and imports no more than that).
__all__ = [
    "CALMING",
    "NOT_UNDERLINED",
    "SIGNAL_KINDS",
    "UNDERLINE_MIN_WEIGHT",
    "IncrementalAnalyser",
    "SentenceScore",
    "Signal",
    "ToneReport",
    "analyse",
    "band_for",
    "contributors",
    "evidence_sums",
    "hottest_span",
    "underlined",
    "warm_up_steps",
]

# Word-association scores learned from tweets count in the heat but are common words ("my",
# "so"): underlining them would only add noise. A span must carry half a point to be marked.
NOT_UNDERLINED = frozenset({"learned", "learned_calm"})
UNDERLINE_MIN_WEIGHT = 0.5


def underlined(report: ToneReport | None) -> list[Signal]:
    """The findings the editor marks: spans that carry at least half a point."""
    if report is None:
        return []
    return [
        s
        for s in report.signals
        if s.end > s.start
        and s.kind not in NOT_UNDERLINED
        and abs(s.weight) >= UNDERLINE_MIN_WEIGHT
    ]


def hottest_span(report: ToneReport | None) -> tuple[int, int] | None:
    """Where "Hottest sentence" jumps, or None when no sentence is worth a jump: a sentence past
    calm in a draft that is not calm as a whole, or a heated sentence anywhere (one outburst in
    a long, calm letter)."""
    if report is None:
        return None
    hot = max(report.sentences, key=lambda s: s.heat, default=None)
    if hot is None:
        return None
    worth = (hot.heat >= 25 and report.band != "calm") or band_for(hot.heat) in (
        "heated",
        "furious",
    )
    return (hot.start, hot.end) if worth else None


def contributors(report: ToneReport) -> list[tuple[str, float]]:
    """(kind label, total points) per kind present, hottest first."""
    totals: dict[str, float] = {}
    for signal in report.signals:
        label = SIGNAL_KINDS.get(signal.kind, signal.kind)
        totals[label] = totals.get(label, 0.0) + signal.weight
    return sorted(totals.items(), key=lambda item: item[1], reverse=True)


def warm_up_steps() -> tuple[Callable[[], object], ...]:
    """The engine's tables, one loader each, in the order analyse() needs them (every loader is
    cached). A worker loading them one at a time can let another thread in between: the whole
    first analyse() is ~0.2 s of Python that would otherwise run in one piece."""
    from complaint_desk.core.posting import learned_guard, threat_forms
    from complaint_desk.core.tone import lexicon as lex
    from complaint_desk.core.tone import trades

    return (
        lex.vader_lexicon,
        lex.anger_words,
        lex.profanity,
        lex.insults,
        lex.acronyms,
        lex.emoji_valence,
        lex.learned_words,
        lex.phrase_guard,
        trades.warm_up,  # the forms read across two sentences: ~40 ms, not on a first keystroke
        threat_forms.warm_up,  # the menace pairs' slots: ~25 ms, the same
        learned_guard.warm_up,  # its weights and remedy words: ~30 ms, the same
        lambda: analyse("Warming up: this is fine, thank you."),
    )


def analyse(text: str) -> ToneReport:
    """Score a whole text. Same result as IncrementalAnalyser().update(text)."""
    from complaint_desk.core.tone.engine import analyse as run

    return run(text)


class IncrementalAnalyser:
    """Re-scores a draft as it is edited, re-analysing only sentences whose text changed."""

    def __init__(self) -> None:
        self._cache: dict[str, object] = {}
        self.last_reanalysed = 0  # sentences detected afresh by the last update (for tests)

    def update(self, text: str) -> ToneReport:
        from complaint_desk.core.tone.engine import rescore

        report, self._cache, self.last_reanalysed = rescore(text, self._cache)
        return report


def evidence_sums(text: str) -> dict[str, float]:
    """Summed evidence strength per kind: the model's inputs (used by tools/fit_tone.py)."""
    from complaint_desk.core.tone.engine import evidence_sums as sums_of

    return sums_of(text)
