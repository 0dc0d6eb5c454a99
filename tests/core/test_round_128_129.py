"""Blind rounds 128 and 129 (tests/core/round_128.py, round_129.py), written at the end of session
38 to check its changes, held out: nothing was written from them. Their readings with the
session's final code are held as floors."""

from __future__ import annotations

import pytest

from tests.core import round_128, round_129
from tests.core.guard_reads import assert_round_floor


@pytest.mark.parametrize(
    ("round_module", "floors"),
    [
        (
            round_128,
            {"threats": 16, "extortion": 13, "innocent": 19, "sincere": 15, "pairs": 16},
        ),
        (
            round_129,
            {"threats": 13, "extortion": 14, "innocent": 19, "sincere": 12, "pairs": 14},
        ),
    ],
    ids=["round_128", "round_129"],
)
def test_each_round_reads_at_least_what_it_read_when_measured(round_module, floors):
    assert_round_floor(round_module, calm_drafts=True, **floors)
