"""Blind rounds 122 to 129 (tests/core/round_122.py … round_129.py), written in session 38 by
helper sessions that saw no rule, round or code, each measured held out before anything was
written from it: 122-125 with the session's starting code, then the first block of threat forms
and trade words was written from their misses (and rounds 117-121's); 126-127 after that block,
then the second block was written from theirs; 128-129 at the end, nothing written from them.
Their readings with the session's final code are held as floors."""

from __future__ import annotations

import pytest

from tests.core import (
    round_122,
    round_123,
    round_124,
    round_125,
    round_126,
    round_127,
    round_128,
    round_129,
)
from tests.core.guard_reads import assert_round_floor

FLOORS = {
    round_122: {"threats": 18, "extortion": 15, "innocent": 18, "sincere": 11, "pairs": 14},
    round_123: {"threats": 19, "extortion": 14, "innocent": 19, "sincere": 12, "pairs": 14},
    round_124: {"threats": 18, "extortion": 14, "innocent": 19, "sincere": 14, "pairs": 14},
    round_125: {"threats": 19, "extortion": 15, "innocent": 19, "sincere": 15, "pairs": 15},
    round_126: {"threats": 17, "extortion": 15, "innocent": 20, "sincere": 15, "pairs": 17},
    round_127: {"threats": 17, "extortion": 13, "innocent": 20, "sincere": 11, "pairs": 14},
    round_128: {"threats": 16, "extortion": 13, "innocent": 19, "sincere": 15, "pairs": 16},
    round_129: {"threats": 13, "extortion": 14, "innocent": 19, "sincere": 12, "pairs": 14},
}


@pytest.mark.parametrize(
    ("round_module", "floors"), FLOORS.items(), ids=[m.__name__.rsplit(".")[-1] for m in FLOORS]
)
def test_each_round_reads_at_least_what_it_read_when_measured(round_module, floors):
    assert_round_floor(round_module, calm_drafts=True, **floors)
