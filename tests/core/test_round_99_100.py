"""What session 32 changed after blind rounds 99 and 100 (tests/core/round_99.py, round_100.py),
each measured once before: people wished aboard a plane "and it had gone down"; a hammer or a
bomb beside a meeting; a boiler's "little accident one night while you're all tucked up";
"you lot have got kids, haven't you?"; something that "ended up in the stock"; fire exits
"chained shut"; a look at someone's Facebook beside "lovely family"; "gonna get merked"; a
visitor hoped to carry "something heavier than a complaint". And two sincere thanks that had
read as jabs: a fix told after "but" ("…tracked it to the wrong depot and had it with me the
next morning"), and praise "without a hint of impatience". The texts below were written for
this test in the rounds' shapes, not their words."""

from __future__ import annotations

import pytest

from complaint_desk.core.tone import analyse
from tests.core import round_99, round_100
from tests.core.guard_reads import assert_round_floor, kinds, read_as_extortion, read_as_threat

THREATS = [
    "I wish your whole board had been on that flight and it had gone down. Saved me a refund.",
    "see u at the warehouse friday 🔨🔨",
    "Be tragic if your van had a nasty accident one night while you're all asleep.",
    "Your manager has got kids, hasn't he? Think about that before you refuse me again.",
    "Would be terrible if something got into the food at your Leeds branch, wouldn't it?",
    "Lovely shop. Lots of doors. Shame if they all got padlocked shut one evening.",
    "Took a little look at your boss's Instagram. Lovely family. Lovely house on Park Road too.",
    "that driver is gonna get shanked next time i see him",
    "I hope the next customer is carrying something sharper than a letter.",
]

LOOK_ALIKES = [
    "I wish I had been on the earlier flight; it left on time.",
    "The fire exits were chained shut when I visited, which I reported to the council.",
    "Lovely family-run hotel, we will be back.",
    "Your engineer had a nasty accident on the way, we heard, and we hope he is well.",
    "I have got kids, so a morning slot would really help.",
    "I had a look at your Facebook page for the opening hours, but they were out of date.",
]


@pytest.mark.parametrize("text", THREATS)
def test_round_99_and_100_threat_shapes_are_read(text):
    assert read_as_threat(text)
    assert {"threat", "violence"} & kinds(text)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_round_99_and_100_look_alikes_are_left_alone(text):
    assert not (read_as_threat(text) or read_as_extortion(text))
    assert not {"threat", "violence", "extortion"} & kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "My order went missing, but Priya tracked it to the wrong warehouse and had it with me "
        "by Friday. Really appreciated.",
        "Great job on the new boiler. The fitter was tidy and explained the controls twice "
        "without a hint of impatience.",
    ],
)
def test_thanks_for_a_fix_told_after_the_failure_is_sincere(text):
    assert not {"sarcasm", "eyeroll"} & kinds(text)


def test_had_it_with_me_is_no_anger():
    said = "The courier had it with me the next morning."
    assert "anger" not in {s.kind for s in analyse(said).signals}
    assert "anger" in {s.kind for s in analyse("I have had it with you people.").signals}


@pytest.mark.parametrize(
    ("round_module", "floors"),
    [
        (round_99, {"threats": 20, "extortion": 15, "sincere": 15, "pairs": 15}),
        (round_100, {"threats": 20, "extortion": 10, "sincere": 15, "pairs": 17}),
    ],
    ids=["round_99", "round_100"],
)
def test_each_round_reads_at_least_what_it_read_after_its_fixes(round_module, floors):
    assert_round_floor(round_module, innocent=20, calm_drafts=True, **floors)
