"""Blind round 92 (tests/core/round_92.py), held out to the end of session 29 and not worked
from: its reading at that end is a floor for later work, not a goal reached."""

from __future__ import annotations

from complaint_desk.core.rewrite import calm_version, fact_tokens_kept
from complaint_desk.core.tone import analyse
from tests.core import round_92
from tests.core.guard_reads import kinds, read_as_extortion, read_as_threat


def test_round_92_reads_at_least_what_it_read_when_measured():
    assert sum(map(read_as_threat, round_92.THREATS)) >= 17
    assert sum(map(read_as_extortion, round_92.EXTORTION)) >= 13
    assert sum(not read_as_threat(t) for t in round_92.LOOK_ALIKES) >= 18
    assert sum(not {"sarcasm", "eyeroll"} & kinds(t) for t in round_92.SINCERE) >= 14
    margins = [analyse(hot).heat - analyse(calm).heat for calm, hot in round_92.PAIRS]
    assert sum(m >= 10 for m in margins) >= 15
    for draft in round_92.CALM_DRAFTS:
        calm = calm_version(draft)
        assert analyse(calm).heat < 25 and fact_tokens_kept(draft, calm), calm
        assert len(calm) >= 0.4 * len(draft)
