"""Human wording for durations and dates: "5 min", "12 h", "3 days", "answered in 5 min".

Durations are floored, never rounded up: "no reply for 14 h" means at least 14 full hours. Scale:
under 1 min -> "under 1 min"; under 1 h -> "N min"; under 10 h -> "N h" or "N h M min"; under
48 h -> "N h"; from 48 h -> "N days". A negative duration keeps its sign ("-5 min").
Dates are written the British way, "3 March 2026", without depending on the process locale.
"""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo
from functools import cache
from typing import TYPE_CHECKING

from complaint_desk.lazy import lazy

if TYPE_CHECKING:
    from complaint_desk.core import models
    from complaint_desk.core.models import Channel, Reached
else:
    # The contact records' types load with the first contact worded, not with the first frame
    # (which words only the drafts' holds).
    models = lazy("complaint_desk.core.models")

NO_VALUE = "—"

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


@cache
def _no_reply_tails() -> dict[Channel, str]:
    """How "no reply for 14 h ..." ends for each channel the user used."""
    channel = models.Channel
    return {
        channel.PHONE: "to your call",
        channel.EMAIL: "on email",
        channel.CHAT: "on chat",
        channel.LETTER: "to your letter",
        channel.IN_PERSON: "after your visit",
        channel.SOCIAL: "to your public post",
    }


def format_duration(value: timedelta | None) -> str:
    """Short floored wording of a duration; `None` gives an em dash (for empty table cells)."""
    if value is None:
        return NO_VALUE
    if value < timedelta(0):
        return "-" + format_duration(-value)
    minutes = value // timedelta(minutes=1)
    if minutes < 1:
        return "under 1 min"
    if minutes < 60:
        return f"{minutes} min"
    hours, rest = divmod(minutes, 60)
    if hours < 10:
        return f"{hours} h {rest} min" if rest else f"{hours} h"
    if hours < 48:
        return f"{hours} h"
    return f"{hours // 24} days"


def short_day(at: datetime) -> str:
    """ "3 Mar" in local time (what a timeline row says it answers or is kept with)."""
    local = at.astimezone()
    return f"{local.day} {MONTHS[local.month - 1][:3]}"


def answered_in(value: timedelta) -> str:
    """ "answered in 5 min" """
    return f"answered in {format_duration(value)}"


def answered_live(rep: str, outcome_label: str | None) -> str:
    """ "spoke to Dana: offered a remedy" (a call, chat or visit that got through)."""
    who = f"spoke to {rep.strip()}" if rep.strip() else "got through"
    return f"{who}: {outcome_label.lower()}" if outcome_label else who


@cache
def _not_reached_words() -> dict[Reached, str]:
    reached = models.Reached
    return {
        reached.NO_ANSWER: "nobody answered",
        reached.VOICEMAIL: "left a voicemail",
        reached.CUT_OFF: "cut off",
    }


def not_reached(reached: Reached, waiting: timedelta | None, overdue: bool) -> str:
    """ "nobody answered · 20 h, no reply yet" (a call, chat or visit that did not get through,
    waiting for the company to come back)."""
    what = _not_reached_words().get(reached, "did not get through")
    if waiting is None:
        return what
    return f"{what} · {format_duration(waiting)}, {'no reply' if overdue else 'no reply yet'}"


def no_answer_yet(value: timedelta) -> str:
    """ "12 h, no answer yet" (a contact still within its reply window)."""
    return f"{format_duration(value)}, no answer yet"


def unanswered_for(value: timedelta) -> str:
    """ "4 days, no answer" (a contact past its reply window, counted as unanswered)."""
    return f"{format_duration(value)}, no answer"


def no_reply_for(value: timedelta, channel: Channel | str | None = None) -> str:
    """ "no reply for 14 h on email" (a waiting clock in the vendor view)."""
    text = f"no reply for {format_duration(value)}"
    if channel is None:
        return text
    try:
        tail = _no_reply_tails()[models.Channel(channel)]
    except ValueError:
        tail = f"on {channel}"
    return f"{text} {tail}"


def long_date(value: datetime, tz: tzinfo | None = None) -> str:
    """ "3 March 2026", in `tz` if given, else in the datetime's own zone."""
    if tz is not None:
        value = value.astimezone(tz)
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def format_remaining(delta: timedelta) -> str:
    """A hold's time left: '41 h 5 min', '12 min', 'under a minute' (minutes kept at any length:
    the countdown moves every minute)."""
    minutes = int(delta.total_seconds() // 60)
    if minutes < 1:
        return "under a minute"
    hours, minutes = divmod(minutes, 60)
    if hours and minutes:
        return f"{hours} h {minutes} min"
    if hours:
        return f"{hours} h"
    return f"{minutes} min"
