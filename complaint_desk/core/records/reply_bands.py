"""How fast is fast enough, per channel: reply-time bands from published service figures.

Reference bands (`band_for`), from published service figures where they exist (social, email) and
chosen to match them for the rest; each limit is inclusive, anything above the last is POOR:

==========  =========  ======  ======  =======
channel     excellent  good    fair    slow
==========  =========  ======  ======  =======
social      1 h        —       24 h    72 h
email       1 h        24 h    3 days  15 days
phone       1 h        4 h     24 h    72 h      (call-backs; a call answered live is 0)
chat        5 min      1 h     24 h    72 h
letter      3 days     7 days  14 days 8 weeks   (8 weeks: the UK final-response deadline)
in_person   1 h        24 h    3 days  7 days
==========  =========  ======  ======  =======

A vendor has "gone quiet" on a channel once a contact waits longer than that channel's fair limit
(`quiet_after`).
"""

from __future__ import annotations

from datetime import timedelta
from enum import StrEnum

from complaint_desk.core.models import Channel


class Band(StrEnum):
    EXCELLENT = "excellent"
    GOOD = "good"
    FAIR = "fair"
    SLOW = "slow"
    POOR = "poor"

    @property
    def label(self) -> str:
        return self.value.capitalize()

    @property
    def colour(self) -> str:
        """A colour name hint for the UI (it picks the exact shade)."""
        return BAND_COLOURS[self]


BAND_COLOURS = {
    Band.EXCELLENT: "green",
    Band.GOOD: "light-green",
    Band.FAIR: "amber",
    Band.SLOW: "orange",
    Band.POOR: "red",
}

_MIN = timedelta(minutes=1)
_H = timedelta(hours=1)
_D = timedelta(days=1)

# channel -> ascending (inclusive upper limit, band); above the last limit: POOR.
BAND_LIMITS: dict[Channel, tuple[tuple[timedelta, Band], ...]] = {
    Channel.SOCIAL: ((1 * _H, Band.EXCELLENT), (24 * _H, Band.FAIR), (72 * _H, Band.SLOW)),
    Channel.EMAIL: (
        (1 * _H, Band.EXCELLENT),
        (24 * _H, Band.GOOD),
        (3 * _D, Band.FAIR),
        (15 * _D, Band.SLOW),
    ),
    Channel.PHONE: (
        (1 * _H, Band.EXCELLENT),
        (4 * _H, Band.GOOD),
        (24 * _H, Band.FAIR),
        (72 * _H, Band.SLOW),
    ),
    Channel.CHAT: (
        (5 * _MIN, Band.EXCELLENT),
        (1 * _H, Band.GOOD),
        (24 * _H, Band.FAIR),
        (72 * _H, Band.SLOW),
    ),
    Channel.LETTER: (
        (3 * _D, Band.EXCELLENT),
        (7 * _D, Band.GOOD),
        (14 * _D, Band.FAIR),
        (56 * _D, Band.SLOW),
    ),
    Channel.IN_PERSON: (
        (1 * _H, Band.EXCELLENT),
        (24 * _H, Band.GOOD),
        (3 * _D, Band.FAIR),
        (7 * _D, Band.SLOW),
    ),
}


def band_for(channel: Channel | str, value: timedelta) -> Band:
    """The reference band of a (first-response or waiting) time on a channel."""
    for limit, band in BAND_LIMITS[Channel(channel)]:
        if value <= limit:
            return band
    return Band.POOR


def quiet_after(channel: Channel | str) -> timedelta:
    """How long a contact may wait before the vendor counts as quiet: the fair band's limit."""
    return next(limit for limit, band in BAND_LIMITS[Channel(channel)] if band is Band.FAIR)
