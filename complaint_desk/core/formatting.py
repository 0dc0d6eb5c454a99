"""How the app writes times, durations, holds, heats and findings for people.

The one core module whose functions the ui layer calls (docs/design.md, "Layers"): everything else
ui takes from core is a value type. Wording lives here, next to the rules it describes, so a
widget never rewrites a rule's explanation or keeps its own copy of a threshold. Cheap to import
(the tone engine loads only when a finding is named).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING

from complaint_desk.core.draft_types import DraftStatus, DraftSummary
from complaint_desk.core.durations import (
    answered_in,
    format_duration,
    format_remaining,
    long_date,
    no_answer_yet,
    no_reply_for,
    unanswered_for,
)
from complaint_desk.core.heat_bands import band_for
from complaint_desk.lazy import lazy

if TYPE_CHECKING:
    from complaint_desk.core import hold
    from complaint_desk.core.hold import HoldState
    from complaint_desk.core.tone import Signal, ToneReport
else:
    # The hold's rule: a hold's own wording (its badge, its line) is first needed after the
    # first paint, which words only the list's countdowns (durations.format_remaining).
    hold = lazy("complaint_desk.core.hold")

__all__ = [
    "answered_in",
    "band_for",
    "contributors",
    "format_duration",
    "format_heat",
    "format_remaining",
    "format_size",
    "format_when",
    "heat_change",
    "hold_badge",
    "hold_line",
    "hold_order",
    "hold_status",
    "hottest_span",
    "signal_tooltip",
    "underlined",
    "long_date",
    "reply_rate_text",
    "no_answer_yet",
    "no_reply_for",
    "signal_label",
    "unanswered_for",
]

# Two heats within this of each other read as "about the same" (scores carry noise below it).
SAME_HEAT = 0.5


def hold_status(s: DraftSummary, now: datetime) -> str:
    """What the drafts list's Hold column says: Posted, Withdrawn, Empty, Not held, Ready or the
    time left."""
    if s.status is DraftStatus.POSTED:
        return "Posted"
    if s.status is DraftStatus.WITHDRAWN:
        return "Withdrawn"
    if s.ready_at is None:
        return "Not held" if s.revision_count else "Empty"
    if s.ready_at <= now:
        return "Ready"
    return f"{format_remaining(s.ready_at - now)} left"


def hold_order(s: DraftSummary) -> float:
    """The Hold column's sort key, in the order of what `hold_status` shows. Descending: the
    hold ending last first, down to the drafts that became Ready (latest first), then Not held,
    Empty, Posted, Withdrawn; ties keep the list's own order. It does not depend on the time, so
    a sorted list stays sorted as holds run out. One float, so 100,000 rows sort in C; the
    store's first-screen read (`last_ready_first`) orders by the same ranks."""
    status = s.status
    if status is DraftStatus.POSTED:
        return -4.0
    if status is DraftStatus.WITHDRAWN:
        return -5.0
    ready_at = s.ready_at
    if ready_at is None:
        return -2.0 if s.revision_count else -3.0
    return ready_at.timestamp()


_DIGITS = re.compile(r"(\d+)")


def name_order(name: str) -> str:
    """The order a person expects for names: case-blind, and numbers by value ("Acme 2" before
    "Acme 10"), as a file manager sorts. A string (numbers padded), so a Qt proxy compares it."""
    return _DIGITS.sub(lambda m: m.group().zfill(20), name.casefold())


def format_size(n: int) -> str:
    """'820 bytes', '120 KB', '3.4 MB'."""
    if n < 1024:
        return f"{n} bytes"
    if n < 1024 * 1024:
        return f"{n / 1024:.0f} KB"
    return f"{n / (1024 * 1024):.1f} MB"


def reply_rate_text(rate: float | None, pending: int) -> str:
    """'80 %', or '100 % · 1 waiting' while contacts still within their reply time are left out
    of the rate (so a post with no reply yet is never hidden behind a 100 %)."""
    text = "—" if rate is None else f"{rate:.0%}"
    if not pending:
        return text
    waiting = f"{pending} waiting"
    return waiting if rate is None else f"{text} · {waiting}"


def format_when(at: datetime, tz: tzinfo | None = None) -> str:
    """A moment as the app shows it everywhere: 'Sat 05 Dec, 18:39' in local time."""
    return at.astimezone(tz).strftime("%a %d %b, %H:%M")


def format_heat(heat: float) -> str:
    """'74 · heated'."""
    return f"{round(heat)} · {band_for(heat)}"


def heat_change(before: float, after: float) -> str:
    """How a draft's heat moved between two versions, in words."""
    change = after - before
    if change < -SAME_HEAT:
        return "calmer"
    if change > SAME_HEAT:
        return "more heated"
    return "about the same"


def hold_line(state: HoldState, tz: tzinfo | None = None) -> str:
    """One sentence on where a hold stands: until when, over, or not held."""
    if state.held and state.ready_at is not None:
        return f"Cooling off until {format_when(state.ready_at, tz)}."
    if state.ready_at is not None:
        return "The cooling-off period is over."
    return "Not held."


def hold_badge(state: HoldState | None) -> tuple[str, str, str]:
    """What the box under the editor says: (kind "free"/"held"/"ready", headline, detail).

    The wait and the time left use the same units, so "40 h 40 min left" never sits beside
    "a 41 h hold"; the floor is the rule's own (`hold.MIN_WAIT`)."""
    if state is None:
        return "free", "No draft open", "Pick a draft or start a new one."
    if state.held:
        when = format_when(state.ready_at) if state.ready_at else ""
        floor = format_remaining(hold.MIN_WAIT)
        wait = format_remaining(state.wait) if state.wait else floor
        at_floor = state.wait is None or state.wait <= hold.MIN_WAIT
        advice = (
            "That is the minimum."
            if at_floor
            else f"Calming it shortens the wait, never below {floor}; heating it up restarts it."
        )
        return (
            "held",
            f"Cooling off · {format_remaining(state.remaining)} left",
            f"Can be copied out from {when} (a {wait} hold). {advice}",
        )
    if state.ready_at is not None:
        return "ready", "Ready to copy out", "The cooling-off period is over. Read it once more."
    return "free", "Not held", state.reason


def underlined(report: ToneReport | None) -> Sequence[Signal]:
    """The findings the editor underlines (the rule is the tone engine's)."""
    from complaint_desk.core import tone

    return tone.underlined(report)


def hottest_span(report: ToneReport | None) -> tuple[int, int] | None:
    """Where "Hottest sentence" jumps (the rule is the tone engine's)."""
    from complaint_desk.core import tone

    return tone.hottest_span(report)


def signal_tooltip(signal: Signal) -> str:
    """'Insults (+22): “idiots” is name-calling' and the suggestion on the next line."""
    return (
        f"{signal_label(signal.kind)} ({signal.weight:+.0f}): {signal.reason}\n{signal.suggestion}"
    )


def signal_label(kind: str) -> str:
    """The name of a kind of finding ('Insults', 'Shouting')."""
    from complaint_desk.core.tone import SIGNAL_KINDS

    return SIGNAL_KINDS.get(kind, kind)


def contributors(report: ToneReport) -> Sequence[tuple[str, float]]:
    """(kind label, total points) per kind of finding in the report, hottest first."""
    from complaint_desk.core import tone

    return tone.contributors(report)
