"""Human wording of durations and dates."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from complaint_desk.core import durations
from complaint_desk.core.models import Channel


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (timedelta(0), "under 1 min"),
        (timedelta(seconds=59), "under 1 min"),
        (timedelta(minutes=5), "5 min"),
        (timedelta(minutes=5, seconds=59), "5 min"),  # floored, never rounded up
        (timedelta(minutes=59), "59 min"),
        (timedelta(hours=1), "1 h"),
        (timedelta(hours=1, minutes=30), "1 h 30 min"),
        (timedelta(hours=9, minutes=59), "9 h 59 min"),
        (timedelta(hours=12, minutes=40), "12 h"),
        (timedelta(hours=47, minutes=59), "47 h"),
        (timedelta(hours=48), "2 days"),
        (timedelta(days=3, hours=23), "3 days"),
        (timedelta(days=120), "120 days"),
        (timedelta(minutes=-5), "-5 min"),
        (None, "—"),
    ],
)
def test_format_duration(value, text):
    assert durations.format_duration(value) == text


def test_phrases():
    assert durations.answered_in(timedelta(minutes=5)) == "answered in 5 min"
    assert durations.no_answer_yet(timedelta(hours=12)) == "12 h, no answer yet"
    assert durations.unanswered_for(timedelta(days=4)) == "4 days, no answer"
    assert durations.no_reply_for(timedelta(hours=14), Channel.EMAIL) == (
        "no reply for 14 h on email"
    )
    assert durations.no_reply_for(timedelta(hours=14), "email") == "no reply for 14 h on email"
    assert durations.no_reply_for(timedelta(hours=3), Channel.SOCIAL) == (
        "no reply for 3 h to your public post"
    )
    assert durations.no_reply_for(timedelta(hours=3)) == "no reply for 3 h"


def test_every_channel_has_a_no_reply_phrase():
    for ch in Channel:
        assert durations.no_reply_for(timedelta(hours=1), ch).startswith("no reply for 1 h ")


def test_long_date_uses_the_given_zone():
    at = datetime(2026, 3, 3, 23, 30, tzinfo=UTC)
    assert durations.long_date(at) == "3 March 2026"
    assert durations.long_date(at, timezone(timedelta(hours=2))) == "4 March 2026"
