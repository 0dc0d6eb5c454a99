"""The letter to a senior manager is built from the timeline, politely and factually."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from complaint_desk.core.models import Case, Channel, Contact, Outcome, Response, Vendor
from complaint_desk.core.records.letter import draft_letter

T0 = datetime(2026, 3, 3, 9, 0, tzinfo=UTC)
D = timedelta(days=1)
VENDOR = Vendor(1, "Acme Broadband")
CASE = Case(
    7,
    1,
    "Router never arrived",
    T0,
    story="I ordered a router on 1 March and it never arrived",
    reference="AB-1234",
    remedy="a full refund of £49",
)
CONTACTS = [
    Contact(
        1,
        7,
        Channel.PHONE,
        T0,
        duration_min=25,
        rep="Dana",
        summary="the router would arrive in two days",
    ),
    Contact(2, 7, Channel.EMAIL, T0 + 3 * D, summary="I asked where the router was."),
    Contact(3, 7, Channel.SOCIAL, T0 + 7 * D, site="x"),
    Contact(4, 8, Channel.EMAIL, T0, summary="ANOTHER CASE"),
]
RESPONSES = [
    Response(1, 7, T0 + D, Channel.EMAIL, Outcome.ACKNOWLEDGED, who="Alex", summary="on its way")
]
NOW = T0 + 11 * D


def test_letter_tells_the_timeline_in_order():
    text = draft_letter(VENDOR, CASE, CONTACTS, RESPONSES, now=NOW, user_name="Sam Jones")
    lines = text.splitlines()
    assert "Re: Router never arrived (reference AB-1234)" in lines
    call = (
        "On 3 March 2026 I called your customer service line (the call took 25 minutes) and "
        "spoke to Dana. My note of it: “the router would arrive in two days”."
    )
    reply = "On 4 March 2026 Alex replied by email and acknowledged my complaint: on its way."
    email = (
        "On 6 March 2026 I emailed your customer service team. "
        "My note of it: “I asked where the router was”."
    )
    post = "On 10 March 2026 I posted about the problem publicly on X (Twitter)."
    assert [lines.index(x) for x in (call, reply, email, post)] == sorted(
        lines.index(x) for x in (call, reply, email, post)
    )
    assert "I have had no reply to my messages of 6 March 2026 and 10 March 2026." in lines
    assert "a full refund of £49." in text
    assert "by 28 March 2026" in text
    assert lines[-1] == "Sam Jones"
    assert "ANOTHER CASE" not in text
    assert text.startswith("14 March 2026\n")


def test_letter_without_name_or_remedy_or_contacts():
    bare = Case(9, 1, "", T0)
    text = draft_letter(VENDOR, bare, [], [], now=NOW)
    assert "Re: my complaint" in text
    assert "[Your name]" in text
    assert "put things right" in text
    assert "What has happened so far" not in text


def test_letter_dates_follow_the_given_zone():
    late = [Contact(1, 7, Channel.EMAIL, datetime(2026, 3, 3, 23, 30, tzinfo=UTC))]
    tokyo = timezone(timedelta(hours=9))
    text = draft_letter(VENDOR, CASE, late, [], now=NOW, tz=tokyo)
    assert "On 4 March 2026 I emailed" in text


def test_letter_stays_polite():
    text = draft_letter(VENDOR, CASE, CONTACTS, RESPONSES, now=NOW).lower()
    for word in ("!", "disgusting", "useless", "lawyer", "sue "):
        assert word not in text


def test_each_event_once_and_no_reply_claimed_where_the_vendor_replied_afterwards():
    post = Contact(5, 7, Channel.SOCIAL, T0, summary="Posted on X (Twitter)", site="x")
    call = Contact(6, 7, Channel.PHONE, T0 + D, duration_min=40, rep="Gary")
    email = Contact(7, 7, Channel.EMAIL, T0 + 2 * D)
    reply = Response(2, 7, T0 + 3 * D, Channel.EMAIL, Outcome.OFFERED, who="Kim")
    text = draft_letter(VENDOR, CASE, [post, call, email], [reply], now=NOW)
    assert text.count("X (Twitter)") == 1  # the post, said once
    assert "and spoke to Gary." in text
    assert "no reply" not in text  # the vendor replied after all three
    later = Contact(8, 7, Channel.EMAIL, T0 + 5 * D)
    text = draft_letter(VENDOR, CASE, [post, call, email, later], [reply], now=NOW)
    assert "I have had no reply to my message of 8 March 2026." in text


def test_a_named_person_on_an_email_is_not_spoken_to():
    email = Contact(9, 7, Channel.EMAIL, T0, rep="Jess", summary="Asked for a refund")
    text = draft_letter(VENDOR, CASE, [email], [], now=NOW)
    assert "I emailed your customer service team (Jess). My note of it:" in text
    assert "spoke to Jess" not in text


def test_a_call_that_did_not_get_through_is_told_so_and_counts_as_unanswered():
    from complaint_desk.core.models import Reached

    calls = [
        Contact(1, 7, Channel.PHONE, T0, reached=Reached.VOICEMAIL),
        Contact(2, 7, Channel.CHAT, T0 + D, reached=Reached.CUT_OFF),
    ]
    text = draft_letter(VENDOR, CASE, calls, [], now=NOW)
    assert "I called your customer service line, but no one answered and I left a message." in text
    assert "I contacted you on your online chat, but I was cut off before anyone could help." in (
        text
    )
    assert "I have had no reply to my messages of 3 March 2026 and 4 March 2026." in text


def test_what_came_of_a_call_is_part_of_its_sentence_and_answers_it():
    calls = [
        Contact(1, 7, Channel.EMAIL, T0),
        Contact(2, 7, Channel.PHONE, T0 + D, rep="Dana", outcome=Outcome.REFUSED),
        Contact(3, 7, Channel.PHONE, T0 + 2 * D, outcome=Outcome.OFFERED),
    ]
    text = draft_letter(VENDOR, CASE, calls, [], now=NOW)
    assert "I called your customer service line and spoke to Dana, who declined my request." in text
    assert "I called your customer service line; your team offered a remedy." in text
    assert "no reply" not in text  # the calls answered, and the e-mail came before them
