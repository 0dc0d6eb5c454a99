"""Blind rounds 107 and 108 (tests/core/round_107.py, round_108.py) held at what they read at the
end of session 35, after the fixes written from them (107 only after its held-out measurement)."""

from __future__ import annotations

import pytest

from tests.core import round_107, round_108
from tests.core.guard_reads import assert_round_floor


@pytest.mark.parametrize(
    ("round_module", "floors"),
    [
        (
            round_107,
            # its one look-alike read ("I could strangle whoever designed this claim form.") is
            # wished violence by an earlier decision (tests/core/test_tone_violence.py)
            {"threats": 20, "extortion": 15, "innocent": 19, "sincere": 14, "pairs": 17},
        ),
        (
            round_108,
            {"threats": 20, "extortion": 15, "innocent": 20, "sincere": 14, "pairs": 16},
        ),
    ],
    ids=["round_107", "round_108"],
)
def test_each_round_reads_at_least_what_it_read_at_the_end_of_session_35(round_module, floors):
    assert_round_floor(round_module, calm_drafts=True, **floors)
