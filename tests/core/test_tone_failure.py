"""tone.failure: a sentence that says something went wrong, and is not over."""

from __future__ import annotations

import pytest

from complaint_desk.core.complaint import complains
from complaint_desk.core.tone.failure import went_wrong


@pytest.mark.parametrize(
    "sentence",
    [
        "Four hours on the tarmac and not a word from anyone.",
        "Took a day off work for an engineer who never showed.",
        "Six weeks and still no refund.",
        "The technician had a look, shrugged, and left without fixing it.",
        "Boiler still dead.",
        "Forty minutes on hold, then the line closes on me.",
        "The parcel arrived damaged.",
        "Charged twice for one order.",
        # no failure word, yet plainly gone wrong
        "The app crashes every time I try to pay.",
        "Internet down every single evening this week.",
        "Two months without heating.",
        "Charged for a bag I never took.",
        "Three identical template replies.",
        "Parcel arrived flat as a pancake.",
        "Price went up the day after I ordered.",
        "Came to collect my prescription, not ready, again.",
    ],
)
def test_a_failure_went_wrong(sentence: str) -> None:
    assert went_wrong(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Thanks for replacing the damaged screen so quickly.",  # a fix: the failure is over
        "The delivery came without any problems.",  # the words of a failure, saying none
        "The engineer came on Tuesday and was excellent.",
        "Customer service at its finest.",
        "I would like to order a new kettle.",
        "The price went down in the sale.",
    ],
)
def test_no_failure_or_one_that_is_over(sentence: str) -> None:
    assert not went_wrong(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The kettle leaks.",
        "The screen flickers all the time.",
        "It won't turn on.",
        "The dress shrank in the wash.",
        "The room was filthy.",
        "The app is full of bugs.",
        "There was an outage all week.",
        "We queued for two hours.",
        "The lift was out of order.",
        "The sofa fell apart.",
        "My card was declined.",
        "The fridge died.",
        "It doesn't fit.",
        "New washing machine arrived with a dent in the door.",
        "Your update wiped every file I had.",
        "Parcel delivered to a stranger three streets away.",
    ],
)
def test_a_failure_in_its_own_words_went_wrong(sentence):
    # Said without the usual failure words (session 15): each is context that turns praise
    # beside it into sarcasm, and a complaint for the hold.
    assert went_wrong(sentence), sentence
    assert complains(sentence), sentence


@pytest.mark.parametrize(
    "note",
    [
        "The queue was short and the staff were lovely. Thank you!",
        "It was freezing outside but your team kept us warm. Thank you!",
        "Thank you for fixing the leak so quickly.",
    ],
)
def test_a_thank_you_near_those_words_is_no_complaint(note):
    assert not complains(note), note
