"""Session 35: the sincere shapes blind round 113 showed, each tested with texts of our own.

Round 113 was written after the session's other work and measured, held out, with the starting
code and the final code of the time (both read it the same); only its sincere lines were then
worked from. It is test data with floors in `test_round_107_113.py`.
"""

from __future__ import annotations

import pytest

from complaint_desk.core.tone.failure import went_wrong
from tests.core.guard_reads import kinds


@pytest.mark.parametrize(
    "message",
    [
        "Great job from your driver. He carried the sofa up three floors and waited while we "
        "checked nothing was damaged.",
        "What a surprise to find a cake in our room. It made a long, tiring journey really "
        "special.",
        "Just what I needed after a long week: my suit cleaned and pressed by Friday. Thank you.",
        "Thanks for the update about the delay. I appreciate you being honest, and the voucher "
        "wasn't necessary but was very kind.",
    ],
)
def test_sincere_praise_beside_a_hard_time_or_a_checked_delivery_is_no_jab(message):
    assert not {"sarcasm", "eyeroll"} & kinds(message), message


@pytest.mark.parametrize(
    "sentence",
    [
        "He waited while I checked nothing was broken.",
        "The courier waited until we signed.",
    ],
)
def test_a_wait_that_was_service_and_a_check_that_found_nothing_are_no_failure(sentence):
    assert not went_wrong(sentence), sentence


@pytest.mark.parametrize(
    "jab",
    [
        "Great job. The sofa arrived with a broken leg and nobody has replied since.",
        "Just what I needed. The parcel is lost and the hold music is on its fourth loop.",
    ],
)
def test_the_same_praise_beside_a_real_failure_is_still_a_jab(jab):
    assert {"sarcasm", "eyeroll"} & kinds(jab), jab
