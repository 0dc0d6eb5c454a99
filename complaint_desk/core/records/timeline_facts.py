"""What a case's log shows, for checking the draft's own claims ("I called 5 times") against it.

Kept apart from core.checklist (and its patterns) so the app can count the log cheaply at start-up.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TimelineFacts:
    """What the case log shows, to check the draft's own counts and durations against."""

    calls: int = 0
    emails: int = 0
    chats: int = 0
    letters: int = 0
    longest_call_min: int | None = None
    days_since_first_contact: float | None = None
