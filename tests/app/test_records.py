"""RecordsService: re-linking, vendor timelines, waiting clocks and escalation (FakeClock)."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta, timezone

import pytest

from complaint_desk.app.records import scorecard, vendor_rows
from complaint_desk.core.models import Case, Channel, Contact, Outcome, Reached, Response, Vendor
from complaint_desk.core.records.escalation import Step
from tests.app.conftest import T0, H


def _case(desk, name="Acme", title="Broken kettle"):
    vendor = desk.records.save_vendor(Vendor(None, name))
    return vendor, desk.records.save_case(Case(None, vendor.id, title, T0))


def test_relink_moves_the_answer_and_the_scorecard(desk, clock):
    vendor, case = _case(desk)
    call = desk.records.log_contact(
        Contact(None, case.id, Channel.PHONE, T0, reached=Reached.VOICEMAIL)
    )
    mail = desk.records.log_contact(Contact(None, case.id, Channel.EMAIL, T0 + 2 * H))
    reply = desk.records.log_response(
        Response(None, case.id, T0 + 3 * H, Channel.EMAIL, Outcome.ACKNOWLEDGED)
    )
    clock.advance(100 * H)
    card = scorecard(desk.records)
    assert card.row(vendor.id, Channel.EMAIL).median_first_response == H
    assert card.row(vendor.id, Channel.PHONE).unanswered == 1

    seen = []
    desk.records.timeline_changed.connect(seen.append)
    desk.records.relink_response(reply.id, call.id)
    assert seen == [case.id]
    card = scorecard(desk.records)
    assert card.row(vendor.id, Channel.PHONE).median_first_response == 3 * H
    assert card.row(vendor.id, Channel.EMAIL).unanswered == 1
    entry = next(e for e in desk.records.timeline(case.id) if e.kind == "response")
    assert entry.answers_id == call.id
    assert entry.answer == "answered in 3 h"
    assert entry.answers_label.startswith("your phone of ")

    desk.records.relink_response(reply.id, None)  # back to the default rule
    entry = next(e for e in desk.records.timeline(case.id) if e.kind == "response")
    assert entry.answers_id == mail.id


def test_relink_refuses_another_vendors_contact(desk):
    _vendor, case = _case(desk)
    _other, other_case = _case(desk, "Globex", "Late parcel")
    desk.records.log_contact(Contact(None, case.id, Channel.PHONE, T0))
    elsewhere = desk.records.log_contact(Contact(None, other_case.id, Channel.PHONE, T0))
    reply = desk.records.log_response(
        Response(None, case.id, T0 + H, Channel.PHONE, Outcome.ACKNOWLEDGED)
    )
    with pytest.raises(ValueError):
        desk.records.relink_response(reply.id, elsewhere.id)


def test_contacts_in_other_time_zones_link_by_instant(desk):
    vendor, case = _case(desk)
    new_york = timezone(timedelta(hours=-5))
    tokyo = timezone(timedelta(hours=9))
    # 09:00 UTC written as 04:00 in New York; the answer at 19:00 in Tokyo is 10:00 UTC.
    desk.records.log_contact(Contact(None, case.id, Channel.EMAIL, T0.astimezone(new_york)))
    desk.records.log_response(
        Response(None, case.id, (T0 + H).astimezone(tokyo), Channel.EMAIL, Outcome.OFFERED)
    )
    card = scorecard(desk.records)
    assert card.row(vendor.id, Channel.EMAIL).median_first_response == H
    assert desk.records.timeline(case.id)[0].answer.startswith("answered in 1 h")


def test_vendor_timeline_spans_cases_with_titles(desk, clock):
    vendor, first = _case(desk)
    second = desk.records.save_case(Case(None, vendor.id, "Wrong refund", T0))
    desk.records.log_contact(Contact(None, first.id, Channel.PHONE, T0))
    desk.records.log_contact(Contact(None, second.id, Channel.CHAT, T0 + H))
    entries = desk.records.vendor_timeline(vendor.id)
    assert [e.case_title for e in entries] == ["Wrong refund", "Broken kettle"]


def test_vendor_timeline_is_rebuilt_when_a_record_or_the_minute_changes(desk, clock):
    vendor, case = _case(desk)
    desk.records.log_contact(Contact(None, case.id, Channel.EMAIL, T0))
    first = desk.records.vendor_timeline(vendor.id)
    assert desk.records.vendor_timeline(vendor.id) is first  # nothing changed: kept
    clock.advance(timedelta(minutes=1))
    later = desk.records.vendor_timeline(vendor.id)
    assert later is not first  # its waiting words count minutes
    desk.records.log_contact(Contact(None, case.id, Channel.PHONE, T0 + H))
    logged = desk.records.vendor_timeline(vendor.id)
    assert len(logged) == len(later) + 1
    desk.records.save_case(replace(case, title="Kettle, still broken"))
    assert {e.case_title for e in desk.records.vendor_timeline(vendor.id)} == {
        "Kettle, still broken"
    }


def test_scorecard_is_rebuilt_when_a_record_or_the_minute_changes(desk, clock):
    vendor, case = _case(desk)
    desk.records.log_contact(Contact(None, case.id, Channel.EMAIL, T0))
    first = scorecard(desk.records)
    assert scorecard(desk.records) is first
    desk.records.log_response(
        Response(None, case.id, T0 + H, Channel.EMAIL, Outcome.RESOLVED, contact_id=None)
    )
    answered = scorecard(desk.records)
    assert answered is not first and answered != first
    clock.advance(timedelta(minutes=1))
    assert scorecard(desk.records) is not answered
    desk.records.save_vendor(replace(vendor, name="Acme Kettles"))
    assert "Acme Kettles" in str(scorecard(desk.records))


def test_vendor_rows_show_waiting_clocks(desk, clock):
    vendor, case = _case(desk)
    desk.records.log_contact(Contact(None, case.id, Channel.EMAIL, T0))
    clock.advance(14 * H + 20 * timedelta(minutes=1))
    (row,) = vendor_rows(desk.records)
    assert row.waiting_text == "no reply for 14 h on email"
    assert not row.quiet
    clock.advance(4 * 24 * H)
    assert vendor_rows(desk.records)[0].quiet


def test_suggestion_only_once_the_vendor_is_quiet(desk, clock):
    _vendor, case = _case(desk)
    desk.records.log_contact(Contact(None, case.id, Channel.EMAIL, T0))
    clock.advance(24 * H)
    assert desk.records.suggestion(case.id) is None
    clock.advance(3 * 24 * H)
    s = desk.records.suggestion(case.id)
    assert s.step is Step.PUBLIC_POST
    assert "You emailed on 2 March 2026" in s.why


def test_region_is_remembered_and_changes_the_regulator_step(desk, clock):
    _vendor, case = _case(desk)
    desk.records.log_contact(Contact(None, case.id, Channel.LETTER, T0))
    clock.advance(60 * 24 * H)
    desk.records.set_region("UK")
    assert desk.records.region() == "UK"
    assert "ombudsman" in desk.records.suggestion(case.id).title
    desk.records.set_region("US")
    assert "CFPB" in desk.records.suggestion(case.id).deadline


def test_letter_comes_from_the_timeline(desk):
    _vendor, case = _case(desk)
    desk.records.log_contact(
        Contact(None, case.id, Channel.PHONE, T0, 25, "Sam", "they would send a new kettle")
    )
    text = desk.records.letter(case.id, "Jo Bloggs")
    assert "On 2 March 2026 I called your customer service line" in text
    assert text.rstrip().endswith("Jo Bloggs")


def test_a_call_that_got_through_shows_who_answered_and_never_a_waiting_clock(desk, clock):
    vendor, case = _case(desk, "Skyway", "Lost bag")
    desk.records.log_contact(
        Contact(
            None,
            case.id,
            Channel.PHONE,
            T0,
            duration_min=40,
            rep="Dana",
            summary="Bag traced to Lisbon",
            outcome=Outcome.OFFERED,
        )
    )
    clock.advance(33 * H)
    (entry,) = desk.records.timeline(case.id)
    assert entry.answer == "spoke to Dana: offered a remedy" and not entry.late
    (row,) = vendor_rows(desk.records)
    assert row.waiting == ()
    assert desk.records.suggestion(case.id) is None
    phone = scorecard(desk.records).row(vendor.id, Channel.PHONE)
    assert (phone.answered, phone.unanswered, phone.reply_rate) == (1, 0, 1.0)


def test_a_voicemail_waits_and_is_marked_late_past_the_phone_band(desk, clock):
    vendor, case = _case(desk)
    call = desk.records.log_contact(
        Contact(None, case.id, Channel.PHONE, T0, reached=Reached.VOICEMAIL)
    )
    clock.advance(80 * H)
    (entry,) = desk.records.timeline(case.id)
    assert entry.answer == "left a voicemail · 3 days, no reply" and entry.late
    assert vendor_rows(desk.records)[0].waiting[0].contact_id == call.id
    # The person corrects it: they did get through after all. The clock stops at once.
    desk.records.update_contact(replace(call, reached=Reached.SPOKE, rep="Ali"))
    (entry,) = desk.records.timeline(case.id)
    assert entry.answer == "spoke to Ali"
    assert vendor_rows(desk.records)[0].waiting == ()
    assert scorecard(desk.records).row(vendor.id, Channel.PHONE).reply_rate == 1.0


def test_a_call_that_sorted_it_out_resolves_the_case_in_the_figures(desk, clock):
    vendor, case = _case(desk)
    desk.records.log_contact(Contact(None, case.id, Channel.EMAIL, T0))
    desk.records.log_contact(
        Contact(None, case.id, Channel.CHAT, T0 + 24 * H, rep="Sam", outcome=Outcome.RESOLVED)
    )
    clock.advance(5 * 24 * H)
    total = scorecard(desk.records).row(vendor.id)
    assert (total.resolved, total.resolution_rate) == (1, 1.0)
    assert vendor_rows(desk.records)[0].waiting == ()
