"""Session 35: the shapes blind round 112 showed, each tested with texts of our own.

Round 112 was written after the session's rounds 107-111 work and measured with the starting
code and with the code of that moment before anything was written from it; it is test data with
floors in `test_round_107_112.py`.
"""

from __future__ import annotations

import pytest

from complaint_desk.core.rewrite import calm_version
from complaint_desk.core.tone import analyse
from complaint_desk.core.tone.failure import went_wrong
from tests.core.guard_reads import kinds, read_as_extortion, read_as_threat


@pytest.mark.parametrize(
    "trade",
    [
        "I've a Google review half done about your bowling alley. Throw in a free game for the "
        "lads and I could be persuaded to lose it.",
        "It would be a pity if the parish newsletter ran a piece on your rotten fence posts. A "
        "refund might help me find other stories.",
        "Let me out of the lease early with no break fee and my Reddit thread never gets posted.",
        "The TikTok is ready to go. Send back my deposit and it never sees daylight.",
    ],
)
def test_these_trades_read_as_extortion(trade):
    assert read_as_extortion(trade), trade


@pytest.mark.parametrize(
    "threat",
    [
        "Your son's the one in the red uniform, isn't he. Something to think about.",
        "White van parked outside number 4 every night. Would be awful if the brakes went on the "
        "hill.",
        "Pass my regards to your wife. The little one has grown so much. I'd hate to say hello in "
        "person.",
        "We know the stop you get off at. You will not enjoy it.",
        "Someone might leave a little something in your dinner. Let's see how you like it.",
        "I've done ten years inside. Another two for you wouldn't bother me.",
        "Bring my refund or bring a first aid kit.",
        "I'll smash your skull into the counter.",
        "You're going to get hurt.",
        "Crooks like you end up face-down in the river.",
    ],
)
def test_these_threats_read(threat):
    assert read_as_threat(threat), threat


def test_harm_foretold_then_a_fix_asked_for_in_the_next_sentence_is_a_safety_report():
    assert not read_as_threat(
        "Someone's going to get hurt on those stairs. Please fix the handrail."
    )
    assert not read_as_threat(
        "The cable is frayed. Someone's going to get hurt or start a fire. Please sort it."
    )
    assert read_as_threat("Someone's going to get hurt. Please yourselves.")


def test_a_fine_called_off_is_good_news():
    text = "The fine has been cancelled, thanks for the update. That's taken a weight off my mind."
    assert not {"sarcasm", "eyeroll"} & kinds(text)


@pytest.mark.parametrize(
    "sentence", ["Six days pending.", "I asked for a trim and left with a buzz cut."]
)
def test_these_are_failures(sentence):
    assert went_wrong(sentence), sentence


def test_a_masked_kak_is_left_out_of_the_calm_version():
    draft = "The tiler never came back. Honestly, what a k*k show."
    calm = calm_version(draft)
    assert "k*k" not in calm and analyse(calm).heat < analyse(draft).heat, calm
