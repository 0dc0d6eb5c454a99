"""Threat and extortion forms from the data table (resources/tone/threat_forms.tsv).

Each form is caught by the tone engine (as its signal kind), by the site rules (extortion blocks
a review site's copy, quoting the site's rule) and turned into a remedy by the calm rewrite.
"""

from __future__ import annotations

import re

import pytest

from complaint_desk.core.posting import site_rules, threat_forms
from complaint_desk.core.rewrite import calm_version
from complaint_desk.core.tone import analyse

ISSUE_FORMS = [
    "refund or 1-star",
    "Give me a refund or 1-star on Trustpilot.",
    "Refund me by Friday or you get a one star review.",
    "I'll remove my 1-star review if you refund me.",
]
OWN_EXTORTION = [
    "Refund my £40 or I'll post a 1-star review on Google.",
    "Send me a replacement by Monday or I'm leaving a bad review on Yelp.",
    "Pay me back today or expect a 1 star review.",
    "Fix it or I will leave a one-star review everywhere.",
    "Give me my money back or it's 1 star on Tripadvisor.",
    "I will delete my review once you refund me.",
    "I’ll change my review to 5 stars if you refund the delivery fee.",
    "Unless you refund me by Friday I will post a negative review on Trustpilot.",
    "If you don't refund me I'm going to leave a scathing review online.",
    "If I don't get a refund, expect a 1-star review.",
    "5 stars if you refund me, otherwise it stays at 1.",
    "Refund for a better review? Your call.",
    "No refund, no 5-star review.",
    "Compensate me or I will go public.",
    "Replace the kettle or I'll tell all my followers.",
    "Sort it out now or I'm posting this on social media.",
    "Refund it within 48 hours or you'll get a 1-star review.",
    "I want a full refund or I will write a terrible review.",
    "Put it right or I'm leaving 0 stars on Facebook.",
    "I'll take down my tweet when you refund me.",
    "I will update my 1-star rating as soon as you refund the £25.",
    "make it right or i go to the press",
]
OWN_THREATS = [
    "You have until Friday to sort this out or else.",
    "This is your final warning.",
    "I'll make your life hell.",
    "I'm going to hunt you down.",
    "I hope your shop goes bankrupt.",
    "You better refund me.",
    "Reply today, otherwise I will sue.",
    "Last chance before I call my lawyer.",
]
NOT_THREATS = [
    "I would like a refund.",
    "I left a 1-star review last year for a different order.",
    "Please refund me or replace it, whichever is quicker.",
    "Could you fix it or send an engineer by Friday?",
    "The hotel has a 5 star rating on Google.",
    "If this is not resolved by 12 December, I will take it to the ombudsman.",
    "I will update my review once the repair is done, as I promised your agent.",
    "Refund or replacement, either is fine.",
]


@pytest.mark.parametrize("text", ISSUE_FORMS + OWN_EXTORTION)
def test_extortion_is_found_by_the_table_the_engine_and_the_site_rules(text):
    assert threat_forms.find_extortion(text), text
    kinds = {s.kind for s in analyse(text).signals}
    assert "extortion" in kinds, (text, kinds)
    issues = site_rules.check(text, "trustpilot")
    assert site_rules.blocked(issues)
    assert any(i.rule == "no_extortion" and i.severity == "error" for i in issues)


@pytest.mark.parametrize("text", ISSUE_FORMS + OWN_EXTORTION)
def test_extortion_becomes_the_remedy(text):
    calm = calm_version(text)
    assert "I would like" in calm, calm
    assert not threat_forms.find_extortion(calm), calm
    assert not site_rules.blocked(site_rules.check(calm, "yelp")), calm
    assert analyse(calm).heat < 25


@pytest.mark.parametrize("text", OWN_THREATS)
def test_threats_are_found(text):
    kinds = {s.kind for s in analyse(text).signals}
    assert kinds & {"threat", "extortion"}, (text, kinds)
    assert site_rules.find_threats(text)


@pytest.mark.parametrize("text", NOT_THREATS)
def test_plain_requests_and_calm_next_steps_are_not_threats(text):
    assert not threat_forms.find_extortion(text), text
    kinds = {s.kind for s in analyse(text).signals}
    assert not kinds & {"threat", "extortion"}, (text, kinds)
    assert not site_rules.blocked(site_rules.check(text, "yelp"))


