"""Fair complaints the guards had refused (session 28). A helper session that saw no rule wrote
300 innocent messages in the grammar of threats and trades for the learned readers' training
(/tmp, not in the repository); before any of this, Copy out to Trustpilot flagged 28 of them as
threats or extortion, 9 after:

- a deadline met by a formal next step ("Refund the crown within 14 days or I'll lodge it with
  the Health Complaints Commissioner.") says what "If this is not resolved within 14 days, I will
  refer it to the ombudsman" says, the shape the app's own calm versions use, which no form reads;
- a deal disclaimed ("No compensation asked.", "whether or not you comp the room") is no deal,
  unless it is said outright ("…or I post a 1-star review, regardless");
- a brick through the window told as what happened, a number plate reported to the police, a
  back watched on the deadlift, "I won't be so polite: I'll file a formal complaint", a route
  tracked on the app, paying "in small claims court", business they will "regret losing", a
  "consumer forum" (a court in India, not a web forum).

The texts below were written for this test, not taken from that set."""

from __future__ import annotations

import pytest

from complaint_desk.core.posting import site_rules, threat_forms
from tests.core.guard_reads import read_as_extortion, read_as_threat

FAIR_STEPS = [
    "Return my deposit within 10 days or I will file a claim with the small claims court.",
    "Unless the heating is repaired this week, I'll report it to the council.",
    "Refund the £85 by Friday or I'll raise a chargeback with my bank.",
    "Sort my bill by the 30th or I'll take it to the Energy Ombudsman.",
    "Unless I hear back by Monday, I will refer my complaint to the Financial Ombudsman Service.",
    "Replace the phone within 7 days or I will approach the consumer forum.",
    "Pay the claim by month end or we will take legal advice.",
]

STILL_ULTIMATUMS = [
    "Refund me by Friday or I'll post a 1-star review.",
    "Unless you refund me by Friday I will tell everyone.",
    "Fix this or else.",
    "Refund me by Friday or I will sue you and tell everyone on Facebook.",
    "Refund me or I will take you to court.",
    "Sort it by Friday or I'll go to the ombudsman and you'll regret it.",
]

DISCLAIMED_TRADES = [
    "My Google review will say the same whether or not you refund the £30. I only want the "
    "billing fixed.",
    "I'm a food blogger and I'll be writing about the cold soup because readers should know. "
    "No compensation wanted.",
    "I'll edit my review once the new part arrives and works. I'm not asking for anything else.",
]

TRADES_SAID_OUTRIGHT = [
    "Refund me the £50 or I post a 1-star review on Trustpilot, regardless of what you say.",
    "Comp the room or my review goes up tonight. Either way I'm owed an apology.",
]

THREAT_LOOK_ALIKES = [
    "Someone had put a brick through the shop window when I came by on Tuesday, hope your staff "
    "are OK. The curry was great as always.",
    "I've got his number plate and I've reported him to the police for the way he drove.",
    "Watch your back on the heavy lifts, the trainer said, and my back has never been better.",
    "I won't be so polite next time: I'll ask for the duty manager and make a formal complaint.",
    "I've been tracking your driver's route on the app all day and he has not come near my road.",
    "You'll pay for what you did to my car in the small claims court. The papers are filed.",
    "You'll regret losing long-standing members like me. Nine years and not one reply.",
]

THREATS_STILL = [
    "I'll put a brick through your window.",
    "I've got his number plate and I know where he lives.",
    "Watch your back on the way home tonight.",
    "I won't be so polite next time.",
    "You'll pay for what you did.",
    "I've been tracking your driver's route all week.",
]


@pytest.mark.parametrize("text", FAIR_STEPS)
def test_a_deadline_met_by_a_formal_next_step_is_no_ultimatum(text):
    assert threat_forms.find_ultimatums(text) == []
    assert not {i.rule for i in site_rules.check(text, "trustpilot")} & {
        "no_threats",
        "no_extortion",
    }


@pytest.mark.parametrize("text", STILL_ULTIMATUMS)
def test_a_public_act_a_harm_or_or_else_keeps_it_an_ultimatum(text):
    rules = {i.rule: i.severity for i in site_rules.check(text, "trustpilot")}
    assert rules.get("no_threats") == "error"


def test_the_formal_step_is_what_lets_a_deadline_through():
    fair = "Refund the £85 by Friday or I'll raise a chargeback with my bank."
    assert not threat_forms.find_ultimatums(fair)
    assert threat_forms.find_ultimatums(fair.replace("raise a chargeback with my bank", "act"))


@pytest.mark.parametrize("text", DISCLAIMED_TRADES)
def test_a_disclaimed_deal_is_no_extortion(text):
    assert not read_as_extortion(text)


@pytest.mark.parametrize("text", TRADES_SAID_OUTRIGHT)
def test_a_deal_said_outright_stays_extortion_whatever_is_added(text):
    assert read_as_extortion(text)


@pytest.mark.parametrize("text", THREAT_LOOK_ALIKES)
def test_threat_shaped_fair_messages_are_left_alone(text):
    assert not read_as_threat(text)


@pytest.mark.parametrize("text", THREATS_STILL)
def test_their_threatening_twins_are_still_read(text):
    assert read_as_threat(text)
