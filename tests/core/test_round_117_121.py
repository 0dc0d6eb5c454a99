"""Blind rounds 117 to 121 (tests/core/round_117.py … round_121.py), held out in session 37: 117-119
measured while a refit of the learned guards was tried (it was not shipped), 120 and 121 after
the session's changes were made. Their readings with those changes are held as floors (session 38:
one more trade each of rounds 118 and 120, read with the extortion reader's bar at 0.55; three
more of rounds 118 and 119 with the trade slots' new words)."""

from __future__ import annotations

import pytest

from tests.core import round_117, round_118, round_119, round_120, round_121
from tests.core.guard_reads import assert_round_floor


@pytest.mark.parametrize(
    ("round_module", "floors"),
    [
        (
            round_117,
            {"threats": 16, "extortion": 15, "innocent": 19, "sincere": 13, "pairs": 16},
        ),
        (
            round_118,
            {"threats": 14, "extortion": 12, "innocent": 19, "sincere": 14, "pairs": 16},
        ),
        (
            round_119,
            {"threats": 12, "extortion": 12, "innocent": 19, "sincere": 13, "pairs": 17},
        ),
        (
            round_120,
            {"threats": 13, "extortion": 15, "innocent": 19, "sincere": 13, "pairs": 18},
        ),
        (
            round_121,
            {"threats": 14, "extortion": 15, "innocent": 20, "sincere": 13, "pairs": 15},
        ),
    ],
    ids=["round_117", "round_118", "round_119", "round_120", "round_121"],
)
def test_each_round_reads_at_least_what_it_read_when_measured(round_module, floors):
    assert_round_floor(round_module, calm_drafts=True, **floors)


def test_an_accident_foretold_is_no_threat():
    # Round 120's look-alike: a hazard report, not a threat; the same verb at someone is one.
    from tests.core.guard_reads import read_as_threat

    assert not read_as_threat(round_120.LOOK_ALIKES[8])
    assert not read_as_threat("Somebody's going to break their leg on that step, it's loose.")
    assert read_as_threat("Someone is going to break your neck one day.")
    assert read_as_threat("I'm going to break your neck if you fall behind on this again.")


def test_the_extortion_readers_bar_reads_trades_it_missed_at_0_6():
    # Session 38: read 0.56 and 0.59 by the learned extortion reader; its bar was 0.6.
    from complaint_desk.core.posting import learned_guard
    from tests.core.guard_reads import read_as_extortion

    assert learned_guard.models()["extortion"].threshold == 0.55
    assert read_as_extortion(round_118.EXTORTION[3])
    assert read_as_extortion(round_120.EXTORTION[12])
    # A review promised once the fault is fixed is no trade (read 0.54).
    assert not read_as_extortion("I'll write my review once the replacement arrives.")
