"""Wished violence reads heated; an eye-roll or upside-down face after a complaint reads clearly
hotter (issue 15). Sentences written for these tests; no rating data."""

from __future__ import annotations

import pytest

from complaint_desk.core.heat_bands import band_for
from complaint_desk.core.tone import analyse, contributors
from complaint_desk.core.tone import model as tone_model

WISHED_VIOLENCE = [
    "I hope your warehouse burns down.",
    "someone should punch whoever designed this",
    "I hope your shop burns to the ground",
    "Honestly I hope someone smashes your windows.",
    "I hope the driver gets hit by a bus",
    "I wish someone would punch your CEO in the face.",
    "Somebody needs to slap your manager.",
    "Someone ought to torch your depot after this.",
    "I want to strangle whoever wrote this app",
    "I'd love to punch the idiot who designed this.",
    "I’m tempted to burn down your office.",
    "Hope your office floods and your servers fry.",
    "May your warehouse burn to the ground",
    "I hope the courier gets what's coming to him",
    "I really hope that manager of yours gets run over",
    "The parcel is late again. I hope your van gets set on fire!",
]

NOT_VIOLENCE = [
    "I hope this gets resolved.",
    "the show was a blast",
    "I hope no one gets hurt when the engineer comes.",
    "I hope you don't get hurt moving the boxes.",
    "I hope you smash your exams!",
    "I hope this post blows up.",
    "I hope you beat the traffic.",
    "I want to hit the gym after work.",
    "I could murder a curry.",
    "The fire alarm went off at the warehouse.",
    "Someone should hit the reset button.",
    "I hope the hype dies down soon.",
    "I hope your inbox floods with thank-you notes.",
    "I hope the parcel arrives by Friday.",
    "That new update is a killer feature.",
]


@pytest.mark.parametrize("text", WISHED_VIOLENCE)
def test_wished_violence_reads_heated(text: str) -> None:
    report = analyse(text)
    assert report.heat >= 50, (text, report.heat)
    assert band_for(report.heat) in ("heated", "furious")
    # Shown to the reader as a threat, underlined over the wish itself.
    threats = [s for s in report.signals if s.kind == "threat"]
    assert threats and threats[0].weight > 10
    # The hottest sentence is the one with the wish, and it is heated too.
    hottest = report.hottest_sentence
    assert hottest is not None and hottest.heat >= 50
    assert hottest.start <= threats[0].start < hottest.end


@pytest.mark.parametrize("text", NOT_VIOLENCE)
def test_not_wished_violence(text: str) -> None:
    report = analyse(text)
    assert not any(s.kind == "threat" for s in report.signals), text
    assert report.heat < 50, (text, report.heat)


def test_violence_floor_points_add_up() -> None:
    # The floor's points are the wish's own: every signal's share still adds up to heat - base.
    for text in WISHED_VIOLENCE + ["Thank you for the quick reply. I hope your shop burns down."]:
        report = analyse(text)
        total = sum(s.weight for s in report.signals)
        assert total == pytest.approx(report.heat - report.base, abs=1e-6)
        assert contributors(report)[0][0] == "Threats & ultimatums"


def test_violence_floor_is_after_the_fit() -> None:
    # A refit cannot undo it: the floor is applied after the link, whatever the weight.
    sums = {"violence": 1.0, "positive": 5.0, "request": 3.0, "fact": 4.0}
    weights = tone_model.Weights(
        -2.2, {**tone_model.PRIOR_WEIGHTS, "violence": 0.0, tone_model.NET: 1.0}, 0.3
    )
    assert tone_model.heat_of(sums, weights) >= tone_model.FLOORS["violence"]
    heat, base, points = tone_model.score(sums, weights)
    assert heat >= tone_model.FLOORS["violence"]
    assert sum(points.values()) == pytest.approx(heat - base)
    assert tone_model.heat_of({k: v for k, v in sums.items() if k != "violence"}, weights) < 25


def test_fit_keeps_the_hand_set_weights() -> None:
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
    import fit_tone

    assert fit_tone.MIN_WEIGHT["violence"] >= 2.0
    assert fit_tone.MIN_WEIGHT["eyeroll"] == tone_model.PRIOR_WEIGHTS["eyeroll"]
    lo, _hi = fit_tone._bounds()
    assert lo[fit_tone.KINDS.index("eyeroll")] == tone_model.PRIOR_WEIGHTS["eyeroll"]
    # The fit's predictions apply the floor, as the app does.
    x = {fit_tone.KINDS.index("violence"): 0.7}
    assert fit_tone.predict(x, -2.2, [0.0] * len(fit_tone.KINDS), 0.3) >= 55


COMPLAINTS = [
    "The parcel is two weeks late",
    "My refund still hasn't arrived",
    "Still waiting for a callback",
    "The engineer didn't turn up, again",
    "They closed my ticket without fixing anything",
    "Third time this month the broadband has dropped",
    "Oh great, another delay",
    "Thanks for the update",
]


@pytest.mark.parametrize("emoji", ["🙄", "🙃"])
@pytest.mark.parametrize("text", COMPLAINTS)
def test_eyeroll_after_a_complaint_is_clearly_hotter(text: str, emoji: str) -> None:
    plain = analyse(text + ".").heat
    for rolled in (f"{text} {emoji}", f"{text}{emoji}", f"{text}. {emoji}"):
        heat = analyse(rolled).heat
        assert heat >= plain + 12, (rolled, plain, heat)  # a clear margin
        assert heat < 50, (rolled, heat)  # a mild complaint is not heated on an eye-roll alone
        assert any(s.kind == "sarcasm" for s in analyse(rolled).signals)


def test_eyeroll_counts_once_and_a_half_not_per_emoji() -> None:
    one = analyse("The driver left my parcel in the rain again 🙄").heat
    two = analyse("The driver left my parcel in the rain again 🙄🙄").heat
    five = analyse("The driver left my parcel in the rain again 🙄🙄🙄🙄🙄").heat
    assert one < two < five
    assert two - one < one - analyse("The driver left my parcel in the rain again").heat


def test_a_lone_eyeroll_stays_mild() -> None:
    # Nothing before it to roll the eyes at: the plain sarcasm it always was.
    assert analyse("🙄").heat < 25
    assert analyse("🙃").heat < 25
