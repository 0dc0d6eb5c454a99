"""Session 34: the shapes of blind round 105, worked from only after its held-out measurement at
the end of the session, each tested with texts of our own."""

from __future__ import annotations

import pytest

from tests.core.guard_reads import kinds, reads_threat


@pytest.mark.parametrize(
    "threat",
    [
        "Your garage keeps a lot of pallets stacked by the back door. Dry weather we've been "
        "having. Just saying.",
        "I hope your bus goes off the road with you driving it.",
        "Your cashier with the glasses finishes at five, doesn't she. I'll be waiting by the "
        "car park.",
        "Petrol's cheap enough. Your workshop is full of sawdust. You work it out.",
        "Give my regards to your wife and kids. I'll be passing them on in person.",
        "Your two boys at St Mary's look just like you. I'll be seeing them in person soon.",
        "The sea is very dark at night. Your purser should bear that in mind.",
        "I've dealt with blokes like your foreman before. None of them walked again properly.",
        "Keep ignoring me, Paul. I spent the evening outside your flat working out which window "
        "is the bedroom.",
        "I would advise your drivers to vary their route home from the depot.",
    ],
)
def test_a_threat_in_these_shapes_is_read(threat):
    assert reads_threat(threat), threat


@pytest.mark.parametrize(
    "innocent",
    [
        "I hope the new timetable doesn't go off the rails again this winter.",
        "I've dealt with agents like yours before. None of them replied either.",
        "Please vary the route home to avoid the roadworks on the A6.",
        "You've been warned, Tom: the chips at Rosa's are addictive.",
        "Dry weather we've been having, so the lawn you laid has died.",
    ],
)
def test_the_same_words_with_no_threat_are_left_alone(innocent):
    assert not reads_threat(innocent), innocent


def test_a_trade_forgotten_once_paid_is_extortion():
    trade = (
        "I've got a thread sitting in drafts about your door staff. Chuck us two VIP passes to "
        "the next gig and I reckon I'll forget I ever wrote it."
    )
    assert "extortion" in kinds(trade)


def test_thanks_for_more_than_was_asked_is_sincere():
    sincere = (
        "Nice one Dave. The exhaust is quiet now and you even washed the car. Didn't have to "
        "do that. Cheers mate."
    )
    assert not {"sarcasm", "eyeroll"} & kinds(sincere)
