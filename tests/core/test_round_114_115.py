"""Blind rounds 114 and 115 (tests/core/round_114.py, round_115.py), held out in session 36: no
change was written from them. Their reading with the learned guards refitted on rounds 80-113 is
held as a floor."""

from __future__ import annotations

import pytest

from tests.core import round_114, round_115
from tests.core.guard_reads import assert_round_floor


@pytest.mark.parametrize(
    ("round_module", "floors"),
    [
        (
            round_114,
            {"threats": 16, "extortion": 13, "innocent": 18, "sincere": 15, "pairs": 19},
        ),
        (
            round_115,
            {"threats": 12, "extortion": 13, "innocent": 20, "sincere": 13, "pairs": 14},
        ),
    ],
    ids=["round_114", "round_115"],
)
def test_each_round_reads_at_least_what_it_read_when_measured(round_module, floors):
    assert_round_floor(round_module, calm_drafts=True, **floors)
