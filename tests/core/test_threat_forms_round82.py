"""Threat forms of session 27 (threat_forms.tsv, "Session 27" and the slots it widened): a
business burnt or smashed that the forms did not list (a stall, a kiosk, a workshop); someone's
car and the time they leave, told beside "just so you know I know"; a weapon emoji beside the
lads coming round to "have a word" or hoping someone is in; the lads coming round in Scots
("me and the boys come doon tae yer wee office. Mind yersel pal."), and "you won't be smiling
when me and the boys…".

Blind round 82 (tests/core/round_82.py) missed four threats when it was written (16/20); the
forms were written from those misses, so it is a development round here. The threats and
look-alikes below were written for this test in the misses' shapes, not their words: the
look-alikes keep the forms narrow (a car described with no leaving time, a husband coming round
to have a word about a refund, a stall damaged by a van)."""

from __future__ import annotations

import pytest

from complaint_desk.core.posting import site_rules, threat_forms
from complaint_desk.core.rewrite import calm_version
from complaint_desk.core.tone import analyse
from tests.core import round_82
from tests.core.guard_reads import GUARDED as _GUARDED
from tests.core.guard_reads import read_as_threat as _read_as_threat

THREATS = [
    "Refund the £40 or I'll torch your kiosk, simple.",
    "Pay up or I burn your workshop down, mark my words.",
    "The owner drives a silver Audi and locks up around 10. Just so ya know I know.",
    "Your receptionist drives the white Golf, leaves at half 5. Just saying.",
    "Me and my cousins are coming down to see the manager tomorrow, hope he's working 🔪",
    "Coming round the shop later to have a word with that engineer 🔪🔪",
    "Me an the lads'll come roon tae the garage, so watch yer back.",
    "You won't be laughing when me and the boys turn up at your office.",
]

LOOK_ALIKES = [
    "I'll burn the receipts once the refund lands, I don't need them.",
    "Our stall at the market was damaged by your delivery van on Friday.",
    "The courier drives a white van and leaves parcels in the rain. Just so you know, I have "
    "photos.",
    "Your engineer leaves at 5 so please book me a morning slot. Just saying.",
    "My husband is coming round to the shop tomorrow to have a word with the manager about the "
    "refund.",
    "Hope he's in tomorrow, the engineer who fitted it said he'd sort the leak 🔧",
    "Me and the boys come to your pub every Friday and the lager has been flat for a month.",
    "You won't be laughing when the ombudsman reads this, but I'd rather settle it with you.",
    "Mind yourself on the steps outside the branch, they are icy and nobody has gritted them.",
]


@pytest.mark.parametrize("text", THREATS)
def test_the_forms_read_a_threat_for_every_reader(text):
    assert threat_forms.find_threats(text), text
    assert {s.kind for s in analyse(text).signals} & _GUARDED
    calm = calm_version(text)
    assert not {s.kind for s in analyse(calm).signals} & _GUARDED, calm


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_the_forms_leave_what_threatens_no_one(text):
    assert not threat_forms.find_threats(text), text
    assert not _read_as_threat(text)


def test_the_lads_coming_round_then_a_warning_is_refused_by_copy_out():
    # Told across two sentences, the form is read where the whole text is (the site rules, at
    # Copy out); the tone engine reads a sentence's phrases on their own.
    text = "Me an the lads'll come roon tae the garage. Watch yer back."
    assert threat_forms.find_threats(text)
    assert any(i.rule == "no_threats" for i in site_rules.check(text, "trustpilot"))


def test_round_82_extortion_is_read():
    # when written: 14 of 15; the last, "Mine could go from 1 star to 5 overnight if Buddy's vet
    # bill came down…", has a form since (threat_forms.tsv, "round 82's last miss")
    assert all(
        "extortion" in {s.kind for s in analyse(t).signals}
        or any(i.rule == "no_extortion" for i in site_rules.check(t, "trustpilot"))
        for t in round_82.EXTORTION
    )


def test_round_82_threats_are_read():
    # when written: 16 of 20 (the session's starting code); the forms were written from them
    assert all(map(_read_as_threat, round_82.THREATS))


@pytest.mark.parametrize(
    "text",
    [
        "You'll regret losing loyal customers like me.",
        "You will regret losing me as a customer.",
    ],
)
def test_a_lost_customer_regretted_is_no_threat(text):
    # round 82: "You'll regret losing loyal customers like me." was a threat to every reader
    assert not _read_as_threat(text)
    assert _read_as_threat(text.split(" losing")[0] + " this.")


@pytest.mark.parametrize("text", round_82.LOOK_ALIKES + round_82.SINCERE)
def test_round_82_innocent_messages_are_not_read_as_threats(text):
    # when written, two were: "You'll regret losing loyal customers like me." and "I'll update
    # my review if it gets fixed." (see test_round_84.py for the honest update)
    assert not _read_as_threat(text)
    assert "extortion" not in {s.kind for s in analyse(text).signals}


# Read by Copy out's learned threat reader (every window) and, before TH_READ joined the gate,
# not in the editor, which reads only windows near a gate word (blind rounds 70-82: 19 such).
COPY_OUT_ONLY_BEFORE = [
    "Your staff think they're safe behind the counter at the Leeds branch. We'll see.",
]


@pytest.mark.parametrize("text", COPY_OUT_ONLY_BEFORE)
def test_the_editor_reads_a_threat_copy_out_refuses(text):
    assert not threat_forms.find_threats(text)  # no form: the learned reader's finding
    assert any(i.rule == "no_threats" for i in site_rules.check(text, "trustpilot"))
    assert {s.kind for s in analyse(text).signals} & _GUARDED
