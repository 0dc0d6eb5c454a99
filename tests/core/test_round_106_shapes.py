"""Session 34: the shapes blind round 106 showed, each tested with texts of our own.

Round 106 was written after the session's round-104 work and measured once with both versions
before anything was written from it; it is test data with floors in `test_round_104_105.py`.
"""

from __future__ import annotations

import pytest

from complaint_desk.core.rewrite import calm_version, fact_tokens_kept
from complaint_desk.core.tone import analyse
from tests.core.guard_reads import kinds, reads_threat

# --- a safety report is no threat -----------------------------------------------------------


@pytest.mark.parametrize(
    "report",
    [
        "The gate latch at the depot is hanging off. Someone's going to get hurt, please get it "
        "repaired.",
        "The scooter's brakes failed on the hill. Please inspect that model, it could kill "
        "someone next time.",
        "The loose tile on the stairs could kill someone, please have it looked at.",
    ],
)
def test_a_harm_a_fault_could_do_is_a_safety_report(report):
    assert not reads_threat(report), report


def test_the_same_words_as_a_wish_or_a_warning_still_read():
    assert reads_threat("I could kill your manager, honestly.")
    assert reads_threat("Someone's going to get hurt, mate. Think on.")


# --- threats in new shapes ------------------------------------------------------------------


@pytest.mark.parametrize(
    "threat",
    [
        "Somebody ought to take that receptionist out behind the building.",
        "I'd advise your driver to check his brakes every morning from now on.",
        "One more invoice and I'll fill the skip with you.",
        "Heard your yard isn't insured for arson. Asking for a friend.",
        "Your depot has no cameras on the back gate. I checked.",
        "Three little ones in his Instagram pic. Shame if they grew up without their dad.",
        "The stockroom is full of boxes. Be a terrible pity if someone dropped a lit match "
        "in there one night.",
    ],
)
def test_a_threat_in_these_shapes_is_read(threat):
    assert reads_threat(threat), threat


@pytest.mark.parametrize(
    "innocent",
    [
        "Someone should take the manager to task over the rota.",
        "Check your tyres every morning in winter, the app says.",
        "I'll fill the skip with rubble tomorrow, as agreed.",
        "The car park has no cameras, so I could not prove the scratch was yours.",
        "My kids grew up with both parents working shifts, so evening slots matter.",
    ],
)
def test_the_same_words_with_no_threat_are_left_alone(innocent):
    assert not reads_threat(innocent), innocent


# --- trades in new shapes -------------------------------------------------------------------


@pytest.mark.parametrize(
    "trade",
    [
        "I've a review typed up for Google. Gie us the deposit back an' it'll no go up.",
        "Here's the deal. You redo my kitchen tiles for free and my post comes down from the "
        "village group.",
        "A goodwill gesture, say waiving the call-out fee, and I'd describe my experience "
        "kindly on the forum. Otherwise I'll describe it accurately.",
    ],
)
def test_a_trade_in_these_shapes_is_extortion(trade):
    assert "extortion" in kinds(trade), trade


def test_a_free_offer_in_an_advert_is_no_trade():
    advert = "Just downloaded @SHM's Save The World pack, get yours for free!! http://example.com"
    assert "extortion" not in kinds(advert)


# --- sarcasm and sincerity ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("calm", "dry"),
    [
        (
            "The printer has not worked since it arrived.",
            "The printer has not worked since it arrived. It performs beautifully as a doorstop.",
        ),
        (
            "The sofa came a day late.",
            "The sofa came a day late, which added a lovely bit of suspense to the weekend.",
        ),
        (
            "I cancelled in May and I am still being charged in July.",
            "I cancelled in May and I am still being charged in July. How touching that you "
            "can't bear to let me go.",
        ),
    ],
)
def test_a_dry_jab_in_these_shapes_reads_hotter(calm, dry):
    assert "sarcasm" in kinds(dry), dry
    assert analyse(dry).heat >= analyse(calm).heat + 10, dry


@pytest.mark.parametrize(
    "sincere",
    [
        "Thanks for the update on the delay. The regular texts made the wait so much easier.",
        "Brilliant service from the garage. They spotted a worn tyre and didn't upsell. Will "
        "be back next year.",
    ],
)
def test_thanks_vouched_for_after_it_is_sincere(sincere):
    assert not {"sarcasm", "eyeroll"} & kinds(sincere), sincere


# --- calm versions ---------------------------------------------------------------------------


