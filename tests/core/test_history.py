"""Response-history metrics on hand-built timelines with known answers, plus properties."""

from __future__ import annotations

import statistics
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from complaint_desk.core.models import (
    LIVE_CHANNELS,
    Case,
    CaseStatus,
    Channel,
    Contact,
    Outcome,
    Reached,
    Response,
    Vendor,
)
from complaint_desk.core.records import history as h
from complaint_desk.core.records.history import Band, ContactState

T0 = datetime(2026, 3, 3, 9, 0, tzinfo=UTC)
PLUS2 = timezone(timedelta(hours=2))
MINUS5 = timezone(timedelta(hours=-5))
H = timedelta(hours=1)
M = timedelta(minutes=1)
D = timedelta(days=1)


def contact(cid, case, at, channel=Channel.EMAIL, reached=Reached.SPOKE):
    return Contact(cid, case, channel, at, reached=reached)


def response(rid, case, at, outcome=Outcome.ACKNOWLEDGED, link=None, channel=Channel.EMAIL):
    return Response(rid, case, at, channel, outcome, contact_id=link)


# --- linking -----------------------------------------------------------------------------------


def test_default_link_is_latest_earlier_contact_on_the_same_case():
    contacts = [contact(1, 1, T0), contact(2, 1, T0 + 2 * H), contact(3, 2, T0 + 3 * H)]
    responses = [response(10, 1, T0 + H), response(11, 1, T0 + 5 * H)]
    assert h.link_responses(contacts, responses) == {10: 1, 11: 2}


def test_contact_at_the_same_instant_counts_as_earlier_even_in_another_offset():
    # 11:00+02:00 is 09:00 UTC: the same instant as the response.
    contacts = [contact(1, 1, T0 - H), contact(2, 1, datetime(2026, 3, 3, 11, 0, tzinfo=PLUS2))]
    responses = [response(10, 1, T0)]
    assert h.link_responses(contacts, responses) == {10: 2}
    status = h.first_responses(contacts, responses, now=T0 + D)
    assert status[2].answered_after == timedelta(0)
    assert status[1].state is ContactState.PENDING


def test_contacts_at_the_same_instant_the_highest_id_is_latest():
    contacts = [contact(5, 1, T0), contact(3, 1, T0), contact(4, 1, T0)]
    assert h.link_responses(contacts, [response(10, 1, T0 + H)]) == {10: 5}


def test_response_before_any_contact_answers_nothing_and_is_counted_apart():
    contacts = [contact(1, 1, T0)]
    responses = [response(10, 1, T0 - H), response(11, 2, T0)]  # case 2 has no contacts
    assert h.link_responses(contacts, responses) == {10: None, 11: None}
    card = h.scorecard(
        [Vendor(1, "Acme")], [Case(1, 1, "c", T0), Case(2, 1, "d", T0)], contacts, responses, T0
    )
    total = card.row(1)
    assert total.unlinked_responses == 2 and card.unlinked_responses == 2
    assert total.answered == 0 and total.pending == 1
    assert total.median_first_response is None


def test_explicit_link_wins_over_the_default():
    contacts = [contact(1, 1, T0), contact(2, 1, T0 + H)]
    responses = [response(10, 1, T0 + 2 * H, link=1)]
    assert h.link_responses(contacts, responses) == {10: 1}
    status = h.first_responses(contacts, responses, now=T0 + 4 * D)
    assert status[1].answered_after == 2 * H
    assert status[2].state is ContactState.UNANSWERED


def test_explicit_link_to_an_unknown_contact_falls_back_to_the_default():
    contacts = [contact(1, 1, T0)]
    assert h.link_responses(contacts, [response(10, 1, T0 + H, link=99)]) == {10: 1}


def test_explicit_link_to_a_later_contact_never_gives_a_negative_time():
    contacts = [contact(1, 1, T0), contact(2, 1, T0 + 3 * H)]
    responses = [response(10, 1, T0 + H, link=2)]
    status = h.first_responses(contacts, responses, now=T0 + D)
    assert status[2].answered_after == timedelta(0)
    card = h.scorecard([Vendor(1, "A")], [Case(1, 1, "c", T0)], contacts, responses, T0 + D)
    assert card.row(1).median_first_response == timedelta(0)


