"""Session 35: the shapes blind round 111 showed, each tested with texts of our own.

Round 111 was written during the session's round-109 and 110 work and measured with the starting
code and with the code of that moment before anything was written from it; it is test data with
floors in `test_round_107_111.py`.
"""

from __future__ import annotations

import pytest

from complaint_desk.core.tone.failure import went_wrong
from tests.core.guard_reads import kinds, read_as_extortion, read_as_threat


@pytest.mark.parametrize(
    "trade",
    [
        "My Instagram reel of your cold chips is on 5k views already. Free meals for a week n i'll "
        "archive it.",
        "I've a review sat ready for Google. Knock fifty quid aff the invoice and it can stay sat "
        "there.",
        "I have prepared a review for the Play Store. If you are crediting back the fee by Monday, "
        "I will not be posting it.",
        "It would be a pity if the 3,000 members of our parents' group saw your kitchen. Something "
        "to think about while you're deciding on my refund.",
    ],
)
def test_these_trades_read_as_extortion(trade):
    assert read_as_extortion(trade), trade


@pytest.mark.parametrize(
    "threat",
    [
        "Scammers like you end up floating in the harbour.",
        "Your two are at St Mary's, don't they? I'd keep them close at home time.",
        "Do you know how fast a wooden shed goes up? Think about that when you're locking up "
        "tonight.",
        "Enjoy your little garage while it still has a roof. A can of petrol and old tyres don't "
        "mix.",
        "I've got nothing but time. Your son plays rugby at the park on Sundays, yeah?",
        "I would advise you not to walk home alone. People do go over the railings on that bridge.",
        "That plumber will be picking his own spanners out of his teeth.",
        "I hope your van goes off the pier with you strapped in it.",
        "Someone should put your manager through a window.",
    ],
)
def test_these_threats_read(threat):
    assert read_as_threat(threat), threat


def test_a_safety_note_about_railings_is_no_threat():
    assert not read_as_threat(
        "Would you recommend a good charger? People do go over the railings at the viewpoint, so "
        "mind the kids."
    )


@pytest.mark.parametrize(
    "jab",
    [
        "I'm sure the twenty minutes of Greensleeves were chosen with my wellbeing in mind.",
        "My son spent an hour staring at a blank Zoom screen. I suppose it counts as quiet "
        "reading.",
    ],
)
def test_these_dry_jabs_read_as_sarcasm(jab):
    assert {"sarcasm", "eyeroll"} & kinds(jab), jab


def test_hold_music_then_a_fix_is_no_jab():
    text = "Twenty minutes of hold music, then a lovely agent sorted it. Thanks, Priya."
    assert not {"sarcasm", "eyeroll"} & kinds(text)


@pytest.mark.parametrize(
    "sentence", ["Forty minutes of pan pipes.", "She spent an hour staring at a blank screen."]
)
def test_these_waits_are_failures(sentence):
    assert went_wrong(sentence), sentence
