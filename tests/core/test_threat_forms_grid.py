"""Extortion composed from its parts, every way round: a remedy, a link and a public act (or the
offer of a better review and its condition), in the wordings people mix. The table is built from
those parts (`resources/tone/threat_forms.tsv`), so every combination must be caught, and calm
next steps built the same way must not be."""

from __future__ import annotations

import itertools

from complaint_desk.core.posting.threat_forms import find_extortion
from complaint_desk.core.tone import analyse

REMEDIES = [
    "Refund me",
    "Give me my money back",
    "Replace it",
    "Fix this",
    "Compensate me",
    "Sort this out",
    "Pay me back",
    "Send a replacement",
    "Waive the fee",
    "Credit my account",
    "Give me a refund",
    "Refund my order",
]
LINKS = [" or ", " or else ", ", otherwise ", ", or ", " by Friday or ", " today, or "]
PUBLIC_ACTS = [
    "I'll leave a 1-star review",
    "you get a one star review",
    "1-star on Trustpilot",
    "I'm posting a bad review",
    "I'll write a negative review on Google",
    "expect a 1-star review",
    "I'll review bomb you",
    "I'm going public on Twitter",
    "I'll tell everyone on Facebook",
    "I'll give you 1 star",
    "it's a one-star review",
    "I'll post about this everywhere",
    "my review goes up tonight",
    "I'm leaving you a terrible review on Yelp",
]
OFFERS = [
    "I'll remove my 1-star review",
    "I'll change my review to 5 stars",
    "I'll update my rating",
    "I'll delete my review",
    "I'll take down my post",
    "I will edit my review",
    "I'm happy to remove my review",
    "I'll raise my rating to 4 stars",
    "I'll happily delete the bad review",
]
CONDITIONS = [
    "if you refund me",
    "once I get my money back",
    "when you fix this",
    "if you compensate me",
    "as soon as the refund arrives",
    "if I get a replacement",
    "the moment my refund clears",
    "once the money is back in my account",
]
CALM_CONDITIONS = [
    "If this is not resolved by Friday,",
    "If I don't hear back within 14 days,",
    "Unless this is sorted by the end of the month,",
    "If the refund isn't processed by 12 December,",
]
CALM_STEPS = [
    "I will contact the ombudsman",
    "I will take legal advice",
    "I will make a claim in the small claims court",
    "I will contact Trading Standards",
    "I will ask my bank for a chargeback",
    "I will escalate this to your complaints team",
    "I will cancel my contract",
    "I will report this to Ofcom",
]


def test_every_remedy_link_and_public_act_is_extortion():
    texts = [f"{r}{link}{act}." for r, link, act in itertools.product(REMEDIES, LINKS, PUBLIC_ACTS)]
    missed = [t for t in texts if not find_extortion(t)]
    assert missed == [], f"{len(missed)} of {len(texts)}: {missed[:5]}"


def test_every_offer_and_condition_either_way_round_is_extortion():
    texts = []
    for offer, condition in itertools.product(OFFERS, CONDITIONS):
        texts.append(f"{offer} {condition}.")
        texts.append(f"{condition[0].upper()}{condition[1:]}, {offer}.")
    missed = [t for t in texts if not find_extortion(t)]
    assert missed == [], f"{len(missed)} of {len(texts)}: {missed[:5]}"


def test_calm_next_steps_built_the_same_way_are_not_threats():
    flagged = []
    for condition, step in itertools.product(CALM_CONDITIONS, CALM_STEPS):
        text = f"{condition} {step}."
        kinds = {s.kind for s in analyse(text).signals}
        if find_extortion(text) or kinds & {"threat", "extortion", "violence"}:
            flagged.append(text)
    assert flagged == []


SPEAKERS = ["I'll", "I'm going to", "I will", "We'll", "I'm gonna"]
HARMS = [
    "sue you",
    "take you to court",
    "report you to the police",
    "make sure you lose your job",
    "ruin your business",
    "get you fired",
    "make you regret this",
    "destroy your reputation",
    "hunt you down",
    "make your life hell",
    "see you in court",
    "come after you",
    "put you out of business",
    "have your job",
    "expose you to the press",
]
CONSEQUENCES = [
    "You'll regret this.",
    "You'll pay for this.",
    "You'll be hearing from my lawyer.",
    "You'll be sorry.",
    "You will regret this.",
    "You're going to regret this.",
    "You'll be hearing from my solicitor.",
    "You're going to pay for this.",
    "You will be sorry.",
    "You'll live to regret this.",
]


def test_every_speaker_and_harm_and_every_consequence_is_a_threat():
    texts = [f"{s} {h}." for s, h in itertools.product(SPEAKERS, HARMS)] + CONSEQUENCES
    missed = [
        t
        for t in texts
        if not {s.kind for s in analyse(t).signals} & {"threat", "violence", "extortion"}
    ]
    assert missed == [], f"{len(missed)} of {len(texts)}: {missed[:5]}"


# A second grid, written once the first was all caught: 500 of its 720 were caught then (a
# review "coming your way", "you're getting a 1/5 on Google", "or I swear…", and the other half
# as a sentence of its own: "Refund my £50. If not, I'll rate you 1 star.").
MORE_REMEDIES = [
    "Refund my £50",
    "Give me my deposit back",
    "Honour the price you advertised",
    "Cancel the charge",
    "Send me a new one",
    "Repair my car properly",
    "Give me a voucher",
    "Reimburse my taxi fare",
    "Process my return",
    "Reverse the late fee",
]
MORE_LINKS = [" or ", " — or ", " otherwise ", " or I swear ", ". If not, ", ", if not, "]
MORE_ACTS = [
    "I'll be leaving a review",
    "a scathing review is coming your way",
    "I'll rate you 1 star",
    "I'll tell all my followers",
    "I'll name and shame you",
    "I'll put it all over social media",
    "I'm giving you zero stars",
    "the whole internet will hear about it",
    "I'll post the photos on Instagram",
    "you're getting a 1/5 on Google",
    "my 1-star review stays up",
    "I'll make sure everyone sees my review",
]


def test_a_second_grid_of_remedies_links_and_acts_is_extortion():
    texts = [
        f"{r}{link}{act}."
        for r, link, act in itertools.product(MORE_REMEDIES, MORE_LINKS, MORE_ACTS)
    ]
    missed = [t for t in texts if not find_extortion(t)]
    assert missed == [], f"{len(missed)} of {len(texts)}: {missed[:5]}"


def test_the_calm_version_of_composed_extortion_asks_for_the_remedy_calmly():
    from complaint_desk.core.posting import site_rules
    from complaint_desk.core.rewrite import calm_version

    texts = [
        f"{r}{link}{act}."
        for r, link, act in itertools.product(MORE_REMEDIES, MORE_LINKS, MORE_ACTS)
    ][::13]
    for text in texts:
        calm = calm_version(text)
        assert not find_extortion(calm), (text, calm)
        assert not site_rules.blocked(site_rules.check(calm, "trustpilot")), (text, calm)
        assert analyse(calm).heat < 25, (text, calm)
