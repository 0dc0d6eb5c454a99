"""Blind round 92 (tests/core/round_92.py), held out to the end of session 29 and not worked
from: its reading at that end is a floor for later work, not a goal reached."""

from __future__ import annotations

from tests.core import round_92
from tests.core.guard_reads import assert_round_floor


def test_round_92_reads_at_least_what_it_read_when_measured():
    assert_round_floor(
        round_92, threats=18, extortion=13, innocent=18, sincere=14, pairs=15, calm_drafts=True
    )
