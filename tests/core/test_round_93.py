"""What session 30 changed after blind round 93 (tests/core/round_93.py):

- threats: violence a worker "needs" or "deserves" (teeth knocked out, legs broken), someone
  told they will go back with broken bones, a tool hoped taken to someone's face, knowing which
  street or house a worker parks or lives on, said as the point;
- trades: HelloPeter is a review site; Money Claim Online (a court's claim service) is no public
  act;
- sincere: a fix "restored" (or "reconnected", "reinstated"), and a replacement that came, put
  right what went wrong before it; a fix nobody made ("nobody restored it") is a failure.

The texts below were written for this test in the round's shapes, not its words."""

from __future__ import annotations

import pytest

from tests.core import round_93
from tests.core.guard_reads import assert_round_floor, kinds, read_as_extortion, read_as_threat

THREATS = [
    "That receptionist needs her teeth knocked out for the way she spoke to my dad.",
    "Your plumber deserves his legs broken after flooding my kitchen.",
    "Tell your installer if he comes back here he'll leave with broken arms.",
    "I hope somebody takes a hammer to that manager's face.",
    "I know which road your engineer parks on now.",
]

TRADES = [
    "Waive the R900 admin fee and my HelloPeter complaint disappears.",
]

LOOK_ALIKES = [
    "Unless the £310 is back in my account by 4 May, I will start a claim on Money Claim Online.",
    "Someone will go home with a broken ankle if you don't fix the step by your door.",
    "I know which street the depot is on, so I can collect it myself.",
    "I hope someone takes a look at the boiler this week.",
    "The dentist knocked my old filling out while cleaning, which was an accident.",
]

SINCERE = [
    "My broadband was down all weekend, then your engineer restored it on Monday morning. "
    "Brilliant work.",
    "The vase arrived smashed, but a replacement was on my doorstep two days later. Lovely "
    "service.",
]

STILL_SARCASTIC = [
    "My broadband was down all weekend and nobody restored it. Brilliant work.",
    "The vase arrived smashed and the replacement arrived broken as well. Lovely service.",
]


@pytest.mark.parametrize("text", THREATS)
def test_round_93_threat_shapes_are_read(text):
    assert read_as_threat(text)


@pytest.mark.parametrize("text", TRADES)
def test_round_93_trade_shapes_are_read(text):
    assert read_as_extortion(text)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_round_93_look_alikes_are_left_alone(text):
    assert not (read_as_threat(text) or read_as_extortion(text))
    assert not {"threat", "violence", "extortion"} & kinds(text)


@pytest.mark.parametrize("text", SINCERE)
def test_a_fix_that_came_makes_praise_sincere(text):
    assert not {"sarcasm", "eyeroll"} & kinds(text)


@pytest.mark.parametrize("text", STILL_SARCASTIC)
def test_praise_beside_a_fix_nobody_made_stays_sarcasm(text):
    assert "sarcasm" in kinds(text)


def test_round_93_reads_at_least_what_it_read_after_its_fixes():
    assert_round_floor(
        round_93,
        threats=19,
        extortion=len(round_93.EXTORTION),
        innocent=19,
        sincere=len(round_93.SINCERE),
        pairs=15,
        calm_drafts=True,
    )
