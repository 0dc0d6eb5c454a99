"""Text-speak is read by the guards as the words it stands for (session 31: blind rounds 95 and
97 wrote "wud b a pity if sumthin happend 2 ur van" and "hope ur van gets torched n u with it",
which the table, written in full words, missed). The texts below were written for this test."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from complaint_desk.core.posting import threat_forms
from complaint_desk.core.posting.textspeak import spelt_out
from complaint_desk.core.rewrite import calm_version
from complaint_desk.core.tone import analyse
from tests.core.guard_reads import kinds, read_as_extortion, read_as_threat, site_flags

THREATS = [
    "wud b a shame if sumthin happend 2 ur shop overnight, jus sayin",
    "hope ur car gets smashed up n u with it",
    "see u outside ur office tmrw 🔪",
    "i kno where u live n wen u finish",
]
TRADES = ["u refund me or ur getting a 1 star review on google"]
LOOK_ALIKES = [
    "i'll b there 2moro 2 pick up my parcel, u said 10am",
    "can u pls refund me, ur app charged me twice 4 the same order",
    "wud b great if u could call me back, been waitin 2 weeks",
    "ur driver left my parcel in the rain n it got soaked",
    "i gave u 2 stars on google coz the food was cold",
]


@pytest.mark.parametrize("text", THREATS)
def test_a_threat_in_text_speak_is_read(text):
    assert {"threat", "violence"} & kinds(text)


def test_the_site_rules_read_the_spelt_out_copy_too():
    text = THREATS[0]
    assert threat_forms.find_threats(text)
    assert not threat_forms.find_threats(text.replace("ur shop", "the shop").replace("2 ", ""))
    assert "no_threats" in site_flags(text)


@pytest.mark.parametrize("text", TRADES)
def test_a_trade_in_text_speak_is_read(text):
    assert read_as_extortion(text)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_an_ordinary_complaint_in_text_speak_is_left_alone(text):
    assert not read_as_threat(text)
    assert not read_as_extortion(text)


def test_the_span_is_the_writers_own_characters():
    text = "Seriously. hope ur van gets torched n u with it"
    (signal,) = [s for s in _signals(text) if s.kind in ("threat", "violence")]
    assert text[signal.start : signal.end].startswith("hope ur van")
    assert signal.end <= len(text)


def _signals(text):
    return analyse(text).signals


def test_spelt_out_maps_each_word_back():
    spelt = spelt_out("wud b a pity if sumthin happend 2 ur van")
    assert spelt is not None
    assert spelt.text == "would be a pity if something happened to your van"
    at = spelt.text.index("your van")
    start, end = spelt.span_of(at, at + len("your van"))
    assert "wud b a pity if sumthin happend 2 ur van"[start:end] == "ur van"


def test_a_digit_is_a_word_only_before_the_words_it_goes_with():
    assert spelt_out("i waited 2 days for 4 engineers") is None
    spelt = spelt_out("give u 2 stars")
    assert spelt is not None and spelt.text == "give you 2 stars"


@given(st.text(alphabet=st.sampled_from(list("ur u 2 wud b n'’ abc\n.,!🔪")), max_size=60))
def test_spans_map_inside_the_text_in_order(text):
    spelt = spelt_out(text)
    if spelt is None:
        return
    assert len(spelt.origin) == len(spelt.text) + 1
    assert spelt.origin[-1] == len(text)
    assert spelt.origin == sorted(spelt.origin)
    for start in range(len(spelt.text)):
        a, b = spelt.span_of(start, len(spelt.text))
        assert 0 <= a <= b <= len(text)


@pytest.mark.parametrize("filler", ["jus sayin", "just saying", "just a thought"])
def test_the_calm_version_drops_the_threat_and_its_sign_off(filler):
    draft = f"Ref SV-2291 was botched twice. wud b a shame if sumthin happend 2 ur van, {filler}"
    calm = calm_version(draft + ".")
    assert "SV-2291" in calm and "If this is not resolved" in calm
    assert filler not in calm.lower() and "shame" not in calm
    assert analyse(calm).heat < 25
