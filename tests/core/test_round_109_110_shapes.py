"""Session 35: the shapes blind rounds 109 and 110 showed, each tested with texts of our own.

Both rounds were written after the session's round-107 and 108 work and measured with the
starting code and the code of that moment before anything was written from them; they are test
data with floors in `test_round_107_110.py`.
"""

from __future__ import annotations

import pytest

from complaint_desk.core.tone import analyse
from complaint_desk.core.tone.failure import went_wrong
from tests.core.guard_reads import kinds, read_as_extortion, read_as_threat


def _sarcastic(text: str) -> bool:
    return bool({"sarcasm", "eyeroll"} & kinds(text))


@pytest.mark.parametrize(
    "sentence",
    [
        "Forty minutes of hold music.",
        "Twenty minutes of adverts before the match.",
        "My scan was reclassified as not medically necessary.",
        "The laptop no longer charges.",
        "I asked for decaf and was sent a crate of espresso.",
        "Six evenings of redialling.",
        "Mum has met nine different carers this month.",
        "The driver picked the recycling bin as my safe place.",
    ],
)
def test_more_failures_told_without_a_failure_word(sentence):
    assert went_wrong(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "I asked for decaf and was sent it the next day.",
        "Gran met two different carers, both lovely.",
    ],
)
def test_the_same_words_with_nothing_wrong(sentence):
    assert not went_wrong(sentence), sentence


@pytest.mark.parametrize(
    "draft",
    [
        "Forty minutes of hold music. Thank you for the forty minutes of Vivaldi.",
        "My scan was reclassified as not medically necessary. Delighted to learn my knee is "
        "optional.",
        "The laptop no longer charges. I paid £90 for the privilege.",
        "Our luggage appears to be enjoying a longer holiday than we are.",
    ],
)
def test_these_dry_jabs_read_as_sarcasm(draft):
    assert _sarcastic(draft), draft
    assert analyse(draft).heat >= 20, draft


@pytest.mark.parametrize(
    "message",
    [
        "Thanks for sharing, this was really helpful after my boiler broke.",
        "The courier stayed open ten minutes late so I could collect it. Just what I needed.",
        "Thanks for the update on the repair, it meant I didn't have to wait in all day.",
    ],
)
def test_sincere_thanks_beside_a_mishap_stays_sincere(message):
    assert not _sarcastic(message), message


@pytest.mark.parametrize(
    "trade",
    [
        "My Trustpilot review is drafted. Knock fifty quid aff the invoice and it'll vanish.",
        "I've a TikTok ready about your gym. Cancel the rest of my membership and I delete it.",
        "That Google review I left? I'll take it down the minute you knock £100 off the bill.",
        "My Yelp review is wrote up. If y'all could comp Dad's last visit, I could sit on it a "
        "while.",
    ],
)
def test_these_trades_read_as_extortion(trade):
    assert read_as_extortion(trade), trade


@pytest.mark.parametrize(
    "threat",
    [
        "Your kids are playing by the gate every evening, aren't they? Nobody needs to visit.",
        "I've noted the registration of your van. I'm sure our paths will cross.",
        "That yard of yours is full of pallets. Stuff like that goes up like paper. Shame for the "
        "houses next door.",
        "Lovely red Golf you park in bay 2. Brake cables can just snap on a hill.",
        "I hope your whole family is on the next flight and it goes into the sea.",
        "I'll send some boys round to that shop of yours.",
        "I've done time before and I'm not scared of going back inside.",
        "I'm driving down to your depot with my bat in the boot.",
        "Your installer won't be walking anywhere for a good long while.",
        "Cowboys like you don't tend to make old bones.",
        "Good thing I'm not the sort to wait in your car park with a crowbar.",
        "Where I'm from a man like you gets taken out back.",
        "Nobody would miss a crooked landlord. Remember that next time you open your front door.",
        "I have been parked outside your surgery for three evenings and noted when each of your "
        "nurses leaves. I thought you ought to be aware.",
    ],
)
def test_these_threats_read(threat):
    assert read_as_threat(threat), threat


@pytest.mark.parametrize(
    "innocent",
    [
        "People like this are one step away from coming home with a gun or knife.",
        "Me to my sister at the till: 'Touch my last croissant and I'll end you.' Anyway the "
        "croissants were stale.",
    ],
)
def test_a_remark_about_others_or_a_joke_told_to_family_is_no_threat(innocent):
    assert not read_as_threat(innocent), innocent
