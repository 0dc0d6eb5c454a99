"""Calm versions after heated drafts set 89 (tests/core/drafts_89.py), session 29:

- a masked oath goes whole ("I have the f***ing form" had left "I have *ing form");
- two verdicts on one thing after "such a" are a poor one ("…such a not acceptable, dishonest
  organisation" read as nonsense);
- someone's words in quotation marks are kept as said, never reworded ("'bags go missing all the
  time'" had become "'…repeatedly…'"); where they keep a sentence hot, the sentence says what was
  done without them ("The manager said something and walked off.");
- the writer's own condition stays before the calm next step ("If I do not receive a settlement
  offer by 5pm on Friday 6 October, I will refer it to the Financial Ombudsman."), where it had
  been left as a fragment;
- a long account that sums past calm loses its hottest clause a round at a time, one holding no
  fact first, before it is cut to its facts.

The texts below were written for this test in the set's shapes, not its words."""

from __future__ import annotations

import pytest

from complaint_desk.core.rewrite import calm_version, fact_tokens, fact_tokens_kept
from complaint_desk.core.tone import analyse
from tests.core import drafts_89


def _calm_ok(draft: str, calm: str) -> bool:
    return (
        analyse(calm).heat < 25 and fact_tokens_kept(draft, calm) and len(calm) >= 0.4 * len(draft)
    )


@pytest.mark.parametrize(
    ("draft", "expected", "gone"),
    [
        ("I have the f***ing receipt right here, Dave.", "I have the receipt right here", "*"),
        ("Where the f*** is order 5512?", "Where is order 5512?", "*"),
        (
            "I have never met such an incompetent, dishonest company.",
            "I have never met such a poor company.",
            "not acceptable",
        ),
    ],
)
def test_masked_oaths_and_paired_verdicts_leave_no_debris(draft, expected, gone):
    calm = calm_version(draft)
    assert expected in calm, calm
    assert gone not in calm, calm


def test_someones_words_are_quoted_as_said():
    draft = (
        "Your rep told me, and I quote, 'we lose parcels all the time, it's no big deal.' Well "
        "it is a big deal to me. Order 77120."
    )
    calm = calm_version(draft)
    assert "'we lose parcels all the time, it's no big deal.'" in calm, calm
    assert "repeatedly" not in calm and ".'." not in calm


def test_a_hot_quotation_goes_whole_and_the_sentence_says_what_was_done():
    draft = (
        'The engineer said "that is a stupid question from a stupid customer" and left!!! '
        "Job 4471 on 3 May."
    )
    calm = calm_version(draft)
    assert "The engineer said something and left." in calm, calm
    assert "stupid" not in calm and _calm_ok(draft, calm)


def test_the_writers_condition_stays_before_the_calm_next_step():
    draft = (
        "If my claim CL-5521 is not settled by 5pm on 14 June, I will instruct my solicitor "
        "and go to the Financial Ombudsman."
    )
    calm = calm_version(draft)
    assert calm.startswith("If my claim CL-5521 is not settled by 5pm on 14 June, I will "), calm
    assert calm.count("If ") == 1, calm  # no second, generic condition after a fragment
    assert _calm_ok(draft, calm)


def test_a_long_account_keeps_its_calm_clauses():
    draft = (
        "I have rung your helpline eight times since 2 March about account 55120 and every "
        "single time someone reads me the same script about restarting the router which I have "
        "done about thirty times and the line still drops every night at 9pm when I need it and "
        "you STILL billed me £45 for an engineer visit on 12 March that never happened so fix "
        "it or I am going to Ofcom and disputing every single charge."
    )
    calm = calm_version(draft)
    assert "I have rung your helpline eight times since 2 March about account 55120" in calm
    assert not calm.startswith("For reference"), calm
    assert _calm_ok(draft, calm), calm


def test_set_89_calm_versions_all_read_calm():
    # Measured once with the session's code of the time: 38 of 40.
    bad = [d for d in drafts_89.DRAFTS if not _calm_ok(d, calm_version(d))]
    assert not bad


