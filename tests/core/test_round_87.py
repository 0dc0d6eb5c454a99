"""What session 29 changed after blind round 87 (tests/core/round_87.py):

- a threat in quotation marks that someone else is said to have spoken ("Your staff member said
  to my son, 'I'll break your legs…'") is what the writer reports, not their threat
  (core/posting/reported.py): the site rules and the tone engine leave it; the writer's own
  quoted threat ("I told him, 'I'll…'") is still read;
- taking one's custom elsewhere is a fair next step ("Unless the wifi is fixed…, I'll be moving to
  another provider"), like a formal one; "last chance before I go to Trading Standards" is fair;
- "…whether you paid me back or not" disclaims a deal;
- threats: a crash or sickness wished on someone, "until somebody there has been made to
  suffer", buildings "like yours go up like matchsticks", an insurance hoped paid up beside 🔥;
- a trade: the good version as the remedy's price ("…and they get the fantastic version");
- sarcasm: thanks for a fix is thanks, and a beaten expectation ("didn't expect a reply…, let
  alone…", "I'd braced myself for a fight and there wasn't one", "Then a real person… fixed
  everything") takes back the scorn before it; four dry jabs ("I'm flattered…", "…was a
  thoughtful touch", "I didn't even have to request it", "though I don't recall asking");
- calm versions: a clause that goes on with the pressure ("…, unless you add KSh 2,000 for my
  trouble") goes with it, its facts kept; a short number keeps its name ("For reference:
  Route 9."); KSh is a currency code.

The texts below were written for this test in the round's shapes, not its words."""

from __future__ import annotations

import pytest

from complaint_desk.core.posting import site_rules
from complaint_desk.core.posting.reported import reported_quotations
from complaint_desk.core.rewrite import calm_version, fact_tokens_kept
from complaint_desk.core.tone import analyse
from tests.core import round_87
from tests.core.guard_reads import assert_round_reads
from tests.core.guard_reads import kinds as _kinds
from tests.core.guard_reads import read_as_extortion as _read_as_extortion
from tests.core.guard_reads import read_as_threat as _read_as_threat

REPORTED = [
    "The delivery driver told my wife, 'I'll smash your windows if you complain again.' She was "
    "terrified. Please investigate.",
    "'I know where you live,' the engineer said as he left. I'd like someone to call me about it.",
    "Your manager shouted \u201cI'll make you regret this\u201d across the shop floor at my dad.",
    "When I asked for the receipt, the cashier went 'I'll knock your teeth out', and laughed.",
]

WRITERS_OWN = [
    "He apologised, and I told him 'I'll burn your shop down if this happens again.'",
    "'I know where you live,' I said to your engineer, and I meant it.",
    "'Refund me or I'll break your legs' is all I have to say.",
    "I'll break your legs, as your driver might put it.",
]

THREATS = [
    "I hope your delivery van flips on the bypass with the driver still in it.",
    "I pray your whole staff get as ill as my son was after that meal.",
    "I'll be waiting in reception until somebody in that office has been made to suffer.",
    "Timber shops like yours go up like kindling. Hope the insurance is sorted 🔥😉",
]

TRADES = [
    "Waive the £120 cancellation fee and my 9k followers get a glowing story about your spa.",
    "Knock the call-out charge off and the neighbours get the good version of events.",
]

FAIR = [
    "Unless my broadband is fixed by the 14th, I'll be switching to another provider.",
    "If the fault isn't repaired this week, I will cancel my contract.",
    "Refund the duplicate charge by Friday or I'll take my business elsewhere.",
    "Last chance before I go to the ombudsman: please reply with a date for the repair.",
    "My rating reflects the meal, not the refund. I'd leave it the same whether you refunded me "
    "or not.",
]

STILL_READ = [
    "Refund me or I'll take my business elsewhere and tell everyone on Facebook.",
    "Refund me or else I'm moving to another provider.",
    "Last chance before I post this on Facebook.",
    "Refund me or I post a 1-star review, whether you like it or not.",
    "I hope your van breaks down with you in it.",
]

SINCERE = [
    "Thanks a lot for sorting my boiler out so quickly. I'd braced myself for a week without "
    "heating and it never came to that.",
    "Oh wow. I never expected a call back, never mind a refund the same day. Thank you so much.",
    "Brilliant, I thought, another hold queue. Then someone called Tom answered and sorted it in "
    "five minutes. Thank you.",
]

