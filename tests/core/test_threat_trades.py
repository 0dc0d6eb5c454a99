"""Trades told by their parts (threat_forms.tsv, kind "trade"): a remedy, a public act and a link
between them, in wording no extortion form was written for, within a sentence or across two.

The drafts are session 20's blind rounds 60 and 61, written by someone who had not seen the
table; round 60 was measured when written (3 of 12 caught), then the trade forms were written,
then round 61 was measured once (9 of 12 caught with them)."""

from __future__ import annotations

import pytest

from complaint_desk.core.posting import site_rules, threat_forms
from complaint_desk.core.rewrite import calm_version
from complaint_desk.core.tone import analyse

ONE_SENTENCE = [
    "Happy to take my Google review down the minute the replacement kettle turns up.",
    "Dear Sir/Madam, should the outstanding compensation of £150 be paid within 14 days, I "
    "will amend my TripAdvisor review accordingly.",
    "Fix the boiler properly this week and my Yelp review goes from one star to glowing.",
    "Send the money back and I'll quietly delete the Mumsnet thread.",
    "Compensation first, then I'll think about revising my review.",
    "Get me a new mattress and I'll change my review.",
    "Tell you what, credit the overcharge back and I'll leave the Google review at a 3 instead "
    "of the 1 it deserves.",
    "I will consider removing my TripAdvisor post upon receipt of compensation for the ruined "
    "holiday.",
    "The parents' WhatsApp group and the village Facebook page will hear all about your nursery "
    "unless the two weeks' fees are returned.",
    "Bin the cancellation charge and we'll say no more about it online.",
]

TWO_SENTENCES = [
    "I have a rather detailed write-up sitting in my drafts for the village forum. Credit my "
    "account for the missed delivery and it never sees daylight.",
    "My TikTok about your 'luxury' glamping site is edited and ready to go. Refunding the pitch "
    "fee would make me reconsider uploading it.",
    "Funny how fast companies move once a TikTok hits 50k views. Refund me and you won't have "
    "to find out how fast.",
    "Half my street on Nextdoor is asking who did our driveway. What I tell them depends on "
    "whether you come back and redo the cracked section free of charge.",
    # round 63: the calm version once kept the trade, the remedy's sentence read alone
    "Our village Facebook group has 14,000 members and I'm sure they'd love to hear how you "
    "treat pensioners. Alternatively, you could just replace the washing machine.",
]

# The same words, no trade: the review is the writer's own whatever happens, or already written.
INNOCENT = [
    "Once the credit came through I went back and edited my Yelp review to say how well they "
    "handled it.",
    "My review is honest and it will stay up; the refund is a separate matter I've raised with "
    "my bank.",
    "The manager offered a replacement without me even asking, which I mentioned in my review "
    "afterwards.",
    "Someone in our local Facebook group recommended this plumber, and he refunded the call-out "
    "fee when the job took five minutes.",
    "Got my refund this morning, so I've updated my review to 4 stars.",
    "Left a 2-star review on Google last week. Separately, I'm still waiting on my refund for "
    "the damaged chair.",
    "The replacement arrived quickly and I mentioned that in my Trustpilot review.",
    "I'll write my review once the replacement arrives.",
    "I'll stop telling people about the old website now it's been fixed.",
    "I would like a refund of £50. So far I would rate my experience 1 star.",
    "I'm taking this to the small claims court if the deposit isn't returned within 14 days.",
    "I'm going to hunt down the receipt tonight and bring it in tomorrow for the exchange.",
]


def _extortion_spans(text: str) -> list[str]:
    return [text[s.start : s.end] for s in analyse(text).signals if s.kind == "extortion"]


@pytest.mark.parametrize("text", ONE_SENTENCE + TWO_SENTENCES)
def test_a_trade_in_new_words_is_extortion_to_the_sites_and_the_tone_engine(text: str) -> None:
    assert threat_forms.find_extortion(text), text
    issues = site_rules.check(text, "trustpilot")
    assert any(i.rule == "no_extortion" and i.blocks for i in issues), text
    assert _extortion_spans(text), text