@pytest.mark.parametrize(
    ("draft", "expected"),
    [
        # a name as what a verb acts on: the clause goes, whom it was about stays
        ("They hire idiots and ignore every email I send.", "They ignore every email I send."),
        # a verdict after a verdict keeps whom the first was about
        (
            "Your staff were rude and lazy and hung up on me on 3 May.",
            "Your staff hung up on me on 3 May.",
        ),
        # someone's own words keep their marks
        (
            "Buyer wrote 'arrived perfect, thanks!' then claimed a refund!!! Listing 5512.",
            "Buyer wrote 'arrived perfect, thanks!' then claimed a refund.",
        ),
    ],
)
def test_what_is_left_of_a_clause_still_reads_as_a_sentence(draft, expected):
    calm = calm_version(draft)
    assert calm.startswith(expected), calm


def test_a_name_after_a_preposition_leaves_no_stump():
    # "I hate dealing with morons like you." had become "I dislike dealing with like you."
    calm = calm_version("I hate dealing with morons like you. Order 5512 is still missing.")
    assert "with like" not in calm and "Order 5512 is still missing." in calm, calm


def test_the_sentence_suggestion_goes_on_without_the_hot_quotation():
    from complaint_desk.core.rewrite import suggestions

    draft = 'The engineer said "that is a stupid question from a stupid customer" and left!!!'
    (item,) = [s for s in suggestions(draft) if s.start == 0]
    assert item.replacement == "The engineer said something and left.", item.replacement
    assert analyse(item.replacement).heat < 25


def test_the_calm_versions_own_rating_sentence_is_no_trade():
    # A held-out draft (set 90) kept its 1-star rating as "So far I would rate my experience
    # 1-star." beside "Not a credit note. A refund.": the learned reader read the app's own
    # rewrite as a trade (0.6) and it stayed at heat 39.
    from complaint_desk.core.posting import learned_guard

    calm = "So far I would rate my experience 1-star. Not a credit note. A refund."
    assert not learned_guard.reads("extortion", calm)
    assert "extortion" not in {s.kind for s in analyse(calm).signals}
    # The writer's own rating offered over the refund is still read.
    assert learned_guard.reads(
        "extortion", "I rate you 1-star until you refund me. Not a credit note. A refund."
    )


def test_set_90_calm_versions_all_read_calm():
    # Held out and measured once at the session's end: 28 of 30 (see drafts_90.py).
    from tests.core import drafts_90

    bad = [d for d in drafts_90.DRAFTS if not _calm_ok(d, calm_version(d))]
    assert not bad


def test_a_word_said_again_for_emphasis_goes():
    # "…had ONE person on it. One!" had kept "One." as a sentence of its own.
    calm = calm_version("Your help desk had ONE person on it. One! I queued for 3 hours.")
    assert calm == "Your help desk had one person on it. I queued for 3 hours.", calm
    # A word that is not said again stays: "Again." is what happened.
    assert calm_version("It broke on day one. Again.").endswith("Again.")


@pytest.mark.parametrize(
    "draft, number",
    [
        ("https://example.com/0. 0.", "0"),  # found by hypothesis (session 30)
        ("You idiots charged me £30 for nothing. 30!", "30"),
        ("Order #4417 never came, you clowns. 4417.", "4417"),
        ("@AA0000. AA0000.", "AA0000"),  # found by hypothesis (session 31): a handle's reference
        ("AA0000. @AA0000.", "@AA0000"),  # and the other way round
    ],
)
def test_a_number_said_again_from_inside_another_fact_stays(draft, number):
    # Only inside a link, an amount or a reference had the number been said before: dropped as
    # an echo, it was gone from the calm version as a fact of its own.
    calm = calm_version(draft)
    assert number in fact_tokens(calm), calm


def test_a_number_said_again_as_a_fact_of_its_own_goes():
    calm = calm_version("I waited 3 hours for you idiots. 3!")
    assert calm == "I waited 3 hours for you.", calm


@pytest.mark.parametrize("amount", ["£900", "R900"])
def test_a_fee_to_waive_is_named_with_its_amount(amount):
    # Session 30: "I would like the fee waived. For reference: R900." left the fee's amount over.
    calm = calm_version(f"Waive the {amount} call-out fee and my review disappears.")
    assert calm == f"I would like the {amount} fee waived.", calm