def test_review_sites_quote_their_rule_and_social_sites_only_warn():
    text = "Give me a refund or 1-star on Trustpilot."
    yelp = [i for i in site_rules.check(text, "yelp") if i.rule == "no_extortion"]
    assert yelp and yelp[0].blocks
    assert "“Threatening a business with negative reviews" in yelp[0].message
    for pid in ("trustpilot", "google", "tripadvisor"):
        issue = next(i for i in site_rules.check(text, pid) if i.rule == "no_extortion")
        assert issue.blocks and "in short" in issue.message
    social = site_rules.check(text, "x")
    assert not site_rules.blocked(social)
    assert any(i.rule == "no_threats" and i.severity == "warning" for i in social)


def test_on_a_review_site_only_extortion_blocks():
    issues = site_rules.check("refund or 1-star", "yelp")
    assert [i.rule for i in issues if i.blocks] == ["no_extortion"]
    threat = site_rules.check("See you in court.", "yelp")
    assert any(i.rule == "no_threats" and i.severity == "error" for i in threat)
    assert not site_rules.blocked(threat)  # other rule errors leave "copy anyway" to the app


def test_every_form_in_the_table_compiles_and_the_table_has_both_kinds():
    table = threat_forms.forms()
    assert len(table["extortion"]) >= 10 and len(table["threat"]) >= 5
    for kind in table:
        re.compile(threat_forms.source(kind))


def test_forms_run_one_by_one_find_what_the_case_blind_alternation_finds():
    """`find` runs each form on its own, on lower-cased text, and only where the strings it needs
    occur; what it finds must be what the whole table's case-blind alternation finds (spans
    included), whatever the case of the text."""
    texts = ISSUE_FORMS + OWN_EXTORTION + OWN_THREATS + NOT_THREATS
    texts += [t.upper() for t in texts] + [
        "İ'LL REMOVE MY REVIEW İF YOU REFUND ME",  # lowers to a longer string
        "Refund me or I'll post a 1-star review. Then refund me or I'll post another one.",
        "",
    ]
    for kind in threat_forms.KINDS:
        whole = re.compile(threat_forms.source(kind), re.IGNORECASE)
        for text in texts:
            expected = [m.span() for m in whole.finditer(text) if m.end() > m.start()]
            assert threat_forms.find(text, kind) == expected, (kind, text)
    assert threat_forms.find_extortion("REFUND OR 1-STAR")  # the check is not empty-handed


def test_the_site_rules_and_the_tone_engine_share_each_compiled_form():
    # The table's forms are several MB compiled; the tone engine and the site rules write them
    # the same way, so each is compiled once and both guards hold the same pattern object.
    from complaint_desk.core.tone import lexicon

    shared = [k for k in threat_forms.KINDS if k not in threat_forms.SITE_RULES_ONLY]
    tone_forms = {id(p) for kind in shared for p in lexicon.phrase_guard()._each[kind]}
    site_forms = [p for kind in shared for p in threat_forms._guard()._each[kind]]
    assert len(site_forms) == sum(len(threat_forms.forms()[kind]) for kind in shared)
    assert all(id(p) in tone_forms for p in site_forms)
    # the ultimatums are the site rules' alone: the tone engine's guard does not hold them
    assert "ultimatum" in threat_forms._guard()._each
    assert "ultimatum" not in lexicon.phrase_guard().kinds


def test_the_site_rules_guard_does_not_parse_the_forms_again(monkeypatch):
    # Parsing every form again took the warm-up worker ~0.8 s; what the tone engine's guard
    # learned of each form is kept and read instead.
    from complaint_desk.core.tone import lexicon, prefilter

    lexicon.phrase_guard()
    parsed: list[str] = []
    real_parse = prefilter.sre_parse.parse

    def counting_parse(pattern, flags=0):
        parsed.append(pattern)
        return real_parse(pattern, flags)

    monkeypatch.setattr(prefilter.sre_parse, "parse", counting_parse)
    guard = threat_forms._guard.__wrapped__()
    forms = sum(len(f) for f in threat_forms.forms().values())
    parts = {
        p
        for kind in threat_forms.KINDS
        if kind not in threat_forms.SITE_RULES_ONLY  # the tone engine never reads these
        for p in threat_forms._parts(kind)
    }
    assert not [p for p in parsed if p in parts]
    assert sum(len(e) for e in guard._each.values()) == forms
    assert guard.narrow(frozenset({"extortion"}), "refund or 1-star").get("extortion")
