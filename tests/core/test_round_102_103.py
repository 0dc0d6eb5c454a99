"""Blind rounds 102 and 103 (tests/core/round_102.py, round_103.py) held at what they read at
the end of session 33: 102 after the fixes written from it, 103 as measured, held out."""

from __future__ import annotations

import pytest

from tests.core import round_102, round_103
from tests.core.guard_reads import assert_round_floor


@pytest.mark.parametrize(
    ("round_module", "floors"),
    [
        (
            round_102,
            {"threats": 20, "extortion": 15, "innocent": 20, "sincere": 14, "pairs": 15},
        ),
        (
            round_103,
            {"threats": 14, "extortion": 11, "innocent": 19, "sincere": 15, "pairs": 17},
        ),
    ],
    ids=["round_102", "round_103"],
)
def test_each_round_reads_at_least_what_it_read_at_the_end_of_session_33(round_module, floors):
    assert_round_floor(round_module, calm_drafts=True, **floors)
