"""What session 31 changed after blind round 96 (tests/core/round_96.py), which it held out and
measured once before: a child and a park beside "it'd be a pity if anything happened"; "enjoy
your drive home" beside a car's registration taken; security someone "will need"; a plane hoped
to go into the sea; a building hoped burnt down by someone; a review that "goes from one star to
five" the day a claim is paid; "another look at the wording" once a fee is waived; a write-up it
"would be a pity" for people to see, then a refund that "might help"; reconsidering "what we
wrote" if a fee is credited. The texts below were written for this test in the round's shapes,
not its words."""

from __future__ import annotations

import pytest

from complaint_desk.core.rewrite import calm_version
from complaint_desk.core.tone import analyse
from tests.core import round_96
from tests.core.guard_reads import assert_round_floor, kinds, read_as_extortion, read_as_threat

THREATS = [
    "Your manager has a cute little boy. Saw them both at the playground on Sunday. Be a pity if "
    "anything happened to him.",
    "Enjoy the walk home tonight. I've clocked your number plate. 😉",
    "See you at the counter at noon. Bring backup, you'll need it.",
    "I hope the next flight your CEO boards falls out of the sky.",
    "I hope somebody torches that garage to the ground.",
]

TRADES = [
    "My Yelp post goes from one star to five the moment the deposit is refunded.",
    "My Google review is still up. I'd take another look at the wording once the £80 fee is "
    "waived.",
    "Would be a shame if my review was the first thing people saw. A refund could change that.",
    "We'd be willing to reconsider what we posted if you credit the missed lessons.",
]

LOOK_ALIKES = [
    "I hope the plane doesn't crash into anything on that runway, it looked shaky.",
    "Bring your receipt to the desk, you'll need it.",
    "My review is up. I'll have another look at the wording once I'm home.",
    "I will update what I wrote once the repair is done and working.",
    "Your receptionist has a lovely little girl, she was so polite to us.",
    "I hope someone sets fire to that awful wallpaper, honestly.",
    # Two the starting code refused, found while testing these: a refund already received, and a
    # visit told with its errand.
    "I hit post on my review after the refund came through.",
    "I'll be paying your branch a personal visit on Monday to sort out the fridge.",
]


@pytest.mark.parametrize("text", THREATS)
def test_round_96_threat_shapes_are_read(text):
    assert read_as_threat(text)
    assert {"threat", "violence"} & kinds(text)


@pytest.mark.parametrize("text", TRADES)
def test_round_96_trade_shapes_are_read(text):
    assert read_as_extortion(text)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_round_96_look_alikes_are_left_alone(text):
    assert not (read_as_threat(text) or read_as_extortion(text))
    assert not {"threat", "violence", "extortion"} & kinds(text)


def test_round_96_reads_at_least_what_it_read_after_its_fixes():
    assert_round_floor(
        round_96,
        threats=18,
        extortion=15,
        innocent=20,
        sincere=14,
        pairs=16,
        calm_drafts=True,
    )


def test_a_trade_between_a_veiled_pairs_halves_becomes_the_remedy():
    # Under Xvfb the Calm version dialog had left this middle sentence out with the menace told
    # around it ("Part of a veiled threat told across sentences"), losing the remedy.
    draft = (
        "Job ref SV-2291, repaired twice and still leaking. hope ur depot gets torched n u with "
        "it. My Yelp post goes from one star to five the moment the deposit is refunded. Enjoy "
        "the walk home tonight. I've clocked your number plate."
    )
    calm = calm_version(draft)
    assert "I would like my deposit back." in calm and "SV-2291" in calm
    assert "number plate" not in calm and "walk home" not in calm
    assert analyse(calm).heat < 25
