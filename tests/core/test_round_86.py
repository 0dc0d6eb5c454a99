"""What session 28 changed after blind round 86 (tests/core/round_86.py):

- nine threats it missed, read by the menace pairs' slots and a few forms (a member of staff's
  children described at their school gate beside "be a shame if…", the time someone leaves and
  the bus they get, a car parked across the road for days, old buildings that "go up quick",
  bleach in the beer lines, "won't be walking right" once caught, brakes wished to fail, a carry
  permit beside free time) and three trades ("…would otherwise find it very interesting
  reading", a meal that would "go a long way towards how next week's piece turns out", a story
  held off "while you consider whether" the fees ought to be returned);
- the learned readers stand down where the writer disclaims a deal or a threat: a review that
  goes up "regardless", a refund that is "a separate matter", business they will "regret losing";
- scorn the writer had and then says was wrong ("Yeah right, I thought… but you actually did. …
  I stand corrected") is not sarcasm;
- three dry jabs ("I really should be paying you extra", a suitcase "having a better holiday than
  I did", "let me know if it sends a postcard");
- calm versions: naming and shaming beside the next step is left out, and a short name in
  capitals after a preposition keeps its capitals ("lodging with QCAT", not "qcat").

The texts below were written for this test in the round's shapes, not its words."""

from __future__ import annotations

import pytest

from complaint_desk.core.posting import learned_guard
from complaint_desk.core.rewrite import calm_version, fact_tokens_kept
from complaint_desk.core.tone import analyse
from tests.core import round_86
from tests.core.guard_reads import assert_round_reads
from tests.core.guard_reads import kinds as _kinds
from tests.core.guard_reads import read_as_extortion as _read_as_extortion
from tests.core.guard_reads import read_as_threat as _read_as_threat

THREATS = [
    "Her little ones look adorable in their school uniforms by the gate. Be a shame if that "
    "changed.",
    "Your cashier finishes at six and catches the 12 bus home. Interesting what you notice.",
    "I've been parked across the street from your garage the last four nights. I've seen who "
    "comes and goes. I'll keep watching here until someone calls.",
    "Those old places go up like tinder, don't they? Just a thought.",
    "It would be a terrible thing if a splash of bleach got into the kegs. Just saying.",
    "Next time I see that courier, he won't be driving for a while.",
    "When I catch your manager outside, he'll never be walking straight again.",
    "I hope the mechanic who fitted them has his own brakes give out on the bypass.",
    "I've got a gun licence and plenty of free time. Think on.",
]

TRADES = [
    "I haven't posted the photos yet. The Facebook group would otherwise find them very "
    "interesting reading, so refund the £60.",
    "A free night would go a long way towards how my Tripadvisor review reads.",
    "I've held back my review for now, while you decide whether the £200 deposit is refunded.",
]

LOOK_ALIKES = [
    "My two look very smart in their school uniforms from your shop, but the stitching came "
    "apart already. Shame really.",
    "The receptionist leaves at half five and gets the 47 home, so please ring before then.",
    "I've been parked across the road from your branch for an hour waiting for it to open. "
    "I'll keep waiting here until someone comes.",
    "Old timber buildings go up quick, so please get the faulty wiring in my flat fixed. Isn't "
    "it your responsibility?",
    "There was a drop of bleach in my drink at your pub on Friday and I was sick all weekend.",
    "My dad slipped on your wet floor on Monday. He won't be walking right for a month.",
    "I hope the garage checks why my brakes failed on the M1 last week.",
    "I have a firearms licence and the shop sold me the wrong cabinet for it. I'd like a refund.",
    "A reply would go a long way towards how I feel about renewing next year.",
    "Interesting what you notice when you're waiting 75 minutes: the clock in reception is slow.",
]

DISCLAIMED = [
    "My review of the course goes up on Trustpilot on Friday regardless of how this ends. The "
    "refund request is a completely separate matter.",
    "I will post my honest review either way; the refund of my £40 deposit is a separate issue.",
    "You'll regret losing my business, I've been with you nine years and this is how I'm treated.",
]

# A deal or a threat said by the table's forms is read whatever else the writer adds.
STILL_READ = [
    "Refund me the £50 or I post a 1-star review on Trustpilot, regardless of what you say.",
    "I know where you live, and I'll be seeing you regardless.",
]

SINCERE = [
    "Oh brilliant, another form, I thought. Then I read it: you'd already refunded me. Thank "
    "you, honestly.",
    "Yeah right, I said when they promised a callback, but they actually did. I stand corrected "
    "and very grateful.",
    "What a surprise! I expected a battle over the warranty and instead Nomsa just replaced the "
    "kettle. Thank you so much.",
]

