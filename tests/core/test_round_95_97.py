"""What session 31 changed after blind rounds 95 and 97 (tests/core/round_95.py, round_97.py),
each measured once before:

- text-speak is spelt out for the guards (test_textspeak.py);
- threats: photos of someone's children beside "small world" or "isn't it?"; "would hate for
  anything to happen"; "went looking for the school"; brakes that "looked a bit tired" beside
  "enjoy the drive home"; dry timber and a place that "caught"; a "personal visit" workers "won't
  enjoy"; "someone's getting dropped"; "he'll understand when he sees me"; brothers who "don't do
  complaint forms"; "someone should…, and I might just be that someone"; a part of someone hoped
  crushed;
- trades: an amount given back named after its number ("180 euro"), months "free" as a remedy,
  "chuck me", "hit post" as a public act.

The texts below were written for this test in the rounds' shapes, not their words."""

from __future__ import annotations

import pytest

from tests.core import round_95, round_97
from tests.core.guard_reads import assert_round_floor, kinds, read_as_extortion, read_as_threat

THREATS = [
    "Saw the pictures of your daughter on Instagram. Oakfield Primary, isn't it? Small world.",
    "I've seen your kids at the school gate. I'd hate for anything to happen to them.",
    "Be a shame if I came looking for your house one evening.",
    "Enjoy your drive home tonight. Your tyres looked a bit worn when I walked past your van.",
    "That house of yours on Mill Lane has old pallets piled out the back. Shame if it caught.",
    "I'll be paying your engineers a little visit. They won't enjoy it.",
    "Honestly, somebody's getting merked over this order.",
    "Tell your fitter I remember him. He'll understand when he sees me.",
    "My cousins don't do complaint letters.",
    "Someone ought to slash your tyres, and I might just be that someone.",
    "I hope the mechanic who did this gets his fingers smashed in the bonnet.",
]

TRADES = [
    "If you give me back 300 pounds I change my review to five stars.",
    "Chuck me six months free and I won't post the review.",
    "Bung me a refund and I won't hit publish on my TripAdvisor write-up.",
]

LOOK_ALIKES = [
    "Someone is going to get hurt on that broken step outside your shop.",
    "Someone's getting fired for this, I hope.",
    "You'll understand when you see the bill I was sent.",
    "My brothers don't do online shopping, so I ordered for them.",
    "My family don't do emails, so please post the letter.",
    "My mates don't do reviews, but I will leave an honest one.",
    "Someone should fix this, and it might as well be me, so I've booked a plumber.",
    "I'll pay the manager a visit tomorrow to discuss the refund.",
    "I hope he gets his hands on the test results soon.",
    "Enjoy your drive home, the driver said, and I did: the car is lovely.",
    "The photos of your kitchens on your website are lovely, but mine arrived damaged.",
    "Would hate for anything to happen to the parcel again, so please send it tracked.",
    "I gave you 2 stars in 2023 and 5 stars after the fix.",
]


@pytest.mark.parametrize("text", THREATS)
def test_the_sessions_threat_shapes_are_read_in_the_editor_and_at_copy_out(text):
    assert {"threat", "violence"} & kinds(text)
    assert read_as_threat(text)


@pytest.mark.parametrize("text", TRADES)
def test_the_sessions_trade_shapes_are_read_in_the_editor_and_at_copy_out(text):
    assert "extortion" in kinds(text)
    assert read_as_extortion(text)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_the_sessions_look_alikes_are_left_alone(text):
    assert not (read_as_threat(text) or read_as_extortion(text))
    assert not {"threat", "violence", "extortion"} & kinds(text)


@pytest.mark.parametrize(
    "round_module, threats, extortion, pairs",
    [(round_95, 20, 14, 19), (round_97, 19, 15, 15)],
    ids=["round_95", "round_97"],
)
def test_each_round_reads_at_least_what_it_read_after_its_fixes(
    round_module, threats, extortion, pairs
):
    assert_round_floor(
        round_module,
        threats=threats,
        extortion=extortion,
        innocent=20,
        sincere=len(round_module.SINCERE),
        pairs=pairs,
        calm_drafts=True,
    )
