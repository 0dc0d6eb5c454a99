"""What session 28 changed after two fresh sets written by helper sessions that saw no rule (kept
out of the repository: 100 threats, 50 trades and 300 look-alikes written as training data, then
60 threats, 40 trades and 200 look-alikes as a check; measured once with the session's code
after round 86's work, then worked from):

- money in any currency is money to the guards ("KES 20,000", "₦45,000", "5000 rupees", "ten
  thousand rand"): the table's remedies and the learned readers had known pounds, dollars and
  euros alone;
- the trade forms know more remedies ("on the house", "a gift card", "make it worth my while"),
  more public acts ("it's going up", "the photos stay on my phone", "nor will Google", "my 200k
  audience will know", "refrain from sharing my experience publicly") and stronger links across
  two sentences ("If not, …", "In return, …"), and an offer said by what is not wanted ("Don't
  want a bad Yelp review? Then…");
- threats: a weapon emoji that is "all I've got to say", a weapon "bought recently, by the way",
  catching someone "alone", a branch that "will not open on Monday", getting in "when nobody's
  there", a cousin "just got out", a building that "looks very flammable. Just an observation";
- the threat reader's bar is 0.7 (was 0.75);
- a letter's deadline before a formal step ("You have 14 days to respond before I start a small
  claims action", "one last chance … before I go to NCAT"), a visit arranged ("What time
  suits?"), a gesture declined ("I'd rather my review stays accurate") are fair.

The texts below were written for this test in those shapes, not taken from the sets."""

from __future__ import annotations

import pytest

from complaint_desk.core.posting import learned_guard
from tests.core.guard_reads import read_as_extortion, read_as_threat

TRADES = [
    "Send KES 15,000 to my M-Pesa and I will take down the Facebook post about your clinic.",
    "Refund my ₦60,000 and the TikTok never goes up.",
    "Bhai, 3000 rupees cashback and I remove the review.",
    "Twenty thousand rand and the video stays on my phone.",
    "Make it worth my while and the recording never ends up on YouTube.",
    "I run a travel page. I expect the upgrade to be complimentary. If not, my 50k followers "
    "will know exactly what this place is like.",
    "Waive the cleaning fee. In return, I'll refrain from sharing my experience publicly.",
    "Don't want a one-star review? Then dinner is on the house.",
    "Free phone or it's going up tonight, 2 mil views easy.",
]

THREATS = [
    "🔪🔪 that's all I've got to say to your manager",
    "Still no refund. I bought a machete last week, by the way. Lovely tool.",
    "When I catch your landlord alone at the next viewing he'll understand.",
    "Pay me by Friday or your shop in Kisumu will not open on Monday.",
    "I know the cleaner's hours, so I'll get in when nobody's there and take what I'm owed.",
    "My brother just got out and he's been asking about your manager.",
    "Your warehouse looks very flammable. Just an observation.",
]

LOOK_ALIKES = [
    "You have 14 days to respond to this letter before I start a claim in the small claims court.",
    "This is your last chance to fix the boiler before I go to the ombudsman.",
    "I'll come down to your branch in person since nobody answers the phone. What time suits?",
    "I declined the voucher; I'd rather my review stays accurate.",
    "I bought a new phone case from you recently, by the way, and it's lovely.",
    "The stall is on the house side of the road, by the way. Lovely veg.",
    "I was charged KES 15,000 twice for one appointment. Please refund the duplicate.",
    "Your warehouse looks very tidy in the photos. Just an observation: the parcel never came.",
    "My review is already up and it says what happened. Whether or not you refund the ₦60,000, it "
    "stays as it is.",
]


@pytest.mark.parametrize("text", TRADES)
def test_trades_in_fresh_words_are_read(text):
    assert read_as_extortion(text)


@pytest.mark.parametrize("text", THREATS)
def test_threats_in_fresh_words_are_read(text):
    assert read_as_threat(text)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_their_look_alikes_are_left_alone(text):
    assert not (read_as_threat(text) or read_as_extortion(text))


@pytest.mark.parametrize(
    ("amount", "plain"),
    [("KES 20,000", "20,000"), ("₦45,000", "45,000"), ("5000 rupees", "5000"), ("R1,500", "1,500")],
)
def test_an_amount_in_any_currency_is_money_to_the_learned_readers(amount, plain):
    assert "zmoney" in learned_guard.normalise(f"Send {amount} and the post comes down.")
    assert "zmoney" not in learned_guard.normalise(f"Send {plain} and the post comes down.")


def test_the_threat_readers_bar():
    assert learned_guard.models()["threat"].threshold == 0.7
