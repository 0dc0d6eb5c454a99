"""Each tone signal kind: positive and negative examples with exact spans."""

from __future__ import annotations

import pytest

from complaint_desk.core.tone import analyse


def spans(text: str, kind: str) -> list[str]:
    return [text[s.start : s.end] for s in analyse(text).signals if s.kind == kind]


@pytest.mark.parametrize(
    ("kind", "text", "expected"),
    [
        ("shouting", "This is NOT ACCEPTABLE at all.", ["NOT ACCEPTABLE"]),
        ("shouting", "I am FURIOUS.", ["FURIOUS"]),
        ("shouting", "WHERE IS MY REFUND", ["WHERE IS MY REFUND"]),
        ("exclamation", "Fix it now!!!", ["!!!"]),
        ("exclamation", "Seriously?!", ["?!"]),
        ("profanity", "What the f*** is this", ["f***"]),
        ("profanity", "this f*ck up and sh!t and $hit", ["f*ck", "sh!t", "$hit"]),
        ("profanity", "the manager is an a**hole", ["a**hole"]),
        ("profanity", "fucking useless", ["fucking"]),
        ("insult", "you clowns lost it", ["clowns"]),
        ("insult", "Only idiots run a shop like this", ["idiots"]),
        ("insult", "run by incompetent morons", ["incompetent morons"]),
        ("threat", "I'll sue you for this.", ["I'll sue you"]),
        ("threat", "You'll regret it.", ["You'll regret"]),
        ("threat", "I'll make sure everyone knows.", ["I'll make sure everyone knows"]),
        ("threat", "See you in court.", ["See you in court"]),
        (
            "threat",
            "I will be telling everyone I know to avoid you.",
            ["I will be telling everyone"],
        ),
        (
            "threat",
            "I'm posting this all over social media.",
            ["I'm posting this all over social media"],
        ),
        ("threat", "Answer me or I'm reporting you to the ombudsman.", ["or I'm reporting you"]),
        (
            "extortion",
            "Fix my boiler or I'm reporting you to trading standards and posting this everywhere.",
            ["Fix my boiler or I'm reporting you to trading standards and posting this everywhere"],
        ),
        (
            "extortion",
            "Refund me or I post a 1-star review.",
            ["Refund me or I post a 1-star review"],
        ),
        (
            "extortion",
            "Unless you refund me today I will post a review on Trustpilot.",
            ["Unless you refund me today I will post a review on Trustpilot"],
        ),
        ("absolute", "You always lose my parcels.", ["always"]),
        ("absolute", "This happens every single time.", ["every single time"]),
        ("absolute", "The worst service ever.", ["The worst service ever"]),
        ("sarcasm", "Thanks for nothing.", ["Thanks for nothing"]),
        ("sarcasm", "Oh wonderful, it broke again.", ["Oh wonderful"]),
        ("sarcasm", "Great job. My order is lost and nobody cares.", ["Great job"]),
        ("blame", "You people never listen.", ["You people"]),
        ("blame", "your so-called support is a joke", ["your so-called support is a joke"]),
        ("fact", "I paid £49.99 on 3 May for order 123456.", ["£49.99", "3 May", "order 123456"]),
        ("fact", "It cost $20.", ["$20"]),
        ("fact", "My booking reference is QX7P2L.", ["booking reference is QX7P2L"]),
        ("fact", "The order number was 55123.", ["order number was 55123"]),
        ("request", "I would like a refund.", ["I would like"]),
        ("request", "Could you please call me?", ["Could you please"]),
        ("negative", "The product is terrible.", ["terrible"]),
        ("negative", "I am not happy.", ["not happy"]),
        ("positive", "Thank you, that was helpful.", ["Thank", "helpful"]),
    ],
)
def test_signal_found_with_exact_span(kind: str, text: str, expected: list[str]) -> None:
    assert spans(text, kind) == expected


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        ("shouting", "My USB stick from DHL via UPS, paid at the ATM with my PIN."),
        ("shouting", "Reference ORDER-123 and AB12CD."),
        ("shouting", "I emailed the ISP and the NHS."),
        ("exclamation", "Is it here yet? No."),
        ("exclamation", "The word sh!t is masked."),
        ("profanity", "I watched the sequel and the shuttle left at five."),
        ("profanity", "Please assess the class."),
        ("insult", "We hired a clown for the party."),
        ("insult", "The app is slow today."),
        ("threat", "I will contact you again tomorrow."),
        ("threat", "I'm posting the receipt to you today."),
        ("threat", "I will be telling the engineer when he arrives."),
        ("threat", "Please call me or I'll report the fault again tomorrow."),
        ("extortion", "Please refund me. I will post the receipt to you."),
        ("fact", "The reference is in your email."),
        ("absolute", "It arrived late on Tuesday."),
        ("sarcasm", "Great job, thank you so much for the quick fix!"),
        ("blame", "Your team helped me quickly."),
        ("fact", "It arrived late again."),
        ("request", "Nobody refunded anything."),
        ("negative", "The parcel arrived on time."),
    ],
)
def test_signal_absent(kind: str, text: str) -> None:
    assert spans(text, kind) == []


def test_hostile_signals_add_points_and_calming_ones_remove_them() -> None:
    report = analyse("You clowns! I paid £20 and I would like a refund.")
    weights = {s.kind: s.weight for s in report.signals}
    assert weights["insult"] > 0
    assert weights["fact"] < 0
    assert weights["request"] < 0


