"""Blind rounds 114, 115 and 116 (tests/core/round_114.py … round_116.py), held out in session 36
and measured before and after the learned guards' refit; forms were then written from 114 and 115
only. Their last readings are held as floors."""

from __future__ import annotations

import pytest

from tests.core import round_114, round_115, round_116
from tests.core.guard_reads import assert_round_floor


@pytest.mark.parametrize(
    ("round_module", "floors"),
    [
        (
            round_114,
            {"threats": 18, "extortion": 14, "innocent": 18, "sincere": 15, "pairs": 19},
        ),
        (
            round_115,
            {"threats": 16, "extortion": 13, "innocent": 20, "sincere": 13, "pairs": 14},
        ),
        (
            round_116,
            {"threats": 15, "extortion": 14, "innocent": 19, "sincere": 11, "pairs": 15},
        ),
    ],
    ids=["round_114", "round_115", "round_116"],
)
def test_each_round_reads_at_least_what_it_read_when_measured(round_module, floors):
    assert_round_floor(round_module, calm_drafts=True, **floors)
