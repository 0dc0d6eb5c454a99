"""Promises the hold rule relies on: thanks are not held, calm facts read calm, threats do not."""

from __future__ import annotations

import pytest

from complaint_desk.core.tone import analyse

THANKS = (
    "Thank you to Daniel at Red-Shirt Software: he answered within two hours and the new build "
    "fixed my publishing problem. Great support, much appreciated!"
)
CALM_FACTUAL = [
    "My washing machine stopped working on 14 May, ref RX-99812. I have emailed twice without a "
    "reply. I would like a repair or a refund, please.",
    "On 3 March I reported that my router (order 55123) drops the connection every evening. I "
    "called on 5 March and 12 March. Please send a replacement router or a technician by 25 March.",
    "I was charged £29.99 twice on 4 June for order 88812. I would like the duplicate payment "
    "refunded.",
]
HOSTILE = [
    "You people are useless, I'll make sure everyone knows",
    "You people are useless, I'll make sure everyone knows.",
    "You clowns will regret this.",
]


def test_a_clear_thank_you_is_not_held():
    report = analyse(THANKS)
    assert report.heat < 10
    assert report.polarity >= 0.2
    # "Great support" beside sincere praise is praise, not sarcasm.
    assert not [s for s in report.signals if s.kind == "sarcasm"]


@pytest.mark.parametrize("text", CALM_FACTUAL)
def test_a_calm_factual_complaint_with_a_request_reads_calm(text):
    report = analyse(text)
    assert report.band == "calm", (report.heat, text)
    kinds = {s.kind for s in report.signals}
    assert {"fact", "request"} <= kinds


@pytest.mark.parametrize("text", HOSTILE)
def test_insults_with_a_threat_read_heated_or_furious(text):
    report = analyse(text)
    assert report.band in ("heated", "furious"), (report.heat, text)


def test_sarcastic_praise_beside_a_complaint_is_still_sarcasm():
    report = analyse("Great job. My order is lost and nobody cares.")
    assert [s.kind for s in report.signals if s.kind == "sarcasm"] == ["sarcasm"]


def test_calm_draft_with_a_ticket_reference_is_calm_and_the_reference_is_a_fact():
    text = (
        "My line has been down since the 12th (ticket IB-99120). Engineer visits were booked "
        "for Tuesday and Friday and nobody came. I would like a firm date for the repair."
    )
    report = analyse(text)
    assert report.band == "calm", report.heat
    facts = [text[s.start : s.end] for s in report.signals if s.kind == "fact"]
    assert "the 12th" in facts and "ticket IB-99120" in facts
    # A word inside a reference is not scored as wording.
    assert not [
        s for s in report.signals if s.kind == "learned" and text[s.start : s.end] == "ticket"
    ]


def test_common_function_words_carry_no_learned_score():
    text = "I am so sure it is not my fault and you know it."
    kinds = {(text[s.start : s.end].lower(), s.kind) for s in analyse(text).signals}
    for word in ("my", "so", "not", "i", "it", "is", "you"):
        assert (word, "learned") not in kinds and (word, "learned_calm") not in kinds


def test_the_link_is_monotone_and_reads_ten_with_no_evidence():
    from complaint_desk.core.tone import model as tone_model

    weights = tone_model.load_weights()
    assert analyse("Hello").heat == pytest.approx(10.0, abs=0.5)
    zs = [weights.bias + d / 10 for d in range(-80, 120)]
    heats = [tone_model.link(z, weights.bias, weights.ramp) for z in zs]
    assert all(b >= a for a, b in zip(heats, heats[1:], strict=False))
    assert 0.0 <= heats[0] and heats[-1] <= 1.0


MORE_THANKS = [
    "Thank you so much for sorting this out so quickly, really appreciated!",
    "Many thanks to the team at Acme for the quick refund. Excellent service!",
    "Thanks Daniel, great support!",
]


@pytest.mark.parametrize("text", MORE_THANKS)
def test_thank_yous_in_complaint_words_are_still_not_held(text):
    """Words like "service" or "team" come up in angry tweets; in a warm note they are not heat."""
    report = analyse(text)
    assert report.heat < 10 and report.polarity >= 0.2


@pytest.mark.parametrize(
    "text",
    [
        "Replace my notebook or I will post a 1-star review everywhere.",
        "Refund me or I post a 1-star review.",
        "Fix this or I am going to tell everyone how bad you are.",
        "Unless you refund me by Friday I will leave a bad review on every site.",
        "Fix it or I'm leaving and posting a 1-star review.",
        "Refund me today or I'm plastering this all over Trustpilot.",
    ],
)
def test_review_and_publicity_ultimatums_are_extortion(text):
    report = analyse(text)
    kinds = {s.kind for s in report.signals}
    assert "extortion" in kinds
    assert report.heat >= 35


def test_warm_words_do_not_hide_an_insult():
    warm = analyse("Excellent service, thank you!")
    rude = analyse("Excellent service, thank you, you idiots!")
    assert rude.heat > warm.heat + 20


@pytest.mark.parametrize(
    "text",
    [
        "Please fix it or I am going to call again tomorrow.",
        "Could you fix it or I'm leaving for another provider?",
    ],
)
def test_leaving_or_calling_again_is_not_extortion(text):
    assert "extortion" not in {s.kind for s in analyse(text).signals}


def test_a_polite_follow_up_with_or_is_not_extortion():
    report = analyse("Please send the replacement, or I will call again tomorrow.")
    assert "extortion" not in {s.kind for s in report.signals}
    assert report.heat < 25


def test_an_account_of_a_fault_is_not_hostile_but_a_judgement_is():
    # Angry learned words (topic words of angry tweets) count at half in a plain sentence. A
    # mild fault word or two ("delayed", "missed") keeps a sentence plain; a judgement does not.
    from complaint_desk.core.tone.detect import PLAIN_LEARNED, detect

    plain = "My flight was delayed 6 hours and I missed my connection."
    assert detect(plain).learned_factor == PLAIN_LEARNED
    judged = "My flight was delayed 6 hours and the service was terrible."
    assert detect(judged).learned_factor == 1.0
    assert analyse(judged).heat > analyse(plain).heat


def test_anger_the_writer_owns_counts_more_than_anger_talked_about():
    from complaint_desk.core.tone import analyse as score

    owned = score("The engineer never came and I am furious.").heat
    talked_about = score("The engineer never came and the fury is understandable.").heat
    assert owned > talked_about + 5
    assert score("It really aggravates me.").heat > score("It really aggravates them.").heat


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Never staying with you again, you con artists.", "con artists"),
        ("You loan sharks charged me 40% interest.", "loan sharks"),
        ("Bunch of con artists.", "con artists"),
    ],
)
def test_a_two_word_name_is_one_insult(text, name):
    insults = [text[s.start : s.end] for s in analyse(text).signals if s.kind == "insult"]
    assert insults == [name]


@pytest.mark.parametrize(
    "text",
    ["My brother saw loan sharks in a film.", "They called me a con artist on the phone."],
)
def test_a_two_word_name_not_aimed_at_anyone_is_no_insult(text):
    assert "insult" not in {s.kind for s in analyse(text).signals}
