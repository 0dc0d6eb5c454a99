"""The app's idea of "now": never earlier than any time it has recorded, and steady while running.

Rolling the system clock back releases nothing, because "now" is at least the persisted
high-water mark. A forward jump of the wall clock while the app runs releases nothing early either,
because elapsed time follows a monotonic clock from the moment the app started (CLOCK_BOOTTIME on
Linux, which keeps counting through suspend, so a laptop lid does not freeze the countdown).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime: ...

    def wall_now(self) -> datetime: ...


def system_wall() -> datetime:
    return datetime.now(UTC)


def system_monotonic() -> float:
    boottime = getattr(time, "CLOCK_BOOTTIME", None)
    if boottime is not None:
        try:
            return time.clock_gettime(boottime)
        except OSError:
            pass
    return time.monotonic()


class TrustedClock:
    """Wall time read once at start, then advanced by the monotonic clock; never goes back.

    `high_water` is the latest time any earlier run recorded; `persist` is called with the new
    high-water mark at most once a minute so the store keeps it across runs.
    """

    PERSIST_EVERY = timedelta(minutes=1)

    def __init__(
        self,
        high_water: datetime | None = None,
        *,
        wall: Callable[[], datetime] = system_wall,
        monotonic: Callable[[], float] = system_monotonic,
        persist: Callable[[datetime], None] | None = None,
        persist_at_start: bool = True,
    ) -> None:
        """`persist_at_start=False`: the caller calls `flush()` soon (the desk does once the
        window has painted: the start-up writes nothing before that)."""
        self._monotonic = monotonic
        self._persist = persist
        self._wall = wall
        start = wall()
        if high_water is not None and high_water > start:
            start = high_water
        self._base = start
        self._base_mono = monotonic()
        self._high_water = start
        self._persisted_at: datetime | None = None
        if persist_at_start:
            self._maybe_persist(start)
        else:
            self._persisted_at = start  # the next write is the caller's flush() (or a minute on)

    def now(self) -> datetime:
        elapsed = max(0.0, self._monotonic() - self._base_mono)
        current = self._base + timedelta(seconds=elapsed)
        if current < self._high_water:
            current = self._high_water
        self._high_water = current
        self._maybe_persist(current)
        return current

    def wall_now(self) -> datetime:
        """The real current time (aware), as the computer's clock says: the default for dates the
        person enters (a contact, a response, a case opened). Never used for the hold, and it
        neither reads nor moves the high-water mark, so a clock that was once ahead does not
        invent future dates for the person's records."""
        return self._wall()

    def _maybe_persist(self, current: datetime) -> None:
        if self._persist is None:
            return
        if self._persisted_at is None or current - self._persisted_at >= self.PERSIST_EVERY:
            self._persisted_at = current
            self._persist(current)

    def flush(self) -> None:
        """Record the current time now (on close), whatever the last write was."""
        if self._persist is not None:
            current = self.now()
            self._persisted_at = current
            self._persist(current)


class FakeClock:
    """A clock tests move by hand (`advance`, `set`)."""

    def __init__(self, start: datetime) -> None:
        self._now = start

    def now(self) -> datetime:
        return self._now

    def wall_now(self) -> datetime:
        """A fake clock's wall is its own time: tests move both together."""
        return self._now

    def advance(self, delta: timedelta) -> None:
        self._now += delta

    def set(self, when: datetime) -> None:
        self._now = when