def test_first_response_is_the_earliest_of_several():
    contacts = [contact(1, 1, T0)]
    responses = [response(11, 1, T0 + 5 * H), response(10, 1, T0 + 2 * H)]
    status = h.first_responses(contacts, responses, now=T0 + D)
    assert status[1].answered_after == 2 * H
    assert status[1].response_id == 10
    assert status[1].text == "answered in 2 h"


def test_time_zones_are_compared_as_instants():
    # 09:00+01:00 is 08:00 UTC; the answer at 04:30-05:00 is 09:30 UTC: 1 h 30 min later.
    c = contact(1, 1, datetime(2026, 3, 3, 9, 0, tzinfo=timezone(timedelta(hours=1))))
    r = response(10, 1, datetime(2026, 3, 3, 4, 30, tzinfo=MINUS5))
    status = h.first_responses([c], [r], now=T0 + D)
    assert status[1].answered_after == H + 30 * M


# --- states ------------------------------------------------------------------------------------


def test_pending_becomes_unanswered_at_the_threshold():
    contacts = [contact(1, 1, T0)]
    at_71h = h.first_responses(contacts, [], now=T0 + 71 * H)[1]
    assert at_71h.state is ContactState.PENDING and at_71h.waiting == 71 * H
    assert at_71h.text == "2 days, no answer yet"
    at_72h = h.first_responses(contacts, [], now=T0 + 72 * H)[1]
    assert at_72h.state is ContactState.UNANSWERED
    assert at_72h.text == "3 days, no answer"
    custom = h.first_responses(contacts, [], now=T0 + 25 * H, unanswered_after=24 * H)[1]
    assert custom.state is ContactState.UNANSWERED


def test_a_late_answer_still_counts_as_answered():
    contacts = [contact(1, 1, T0)]
    status = h.first_responses(contacts, [response(10, 1, T0 + 5 * D)], now=T0 + 6 * D)[1]
    assert status.state is ContactState.ANSWERED and status.answered_after == 5 * D


def test_contact_in_the_future_waits_zero():
    status = h.first_responses([contact(1, 1, T0 + H)], [], now=T0)[1]
    assert status.waiting == timedelta(0) and status.state is ContactState.PENDING


# --- percentiles -------------------------------------------------------------------------------


def test_median_and_nearest_rank_percentile():
    assert h.median([3, 1, 2]) == 2
    assert h.median([4, 1, 3, 2]) == 2.5
    assert h.median([]) is None
    assert h.median([H, 2 * H]) == 90 * M
    data = list(range(1, 11))
    assert h.percentile(data, 90) == 9  # ceil(0.9 * 10) = 9th smallest
    assert h.percentile(data, 50) == 5
    assert h.percentile(data, 100) == 10
    assert h.percentile(data, 1) == 1
    assert h.percentile(list(range(1, 21)), 90) == 18
    assert h.percentile([7], 90) == 7
    assert h.percentile([], 90) is None
    assert h.percentile([1, 2, 3], 66.7) == 3  # ceil(2.001) = 3
    with pytest.raises(ValueError):
        h.percentile(data, 0)


