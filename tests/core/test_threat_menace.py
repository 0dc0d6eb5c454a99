"""A menace told by its parts (threat_forms.tsv, the "menace" kind, session 21).

Veiled threats come in new words every time, but with the same two parts: a harm or a sign of
watching someone, and a framing that aims it ("would be a shame if", "just so you know", "I
know", "I'll"). The kind is read only where no threat or extortion form matches, and is then a
threat for every reader: the tone engine, the site rules and the calm rewrite."""

from __future__ import annotations

import pytest

from complaint_desk.core.posting import site_rules, threat_forms
from complaint_desk.core.rewrite import calm_version
from complaint_desk.core.tone import analyse
from complaint_desk.core.tone.detect import detect

# Round 66's threats that no threat form reads: only the menace kind catches them.
MENACES = [
    "I know which branch you work at, Darren. See you when your shift finishes.",
    "I've got the names of everyone I spoke to on that call. Pretty easy to find out where "
    "people live these days.",
    "I'm going to post the store manager's home address and phone number online so people can "
    "tell her exactly what they think of her.",
    "Me and a few mates will be paying your warehouse a visit this weekend. Might want to bring "
    "extra security.",
    "Old buildings like yours catch fire all the time, don't they.",
    "Your CEO lives out in Surrey, right? Lovely area. Would be a shame if he had some "
    "unexpected visitors.",
    # written for this test, after the rule
    "Funny how easily a van's tyres get slashed round here.",
    "Tell your area manager I've seen what car he drives and where he parks it.",
    "Carry on ignoring me and someone at that depot will end up in hospital.",
    "I'll be paying your shop a little visit on Saturday, just so you know.",
]

# Complaints with a harm word and a framing word that threaten no one: a hurt already suffered,
# the writer's own plans, advice, logistics.
LOOK_ALIKES = [
    "My windows got smashed by your delivery lorry, and I will be claiming for them.",
    "Your driver reversed into my car and the wing mirror got smashed; I'll send you the garage "
    "quote.",
    "The parcel got smashed in transit, I will need a replacement.",
    "My daughter could get hurt on that broken step, I'll be reporting it to the council.",
    "Someone will get hurt on that loose cable in your store, I'm telling you so you can fix it.",
    "Next time I'll bring the receipt in person.",
    "I know what time you close, so I'll come in tomorrow morning.",
    "I'll be there at 9 to collect the sofa.",
    "If the boiler catches fire again I'll be calling the gas board, it's dangerous.",
    "I will make sure the engineer can see where the meter is this time.",
    "I will be bringing a few mates to help carry the wardrobe.",
    "Your safety team should look at this, I'll send photos.",
    "Accidents happen, I know, but I'd like the dent in my car fixed.",
    "I'll be sorry to leave after ten years, but the price rise is too much.",
    "It would be a shame if the van got scratched again, so please park on the drive next time.",
    "I'm worried your staff will get hurt lifting those boxes alone.",
    "Watch your step on the ramp, it's broken - I nearly fell yesterday.",
    "I'll walk home from the station if the taxi doesn't come.",
    "Next time I'll be coming on my own, my husband can't make it.",
    "Please be careful walking home, the path by your depot is icy.",
    "I know where your engineer parks because he blocked my drive again.",
    "You gave me the wrong dose and I could have ended up in hospital.",
]


@pytest.mark.parametrize("text", MENACES)
def test_a_menace_is_a_threat_for_every_reader(text):
    assert threat_forms.find(text, "menace"), text
    assert threat_forms.find_threats(text), text
    kinds = {s.kind for s in analyse(text).signals}
    assert "threat" in kinds, (text, kinds)
    assert analyse(text).heat >= 25, text
    assert any(i.rule == "no_threats" for i in site_rules.check(text, "trustpilot")), text


@pytest.mark.parametrize("text", MENACES)
def test_the_calm_version_drops_the_menace(text):
    calm = calm_version(text)
    assert not threat_forms.find_threats(calm), calm
    assert "threat" not in {s.kind for s in analyse(calm).signals}, calm
    assert analyse(calm).heat < 25, calm


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_harm_and_framing_that_threaten_no_one_stay_unflagged(text):
    assert not threat_forms.find_threats(text), text
    assert not threat_forms.find_extortion(text), text
    kinds = {s.kind for s in analyse(text).signals}
    assert not kinds & {"threat", "extortion", "violence"}, (text, kinds)


def test_a_threat_form_keeps_its_own_span_beside_a_menace():
    # "I know where you live" is a form of its own; the menace reading of the whole sentence is
    # not added on top of it (the highlight stays on the words that threaten).
    sentence = "Funny how you never answer. I know where you live, and it gets dark early."
    second = sentence.index("I know")
    found = {
        (h.kind, sentence[second + h.start : second + h.end])
        for h in detect(sentence[second:]).hits
        if h.kind == "threat"
    }
    assert ("threat", "I know where you live") in found
    assert len(found) == 1, found


def test_a_menace_needs_its_framing():
    assert not threat_forms.find_threats("Old buildings like yours catch fire all the time.")
    assert threat_forms.find_threats(
        "Old buildings like yours catch fire all the time, don't they."
    )


MENACE_WITH_PLEASANTRIES = (
    "I hope your call centre staff enjoy their commute. I followed the one called Kerry home "
    "on the 42 bus last night. Lovely front garden."
)


def test_a_threats_pleasantries_do_not_cool_it():
    # "hope", "enjoy" and "Lovely" are the menace's manner, not calm: it read 21, calm
    result = analyse(MENACE_WITH_PLEASANTRIES)
    kinds = {s.kind for s in result.signals}
    assert "threat" in kinds
    assert not kinds & {"positive", "learned_calm"}
    assert result.heat >= 40


def test_kind_words_away_from_a_threat_still_count():
    thanks = "Thank you for the lovely meal in March. The soup was hot. The bill was right. "
    result = analyse(thanks + MENACE_WITH_PLEASANTRIES)
    calm = [thanks[s.start : s.end] for s in result.signals if s.kind == "positive"]
    assert "threat" in {s.kind for s in result.signals}
    assert "lovely" in calm and "Lovely" not in calm
