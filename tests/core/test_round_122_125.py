"""Blind rounds 122 to 125 (tests/core/round_122.py … round_125.py), held out in session 38:
measured with the session's starting code, then the threat shapes of the session's block in
threat_forms.tsv and its trades' new remedies and public acts were written from their misses
(and rounds 117-121's). Their readings with those
changes are held as floors."""

from __future__ import annotations

import pytest

from tests.core import round_122, round_123, round_124, round_125
from tests.core.guard_reads import assert_round_floor


@pytest.mark.parametrize(
    ("round_module", "floors"),
    [
        (
            round_122,
            {"threats": 18, "extortion": 15, "innocent": 18, "sincere": 11, "pairs": 14},
        ),
        (
            round_123,
            {"threats": 19, "extortion": 14, "innocent": 19, "sincere": 12, "pairs": 14},
        ),
        (
            round_124,
            {"threats": 18, "extortion": 14, "innocent": 19, "sincere": 14, "pairs": 14},
        ),
        (
            round_125,
            {"threats": 19, "extortion": 15, "innocent": 19, "sincere": 15, "pairs": 15},
        ),
    ],
    ids=["round_122", "round_123", "round_124", "round_125"],
)
def test_each_round_reads_at_least_what_it_read_when_measured(round_module, floors):
    assert_round_floor(round_module, calm_drafts=True, **floors)
