"""What session 29 changed after blind round 91 (tests/core/round_91.py):

- a menace told across sentences, or read by the learned reader, inside a quotation someone else
  is said to have spoken is no threat in the tone engine either ("Your delivery driver shouted 'I
  know where you live now'…");
- threats: a weapon brought to the counter, somebody "getting smacked", tyres that "might not
  last the week";
- trades: a remedy that "would make that conversation unnecessary", five stars instead of one
  where "all it'd take is" a discount, a remedy "and I'll tell them it was lovely", hating "to
  have to share" an experience "but if" an upgrade…;
- sincere: thanks for a kindness that put things right ("for staying late to finish the
  alterations": staying late is no lateness), and a loss the writer had feared and was wrong
  about ("the gift I thought was lost forever").

The texts below were written for this test in the round's shapes, not its words."""

from __future__ import annotations

import pytest

from tests.core import round_91
from tests.core.guard_reads import assert_round_reads
from tests.core.guard_reads import kinds as _kinds
from tests.core.guard_reads import read_as_extortion as _read_as_extortion
from tests.core.guard_reads import read_as_threat as _read_as_threat

THREATS = [
    "Refund the deposit or I'm bringing a cricket bat down to your shop on Saturday.",
    "If my car isn't ready by Friday someone's getting slapped, I promise you.",
    "That lovely windscreen on your work van might not last the night, mate.",
]

TRADES = [
    "My sister edits the local paper. A refund of £180 would make that article unnecessary.",
    "I'd happily give you five stars instead of one... all it takes is waiving the £40 fee.",
    "Comp our dinner and I'll tell the whole book club it was wonderful.",
    "I'd hate to have to post this on Google, but if the room is upgraded I think we can move on.",
]

LOOK_ALIKES = [
    "Your courier yelled 'I'll find out where you live' at my son. I've reported him to the "
    "police and I'd like an apology.",
    "Your old tyres won't survive another winter, the garage said, so please replace them.",
    "Someone's getting hurt on your packaging: there were staples sticking out of the box.",
    "The parcel may not last the week in that wet porch, so please redeliver it today.",
]

SINCERE = [
    "Thanks a lot for staying late to fit my windscreen. I got to the airport on time. Thank you.",
    "Oh brilliant, another email, and this time it's the refund I thought was gone for good. "
    "Thank you so much.",
]

STILL_SARCASTIC = [
    "Thanks a lot for staying late, my order 5512 is still missing.",
]


@pytest.mark.parametrize("text", THREATS)
def test_round_91_threat_shapes_are_read(text):
    assert _read_as_threat(text)


@pytest.mark.parametrize("text", TRADES)
def test_round_91_trade_shapes_are_read(text):
    assert _read_as_extortion(text)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_round_91_look_alikes_are_left_alone(text):
    assert not (_read_as_threat(text) or _read_as_extortion(text))
    assert not {"threat", "violence", "extortion"} & _kinds(text)


@pytest.mark.parametrize("text", SINCERE)
def test_kindness_and_a_fear_proved_wrong_are_sincere(text):
    assert not {"sarcasm", "eyeroll"} & _kinds(text)


@pytest.mark.parametrize("text", STILL_SARCASTIC)
def test_thanks_beside_a_failure_stays_sarcasm(text):
    assert "sarcasm" in _kinds(text)


def test_round_91_reads_what_it_missed_when_written():
    # Measured once: threats 17/20, extortion 11/15, look-alikes 19/20, sincere 13/15.
    assert_round_reads(round_91, innocent=20, sincere=15, pairs=16)
