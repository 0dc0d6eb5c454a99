"""The cooling-off rule: when may a draft be copied out? Pure: time comes in as a parameter.

The rule (docs/design.md, "Hold"):
- wait = 24 h + 24 h x heat/100, so 24-48 h;
- the clock starts at the first revision and restarts at a revision that heats the draft more than
  5 points above the lowest heat since the clock last started, or that rewrites most of the text
  (under 50 % similar to the previous revision) without cooling it by more than 5 points;
- ready_at = clock start + wait(current heat): calming shortens the wait, never below 24 h;
- a draft that has never been held and is clearly a thank-you (heat < 10, polarity >= 0.2 and no
  sentence that complains, `core.complaint`) is not held; editing it into a complaint starts the
  clock at that edit;
- once held, held until ready: no later revision makes the draft "not held" again, thanks
  included; it can only shorten the wait toward clock start + 24 h;
- a blank revision (the text emptied, e.g. by an undo) changes nothing: it is not a version the
  hold compares with;
- a version the current clock already saw, brought back (from the history, by an undo, or typed
  again) is not a rewrite (`Revision.restored`, set by the app only then); it restarts the
  clock only if it is hotter, by the heat rule above;
- heats are compared only between revisions scored by the same tone model (`Revision.model`):
  after an update, the first revision the new model scores is the new baseline, not a restart
  (the rewrite rule still applies). Revisions that do not say (model "") all count as one model.

The rule is a fold (`HoldFold`, `step`): each revision changes a small state, so the app stores
the state with the draft and an autosave compares only the new version with the last one.
`ready_at(revisions)` folds a whole history and stays the reference the stored state must equal.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache

from complaint_desk.core.durations import format_remaining

MIN_WAIT = timedelta(hours=24)
EXTRA_WAIT_AT_MAX_HEAT = timedelta(hours=24)
HEAT_RESTART_MARGIN = 5.0
REWRITE_SIMILARITY = 0.5
THANKS_MAX_HEAT = 10.0
THANKS_MIN_POLARITY = 0.2

_TOKEN = re.compile(r"\w+|[^\w\s]+", re.UNICODE)


@dataclass(frozen=True)
class Revision:
    """One autosaved version of a draft. `saved_at` is an aware UTC datetime."""

    saved_at: datetime
    text: str
    heat: float
    polarity: float
    # Which tone model scored `heat` (tone_model.model_id; "" before it was recorded). Heats from
    # different models are not compared: an update that reads the same words hotter must not
    # restart a hold the writer did nothing to.
    model: str = ""
    # True only for a version whose text the current clock already saw (the app checks that
    # before it sets it): such a version is not a rewrite; the heat rule still applies.
    restored: bool = False


@dataclass(frozen=True)
class HoldFold:
    """The hold after some revisions: all the next revision needs, without the history.

    `clock_start` is None only while the draft has never been held (nothing written yet, or a
    thank-you); once set it is never cleared. `last` is the latest non-blank revision.
    """

    clock_start: datetime | None = None
    lowest: float = 0.0
    last: Revision | None = None

    @property
    def held_ever(self) -> bool:
        return self.clock_start is not None

    @property
    def ready_at(self) -> datetime | None:
        if self.clock_start is None or self.last is None:
            return None
        return self.clock_start + required_wait(self.last.heat)


@dataclass(frozen=True)
class HoldState:
    """Where a draft stands at a given moment, with the words to explain it."""

    held: bool  # True while copy-out must be refused
    ready_at: datetime | None  # None: the draft is not held at all (thank-you, or empty)
    clock_start: datetime | None
    wait: timedelta | None
    remaining: timedelta
    reason: str


def required_wait(heat: float) -> timedelta:
    """24 h for a calm draft, up to 48 h for a furious one (heat is clamped to 0..100)."""
    heat = min(100.0, max(0.0, float(heat)))
    return MIN_WAIT + EXTRA_WAIT_AT_MAX_HEAT * (heat / 100.0)


def is_thank_you(heat: float, polarity: float, text: str | None = None) -> bool:
    """Calm, warm, and (when the text is given) with no sentence that complains."""
    if not (heat < THANKS_MAX_HEAT and polarity >= THANKS_MIN_POLARITY):
        return False
    if text is None:
        return True
    from complaint_desk.core.complaint import complains  # only for calm, warm texts

    return not complains(text)


def is_blank(text: str) -> bool:
    return not text.strip()


@lru_cache(maxsize=1024)
def similarity(old: str, new: str) -> float:
    """How much of the text survived an edit, 0..1, weighted by characters.

    Matches whole words and punctuation runs, then counts the characters in the matched tokens,
    so one changed word in a long draft stays near 1.0. The unchanged head and tail of the text
    are matched first and only the middle goes through difflib, so an edit in a 5,000-character
    draft costs microseconds, not the tens of milliseconds a full match can take; results are
    cached because every save re-reads the whole revision history.
    """
    if old == new:
        return 1.0
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    total = sum(map(len, a)) + sum(map(len, b))
    if total == 0:
        return 1.0
    head = 0
    limit = min(len(a), len(b))
    while head < limit and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < limit - head and a[len(a) - 1 - tail] == b[len(b) - 1 - tail]:
        tail += 1
    matched = sum(map(len, a[:head])) + sum(map(len, a[len(a) - tail :]))
    mid_a, mid_b = a[head : len(a) - tail], b[head : len(b) - tail]
    if mid_a and mid_b:
        from difflib import SequenceMatcher  # only for a rewrite in the middle: off start-up

        matcher = SequenceMatcher(None, mid_a, mid_b, autojunk=False)
        matched += sum(
            sum(map(len, mid_a[m.a : m.a + m.size])) for m in matcher.get_matching_blocks()
        )
    return 2.0 * matched / total


def _in_order(revisions: Iterable[Revision]) -> list[Revision]:
    """Oldest first. Ties on `saved_at` are broken by content, so input order never matters."""
    return sorted(
        revisions, key=lambda r: (r.saved_at, r.text, r.heat, r.polarity, r.model, r.restored)
    )


def step(fold: HoldFold, rev: Revision) -> HoldFold:
    """The hold after one more revision (the next in time). Costs one text comparison at most.

    "The lowest heat since the clock last started" includes the revision that started it.
    """
    if is_blank(rev.text):
        return fold
    previous = fold.last
    if fold.clock_start is None or previous is None:
        if is_thank_you(rev.heat, rev.polarity, rev.text):
            return HoldFold(None, 0.0, rev)
        return HoldFold(rev.saved_at, rev.heat, rev)
    if _restarts(previous, rev, fold.lowest):
        return HoldFold(rev.saved_at, rev.heat, rev)
    if rev.model != previous.model:
        return HoldFold(fold.clock_start, rev.heat, rev)  # another model's scale: a new baseline
    return HoldFold(fold.clock_start, min(fold.lowest, rev.heat), rev)


def fold(revisions: Iterable[Revision], start: HoldFold | None = None) -> HoldFold:
    """Fold a history (in time order, whatever order it comes in) from `start` or from nothing."""
    state_ = start or HoldFold()
    for rev in _in_order(revisions):
        state_ = step(state_, rev)
    return state_


def _restarts(previous: Revision, rev: Revision, lowest: float) -> bool:
    same_model = rev.model == previous.model
    if same_model and rev.heat > lowest + HEAT_RESTART_MARGIN:
        return True
    if rev.restored:
        return False  # a version this clock already saw is not a rewrite
    cooled = same_model and rev.heat < previous.heat - HEAT_RESTART_MARGIN
    return not cooled and similarity(previous.text, rev.text) < REWRITE_SIMILARITY


def clock_start(revisions: Iterable[Revision]) -> datetime | None:
    """When the current hold began, or None when the draft has never been held."""
    return fold(revisions).clock_start


def ready_at(revisions: Sequence[Revision]) -> datetime | None:
    """When the draft may be copied out; None when it is not held (no text, or a thank-you
    that was never held)."""
    return fold(revisions).ready_at


def latest_revision(revisions: Sequence[Revision]) -> Revision:
    return _in_order(revisions)[-1]


def state(revisions: Sequence[Revision], now: datetime) -> HoldState:
    """The hold at `now`, with a sentence a person can act on."""
    return state_of(fold(revisions), now)


def state_of(folded: HoldFold, now: datetime) -> HoldState:
    """The hold at `now` from a folded state (what the app keeps with each draft)."""
    if folded.last is None:
        return HoldState(False, None, None, None, timedelta(0), "Nothing written yet.")
    start = folded.clock_start
    if start is None:
        return HoldState(
            False, None, None, None, timedelta(0), "A calm, positive note: no cooling-off needed."
        )
    wait = required_wait(folded.last.heat)
    ready = start + wait
    remaining = max(timedelta(0), ready - now)
    if remaining <= timedelta(0):
        return HoldState(False, ready, start, wait, remaining, "Cooling-off is over.")
    return HoldState(
        True, ready, start, wait, remaining, explain(folded.last.heat, wait, remaining)
    )


def explain(heat: float, wait: timedelta, remaining: timedelta) -> str:
    hours = round(wait.total_seconds() / 3600)
    left = format_remaining(remaining)
    if heat < 25:
        return f"Reads calm: {hours} h hold, {left} left. The minimum is 24 h."
    return (
        f"Heat {round(heat)}: {hours} h hold, {left} left. "
        "Calming it shortens the wait, never below 24 h; heating it up starts it again."
    )