DRY_JABS = [
    "You've billed me three times since I closed the account. I'm flattered you miss me.",
    "Charging me £40 to be told the part was out of stock was a thoughtful touch. Still no part.",
    "The parcel was left in the bin, soaked, and I didn't even have to ask for that.",
]


@pytest.mark.parametrize("text", REPORTED)
def test_a_threat_someone_else_said_is_reported_not_made(text):
    assert not _read_as_threat(text)
    assert not {"threat", "violence"} & _kinds(text)
    assert reported_quotations(text)


@pytest.mark.parametrize("text", WRITERS_OWN)
def test_the_writers_own_threat_is_read_quoted_or_not(text):
    assert _read_as_threat(text)


def test_a_reported_threat_leaves_a_review_site_copy_free():
    text = REPORTED[0]
    rules = {i.rule for i in site_rules.check(text, "trustpilot")}
    assert "no_threats" not in rules
    # The same words as the writer's own are refused.
    own = "I told your driver, 'I'll smash your windows if you complain again.'"
    assert "no_threats" in {i.rule for i in site_rules.check(own, "trustpilot")}


@pytest.mark.parametrize("text", THREATS)
def test_round_87_threat_shapes_are_read(text):
    assert _read_as_threat(text)


@pytest.mark.parametrize("text", TRADES)
def test_round_87_trade_shapes_are_read(text):
    assert _read_as_extortion(text)


@pytest.mark.parametrize("text", FAIR)
def test_leaving_and_formal_steps_are_fair(text):
    assert not (_read_as_threat(text) or _read_as_extortion(text))


@pytest.mark.parametrize("text", STILL_READ)
def test_what_stays_a_threat_or_a_deal_beside_them(text):
    assert _read_as_threat(text) or _read_as_extortion(text)


@pytest.mark.parametrize("text", SINCERE)
def test_thanks_for_a_fix_and_a_beaten_expectation_are_sincere(text):
    assert not {"sarcasm", "eyeroll"} & _kinds(text)


def test_thanks_for_a_fix_that_failed_again_stays_sarcasm():
    text = "Thanks a lot for fixing my boiler. It broke again the next morning."
    assert "sarcasm" in _kinds(text)


@pytest.mark.parametrize("text", DRY_JABS)
def test_round_87_dry_jabs_are_read(text):
    assert "sarcasm" in _kinds(text)


def test_a_pressures_trailing_clause_goes_with_it_and_keeps_its_facts():
    draft = (
        "Refund my R3,000 by Monday or I post the video everywhere, unless you add R500 for my "
        "trouble. You are CROOKS!!!"
    )
    calm = calm_version(draft)
    assert "Unless" not in calm and "unless" not in calm, calm
    assert "R500" in calm and fact_tokens_kept(draft, calm), calm
    assert analyse(calm).heat < 25


def test_a_short_number_keeps_its_name_for_reference():
    draft = (
        "Fix my roof by 1 June or I swear I'll be parked outside your yard on Route 9 every "
        "morning, you cowboys!!!"
    )
    calm = calm_version(draft)
    assert "Route 9" in calm and fact_tokens_kept(draft, calm), calm


def test_round_87_reads_what_it_missed_when_written():
    # Blind round 87 (tests/core/round_87.py), measured once with the session's starting code:
    # threats 16/20, extortion 13/15, look-alikes 19/20, dry pairs 6/10, sincere 11/15.
    assert_round_reads(round_87, innocent=20, sincere=14, pairs=19)


def test_the_writers_quoted_threat_leaves_no_telling_of_nothing():
    # "I told your driver, 'I'll…'" had become "I told your driver." once the threat went.
    calm = calm_version(
        "On 3 May I told your driver, 'I'll break your legs if you touch my van again.'"
    )
    assert calm.startswith("On 3 May I spoke to your driver."), calm
    assert "break" not in calm and analyse(calm).heat < 25
    # Said of something, the telling stays as written.
    kept = calm_version("I told the manager about the leak. It is still dripping!!!")
    assert kept.startswith("I told the manager about the leak."), kept
