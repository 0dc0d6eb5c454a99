"""What session 27 changed after blind round 84 (tests/core/round_84.py): a review brought up to
date "once it's fixed" is honest reviewing, not a trade (three blind rounds wrote it as a
look-alike: 82, 83 and 84); three trades it missed (a posted review "happy to take it down if
you knock the £95 callout off", "…and the thread disappears", "If the fee is waived, I won't
need to mention…"); five threats (boxes that "would go up lovely", seeing her "after her shift",
"dem a come fi yuh", a bat and "ten minutes from mine", where someone lives and how they get
about beside "just so you know that we know"); and two calm-version faults ("is a complete
RIP-OFF" became "is a complete not acceptable"; "…do you??" was left as "Do you?").

The trades, threats, look-alikes and drafts below were written for this test in the round's
shapes, not its words."""

from __future__ import annotations

import pytest

from complaint_desk.core.posting import threat_forms
from tests.core import round_84
from tests.core.guard_reads import assert_calm_reads_plainly, assert_round_reads
from tests.core.guard_reads import kinds as _kinds
from tests.core.guard_reads import read_as_extortion as _read_as_extortion
from tests.core.guard_reads import read_as_threat as _read_as_threat

HONEST_UPDATES = [
    "My rating could go from 1 star to 5 if the product actually worked.",
    "I'll update my review once it's fixed.",
    "Happy to change my rating when the boiler is actually repaired.",
    "I will revise my review if the leak gets sorted this week.",
]

TRADES_STILL = [
    "I'll remove my 1-star review if you refund me.",
    "I'll update my review once you refund me.",
    "I'll update my review once it's fixed and the £80 is refunded.",
    "I'll delete my review once it's fixed.",
    "I'll update my review if you fix it for free.",
]


@pytest.mark.parametrize("text", HONEST_UPDATES)
def test_a_review_updated_once_the_fault_is_fixed_is_no_trade(text):
    assert not threat_forms.find_extortion(text)
    assert not _read_as_extortion(text)


@pytest.mark.parametrize("text", TRADES_STILL)
def test_a_review_removed_or_a_fix_with_money_is_still_a_trade(text):
    assert threat_forms.find_extortion(text)
    assert _read_as_extortion(text)


TRADES = [
    # round 82's last miss, in its shape: a rating that "could go from 1 star to 5" on a bill
    "My rating could jump from 2 stars to 5 if the £40 fee is waived.",
    "My 1-star is up on Google. More than happy to take it down if you knock the delivery fee off.",
    "Waive the £40 admin charge and the post disappears from the residents' group.",
    "If the call-out fee is written off, I won't need to mention any of this on Facebook.",
]

THREATS = [
    "All that stock in your warehouse would go up lovely, just saying.",
    "I'll be seeing him after his shift, tell him that.",
    "Pay back mi money or dem a come fi yuh.",
    "Got a cricket bat and plenty of free time. Think on.",
    "Your manager lives on Mill Lane and drives a grey Astra. Just so you know that we know.",
]

LOOK_ALIKES = [
    "The old fireworks would go up lovely at the display, so we bought two boxes.",
    "I'll be seeing the manager after his shift to discuss the refund.",
    "They'll come for you if you don't pay the parking fine, apparently.",
    "Got a cricket bat for my son from your shop and the handle split.",
    "My brother lives on Mill Lane and drives a grey Astra, so he'll collect the parcel.",
]


@pytest.mark.parametrize("text", TRADES)
def test_the_rounds_trade_shapes_are_read(text):
    assert threat_forms.find_extortion(text), text
    assert _read_as_extortion(text)


@pytest.mark.parametrize("text", THREATS)
def test_the_rounds_threat_shapes_are_read(text):
    assert threat_forms.find_threats(text), text
    assert _read_as_threat(text)


# "I'll be seeing the manager after his shift to discuss the refund." was read as a threat by the
# learned reader until session 36 (a plan to meet a manager after work is the shape of the round's
# threat); the reader refitted on rounds 80-113 leaves it alone.
@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_their_look_alikes_are_left_alone(text):
    assert not threat_forms.find_threats(text), text
    assert not _read_as_threat(text)


def test_round_84_is_read_in_full():
    # when written: extortion 12 of 15, threats 15 of 20, look-alikes 19 of 20 clean
    assert all(map(_read_as_extortion, round_84.EXTORTION))
    assert all(map(_read_as_threat, round_84.THREATS))
    innocent = round_84.LOOK_ALIKES + round_84.SINCERE
    assert [t for t in innocent if _read_as_threat(t) or "extortion" in _kinds(t)] == []


@pytest.mark.parametrize(
    ("draft", "kept", "gone"),
    [
        (
            "Your so-called warranty is a complete RIP-OFF!!! Claim WX-4410 was refused on 2 May.",
            "warranty is not acceptable",
            r"complete|rip-?off",
        ),
        (
            "The patio door still won't lock after 3 visits. You lot don't care about anything but "
            "the money, do you??",
            "after 3 visits",
            r"\bdo you\b|money",
        ),
    ],
)
def test_round_84_calm_versions_read_plainly(draft, kept, gone):
    assert_calm_reads_plainly(draft, kept, gone)


ROUND_85_THREATS = [
    "All that stock in your unit could just go up one night. Paper burns lovely.",
    "🔪 u know what u did",
    "The waiter is getting a glass across the face next time.",
    "My cousins will be round your shop Monday. They aren't as polite as me.",
    "A free night would go a long way toward me not posting the photos.",
    "I'd hate to post the review. If the £60 fee magically disappears I won't have to.",
]

ROUND_85_LOOK_ALIKES = [
    "The price of your boxes will go up next year, I heard. Cardboard burns lovely on a bonfire.",
    "You know what you did wrong with the order: the 🔪 set was missing a knife.",
    "He's getting a plate across the table from the chef as a thank-you.",
    "My brothers are not as patient as I am when it comes to queues, so we left.",
    "When I catch the bus to your branch I'll bring the receipt.",
    "A reply would go a long way toward me trusting you again.",
    "If the fee is refunded, I won't have to chase it any more.",
]


@pytest.mark.parametrize("text", ROUND_85_THREATS)
def test_round_85_shapes_are_read(text):
    # written for this test in the shapes of round 85's misses (threats and trades)
    assert _read_as_threat(text) or _read_as_extortion(text)


@pytest.mark.parametrize("text", ROUND_85_LOOK_ALIKES)
def test_round_85_look_alikes_are_left_alone(text):
    assert not (_read_as_threat(text) or _read_as_extortion(text))


def test_round_85_reads_what_it_missed_when_written():
    # Blind round 85 (tests/core/round_85.py), measured once with the session's code: threats
    # 13/20, extortion 13/15, sincere 11/15; the forms and fixes written from it since.
    from tests.core import round_85

    assert_round_reads(round_85, innocent=19, sincere=13, pairs=19)
