"""A menace told across sentences (threat_forms.tsv, [pairs], session 22).

Blind round 70's veiled threats were mostly two or three sentences each of which reads as small
talk: "Silver Audi, back row of the staff car park, usually in by 8. Just so you know I know."
The one-sentence menace forms never see both parts. A pair names two slots: a sentence holding the
first and the same one or one of the next two holding the second, neither holding MN_NOT (advice,
logistics, a hurt already suffered, a forgiving word). The site rules read the whole text; the
tone engine reads a sentence's neighbours only where its one scan of the draft met a word of the
pairs' gate (a sign of watching, or a harm). The texts below were written for this test.
"""

from __future__ import annotations

import pytest

from complaint_desk.core.posting import site_rules, threat_forms
from complaint_desk.core.rewrite import calm_version
from complaint_desk.core.tone import analyse
from complaint_desk.core.tone.detect import detect

MENACES_ACROSS = [
    "Blue Corsa, back of the staff car park, usually in by 9. Just so you know.",
    "I drove past your manager's house last night. See you soon.",
    "Your manager has got a lovely conservatory. Just saying.",
    "Your shop front is all wood, isn't it? Wood catches so easily.",
    "Funny what you can find on Facebook. Your home address, for one.",
    # three sentences: the watching in the first, the framing in the third
    "I know his route now. Reg ending KXE. Hope he takes care.",
]

# The same parts in one sentence, which no one-sentence menace form reads: a sign of watching
# is only read with an aimed framing (MN_SAY2), never with a plain "I'll".
MENACES_IN_ONE = [
    "Your daughter walks home past the park, doesn't she? Asking for a friend.",
    "Your lad trains on Thursday nights, doesn't he.",
]

LOOK_ALIKES = [
    "Your branch closes at 6. I'll be there at 5:30 to collect my parcel.",
    "Our engineer usually arrives by 8. I know it's early, sorry.",
    "I walked past your shop yesterday and it was closed. Just so you know, the sign says open.",
    "There was a fire at the depot last year. Hope the staff stay safe.",
    "Accidents happen, I understand. Just so you know, I'm still waiting for my refund.",
    "Your engineer has a lovely new van. I'll look out for it next week when he comes to fix "
    "the boiler.",
    "The glass door is cracked and accidents happen. Please fix it before someone gets hurt.",
    "I parked in the staff car park by mistake. I'll be there again tomorrow for my appointment.",
    "Your driver's reg ending was KXE. I'll pass it to the police with the dashcam clip.",
    "My kids love your school uniforms. Just so you know, the sizing runs small.",
    "I have two kids. Just so you know, I can't come in before 3.",
    "We were left in the dark for weeks. Just so you know, I am still waiting.",
    "Lots of glass in your new showroom, looks great. Just so you know, my order is still missing.",
]


@pytest.mark.parametrize("text", MENACES_ACROSS + MENACES_IN_ONE)
def test_a_menace_across_sentences_is_a_threat_for_every_reader(text):
    assert threat_forms.find_threats(text), text
    assert any(i.rule == "no_threats" for i in site_rules.check(text, "trustpilot")), text
    kinds = {s.kind for s in analyse(text).signals}
    assert "threat" in kinds, (text, kinds)
    assert analyse(text).heat >= 25, text


@pytest.mark.parametrize("text", MENACES_ACROSS)
def test_no_one_sentence_form_reads_it(text):
    # Each sentence alone is small talk: only the pair says it is a menace.
    for a, b in _spans(text):
        assert not threat_forms.find_threats(text[a:b]), text[a:b]
        assert "threat" not in {h.kind for h in detect(text[a:b]).hits}, text[a:b]