# --- bands -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("channel", "value", "band"),
    [
        (Channel.SOCIAL, 5 * M, Band.EXCELLENT),
        (Channel.SOCIAL, H, Band.EXCELLENT),
        (Channel.SOCIAL, H + M, Band.FAIR),
        (Channel.SOCIAL, 24 * H, Band.FAIR),
        (Channel.SOCIAL, 48 * H, Band.SLOW),
        (Channel.SOCIAL, 72 * H, Band.SLOW),
        (Channel.SOCIAL, 72 * H + M, Band.POOR),
        (Channel.EMAIL, 30 * M, Band.EXCELLENT),
        (Channel.EMAIL, 24 * H, Band.GOOD),
        (Channel.EMAIL, 3 * D, Band.FAIR),
        (Channel.EMAIL, 10 * D, Band.SLOW),
        (Channel.EMAIL, 15 * D + M, Band.POOR),
        (Channel.PHONE, 12 * H, Band.FAIR),
        (Channel.CHAT, 2 * M, Band.EXCELLENT),
        (Channel.LETTER, 10 * D, Band.FAIR),
        (Channel.LETTER, 57 * D, Band.POOR),
        (Channel.IN_PERSON, 2 * D, Band.FAIR),
        ("email", 2 * H, Band.GOOD),
    ],
)
def test_band_for(channel, value, band):
    assert h.band_for(channel, value) is band


def test_every_channel_has_ordered_bands_with_a_fair_limit_and_colours():
    for ch in Channel:
        limits = [limit for limit, _ in h.BAND_LIMITS[ch]]
        assert limits == sorted(limits)
        assert h.quiet_after(ch) in limits
    assert h.quiet_after(Channel.SOCIAL) == 24 * H
    assert h.quiet_after(Channel.EMAIL) == 3 * D
    assert {b.colour for b in Band} == {"green", "light-green", "amber", "orange", "red"}
    assert Band.SLOW.label == "Slow"


# --- scorecard ---------------------------------------------------------------------------------


def _known_timeline():
    vendors = [Vendor(1, "Acme"), Vendor(2, "Globex"), Vendor(3, "Quiet Ltd")]
    cases = [
        Case(1, 1, "router", T0),
        Case(2, 1, "bill", T0),
        Case(3, 2, "refund", T0),
    ]
    contacts = [
        # case 1: email answered in 2 h, then a social post answered in 10 min and resolved later
        contact(1, 1, T0, Channel.EMAIL),
        contact(2, 1, T0 + D, Channel.SOCIAL),
        # case 2: email answered in 6 h, another email never answered (old), a phone call pending
        contact(3, 2, T0, Channel.EMAIL),
        contact(4, 2, T0 + D, Channel.EMAIL),
        contact(5, 2, T0 + 9 * D + 12 * H, Channel.PHONE, Reached.VOICEMAIL),
        # case 3 (other vendor): social answered in 30 min, resolved on that answer
        contact(6, 3, T0, Channel.SOCIAL),
        # a contact on a case nobody knows: ignored
        contact(7, 99, T0, Channel.EMAIL),
    ]
    responses = [
        response(1, 1, T0 + 2 * H),
        response(2, 1, T0 + D + 10 * M, channel=Channel.SOCIAL),
        response(3, 1, T0 + 3 * D, Outcome.RESOLVED),  # answers contact 2 (social)
        response(4, 2, T0 + 6 * H),
        response(5, 3, T0 + 30 * M, Outcome.RESOLVED, channel=Channel.SOCIAL),
        response(6, 3, T0 - D),  # before any contact
    ]
    now = T0 + 10 * D
    return vendors, cases, contacts, responses, now


