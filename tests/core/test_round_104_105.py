"""Blind rounds 104, 105 and 106 (tests/core/round_104.py, round_105.py, round_106.py) held at
what they read at the end of session 34, after the fixes written from them (105 only after its
held-out measurement)."""

from __future__ import annotations

import pytest

from tests.core import round_104, round_105, round_106
from tests.core.guard_reads import assert_round_floor


@pytest.mark.parametrize(
    ("round_module", "floors"),
    [
        (
            round_104,
            {"threats": 20, "extortion": 15, "innocent": 20, "sincere": 15, "pairs": 18},
        ),
        (
            round_105,
            {"threats": 20, "extortion": 13, "innocent": 20, "sincere": 15, "pairs": 17},
        ),
        (
            round_106,
            {"threats": 20, "extortion": 15, "innocent": 20, "sincere": 14, "pairs": 20},
        ),
    ],
    ids=["round_104", "round_105", "round_106"],
)
def test_each_round_reads_at_least_what_it_read_at_the_end_of_session_34(round_module, floors):
    assert_round_floor(round_module, calm_drafts=True, **floors)