@pytest.mark.parametrize("text", MENACES_ACROSS)
def test_the_calm_version_drops_a_menace_across_sentences(text):
    calm = calm_version(text)
    assert not threat_forms.find_threats(calm), calm
    assert "threat" not in {s.kind for s in analyse(calm).signals}, calm


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_watching_harm_and_framing_that_threaten_no_one_stay_unflagged(text):
    assert not threat_forms.find_threats(text), text
    kinds = {s.kind for s in analyse(text).signals}
    assert not kinds & {"threat", "extortion", "violence"}, (text, kinds)


def test_the_calm_version_leaves_out_the_watching_before_a_threat():
    # The second sentence threatens alone and becomes a calm next step; the sentence that names
    # what is watched goes too, and the complaint and its facts stay.
    draft = (
        "My parcel is 3 weeks late (order 5521). Your manager has got a lovely conservatory. "
        "Be a shame if anything happened to it."
    )
    calm = calm_version(draft)
    assert "conservatory" not in calm, calm
    assert "order 5521" in calm and "3 weeks late" in calm, calm
    assert not threat_forms.find_threats(calm), calm


def test_a_pair_reaches_two_sentences_on_and_no_further():
    near = "Blue Corsa, back of the staff car park. It rained all day. Just so you know."
    far = (
        "Blue Corsa, back of the staff car park. It rained all day. Then it stopped. "
        "Just so you know."
    )
    assert threat_forms.find_threats(near)
    assert "threat" in {s.kind for s in analyse(near).signals}
    assert not threat_forms.find_threats(far)
    assert "threat" not in {s.kind for s in analyse(far).signals}


def test_the_threat_is_shown_on_the_sentence_that_completes_the_pair():
    text = "I drove past your manager's house last night. See you soon."
    threats = [s for s in analyse(text).signals if s.kind == "threat"]
    assert [text[s.start : s.end] for s in threats] == ["See you soon"]


def test_every_pair_holds_a_gate_slot_and_the_gate_marks_its_sentences():
    table = threat_forms._table()
    assert table.pairs and table.gate
    for pair in table.pairs:
        assert set(pair) & set(table.gate), pair
    # The gate is what lets the tone engine skip the neighbours of every other sentence.
    assert detect("I drove past your manager's house last night.").veiled
    assert detect("Accidents happen to people like you.").veiled
    assert not detect("See you soon.").veiled
    assert not detect("The parcel is two weeks late.").veiled


def test_an_existing_threat_is_not_read_again_as_a_pair():
    # "I know where you live" is a threat form of its own: the pair adds nothing beside it.
    text = "I know where you live. See you soon."
    threats = [s for s in analyse(text).signals if s.kind == "threat"]
    assert [text[s.start : s.end] for s in threats] == ["I know where you live"]


def _spans(text: str) -> tuple[tuple[int, int], ...]:
    from complaint_desk.core.tone.split import split_spans

    return split_spans(text)


def test_the_warm_up_compiles_the_pairs_slots():
    # Compiled on the first draft near a gate word, they took ~25 ms wherever that draft was
    # scored: the GUI thread, while a view opened.
    from complaint_desk.core import tone

    threat_forms._pair_patterns.cache_clear()
    threat_forms.pair_parts.cache_clear()
    for load in tone.warm_up_steps():
        load()
    assert threat_forms._pair_patterns.cache_info().currsize == 1


def test_the_whole_text_is_read_only_near_a_gate_string_and_no_pair_is_missed():
    # The site rules read a whole draft; reading the pairs in every sentence of a long one took
    # ~1.5 s for 2 MB, so only sentences near a gate string are read. That must find every pair
    # that reading them all finds.
    from complaint_desk.core.tone.split import split_spans
    from tests.core.test_threat_forms_wider import ALL_THREATS

    texts = MENACES_ACROSS + MENACES_IN_ONE + LOOK_ALIKES + ALL_THREATS
    for text in [*texts, " ".join(texts)]:
        spans = split_spans(text)
        every = threat_forms.menaces_across([text[a:b] for a, b in spans])
        assert threat_forms._pair_spans(text) == [(spans[i][0], spans[j][1]) for i, j in every]