STILL_SARCASTIC = [
    "Oh great, another delay. I expected a refund and instead got a voucher. Brilliant.",
    "Yeah right, as if anyone will call. Still waiting.",
]

DRY_JABS = [
    "Three weeks without broadband. I really should be paying you extra for the digital detox.",
    "My parcel is clearly having a better holiday than I did.",
    "Still no sign of my suitcase. Do tell me if it sends a postcard.",
    "I suppose the free extra hour on the platform was included in the fare.",
]


@pytest.mark.parametrize("text", THREATS)
def test_round_86_threat_shapes_are_read(text):
    assert _read_as_threat(text)


@pytest.mark.parametrize("text", TRADES)
def test_round_86_trade_shapes_are_read(text):
    assert _read_as_extortion(text)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_round_86_look_alikes_are_left_alone(text):
    assert not (_read_as_threat(text) or _read_as_extortion(text))


@pytest.mark.parametrize("text", DISCLAIMED)
def test_a_disclaimed_deal_or_threat_is_not_read_by_the_learned_readers(text):
    assert not (_read_as_threat(text) or _read_as_extortion(text))
    assert not learned_guard.find(text, "extortion") and not learned_guard.find(text, "threat")


def test_the_disclaimer_is_what_stands_the_learned_reader_down():
    # The same windows without their disclaimer are read as before.
    assert learned_guard.find(
        "My review of the course goes up on Trustpilot on Friday unless the refund comes "
        "through. The refund request is what decides it.",
        "extortion",
    )
    # (A bare "You'll regret this" read 0.5 and more until session 36's refit, which reads it as
    # the lost custom it mostly is; a menace in its place is read.)
    menace = DISCLAIMED[2].replace("losing my business", "this, I know where your staff park")
    assert learned_guard.chance("threat", menace) > 0.5


@pytest.mark.parametrize("text", STILL_READ)
def test_the_table_still_reads_what_a_disclaimer_sits_beside(text):
    assert _read_as_threat(text) or _read_as_extortion(text)


@pytest.mark.parametrize("text", SINCERE)
def test_scorn_the_writer_says_was_wrong_is_not_sarcasm(text):
    assert not {"sarcasm", "eyeroll"} & _kinds(text)


@pytest.mark.parametrize("text", STILL_SARCASTIC)
def test_scorn_never_taken_back_stays_sarcasm(text):
    assert "sarcasm" in _kinds(text)


@pytest.mark.parametrize("text", DRY_JABS)
def test_round_86_dry_jabs_are_read(text):
    assert "sarcasm" in _kinds(text)


def test_naming_and_shaming_beside_the_next_step_is_left_out():
    draft = (
        "My bond of A$1,900 is 41 days late. I'm going to QCAT and warning the whole of Cairns "
        "what cowboys you are!!!"
    )
    calm = calm_version(draft)
    assert "I'm going to QCAT." in calm and "A$1,900" in calm
    assert "warning" not in calm and "what you are" not in calm
    assert analyse(calm).heat < 25 and fact_tokens_kept(draft, calm)


def test_an_amount_in_another_currency_keeps_its_sign_in_the_remedy():
    # "A$1,900" had become "the $1,900 I am owed", with "For reference: A$1,900." added after.
    calm = calm_version("Pay back the A$1,900 bond by 5pm Friday or I will sue you crooks!!!")
    assert "refund of A$1,900 by 5pm Friday" in calm, calm
    assert "For reference" not in calm and " $1,900" not in calm


@pytest.mark.parametrize(
    ("draft", "kept", "lowered"),
    [
        ("I complained to OFCOM about you cowboys!!!", "OFCOM", None),
        ("I bought it at IKEA and it BROKE!!! Useless!!!", "IKEA", "broke"),
        ("I PAID for SEVEN nights you idiots!!!", "paid for seven nights", None),
        ("This went to ALL of my friends, you clowns!!!", "to all of my friends", None),
    ],
)
def test_a_short_name_in_capitals_after_a_preposition_keeps_them(draft, kept, lowered):
    calm = calm_version(draft)
    assert kept in calm, calm
    if lowered:
        assert lowered in calm, calm


def test_round_86_reads_what_it_missed_when_written():
    # Blind round 86 (tests/core/round_86.py), measured once with the session's starting code:
    # threats 11/20, extortion 12/15, dry pairs 6/10, sincere 11/15; the forms and fixes above
    # were written from it since. Its small-claims letter ("Unless my deposit is returned within
    # 14 days…, I will file a claim") read as an ultimatum until a formal next step stopped being
    # one (test_fair_next_steps.py).
    assert_round_reads(round_86, innocent=19, sincere=len(round_86.SINCERE), pairs=19)
