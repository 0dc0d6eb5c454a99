"""What session 31 changed after blind round 98 (tests/core/round_98.py), which it measured once
before: "I'll cut her"; a child "at St …" or the school that "finishes at 3pm" beside "think
about that" or "would be terrible if"; brakes that "are funny things"; "a little something for
the manager" beside a knife; brothers who "sort things out differently, if you follow me";
"wit" for "with" beside other text-speak. The texts below were written for this test in the
round's shapes, not its words."""

from __future__ import annotations

import pytest

from tests.core import round_98
from tests.core.guard_reads import assert_round_floor, kinds, read_as_extortion, read_as_threat

THREATS = [
    "Your cleaner scratched my floor. I'll cut him.",
    "Heard your manager has a little boy at St Anne's. Would be awful if he got lost one day.",
    "The school off Mill Road lets out at half three, doesn't it. Think about that.",
    "Your van's parked out back every night. Brakes are funny things.",
    "Bringing a little something for the owner tomorrow, and it's not a thank-you card 🔪",
    "My cousins don't leave reviews. They handle things the old way, if you know what I mean.",
    "u better watch ur back wit what u did to my car",
]

LOOK_ALIKES = [
    "I'll cut the cord and switch providers.",
    "I'll cut you off if you keep calling me at work.",
    "The school near my flat finishes at 3pm, so please deliver after four.",
    "My brakes just stop working on hills and your garage still hasn't fixed them.",
    "We sort things out differently in our family: we write letters.",
    "I bought a little something for the manager as a thank-you.",
    "My daughter is a little girl at St Mary's and the uniform you sold her shrank.",
]


@pytest.mark.parametrize("text", THREATS)
def test_round_98_threat_shapes_are_read(text):
    assert read_as_threat(text)
    assert {"threat", "violence"} & kinds(text)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_round_98_look_alikes_are_left_alone(text):
    assert not (read_as_threat(text) or read_as_extortion(text))
    assert not {"threat", "violence", "extortion"} & kinds(text)


def test_round_98_reads_at_least_what_it_read_after_its_fixes():
    assert_round_floor(
        round_98,
        threats=18,
        extortion=13,
        innocent=20,
        sincere=14,
        pairs=15,
        calm_drafts=True,
    )