def test_signal_weights_add_up_to_the_heat() -> None:
    report = analyse("You people NEVER answer!!! Thanks for nothing, you clowns. I paid £30.")
    total = sum(s.weight for s in report.signals)
    assert total == pytest.approx(report.heat - report.base, abs=1e-6)


def test_reason_quotes_the_span_and_suggestion_is_given() -> None:
    report = analyse("You idiots lost it.")
    insult = next(s for s in report.signals if s.kind == "insult")
    assert "idiots" in insult.reason
    assert insult.suggestion


def test_learned_keys_share_hashtag_and_word_and_pair_neighbours():
    from complaint_desk.core.tone.detect import learned_keys

    text = "So done with #Fuming service, really. ok"
    tag = text.index("#Fuming")
    keys = learned_keys(text)
    assert ("fuming", tag, tag + 7) in keys  # the hashtag is keyed as its word
    assert ("fuming service", tag, tag + 15) in keys  # neighbours with only spaces pair up
    assert not [k for k, _s, _e in keys if k.startswith("service ")]  # the comma breaks a pair
    for key, start, end in keys:
        assert 0 <= start < end <= len(text)
        assert text[start:end].lower().replace("#", "") == key


def test_learned_words_count_but_never_inside_a_fact():
    from complaint_desk.core.tone import analyse

    text = "I am fuming, this is a joke. Ticket IB-99120."
    report = analyse(text)
    learned = [s for s in report.signals if s.kind in ("learned", "learned_calm")]
    assert learned, "the learned list should score some of these words"
    fact = text.index("Ticket")
    for s in learned:
        assert 0 <= s.start < s.end <= fact


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I paid A$2,400 for the couch.", ["A$2,400"]),
        ("They kept Rs 4,500 and KSh 12,000 of my deposit.", ["Rs 4,500", "KSh 12,000"]),
        ("₦50,000 gone, and US$99 on top, since 3 May.", ["₦50,000", "US$99", "3 May"]),
        ("A charge of INR4500 and kr 300, then CHF 20.", ["INR4500", "kr 300", "CHF 20"]),
        # the rand (session 30): "R" alone before the amount
        ("They took R1,850 for the call-out and R 900 more.", ["R1,850", "R 900"]),
        ("My R2D2 mug arrived during the #R1BW stream.", []),
    ],
)
def test_an_amount_in_another_currency_is_one_fact_with_its_code(text, expected):
    # The editor underlines what the checklist and the rewrite keep: the code with the amount,
    # not "$2,400" after a stray "A", and not the amount's words as wording.
    assert spans(text, "fact") == expected
    codes = [s for s in analyse(text).signals if s.kind.startswith("learned")]
    assert not [s for s in codes if text[s.start] in "ARKIkC₦U"]


def test_words_that_report_rather_than_attack():
    """A fault on the line is the thing that broke; a name someone called the writer is
    reported; a preposition between "you" and a name puts the name elsewhere. Their own uses
    still count."""
    from complaint_desk.core.tone import analyse

    def kinds(text):
        return {s.kind for s in analyse(text).signals if s.weight > 0}

    assert analyse("I reported a fault on my line on 3 May.").heat < 20
    assert analyse("It is your fault the parcel was late.").heat >= 40
    assert "insult" not in kinds("Your staff member called me a liar in front of customers.")
    assert "insult" in kinds("You liars lost my parcel.")
    assert "insult" not in kinds("I'm reporting you to Action Fraud.")
    assert "insult" in kinds("You are a fraud.")
    assert "shouting" in kinds("Refund the duplicate NOW.")
    assert "shouting" not in kinds("I sent it by UPS.")
    assert "positive" not in kinds("I can't believe how incompetent your pharmacy is.")
    assert analyse("I can't believe how incompetent your pharmacy is.").heat >= 25


def test_scare_quotes_round_what_was_meant_to_help_are_sarcasm():
    def kinds(text: str) -> set[str]:
        return {s.kind for s in analyse(text).signals}

    assert "sarcasm" in kinds("The 'replacement' was faulty too.")
    assert "sarcasm" in kinds("Your “engineer” never turned up.")
    assert "sarcasm" not in kinds('I typed "help" into the chat and waited.')
    assert "sarcasm" not in kinds("The word 'refund' is in your own terms.")
    assert "sarcasm" not in kinds("The replacement was faulty too.")


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Your tech is a clown.", "clown"),
        ("Your manager was an absolute joke.", "joke"),
        ("Your driver is a clown who threw my parcel over the fence.", "clown"),
        ("Your service is a joke.", "joke"),
    ],
)
def test_a_name_given_to_the_readers_people_by_is_a_is_an_insult(text, named):
    """Blind round 82: "your tech is a clown" read no insult (a name is aimed by "you" or "your"
    in the three words before it), so its calm version kept it."""
    insults = [text[s.start : s.end] for s in analyse(text).signals if s.kind == "insult"]
    assert insults == [named]


@pytest.mark.parametrize("text", ["Your vet is a genius.", "My son is a clown.", "Is it a joke?"])
def test_praise_or_a_name_for_the_writers_own_is_no_insult_by_is_a(text):
    assert not [s for s in analyse(text).signals if s.kind == "insult"]
