"""The complaint-effectiveness checklist and its accuracy checks against the case log."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from complaint_desk.core.checklist import (
    MAX_CLAIMS_SHOWN,
    TimelineFacts,
    _sentence_claims,
    check,
    claims_in,
    fold_claims,
)

GOOD = (
    "My order 88123 placed on 3 May has not arrived. I called you three times and emailed "
    "twice. I would like a full refund of £49.99."
)


def by_key(items, key):
    return [i for i in items if i.key == key]


def test_complete_draft_ticks_all_three() -> None:
    items = check(GOOD, None)
    assert [(i.key, i.ok) for i in items] == [("facts", True), ("tried", True), ("remedy", True)]
    assert all(0 <= i.start < i.end <= len(GOOD) for i in items)


def test_what_was_done_to_the_writer_is_not_what_they_tried() -> None:
    # "a written apology" is a remedy's kind, "was sent" and "was returned" happened to them.
    for text in (
        "I would like a written apology by 20 May.",
        "I was sent the wrong size and the parcel was returned to the depot.",
    ):
        assert not by_key(check(text, None), "tried")[0].ok, text
    for text in (
        "I have written to you twice.",
        "I sent it back on 3 May.",
        "I returned the kettle to the shop.",
    ):
        assert by_key(check(text, None), "tried")[0].ok, text


def test_vague_draft_misses_all_three() -> None:
    items = check("This company is terrible and nobody cares.", None)
    assert [i.ok for i in items] == [False, False, False]


def test_counts_match_the_log() -> None:
    items = check(GOOD, TimelineFacts(calls=3, emails=2))
    accuracy = by_key(items, "accuracy")
    assert [(GOOD[i.start : i.end], i.ok) for i in accuracy] == [
        ("called you three times", True),
        ("emailed twice", True),
    ]


def test_count_mismatch_is_flagged() -> None:
    text = "I called 5 times and sent 4 emails."
    accuracy = by_key(check(text, TimelineFacts(calls=3, emails=4)), "accuracy")
    assert [(i.ok, i.detail) for i in accuracy] == [
        (False, "Your log shows 3 calls."),
        (True, "Matches your log."),
    ]


def test_an_amount_or_a_compound_is_no_count() -> None:
    # "the £80 call-out fee" had read as a claim of 80 calls (session 36, in a real window).
    for text in (
        "Waive the £80 call-out fee.",
        "A $40 e-mail-only plan.",
        "The 3 call-backs never came.",
    ):
        assert by_key(check(text, TimelineFacts(calls=0)), "accuracy") == [], text
    assert by_key(
        check("I made 3 calls about the call-out fee.", TimelineFacts(calls=0)), "accuracy"
    )


def test_a_phone_number_after_a_call_is_no_count() -> None:
    # "Rang 01 555 0134 on 7 May" had read as a claim of one call (session 32).
    for text in ("Rang 01 555 0134 on 7 May.", "I called (0161) 496 0000 yesterday."):
        assert by_key(check(text, TimelineFacts(calls=0)), "accuracy") == [], text
    assert by_key(check("I rang 3 times.", TimelineFacts(calls=0)), "accuracy")


def test_at_least_claims() -> None:
    text = "I have phoned over 10 times."
    assert by_key(check(text, TimelineFacts(calls=12)), "accuracy")[0].ok
    assert not by_key(check(text, TimelineFacts(calls=4)), "accuracy")[0].ok


def test_duration_claims() -> None:
    text = "I waited 3 hours on hold. This has dragged on for 6 weeks."
    facts = TimelineFacts(calls=1, longest_call_min=45, days_since_first_contact=10)
    accuracy = by_key(check(text, facts), "accuracy")
    assert [(text[i.start : i.end], i.ok) for i in accuracy] == [
        ("waited 3 hours", False),
        ("for 6 weeks", False),
    ]
    assert "45 minutes" in accuracy[0].detail
    ok = by_key(check("I waited an hour.", TimelineFacts(longest_call_min=55)), "accuracy")
    assert ok[0].ok


def test_no_timeline_no_accuracy_items() -> None:
    assert by_key(check("I called 5 times.", None), "accuracy") == []


# Text that ends, or only seems to end, a sentence, for the sentence-by-sentence properties.
_SEPARATORS = ["It is broken", "\n", "?!", ". ", " ", "e.g. "]
_PIECES = [
    "I called you three times",
    "I emailed twice",
    "we chatted 2 times.",
    "I waited 45 minutes on hold",
    "on hold for an hour!",
    "for 3 weeks now",
    "over 12 calls",
    "and wrote 2 letters",
    "2 months ago",
    "Mr. Smith rang me back once",
    "order no. 5 arrived",
    *_SEPARATORS,
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14))
def test_checking_sentence_by_sentence_finds_what_the_whole_text_holds(pieces) -> None:
    """The checklist checks claims per sentence (cached); that must find exactly the claims a
    check of the whole text finds, at the same offsets."""
    text = " ".join(pieces)
    facts = TimelineFacts(calls=3, emails=2, longest_call_min=40, days_since_first_contact=20)
    whole = fold_claims(sorted(claims_in(text, facts), key=lambda i: i.start or 0))
    shown = [i for i in check(text, facts) if i.key in ("accuracy", "more_claims")]
    assert shown == whole


def test_an_edit_rechecks_only_the_sentence_it_changed() -> None:
    facts = TimelineFacts(calls=3)
    sentences = [f"Sentence {i} says I called {i % 4} times." for i in range(40)]
    check(" ".join(sentences), facts)
    before = _sentence_claims.cache_info()
    sentences[7] = "Sentence 7 says I called 3 times!"
    items = by_key(check(" ".join(sentences), facts), "accuracy")
    after = _sentence_claims.cache_info()
    assert after.misses - before.misses == 1
    # Forty claims of four kinds: each checked once, said ten times.
    assert [i.label for i in items] == [f"“called {n} times” (said 10 times)" for n in range(4)]
    assert [i.ok for i in items] == [False, False, False, True]


def test_a_demand_says_what_would_put_it_right() -> None:
    # The tone panel flags the ultimatum; the checklist still sees the remedy in it.
    for text, quoted in [
        ("Nine days offline. Refund me or I post a 1-star review.", "Refund me"),
        ("Fix my boiler or I'm reporting you.", "Fix my boiler"),
        ("Give me my money back!", "Give me my money back"),
        ("I'm claiming compensation under UK261.", "I'm claiming compensation"),
        ("Refund my £79 or enjoy your new 1-star review.", "Refund my £79"),
        ("Return my deposit by Friday.", "Return my deposit"),
        ("Send my money back today.", "Send my money"),
        ("Knock 30 pounds off the bill or I review you.", "Knock 30 pounds off"),
        ("Waive the late fee, please.", "Waive the late fee"),
        # session 38, seen in a real window beside a trade: credit asked for as an amount
        ("Give me RM80 credit and the TikTok stays in my drafts.", "Give me RM80 credit"),
        ("Send us a £20 voucher for the trouble.", "Send us a £20 voucher"),
    ]:
        (remedy,) = by_key(check(text, None), "remedy")
        assert remedy.ok and text[remedy.start : remedy.end] == quoted, text
    # A call is no remedy.
    (remedy,) = by_key(check("Give me a call when the engineer is free.", None), "remedy")
    assert not remedy.ok


def test_wanting_something_back_is_a_remedy() -> None:
    for text, quoted in [
        ("Hey, I want every penny back now.", "I want every penny back"),
        ("I want the £39.99 back.", "I want the £39.99 back"),
        ("I'd like my deposit back by Friday.", "I'd like my deposit back"),
    ]:
        (remedy,) = by_key(check(text, None), "remedy")
        assert remedy.ok and text[remedy.start : remedy.end] == quoted, text
    (remedy,) = by_key(check("I want to go back to the shop.", None), "remedy")
    assert not remedy.ok


def test_an_amount_wanted_back_is_a_remedy_whatever_stands_around_it() -> None:
    # Session 33: "I want the full €120 back" had left "The remedy you want" unticked beside it.
    for text in (
        "I want the full €120 back by Friday.",
        "I'd like my £49.99 deposit back, please.",
        "I want R1,200 back.",
        "I expect the whole $300 back this week.",
        "I want them to take it back.",
    ):
        (remedy,) = by_key(check(text, None), "remedy")
        assert remedy.ok, text
    for text in ("I need 5 minutes to get back to you.", "I want to go back there in 2027."):
        (remedy,) = by_key(check(text, None), "remedy")
        assert not remedy.ok, text


def test_asking_for_something_lost_to_be_found_is_a_remedy() -> None:
    # The calm version of "Find it or I'm going to the papers" asks "I would like you to find it".
    (remedy,) = by_key(check("I would like you to find it by 20 December.", None), "remedy")
    assert remedy.ok
    (remedy,) = by_key(check("Could you trace my parcel, please?", None), "remedy")
    assert remedy.ok
    (remedy,) = by_key(check("I want to find out what happened.", None), "remedy")
    assert not remedy.ok


def test_a_remedy_someone_else_refused_is_not_the_users_request() -> None:
    for text in (
        "They refused to refund me.",
        "The engineer came to fix the boiler.",
        "They refused to refund my £79.",
    ):
        (remedy,) = by_key(check(text, None), "remedy")
        assert not remedy.ok, text


_CONTENT_PIECES = [
    "My order 88123 arrived broken",
    "on 3 May",
    "I paid £49.99",
    "order no. 5 arrived",
    "I called you",
    "I would like a refund",
    "Refund me",
    "they refused to refund me",
    "Mr. Smith",
    *_SEPARATORS,
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_CONTENT_PIECES), max_size=12))
def test_content_items_found_sentence_by_sentence_match_a_whole_text_search(pieces) -> None:
    """Facts, what was tried and the remedy are searched per sentence (cached); the first hit
    must be the one a search of the whole text finds, at the same offsets."""
    from complaint_desk.core.checklist import _DEMAND, _ITEM_PATTERNS
    from complaint_desk.core.tone.split import split_spans

    text = " ".join(pieces)
    for item in check(text, None):
        hits = [(m.start(), m.end()) for m in _ITEM_PATTERNS[item.key].finditer(text)]
        if item.key == "remedy":  # demands count only at a sentence's start
            for start, _end in split_spans(text):
                if m := _DEMAND.match(text, start):
                    hits.append((m.start(), m.end()))
        assert item.ok == bool(hits), (item.key, text)
        if hits:
            assert (item.start, item.end) == min(hits), (item.key, text)


# --- opinion vs fact (TextBlob subjectivity, issue 15) -----------------------------------------
def test_a_draft_of_opinions_is_asked_for_what_happened():
    from complaint_desk.core.checklist import check

    text = "This is the most awful, pathetic, ridiculous company. Honestly the worst I have seen."
    items = {i.key: i for i in check(text)}
    assert "opinion" in items and not items["opinion"].ok
    assert "add what happened, when, and what was said" in items["opinion"].detail


def test_a_factual_draft_has_no_opinion_item():
    from complaint_desk.core.checklist import check

    text = "My kettle (order A-12345) stopped working on 3 May. I called on 4 May and 6 May."
    assert "opinion" not in {i.key for i in check(text)}


def test_textblob_is_not_imported_by_the_checklist_module_itself():
    import subprocess
    import sys

    code = "import sys, complaint_desk.core.checklist; print('textblob' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stdout.strip() == "False", out.stderr


def test_a_claim_said_again_and_again_is_one_line() -> None:
    facts = TimelineFacts(calls=0)
    text = "I have called 3 times. " * 40
    claims = [i for i in check(text, facts) if i.key == "accuracy"]
    assert len(claims) == 1
    assert claims[0].label == "“called 3 times” (said 40 times)"
    assert claims[0].detail == "Your log shows 0 calls." and not claims[0].ok


def test_many_claims_end_in_one_line_saying_how_many_more_are_wrong() -> None:
    facts = TimelineFacts(calls=4, emails=1)
    text = " ".join(f"I called {n} times." for n in range(1, 9)) + " I sent 1 email."
    items = check(text, facts)
    claims = [i for i in items if i.key in ("accuracy", "more_claims")]
    assert len(claims) == MAX_CLAIMS_SHOWN
    more = claims[-1]
    assert more.key == "more_claims" and more.label == "5 more claims checked"
    # "called 5…8 times" are wrong (the log has 4 calls); "sent 1 email" is right.
    assert more.detail == "4 of them do not match your log." and not more.ok


def test_a_deadline_names_the_remedy():
    # "…has until Friday to return my deposit" says what would put it right
    remedy = {i.key: i.ok for i in check("Your agent has until Friday to return my deposit.")}
    assert remedy["remedy"]
    assert not {i.key: i.ok for i in check("They refused to return my deposit.")}["remedy"]
    assert not {i.key: i.ok for i in check("I waited until Monday to call them.")}["remedy"]
    # a deadline of two words (session 34, seen in the window after a calm version)
    given = check("I am giving you till Monday 24th to refund the $134.55.")
    assert {i.key: i.ok for i in given}["remedy"]
    assert not {i.key: i.ok for i in check("I waited till Monday 24th to call them.")}["remedy"]


def test_paying_what_is_owed_is_the_remedy():
    # Seen in the window (session 26): "Pay it by 5pm Friday 15 March or…" named no remedy.
    item = next(i for i in check("My bond is overdue. Pay it by 5pm Friday.") if i.key == "remedy")
    assert item.ok and item.detail == "“Pay it”"
    assert next(i for i in check("Return my bond by Friday.") if i.key == "remedy").ok
    for said in ("They said they would pay it forward.", "I asked them to pay it."):
        assert not next(i for i in check(said) if i.key == "remedy").ok


def test_a_demand_is_quoted_with_its_whole_amount():
    # Seen in the window (session 26): "Refund my £2,300 NOW…" was quoted as "Refund my £2".
    item = next(i for i in check("Refund my £2,300 NOW you thieves!!!") if i.key == "remedy")
    assert item.detail == "“Refund my £2,300”"
    item = next(i for i in check("Refund my deposit, please.") if i.key == "remedy")
    assert item.detail == "“Refund my deposit”"