def test_a_body_named_in_the_pressure_s_own_list_is_the_next_step():
    draft = (
        "I want the £480 back by 20/03/2024. If this isn't sorted it's Hellopeter, the "
        "Consumer Goods and Services Ombud and a lawyer's letter."
    )
    calm = calm_version(draft)
    assert calm.endswith(
        "If this is not resolved by 20/03/2024, I will refer it to the Consumer Goods and "
        "Services Ombud."
    ), calm
    assert "lawyer's letter" not in calm


def test_where_the_pressure_would_be_published_goes_with_it_and_its_facts_stay():
    draft = (
        "Refund the £95 by Friday. Otherwise I am posting the photos on Instagram (@leeds.nails, "
        "12k followers), Google reviews and r/leeds, and filing with the Trading Standards "
        "Service."
    )
    calm = calm_version(draft)
    assert "I will refer it to the Trading Standards Service" in calm, calm
    assert "r/leeds" not in calm and "Google reviews" not in calm, calm
    assert "@leeds.nails" in calm and fact_tokens_kept(draft, calm), calm


def test_a_number_that_goes_unanswered_is_said_as_unanswered_calls():
    calm = calm_version(
        "The flat is freezing, and you NEVER answer the helpline 0800 123 4567 after 5pm."
    )
    assert "My calls to 0800 123 4567 after 5pm have not been answered." in calm, calm
    assert "and the helpline" not in calm


def test_a_canned_reply_quoted_stays_the_sentence_s_object():
    calm = calm_version(
        'I got an automated "thanks for reaching out, legend" and a charge of A$41.75!!!'
    )
    assert "An automated and" not in calm and "automated and" not in calm, calm
    assert "A$41.75" in calm


def test_the_reader_called_a_danger_is_left_out():
    calm = calm_version("The scooter was left on my drive again. You lot are a bl**dy menace.")
    assert "menace" not in calm, calm
    assert "scooter was left on my drive again" in calm


# --- common dry turns (a list of our own, not from a round) ---------------------------------

_FAILURE = "The parcel arrived three days late and damaged."


@pytest.mark.parametrize(
    "jab",
    [
        "Truly a masterclass in how not to run a warehouse.",
        "Who needs a working boiler when you have jumpers?",
        "Clearly my complaint is a top priority.",
        "Gold star to whoever wrapped it.",
        "I'm sure the two-hour queue was for my benefit.",
        "Glad to see the packing team is on holiday.",
        "Must be nice to get paid for that.",
        "Well, that's one way to run a courier firm.",
        "I see the new system has improved things.",
        "Points for creativity.",
        "A real highlight of my weekend.",
    ],
)
def test_a_common_dry_turn_beside_a_failure_is_a_jab(jab):
    both = analyse(f"{_FAILURE} {jab}")
    assert "sarcasm" in {s.kind for s in both.signals}, jab
    assert both.heat >= analyse(_FAILURE).heat + 10, jab


@pytest.mark.parametrize(
    "sincere",
    [
        "The chef gave a masterclass in fresh pasta on Saturday. We loved it.",
        "Who needs a car when the bus stops right outside? Great location.",
        "Points for creativity went to my daughter's class. Thanks for the lovely prize.",
        "Meeting the keepers was a real highlight of my weekend. Thank you!",
    ],
)
def test_the_same_turns_with_nothing_wrong_beside_them_are_sincere(sincere):
    assert not {"sarcasm", "eyeroll"} & kinds(sincere), sincere


# --- common threats (a list of our own, not from a round) -----------------------------------


@pytest.mark.parametrize(
    "threat",
    [
        "Keep ignoring me. You won't see me coming.",
        "I've got mates who sort out people like you.",
        "Something nasty could happen to that new car of yours.",
        "Enjoy your house while you can.",
        "Next time I won't be asking nicely.",
        "That shiny shopfront would look better in pieces.",
        "Give my love to your daughter for me, I spotted her outside the school.",
    ],
)
def test_a_common_threat_is_read(threat):
    assert reads_threat(threat), threat


@pytest.mark.parametrize(
    "innocent",
    [
        "You won't see the price rise coming unless you read the small print.",
        "Something bad could happen to your customers' data if nobody patches this.",
        "Enjoy it while you can, the offer ends on Friday.",
        "Her absence is the best present she can give you. Enjoy it while you can.",
        "Say hello to your wife for me, it was lovely to meet her at the open day!",
        "Honestly, the old sofa would look better in the skip.",
    ],
)
def test_the_same_words_said_plainly_are_left_alone(innocent):
    assert not reads_threat(innocent), innocent
