"""Blind rounds 107 to 113 (tests/core/round_107.py … round_113.py) held at what they read at the
end of session 35, after the fixes written from them (all but 108 only after their held-out
measurements; from 113 only its sincere lines)."""

from __future__ import annotations

import pytest

from tests.core import (
    round_107,
    round_108,
    round_109,
    round_110,
    round_111,
    round_112,
    round_113,
)
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
        (
            round_109,
            {"threats": 19, "extortion": 14, "innocent": 20, "sincere": 15, "pairs": 14},
        ),
        (
            round_110,
            {"threats": 20, "extortion": 14, "innocent": 20, "sincere": 14, "pairs": 16},
        ),
        (
            round_111,
            {"threats": 20, "extortion": 15, "innocent": 20, "sincere": 15, "pairs": 18},
        ),
        (
            round_112,
            # two of its look-alikes are read as before by decision: "I'll see you in the small
            # claims court" (a legal threat, test_threat_forms_wider.py round three) and a friend
            # told "I'm going to kill you" in jest; the third, "I'm going to tell everyone I know
            # about this barber", is still read
            {"threats": 20, "extortion": 15, "innocent": 17, "sincere": 13, "pairs": 16},
        ),
        (
            round_113,
            {"threats": 13, "extortion": 14, "innocent": 19, "sincere": 14, "pairs": 15},
        ),
    ],
    ids=["round_107", "round_108", "round_109", "round_110", "round_111", "round_112", "round_113"],
)
def test_each_round_reads_at_least_what_it_read_at_the_end_of_session_35(round_module, floors):
    assert_round_floor(round_module, calm_drafts=True, **floors)