@pytest.mark.parametrize("text", ONE_SENTENCE + TWO_SENTENCES)
def test_the_calm_version_of_a_trade_asks_for_the_remedy_and_trades_nothing(text: str) -> None:
    calm = calm_version(text)
    assert not threat_forms.find_extortion(calm), (text, calm)
    assert analyse(calm).heat < 25, (text, calm)
    assert "I would like" in calm, (text, calm)


@pytest.mark.parametrize("text", INNOCENT)
def test_the_same_words_with_no_trade_are_left_alone(text: str) -> None:
    assert not threat_forms.find_extortion(text), text
    assert not threat_forms.find_threats(text), text
    assert not _extortion_spans(text), text


def test_a_trade_is_read_only_where_no_extortion_form_matches() -> None:
    # An extortion form's span is the one shown; the trade forms add nothing beside it.
    text = "Refund me or I post a 1-star review."
    assert threat_forms.find(text, "trade")  # its parts are there too
    assert threat_forms.find_extortion(text) == threat_forms.find(text, "extortion")
    assert len(_extortion_spans(text)) == 1


def test_a_trade_across_two_sentences_needs_both_and_a_strong_link() -> None:
    first = "I have a rather detailed write-up sitting in my drafts for the village forum."
    second = "Credit my account for the missed delivery and it never sees daylight."
    assert _extortion_spans(f"{first} {second}") == ["Credit my account"]
    assert not _extortion_spans(first) and not _extortion_spans(second)
    # With no link between them, or far apart, the table's trade forms read no trade. The
    # learned guard, reading three sentences at a time, reads each once (on its last public act): a
    # write-up "sitting in my drafts" beside a demand is how the subtle trades are told
    # (tests/core/test_learned_guard.py).
    unlinked = f"{first} Credit my account for the missed delivery, please."
    far = f"{first} The weather was awful. {second}"
    for text in (unlinked, far):
        assert not threat_forms.find_extortion(text)
        assert len(_extortion_spans(text)) == 1


def test_the_tone_engine_reads_a_split_trade_as_the_one_typed_in_one_go() -> None:
    from complaint_desk.core.tone import IncrementalAnalyser

    text = TWO_SENTENCES[0]
    analyser = IncrementalAnalyser()
    analyser.update(text[:40])
    report = analyser.update(text)
    assert report.heat == pytest.approx(analyse(text).heat)
    assert [s.kind for s in report.signals] == [s.kind for s in analyse(text).signals]


@pytest.mark.parametrize(
    "sentence",
    [
        "I would like a full refund or a firm delivery date by Friday, please.",
        "It was meant to arrive within five working days, but it still has not turned up.",
        "Honestly, you people never call back when you say you will!!",
        # a public act and a link, no remedy: a money alternative with no string of its own once
        # let the forms run wherever these were (session 28; posts 1.7x slower)
        "I posted on Facebook and my friends said the hours were far too long.",
        "Your reviews and your followers say the same, and they are right.",
        # "off" in a remedy's slot ("RM50 off"), as a string, is in "office" and "offer":
        # session 38's credit in any currency had posts 1.3x slower
        "I posted the form to your office and the offer never came.",
    ],
)
def test_the_trade_forms_are_not_run_in_a_sentence_with_no_public_act(sentence: str) -> None:
    # They are slow where they run (every part looked for from each sentence start), so the
    # guard must keep them out of the everyday complaint sentence: each form needs a word of a
    # public act and a word of a remedy. A slot word with no rare string (a bare "r/") once let
    # them run everywhere and doubled analyse() on a 5,000-character draft.
    from complaint_desk.core.tone import lexicon
    from complaint_desk.core.tone.prefilter import lower_keeping_length

    lowered = lower_keeping_length(sentence)
    assert "trade" not in threat_forms._guard().narrow(frozenset({"trade"}), lowered)
    guard = lexicon.phrase_guard()
    assert "trade" not in guard.narrow(guard.kinds_in(lowered), lowered)


