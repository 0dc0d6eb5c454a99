"""Threat forms of session 26 (threat_forms.tsv, the block after round 73's): a weapon emoji, or
fire beside a building, next to a meeting; a property that had better be insured where old wood
"goes up quick"; "accidents happen" passed on to someone; brothers or mates paying the shop a
visit; a name taken off a badge and looked up; "a proper hiding". And two trades round 81's
extortion missed: a review drafted and held back beside a refund asked for, a write-up promised
"all praise" if the bill is comped.

Blind rounds 80 and 81 (tests/core/round_80.py, round_81.py) missed these shapes when they were
written (threats 15/20 and 14/20); the forms were written from those misses, so both rounds are
development rounds here, and the look-alikes below were written for this test to keep the forms
narrow: a house fire with no meeting, "see you in court", a fire hazard, a hiding place."""

from __future__ import annotations

import pytest

from complaint_desk.core.posting import site_rules, threat_forms
from complaint_desk.core.rewrite import calm_version
from complaint_desk.core.tone import analyse
from tests.core import round_80, round_81

_GUARDED = {"threat", "extortion", "violence"}

# Written for this test, in the shapes of the rounds' misses but not their words.
THREATS = [
    "You kept my deposit. See you after your shift 🔪",
    "🔪 outside the office at 6, tell Gary.",
    "closing time tonight 🏪🔥 see you then",
    "Hope your gran's cottage is well insured, thatch burns quick.",
    "Hope your front windows are insured, pal.",
    "Accidents happen on building sites, tell your foreman that from me.",
    "My cousins are not happy about the boiler. They'll be paying your office a visit Monday.",
    "Took her name off her lanyard and LinkedIn did the rest.",
    "He'll be seeing me again after work, don't worry.",
    "That cowboy plumber deserves a good hiding and he'll get one.",
]

LOOK_ALIKES = [
    "Our house caught fire 🔥🏠 last March and you still haven't paid the claim.",
    "The knife block 🔪 arrived with two knives missing, so see you at the returns desk.",
    "Bought the chef's knife set 🔪 for my husband's birthday and we'd love to see you at the "
    "cooking class next week.",
    "I hope your van is insured, because it reversed into my gate this morning.",
    "I hope your building is well insured, because the fire doors on the third floor are "
    "chained shut and I have reported it.",
    "The cat found a good hiding place under the broken decking you left behind.",
    "You're on a hiding to nothing if you think the £40 voucher covers a ruined holiday.",
    "Accidents happen, I understand, but I'd like the scratched table replaced.",
    "My brothers helped me carry the sofa back, so please book the collection.",
    "I read her name off her badge so I could thank her properly on your feedback form.",
    "The engineer said he'd be seeing us again after the part arrives.",
]


def _read(text: str, kinds: set[str], rule: str) -> bool:
    """Whether the tone engine reads one of `kinds` in `text`, or Trustpilot's `rule` flags it."""
    if kinds & {s.kind for s in analyse(text).signals}:
        return True
    return any(i.rule == rule for i in site_rules.check(text, "trustpilot"))


def _read_as_threat(text: str) -> bool:
    return _read(text, _GUARDED, "no_threats")


@pytest.mark.parametrize("text", THREATS)
def test_the_forms_read_a_threat_for_every_reader(text):
    assert threat_forms.find_threats(text), text
    assert {s.kind for s in analyse(text).signals} & _GUARDED
    calm = calm_version(text)
    assert not {s.kind for s in analyse(calm).signals} & _GUARDED, calm


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_the_forms_leave_what_threatens_no_one(text):
    assert not threat_forms.find_threats(text), text
    assert not {s.kind for s in analyse(text).signals} & _GUARDED


def test_round_80_and_81_threats_are_read():
    # when written: 15 and 14 (the session's starting code); the forms were written from them
    assert sum(map(_read_as_threat, round_80.THREATS)) >= 19
    assert sum(map(_read_as_threat, round_81.THREATS)) == 20


# Court named with no date to meet is a legal threat to every reader (threat_forms.tsv, "taking
# this to court" unless a deadline follows): kept, as before this session.
_LEGAL_THREAT = (
    "I'm going to take this to the small claims court if the garage won't refund the £320 for "
    "parts that were never fitted."
)


@pytest.mark.parametrize("text", round_81.LOOK_ALIKES + round_81.SINCERE)
def test_round_81_innocent_messages_are_not_read_as_threats(text):
    assert _read_as_threat(text) == (text == _LEGAL_THREAT)


TRADES = [
    "I have written a review but haven't posted it yet. Please process my refund.",
    "My Tripadvisor write-up is drafted and not yet published. Kindly issue the refund of £80.",
    "Could you comp the corkage? If so, the review will be glowing.",
]

NOT_TRADES = [
    "I've prepared the parcel for the courier but haven't posted it yet. Please process the "
    "refund for the broken lamp.",
    "I have drafted a complaint letter which I am yet to send. Please process the refund.",
    "I wrote a review last week and have not yet posted it. The refund arrived today, thank you.",
    "We had the tasting menu and it was superb. If so, the review will be glowing.",
]


def _read_as_extortion(text: str) -> bool:
    return _read(text, {"extortion"}, "no_extortion")


@pytest.mark.parametrize("text", TRADES)
def test_a_held_back_review_traded_for_a_remedy_is_extortion(text):
    assert _read_as_extortion(text)
    assert not _read_as_extortion(calm_version(text))


@pytest.mark.parametrize("text", NOT_TRADES)
def test_a_held_back_letter_or_a_remedy_already_given_is_no_trade(text):
    assert not _read_as_extortion(text)


def test_round_81_extortion_is_read():
    # when written: 13 of 15; the two trades above were written from its misses
    assert all(map(_read_as_extortion, round_81.EXTORTION))
