"""What session 30 changed after blind round 94 (tests/core/round_94.py), which it measured once
before: a knife after a visit "in person", a death answered with a worker's ("won't be far
behind"), a missile "going through your front window", a worker who will need more than a
security guard, a fall hoped to end in a head cracked open; a state's Fair Trading office is a
formal next step. The texts below were written for this test in the round's shapes, not its
words."""

from __future__ import annotations

import pytest

from tests.core import round_94
from tests.core.guard_reads import assert_round_floor, kinds, read_as_extortion, read_as_threat

THREATS = [
    "Cancel my order again and I'll sort this out in person 🔪",
    "If my cat doesn't make it because of your clinic, that surgeon won't be far behind.",
    "Skip our street again and a brick is going through your office window.",
    "Your driver will need more than one bouncer the next time he delivers here.",
    "I hope your manager trips on that loose carpet and cracks his head open.",
]

LOOK_ALIKES = [
    "I'll come in person on Monday to collect the parcel.",
    "If the dog dies, the vet bill won't be far behind.",
    "The sun is going through your shop window and fading the books.",
    "Your shop will need more than a security guard to stop shoplifting.",
    "I hope nobody trips on that loose carpet and cracks their head open.",
    "Refund the deposit by 14 June or I will lodge a complaint with NSW Fair Trading.",
]


@pytest.mark.parametrize("text", THREATS)
def test_round_94_threat_shapes_are_read(text):
    assert read_as_threat(text)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_round_94_look_alikes_are_left_alone(text):
    assert not (read_as_threat(text) or read_as_extortion(text))
    assert not {"threat", "violence", "extortion"} & kinds(text)


def test_round_94_reads_at_least_what_it_read_after_its_fixes():
    assert_round_floor(
        round_94, threats=18, extortion=13, innocent=19, sincere=len(round_94.SINCERE)
    )
