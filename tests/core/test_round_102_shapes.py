"""What session 33 changed after blind round 102 (threats 10/20 and two look-alikes read as
threats when measured once with the starting code): someone who "had better hope he never
bumps into me", a barn that "would go up like a matchbox", a worker wished off a roof, "she'll
understand what it feels like to be grabbed", "checking under his car", "unhappy things could
happen to them tonight", insurance hoped for on what stands outside, "people have disappeared
for less", "I'm not a violent man but…", a landlord's kids at a named school beside "small
world", a look at someone's Instagram beside "lovely house in…"; and "watch your back foot",
"where you park is free" left alone. The texts below were written for this test in the round's
shapes, not its words."""

from __future__ import annotations

import pytest

from tests.core.guard_reads import kinds, read_as_extortion, read_as_threat

THREATS = [
    "Your receptionist had better hope she never runs into me in town.",
    "That engineer better hope I don't see him at the services on Friday.",
    "Nice wooden clubhouse you've got there. Would go up like a tinderbox in August.",
    "I hope the fitter slips off the ladder next time. Face first.",
    "Next time I see that groomer he'll know what it feels like to be dragged by the collar.",
    "Your manager might want to start looking under his van before he sets off.",
    "All sorts of nasty things could happen to those bikes outside after dark.",
    "Hope you've got good insurance on them hire vans in the yard.",
    "Men have ended up in the canal for less than what your staff did to my mum.",
    "I'm not a violent person but you lot are pushing it now.",
    "Your boss's daughter goes to St Mary's, doesn't she? Small world.",
    "Had a look at the manager's Facebook. Lovely home in Didsbury. Shame about the low wall.",
]

LOOK_ALIKES = [
    "Watch your back foot on the rowing machine, the strap is broken.",
    "I know where you park is cheaper on Sundays, but the sign says otherwise.",
    "I hope nobody falls off that ladder you left in the hallway.",
    "Please check under the car for the oil leak when you service it.",
    "You will know what it feels like to be ignored when you ring your own helpline.",
    "Accidents can happen to anyone, but the lift has been broken for a month.",
    "I hope the roofer didn't fall off the roof, he left in a hurry.",
    "My kids go to St Anne's and the bus you run is always late.",
    "I saw your Facebook post about the new opening hours, but you were shut.",
    "Prices go up like a rocket every January.",
]


@pytest.mark.parametrize("text", THREATS)
def test_round_102_threat_shapes_are_read(text):
    assert read_as_threat(text), kinds(text)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_round_102_look_alikes_are_left_alone(text):
    assert not (read_as_threat(text) or read_as_extortion(text)), kinds(text)


def test_a_post_on_google_traded_for_a_remedy_is_extortion():
    assert read_as_extortion(
        "If my £900 bond is not back by Friday I will post the photos on Google."
    )
    assert not read_as_extortion("If it rains I will look it up on Google.")


@pytest.mark.parametrize(
    "text",
    [
        "My Trustpilot review is negotiable. The £80 call-out fee is not.",
        "Both of my Google ratings are open to revision once the deposit is back.",
    ],
)
def test_a_review_declared_open_to_a_deal_is_extortion(text):
    assert read_as_extortion(text), kinds(text)


def test_a_price_that_is_negotiable_is_no_trade():
    assert not read_as_extortion("The price is negotiable, your salesman said, and then it wasn't.")


@pytest.mark.parametrize(
    "text",
    [
        "Love that the boiler service took four weeks. Can't wait for the next one.",
        "Really enjoyed the hour-long detour to your other depot to collect my own parcel.",
    ],
)
def test_dry_praise_of_a_long_wait_or_a_detour_is_sarcasm(text):
    assert "sarcasm" in kinds(text)


def test_praise_of_a_quick_job_is_not_sarcasm():
    assert "sarcasm" not in kinds("Love that the repair only needed one visit. Thank you, Sam.")


def test_sad_to_leave_is_fond_praise_not_a_jab():
    # round 102's shape: a child who cried on her last day says the nursery was loved
    fond = (
        "Well done to the staff in the Bumblebee room 👏 my son cried when we left on his last day."
    )
    assert "sarcasm" not in kinds(fond)
    hurt = "Great job, my son cried when we left him there and nobody comforted him."
    assert "sarcasm" in kinds(hurt)