def test_scorecard_on_a_known_timeline():
    card = h.scorecard(*_known_timeline())
    acme = card.row(1)
    assert (acme.vendor_name, acme.contacts, acme.answered, acme.unanswered, acme.pending) == (
        "Acme",
        5,
        3,
        1,
        1,
    )
    assert acme.reply_rate == pytest.approx(3 / 4)  # the pending phone call is left out
    assert acme.median_first_response == 2 * H  # 10 min, 2 h, 6 h
    assert acme.p90_first_response == 6 * H
    assert (acme.cases, acme.resolved, acme.resolution_rate) == (2, 1, 0.5)
    assert acme.median_resolution == 3 * D  # from the case's first contact
    assert acme.last_contact_at == T0 + 9 * D + 12 * H
    assert acme.band is None

    email = card.row(1, Channel.EMAIL)
    assert (email.contacts, email.answered, email.unanswered, email.pending) == (3, 2, 1, 0)
    assert email.reply_rate == pytest.approx(2 / 3)
    assert email.median_first_response == 4 * H  # mean of 2 h and 6 h
    assert email.p90_first_response == 6 * H
    assert (email.cases, email.resolved, email.resolution_rate) == (2, 0, 0.0)
    assert email.band is Band.GOOD

    social = card.row(1, Channel.SOCIAL)
    assert (social.contacts, social.answered, social.cases, social.resolved) == (1, 1, 1, 1)
    assert social.median_first_response == 10 * M
    assert social.median_resolution == 2 * D  # from the first social contact of the case
    assert social.band is Band.EXCELLENT

    phone = card.row(1, Channel.PHONE)
    assert (phone.contacts, phone.pending, phone.reply_rate) == (1, 1, None)

    globex = card.row(2)
    assert (globex.contacts, globex.answered, globex.unlinked_responses) == (1, 1, 1)
    assert globex.median_resolution == 30 * M and globex.resolution_rate == 1.0

    quiet = card.row(3)
    assert quiet.contacts == 0 and quiet.reply_rate is None and quiet.resolution_rate is None
    assert card.vendor_rows(3) == [quiet]
    assert card.row(1, Channel.CHAT) is None
    assert [r.channel for r in card.vendor_rows(1)] == [
        None,
        Channel.PHONE,
        Channel.EMAIL,
        Channel.SOCIAL,
    ]


def test_all_vendor_rows_add_up():
    card = h.scorecard(*_known_timeline())
    total = card.row(None)
    assert total.vendor_name == h.ALL_VENDORS
    assert (total.contacts, total.answered, total.unanswered, total.pending) == (6, 4, 1, 1)
    assert total.median_first_response == 75 * M  # 10 min, 30 min | 2 h, 6 h
    social = card.row(None, Channel.SOCIAL)
    assert (social.contacts, social.answered, social.cases, social.resolved) == (2, 2, 2, 2)
    assert social.median_first_response == 20 * M
    assert (total.cases, total.resolved) == (3, 2)
    assert total.unlinked_responses == 1


# --- waiting clocks ----------------------------------------------------------------------------


def test_vendor_waiting_clocks():
    cases = [
        Case(1, 1, "open", T0),
        Case(2, 1, "closed", T0, status=CaseStatus.CLOSED),
        Case(3, 2, "resolved by an answer", T0),
        Case(4, 1, "answered", T0),
    ]
    contacts = [
        contact(1, 1, T0, Channel.PHONE),
        contact(2, 1, T0 + 2 * H, Channel.EMAIL),
        contact(3, 1, T0 + 3 * H, Channel.EMAIL),  # same channel: the earlier one sets the clock
        contact(4, 2, T0, Channel.EMAIL),
        contact(5, 3, T0, Channel.EMAIL),
        contact(6, 4, T0, Channel.EMAIL),
    ]
    responses = [
        response(1, 1, T0 + H),  # answers the phone call
        response(2, 3, T0 + H, Outcome.RESOLVED),
        response(3, 4, T0 + H),
    ]
    clocks = h.vendor_waiting(cases, contacts, responses, now=T0 + 16 * H)
    assert list(clocks) == [1]
    (clock,) = clocks[1]
    assert (clock.case_id, clock.contact_id, clock.channel) == (1, 2, Channel.EMAIL)
    assert clock.waiting == 14 * H
    assert clock.text == "no reply for 14 h on email"
    assert clock.band is Band.GOOD and not clock.quiet
    later = h.vendor_waiting(cases, contacts, responses, now=T0 + 5 * D)[1][0]
    assert later.quiet and later.band is Band.SLOW


def test_waiting_clocks_are_longest_first():
    cases = [Case(1, 1, "a", T0), Case(2, 1, "b", T0)]
    contacts = [
        contact(1, 1, T0 + D, Channel.SOCIAL),
        contact(2, 2, T0, Channel.CHAT, Reached.NO_ANSWER),
    ]
    clocks = h.vendor_waiting(cases, contacts, [], now=T0 + 3 * D)[1]
    assert [c.contact_id for c in clocks] == [2, 1]


