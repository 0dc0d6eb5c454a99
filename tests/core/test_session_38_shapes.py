"""The threat shapes session 38 added to resources/tone/threat_forms.tsv, written from the misses
of blind rounds 117-125 (each of those rounds measured held out first). The texts here were
written for this test in those shapes, not taken from the rounds; each shape has look-alikes
that share its words and threaten no one."""

from __future__ import annotations

import pytest

from complaint_desk.core.posting import threat_forms
from tests.core.guard_reads import read_as_extortion, read_as_threat

THREATS = [
    # a body part as the thing to smash, or someone to do it
    "You wrecked my bike. Fair's fair, something of yours gets broken next, starting with your "
    "nose.",
    "Somebody ought to snap that landlord's fingers so he stops counting my deposit.",
    "I'm going to break that estate agent's legs for what he did to my mum.",
    # harm told by what it leaves
    "If your manager raises his voice at my daughter again he'll be carried out of the shop.",
    "Might want to book yourself an ambulance before Friday, mate.",
    "Cowboy plumbers tend to end up needing stitches of their own.",
    "Touch my car again and you won't walk straight again.",
    # a death for a death
    "If my cat doesn't come home from your cattery alive, neither does your husband.",
    # a weapon brought to a place; petrol and nothing to lose
    "I'll be outside your depot at six with a crowbar and a lot of questions.",
    "We're coming down to the showroom tomorrow with a baseball bat.",
    "I've got a can of petrol in the van and nothing left to lose.",
    "Your office is going to be a crime scene if the money isn't back by Monday.",
    # water, fire and illness wished on someone
    "I hope he enjoys swimming with his hands tied, that skipper.",
    "I pray your warehouse goes up in flames with the manager locked inside.",
    "Hope it takes the lot of you slowly.",
    # lads who wait, don't chat, don't ask questions; ladders
    "My cousins are waiting for him.",
    "My brothers are not coming round for a cuppa, tell your fitter that.",
    "A couple of lads owe me a favour and they don't ask questions.",
    "Ladders can get knocked, you know. Tell your roofer.",
    # what someone's family does, watched
    "I know the name of the school your kids are collected from.",
    "Anyone could walk in while your wife is asleep.",
    "I saw your little girl at the school gates this morning. Sort my refund out.",
    "Say hello to your little one in the buggy for me. Refund my deposit by Friday.",
    # after rounds 126 and 127: the same shapes in other words
    "Tell that agent his wife will be wearing black by the summer.",
    "I'm coming down to the depot to make sure your driver doesn't get back up.",
    "Your plasterer had better hope his hands stay steady after this.",
    "A cricket bat works on more than cricket balls, tell your manager.",
    "Landlords like you tend to get dragged out of the river sooner or later.",
    "Charge me again and you'll be needing one of your own headstones.",
    "I've noted the registration of your van and where you park it. Sleep well.",
    "Your son has got a red school coat, hasn't he. Refund the deposit.",
]

LOOK_ALIKES = [
    "The courier broke my glasses, starting a week of headaches.",
    "Someone could break their legs on that loose step, please fix it.",
    "I nearly broke my fingers in your faulty door.",
    "The repairs will be carried out next week, your engineer promised.",
    "My husband was carried out on a stretcher after the fall in your aisle.",
    "Please call an ambulance next time a customer faints in your store.",
    "He needed stitches after your staff dropped the shelf on him.",
    "I won't be able to walk properly for weeks after that massage.",
    "I had to buy a jerry can of petrol because your hire car came empty.",
    "I've got nothing left to lose by taking this to the ombudsman.",
    "The kitchen looked like a crime scene after your fitters left.",
    "My hands are tied, your policy says, but I still want my refund.",
    "I hope the new oven doesn't catch fire like the last one did.",
    "The lads at the depot are waiting for the part to arrive.",
    "I'm not coming in for a chat, I want the refund processed.",
    "Your returns desk doesn't ask questions, which I appreciated.",
    "The ladder your roofer left in my garden got knocked over by the wind.",
    "My son's school is next to your shop, and the van blocks the crossing every morning.",
    "Your engineer arrived while my wife was asleep and nobody answered the door.",
    "I saw your shop on the high street this morning. Sort my refund out please.",
    "Thanks for looking after the little ones, say hi to them for me. The invoice was right.",
    "My mum will be wearing black to the funeral you catered so badly.",
    "Please make sure the courier doesn't leave it outside; I can't get up the stairs.",
    "The fire brigade pulled a dog out of the canal near your kennels; was it one of yours?",
    "I noted the registration of your courier's van because he drove off with my parcel.",
    "Sleep well, and thank you for the comfortable mattress.",
    "Your fitter had better hope the tiles stay on the wall this time.",
]


@pytest.mark.parametrize("text", THREATS)
def test_the_shape_reads_as_a_threat(text: str) -> None:
    assert read_as_threat(text), text


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_the_same_words_threatening_no_one_are_left_alone(text: str) -> None:
    assert not read_as_threat(text), text


def test_a_slot_named_with_a_digit_is_filled_in():
    # MN_SAY2 was widened by naming itself; "{MN_SAY2}" had stayed a literal (the slot pattern
    # took capitals and "_" only) and the pairs lost its first value.
    slots = {"MN_SAY2": "see you soon"}
    assert threat_forms._fill("(?:{MN_SAY2}|same time tomorrow)", slots) == (
        "(?:see you soon|same time tomorrow)"
    )
    with pytest.raises(ValueError, match="MN_SAY3"):
        threat_forms._fill("{MN_SAY3}", slots)
    # The widened slot still holds its first words.
    assert "MN_SAY2" in threat_forms.pair_parts("I'll be outside your flat when your lesson ends.")


# Trades told with remedies and public acts the table had not named: a few services free, work at
# cost, a reduced commission, a credit in any currency, a claim approved; X as a site, a village
# Facebook page; and what becomes of the post: it "stays in drafts", "won't be needed", "quietly
# disappears", "I'll keep it private", "the matter ends here".
TRADES = [
    "ur cleaner skipped the back rooms. next 2 cleans free and i wont put it on the estate fb "
    "page. deal?",
    "Do my son's birthday cake at cost and my Facebook post about the last one quietly disappears.",
    "Knock it down to a reduced commission and the Google review stays in drafts.",
    "Give me RM80 credit and the TikTok stays in my drafts.",
    "I have a TikTok ready about your driver. Approve my claim this week and I'll keep it private.",
    "Refund the £40 booking fee and the video never goes anywhere near X.",
    "My thread is written. Take 30% off the bill and it doesn't need to go out.",
    "My Facebook post is ready. Revise the quote to £900 and the matter will be closed from my "
    "side.",
]

FAIR_TRADE_LOOK_ALIKES = [
    "My claim was approved last week, thank you. I've left a fair review on Google.",
    "I'll keep the receipts private, but I want the £40 back.",
    "The Facebook page says next 2 cleans free for new customers; I'm a new customer.",
    "I'm not after a discount, just posting honest feedback on Tripadvisor.",
    "Please send the credit note to my email; I posted the parcel back on Monday.",
    "The advert said 30% off the invoice; please honour it or I'll go to Trading Standards.",
    "The matter will be closed from my side once you confirm the refund in writing.",
]


@pytest.mark.parametrize("text", TRADES)
def test_the_trade_reads_as_extortion(text: str) -> None:
    assert read_as_extortion(text), text


@pytest.mark.parametrize("text", FAIR_TRADE_LOOK_ALIKES)
def test_the_same_words_with_no_trade_are_not_extortion(text: str) -> None:
    assert not read_as_extortion(text), text
