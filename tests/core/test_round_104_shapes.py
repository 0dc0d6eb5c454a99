"""Session 34: the shapes blind round 104 showed, each tested with texts of our own.

Round 104 itself is test data with floors in `test_round_104_105.py`; these tests check the
rule behind each fix on fresh wording, and the look-alikes each rule must leave alone.
"""

from __future__ import annotations

import pytest

from complaint_desk.core.posting import threat_forms
from complaint_desk.core.rewrite import calm_version
from complaint_desk.core.tone import analyse
from complaint_desk.core.tone.detect import find_facts
from complaint_desk.core.tone.split import split_spans
from tests.core.guard_reads import kinds, reads_threat


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_spans(text)]


# --- calm versions: a masked oath is read as the word it stands for ------------------------


@pytest.mark.parametrize(
    ("heated", "gone"),
    [
        # an oath that is the clause's noun or verb: the clause goes, not the word alone
        ("The courier left my parcel in the rain. Don't sh*t on me like that.", "on me like"),
        ("The van blocked our drive all morning. Lying b*stards.", "Lying."),
        ("Our boiler is still broken. He couldn't fix his own a*se with a manual.", "his own with"),
        # a verdict left bare once its oath went
        ("The ceiling leaked for a week. Bl**dy shambles.", "Shambles."),
        ("The bill doubled overnight. Class, honestly.", "Class."),
    ],
)
def test_an_oath_that_carries_the_clause_takes_the_clause_with_it(heated, gone):
    calm = calm_version(heated)
    assert gone not in calm, calm
    assert "*" not in calm, calm
    assert analyse(calm).heat < 25, calm


@pytest.mark.parametrize(
    ("heated", "kept"),
    [
        ("The gulls left pigeon sh*t all over the hire car's bonnet.", "pigeon droppings"),
        ("Three engineers came and they did f*** all about the leak.", "did nothing about"),
        ("Two visits and the plumber is not fixing sh*t, apparently.", "not fixing anything"),
        ("Crap sh*t service from the first call.", "Poor service"),
    ],
)
def test_an_oath_with_a_plain_meaning_becomes_that_meaning(heated, kept):
    calm = calm_version(heated)
    assert kept in calm, calm
    assert "not acceptable not acceptable" not in calm


def test_a_no_reply_to_anything_leaves_no_fragment_behind():
    for heated in (
        "My order is three weeks late. You NEVER answer anything, do you?",
        "My order is three weeks late. You lot never reply to a thing.",
    ):
        calm = calm_version(heated)
        assert "I have not had a reply." in calm, calm
        assert "anything" not in calm.lower() and "a thing" not in calm, calm
        assert "Do you" not in calm, calm
    # "anything" that goes on to say what is left as written
    kept = calm_version("The tracking died on 3 May. You never answer anything sent to help@x.com.")
    assert "help@x.com" in kept


def test_the_tail_of_a_verdict_goes_with_the_name():
    for heated in (
        "My deposit is still held. Pack of thieves, is what you lot are.",
        "The deposit is still held. Ye are an utter disgrace of an agency.",
    ):
        calm = calm_version(heated)
        assert "what you lot are" not in calm and "an agency" not in calm, calm
        assert "deposit is still held" in calm


# --- the tone: stems that read ordinary words as heat --------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("There is a yellow mark on the collar.", "anger"),
        ("The scampi was served cold.", "anger"),
        ("Shoutout to the night staff.", "anger"),
        ("My flight to Fukuoka was moved twice.", "profanity"),
        ("The nurse pricked my finger three times.", "profanity"),
    ],
)
def test_a_word_that_only_begins_like_an_angry_one_is_no_signal(text, kind):
    assert kind not in kinds(text)


def test_the_forms_those_stems_were_for_still_read():
    assert "anger" in kinds("They yelled at me and scammed me.")
    assert "anger" in kinds("The manager was shouting at my son.")
    assert "profanity" in kinds("You absolute prick.")
    assert "profanity" in kinds("fukin joke of a firm")
    assert "profanity" in kinds("What a sh*tshow of a company.")


# --- sarcasm that needs a failure beside it ------------------------------------------------


@pytest.mark.parametrize(
    "sincere",
    [
        "What a surprise when the painters arrived early and finished before tea. Thanks, both.",
        "Just what I needed: a clear checklist for the move, and it worked first time.",
        "Lovely service at the florist. The wreath looked perfect at my nan's funeral. Thank you.",
    ],
)
def test_words_sarcasm_uses_are_sincere_with_nothing_wrong_beside_them(sincere):
    assert not {"sarcasm", "eyeroll"} & kinds(sincere)


@pytest.mark.parametrize(
    "jab",
    [
        "The lesson was cancelled again. What a surprise.",
        "Just what I needed on a Friday: my card declined twice.",
        "Lovely service. You lost my suit the day before the funeral.",
        "My key card opened nothing, three times. I suppose I should thank you for the exercise.",
        "The tiler cancelled for the fourth time. At this rate I'll have learned to tile "
        "long before he turns up.",
        "The bread went mouldy in a day, which I assume is part of the rustic charm.",
        "Half the videos were blank screens. I take it the blank ones are the bonus content.",
        "Both plants lasted a full two days. Do pass my compliments to whoever waters them.",
    ],
)
def test_the_same_words_beside_a_failure_are_a_jab(jab):
    assert {"sarcasm", "eyeroll"} & kinds(jab), jab