# --- properties --------------------------------------------------------------------------------

OFFSETS = [UTC, PLUS2, MINUS5]


@st.composite
def timelines(draw):
    n_cases = draw(st.integers(1, 4))
    cases = [Case(i, draw(st.integers(1, 2)), f"case {i}", T0) for i in range(1, n_cases + 1)]
    minute = st.integers(0, 6 * 24 * 60)
    contacts = [
        Contact(
            i,
            draw(st.integers(1, n_cases)),
            draw(st.sampled_from(list(Channel))),
            (T0 + draw(minute) * M).astimezone(draw(st.sampled_from(OFFSETS))),
            reached=draw(st.sampled_from(list(Reached))),
            outcome=draw(st.none() | st.sampled_from(list(Outcome))),
        )
        for i in range(1, draw(st.integers(0, 12)) + 1)
    ]
    responses = []
    for i in range(1, draw(st.integers(0, 12)) + 1):
        link = draw(st.none() | st.integers(1, 14))
        responses.append(
            Response(
                i,
                draw(st.integers(1, n_cases)),
                (T0 + draw(minute) * M).astimezone(draw(st.sampled_from(OFFSETS))),
                draw(st.sampled_from(list(Channel))),
                draw(st.sampled_from(list(Outcome))),
                contact_id=link,
            )
        )
    now = T0 + draw(st.integers(0, 8 * 24 * 60)) * M
    return [Vendor(1, "A"), Vendor(2, "B")], cases, contacts, responses, now


def _reference_links(contacts, responses):
    """Brute force, straight from the definition."""
    by_id = {c.id: c for c in contacts}
    out = {}
    for r in responses:
        if r.contact_id in by_id:
            out[r.id] = r.contact_id
            continue
        earlier = [c for c in contacts if c.case_id == r.case_id and c.at <= r.at]
        out[r.id] = max(earlier, key=lambda c: (c.at, c.id)).id if earlier else None
    return out


@settings(max_examples=150, deadline=None)
@given(timelines())
def test_links_match_the_definition(data):
    _, _, contacts, responses, _ = data
    assert h.link_responses(contacts, responses) == _reference_links(contacts, responses)


@settings(max_examples=150, deadline=None)
@given(timelines())
def test_scorecard_stays_within_bounds_and_matches_a_brute_force_count(data):
    vendors, cases, contacts, responses, now = data
    card = h.scorecard(vendors, cases, contacts, responses, now)
    links = _reference_links(contacts, responses)
    vendor_of = {c.id: c.vendor_id for c in cases}
    for row in card.rows + card.channel_rows:
        mine = [
            c
            for c in contacts
            if (row.vendor_id is None or vendor_of[c.case_id] == row.vendor_id)
            and (row.channel is None or c.channel == row.channel)
        ]
        times = []
        for c in mine:
            answers = [r.at for r in responses if links[r.id] == c.id]
            if c.reached is Reached.SPOKE and c.channel in LIVE_CHANNELS:
                answers.append(c.at)  # a call that got through answers itself
            if answers:
                times.append(max(timedelta(0), min(answers) - c.at))
        assert row.contacts == len(mine)
        assert row.answered == len(times)
        assert row.answered + row.unanswered + row.pending == row.contacts
        for rate in (row.reply_rate, row.resolution_rate):
            assert rate is None or 0.0 <= rate <= 1.0
        if times:
            assert row.median_first_response == statistics.median(times)
            assert min(times) <= row.median_first_response <= row.p90_first_response
            assert row.p90_first_response <= max(times)
        else:
            assert row.median_first_response is None and row.p90_first_response is None
        if row.median_resolution is not None:
            assert row.median_resolution >= timedelta(0)
        assert row.resolved <= row.cases
    assert card.unlinked_responses == sum(1 for v in links.values() if v is None)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.integers(0, 10**9), min_size=1, max_size=40), st.integers(1, 100))