@pytest.mark.parametrize(
    "text",
    [
        # Going to the press or the ombudsman is an escalation, not a review traded away.
        "I want an apology and a £50 voucher or I'm going to the papers.",
        "You have 48 hours to fix my boiler or I'm going to the ombudsman and the press.",
        # What they took is told, nothing is asked for in return.
        "You thieves stole my money and I will make sure everyone knows it.",
    ],
)
def test_what_is_no_trade_is_not_read_as_one(text: str) -> None:
    assert not threat_forms.find(text, "trade"), text


def test_a_dot_inside_a_name_does_not_end_the_sentence_but_a_link_is_no_public_act() -> None:
    # "Booking.com" once ended its sentence for the forms, so the trade across it went unread.
    text = (
        "Funny how my Booking.com review is still sitting in drafts. Three free nights would "
        "probably help me forget where I saved it."
    )
    assert threat_forms.find_extortion(text)
    # A review page's address is no public act: asking for a refund and giving a link is fine.
    calm = "I would like a refund. Call me on 07700 900123 or see https://example.com/review."
    assert not threat_forms.find_extortion(calm)
    assert not _extortion_spans(calm)


def test_a_site_that_is_going_to_hear_all_about_it_is_going_public_and_is_calmed() -> None:
    # It had stayed in the calm version of its trade ("…Unless, of course, a full refund…").
    text = (
        "Mumsnet is going to hear all about this pram. Unless, of course, a full refund turns up "
        "in my account this week."
    )
    assert threat_forms.find_threats("Mumsnet is going to hear all about this pram.")
    assert threat_forms.find_threats("The whole village is going to hear about this.")
    calm = calm_version(text)
    assert "Mumsnet" not in calm and "I would like a full refund" in calm, calm
    assert not threat_forms.find_threats(calm) and not threat_forms.find_extortion(calm), calm
    # Praise passed on is no threat.
    for praise in (
        "Everyone is going to hear about how good your service was!",
        "My followers are going to hear all about your lovely staff!",
        "My mum is going to hear all about this holiday, she will love it.",
    ):
        assert not threat_forms.find_threats(praise), praise


def test_the_public_half_of_a_trade_goes_once_the_next_sentence_asks_for_the_remedy() -> None:
    text = "Ya know what'd make my Yelp review way nicer? My money back. Just saying."
    calm = calm_version(text)
    assert "Yelp" not in calm and calm.startswith("I would like a refund"), calm
    # A half with a fact in it stays: the fact must survive.
    text = (
        "Our village Facebook group has 14,000 members and I'm sure they'd love to hear how you "
        "treat pensioners. Alternatively, you could just replace the washing machine."
    )
    calm = calm_version(text)
    assert "14,000" in calm and "I would like a replacement" in calm, calm


def test_an_extortion_that_answers_a_question_is_read_by_the_tone_engine():
    # "?" ends a sentence for the tone engine; the table's question forms reach over it
    from complaint_desk.core.tone import analyse

    text = "You want a better rating? Comp our meal. Pretty straightforward really."
    assert "extortion" in {s.kind for s in analyse(text).signals}
    assert "extortion" not in {s.kind for s in analyse("You want a better rating? Me too.").signals}


def test_the_warm_up_builds_the_cross_sentence_forms():
    # Built on the first draft with a public word, they took ~40 ms wherever that draft was
    # scored: the GUI thread, while a view opened (a 50-77 ms stall at 100,000 drafts).
    from complaint_desk.core import tone
    from complaint_desk.core.tone import trades

    trades._forms.cache_clear()
    for load in tone.warm_up_steps():
        load()
    assert trades._forms.cache_info().currsize == 1