# --- threats and extortion in new shapes ---------------------------------------------------


@pytest.mark.parametrize(
    "threat",
    [
        "Refuse my claim once more and I'll be at your desk with something harder than a letter.",
        "Men like your manager end up floating in the harbour one day.",
        "Stay home on Friday. It's not a good day for anyone working behind that reception desk.",
        "That fella at the pharmacy counter, I'm coming back for him and it won't be for a chat.",
        "Got a spare jerry can in the boot and nothing but time. Do the maths.",
        "Lovely big garden that manager of yours has. Bone dry this summer, isn't it.",
    ],
)
def test_a_threat_in_these_shapes_is_read(threat):
    assert reads_threat(threat), threat


@pytest.mark.parametrize(
    "innocent",
    [
        "People like you end up in court sooner or later, and I will see you there.",
        "Not a good day to be at the post office, the queue was out the door.",
        "I'm coming back for him at 9, the vet said he can go home then.",
        "Very dry this summer, so the lawn died; your guarantee covers turf.",
        "The jerry can you sold me leaks petrol into the boot. Please refund the £24.",
        "I bring something better than a complaint: a solution, in the attached plan.",
    ],
)
def test_the_same_words_with_no_threat_are_left_alone(innocent):
    assert not threat_forms.find_threats(innocent), innocent
    assert "threat" not in kinds(innocent), innocent


@pytest.mark.parametrize(
    "trade",
    [
        "Deal: you waive the £40 fee, I don't post the video on TikTok.",
        "My Google review is sat in my drafts. Two free passes for the half-term and it can "
        "stay in drafts.",
        "Shame if the whole of our street heard about your plumbing. I'm sure we can agree a "
        "figure that keeps things quiet.",
        "If three comp tickets land in my inbox by Friday, my forum write-up disappears.",
    ],
)
def test_a_trade_in_these_shapes_is_extortion(trade):
    assert "extortion" in kinds(trade), trade


def test_a_legal_next_step_and_a_post_told_apart_are_no_trade():
    text = (
        "I want full compensation or I go to the consumer ombudsman. "
        "I am also posting the photos on Google Maps and Facebook."
    )
    calm = calm_version(text)
    assert "ombudsman" in calm, calm
    assert "compensation" in calm, calm


def test_a_message_sent_through_a_site_is_contact_not_a_public_act():
    text = (
        "I sent a DM to @FixItFast on Instagram and got no answer. "
        "I am giving you till Friday 9th to refund my £45."
    )
    assert "extortion" not in kinds(text)
    # a post is still a public act
    posted = "I posted the photos on Instagram. Refund my £45 and they come down."
    assert "extortion" in kinds(posted)


# --- the next step keeps the writer's date and body ----------------------------------------


def test_a_deadline_given_as_giving_you_until_is_the_ask():
    text = (
        "I am giving you till Friday 9th to refund my ₦30,000!!! "
        "If not, I am reporting to FCCPC and posting the whole story on X. You will not like it."
    )
    calm = calm_version(text)
    assert "If this is not resolved by Friday 9th, I will refer it to FCCPC." in calm, calm
    assert "₦30,000" in calm and "You will not like it" not in calm, calm


def test_a_body_the_writer_is_contacting_is_named():
    for heated in (
        "Refund the ¥12,000 by 30/06. If not I'm contacting the Consumer Affairs Centre and "
        "posting the whole saga on X.",
        "Refund the ¥12,000 by 30/06. If not I'm contacting the Consumer Affairs Centre and "
        "you'll regret it.",
    ):
        calm = calm_version(heated)
        assert calm.endswith(
            "If this is not resolved by 30/06, I will refer it to the Consumer Affairs Centre."
        ), calm


# --- reading a draft: sentences and references ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("I'm posting it on Reddit and X. You have been warned.", 2),
        ("Well done o. I am still waiting.", 2),
        ("We had to move to plan B. It failed too.", 2),
        ("I wrote to A. Patel about it.", 1),
        ("Ask J. Smith at the desk.", 1),
        ("Meet at 5 p.m. Then we go.", 1),
    ],
)
def test_a_letter_that_is_no_initial_ends_its_sentence(text, sentences):
    assert len(_sentences(text)) == sentences, _sentences(text)


def test_a_member_id_or_receipt_number_is_a_fact_not_words():
    for text, fact in (
        ("My member ID FF-UK-10293 was cancelled.", "member ID FF-UK-10293"),
        ("Receipt no. DRY-2024-881 is attached.", "Receipt no. DRY-2024-881"),
    ):
        assert [text[a:b] for a, b in find_facts(text)] == [fact]
    # a word that begins like one is no fact
    assert find_facts("I had an idea about 12 things.") == []