def test_percentiles_are_monotone_and_within_the_data(values, p):
    assert min(values) <= h.median(values) <= max(values)
    assert h.percentile(values, 50) <= h.percentile(values, 90) <= max(values)
    assert h.median(values) <= h.percentile(values, 90)
    assert min(values) <= h.percentile(values, p) <= max(values)


# --- live contacts: a call, chat or visit that got through is answered as it happens -----------


def test_a_call_where_you_spoke_to_someone_is_answered_when_it_happened():
    cases = [Case(1, 1, "baggage", T0)]
    call = Contact(1, 1, Channel.PHONE, T0, duration_min=40, rep="Dana", summary="Bag traced")
    statuses = h.first_responses([call], [], now=T0 + 33 * H)
    assert statuses[1].state is h.ContactState.ANSWERED
    assert statuses[1].answered_after == timedelta(0) and statuses[1].response_id is None
    assert h.vendor_waiting(cases, [call], [], now=T0 + 33 * H) == {}
    phone = h.scorecard([Vendor(1, "Skyway")], cases, [call], [], T0 + 33 * H).row(1, Channel.PHONE)
    assert (phone.answered, phone.unanswered, phone.reply_rate) == (1, 0, 1.0)
    assert phone.median_first_response == timedelta(0)


@pytest.mark.parametrize("reached", [Reached.NO_ANSWER, Reached.VOICEMAIL, Reached.CUT_OFF])
def test_a_call_that_did_not_get_through_waits_like_a_message(reached):
    cases = [Case(1, 1, "baggage", T0)]
    call = Contact(1, 1, Channel.PHONE, T0, reached=reached)
    statuses = h.first_responses([call], [], now=T0 + 80 * H)
    assert statuses[1].state is h.ContactState.UNANSWERED
    (clock,) = h.vendor_waiting(cases, [call], [], now=T0 + 80 * H)[1]
    assert clock.contact_id == 1 and clock.waiting == 80 * H
    phone = h.scorecard([Vendor(1, "Skyway")], cases, [call], [], T0 + 80 * H).row(1, Channel.PHONE)
    assert (phone.answered, phone.unanswered, phone.reply_rate) == (0, 1, 0.0)


def test_a_written_message_is_never_answered_by_itself():
    # `reached` means nothing off the live channels: an e-mail waits for its reply.
    mail = Contact(1, 1, Channel.EMAIL, T0, rep="Dana")
    assert h.first_responses([mail], [], now=T0 + 80 * H)[1].state is h.ContactState.UNANSWERED


def test_a_call_that_sorted_it_out_resolves_the_case_and_stops_every_clock():
    cases = [Case(1, 1, "refund", T0)]
    contacts = [
        Contact(1, 1, Channel.EMAIL, T0),
        Contact(2, 1, Channel.CHAT, T0 + 2 * D, rep="Sam", outcome=Outcome.RESOLVED),
    ]
    card = h.scorecard([Vendor(1, "Acme")], cases, contacts, [], T0 + 5 * D)
    total = card.row(1)
    assert (total.resolved, total.resolution_rate) == (1, 1.0)
    assert total.median_resolution == 2 * D
    assert card.row(1, Channel.CHAT).resolved == 1
    # the e-mail before the chat was never answered, but the case is settled: no clock runs
    assert h.vendor_waiting(cases, contacts, [], now=T0 + 5 * D) == {}


def test_a_call_that_got_through_answers_what_came_before_for_the_waiting_clock():
    cases = [Case(1, 1, "refund", T0)]
    contacts = [Contact(1, 1, Channel.EMAIL, T0), Contact(2, 1, Channel.PHONE, T0 + D, rep="Ali")]
    # The e-mail itself stays unanswered in the figures, but no clock runs after the call.
    assert h.vendor_waiting(cases, contacts, [], now=T0 + 4 * D) == {}
    statuses = h.first_responses(contacts, [], now=T0 + 4 * D)
    assert statuses[1].state is h.ContactState.UNANSWERED
    assert statuses[2].state is h.ContactState.ANSWERED
