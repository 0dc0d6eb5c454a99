"""Session 35: the shapes blind rounds 107 and 108 showed, each tested with texts of our own.

Round 108 was worked from at once; round 107 was held out and measured before anything was
written from it. Both are test data with floors in `test_round_107_108.py`.
"""

from __future__ import annotations

import pytest

from complaint_desk.core.tone import analyse
from complaint_desk.core.tone.failure import went_wrong
from tests.core.guard_reads import kinds, read_as_extortion, read_as_threat, site_flags


def _sarcastic(text: str) -> bool:
    return bool({"sarcasm", "eyeroll"} & kinds(text))


# --- a failure told by counting, with no failure word ---------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Nine days for express shipping.",
        "Six weeks into a ten-day repair.",
        "Five weeks in processing.",
        "Four calls, no callback.",
        "Two months and three chasers later, still no boiler.",
        "Paid for a window seat, was given a middle one.",
        "Renewed at £340 with no warning.",
        "Fourth postponed installation date.",
        "The visit was rescheduled five times.",
        "They charged us anyway.",
        "Apparently our sofa was delivered.",
    ],
)
def test_a_failure_counted_out_is_a_failure(sentence):
    assert went_wrong(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Booked a double room and were given an upgrade to a suite.",
        "A bottle of wine was waiting in the room.",
        "Flight cancelled, money back within two days.",
        "Saved me from a very embarrassing spelling mistake.",
    ],
)
def test_the_same_shapes_told_of_a_kindness_are_none(sentence):
    assert not went_wrong(sentence), sentence


# --- thanks for what no one thanks for ------------------------------------------------------


@pytest.mark.parametrize(
    "draft",
    [
        "Nine days for express shipping. Much obliged for the extra week of suspense.",
        "Four calls, no callback. I do appreciate you keeping my evenings free.",
        "Six weeks into a ten-day repair. Thank you for the lesson in patience.",
        "Paid for a window seat, was given a middle one. What a treat to discover the armrest "
        "wars.",
        "The visit was rescheduled five times. It's more of a rumour than a repair service.",
    ],
)
def test_mock_thanks_beside_a_counted_failure_is_sarcasm_and_reads_hotter(draft):
    failure = draft.split(". ")[0] + "."
    assert _sarcastic(draft), draft
    assert analyse(draft).heat >= analyse(failure).heat + 5, draft


@pytest.mark.parametrize(
    "draft",
    [
        "Nine days for express shipping. Thank you for your reply about it.",
        "The boiler broke again on Monday. Thanks for coming out on Saturday though.",
        "Four calls, no callback. Thank you for the call this morning, it's now sorted.",
        "Nine days for express shipping. Could you refund the express fee, please?",
    ],
)
def test_thanks_for_a_courtesy_beside_a_failure_is_thanks(draft):
    assert not _sarcastic(draft), draft


# --- trades told with other remedies --------------------------------------------------------


@pytest.mark.parametrize(
    "trade",
    [
        "I've drafted a Google review about your garage. Bung in a free MOT and I'll happily "
        "forget I ever wrote it.",
        "Swap my seats for the front row and my TikTok about your box office stays in drafts.",
        "My review goes up unless the cancellation charges are wiped.",
        "My post for the 4,000 members of the village Facebook group is ready. I'm sure we can "
        "come to an arrangement about the fee.",
    ],
)
def test_a_review_traded_for_these_remedies_reads_as_extortion(trade):
    assert read_as_extortion(trade), trade


def test_an_honest_review_announced_is_no_trade():
    assert not read_as_extortion("I'll post my honest review on Google next week.")


# --- menace told in parts, and taken back ---------------------------------------------------


@pytest.mark.parametrize(
    "menace",
    [
        "Anyone can get hurt on a building site. Even your son.",
        "Your van would be a long drive for a fire engine out there. Something to think about.",
        "Your lad comes out of the school gate at half three, doesn't he? Have a think about that.",
        "I'll be by the staff door at six. He can find out how he likes having his jaw rearranged.",
        "Your manager would do well to check under his car from now on.",
    ],
)
def test_these_menaces_read_as_threats(menace):
    assert read_as_threat(menace), menace


def test_a_safety_report_with_the_same_harm_is_no_threat():
    assert not read_as_threat("Anyone can get hurt on that broken step, please fix it.")


def test_a_threat_taken_back_in_the_next_sentence_is_none_to_the_editor_or_the_site():
    said = "I know where your office is!"
    taken_back = f"{said} Ha, that sounded creepy. I just mean I can drop the forms in myself."
    assert "threat" in kinds(said) or "no_threats" in site_flags(said)
    assert "threat" not in kinds(taken_back)
    assert "no_threats" not in site_flags(taken_back)
