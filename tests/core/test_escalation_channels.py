"""A vendor is quiet when any contact since its last answer is overdue, not only the latest."""

from datetime import UTC, datetime, timedelta

from complaint_desk.core.models import Case, Channel, Contact, Outcome, Reached, Response
from complaint_desk.core.records.escalation import Step, suggest_next_step

T0 = datetime(2026, 11, 12, 11, 0, tzinfo=UTC)
H = timedelta(hours=1)
CASE = Case(1, 1, "Broadband down", T0)


def test_a_recent_chat_does_not_hide_a_week_old_unanswered_call():
    contacts = [
        Contact(1, 1, Channel.PHONE, T0),
        Contact(2, 1, Channel.PHONE, T0 + 72 * H, reached=Reached.NO_ANSWER),
        Contact(3, 1, Channel.CHAT, T0 + 220 * H, reached=Reached.NO_ANSWER),
    ]
    responses = [Response(1, 1, T0 + 0.2 * H, Channel.PHONE, Outcome.ACKNOWLEDGED)]
    s = suggest_next_step(CASE, contacts, responses, T0 + 240 * H)
    assert s is not None and s.step is Step.PUBLIC_POST
    assert s.why.startswith("You called on 15 November 2026 and have had no reply for 7 days")


def test_contacts_before_the_latest_answer_are_not_held_against_the_vendor():
    contacts = [Contact(1, 1, Channel.EMAIL, T0), Contact(2, 1, Channel.CHAT, T0 + 200 * H)]
    responses = [Response(1, 1, T0 + 201 * H, Channel.CHAT, Outcome.ACKNOWLEDGED)]
    assert suggest_next_step(CASE, contacts, responses, T0 + 210 * H) is None


def test_a_call_where_you_spoke_to_someone_is_not_a_reason_to_post():
    # The 40-minute call with a named rep was answered as it happened: nothing has gone quiet.
    contacts = [Contact(1, 1, Channel.PHONE, T0, duration_min=40, rep="Dana")]
    assert suggest_next_step(CASE, contacts, [], T0 + 33 * H) is None
    assert suggest_next_step(CASE, contacts, [], T0 + 300 * H) is None


def test_a_voicemail_left_unanswered_past_the_phone_band_is():
    contacts = [Contact(1, 1, Channel.PHONE, T0, reached=Reached.VOICEMAIL)]
    s = suggest_next_step(CASE, contacts, [], T0 + 100 * H)
    assert s is not None and s.step is Step.PUBLIC_POST


def test_a_refusal_on_the_phone_is_a_refusal():
    contacts = [
        Contact(1, 1, Channel.PHONE, T0, rep="Dana", summary="No refund", outcome=Outcome.REFUSED)
    ]
    s = suggest_next_step(CASE, contacts, [], T0 + 2 * H)
    assert s is not None and s.step is Step.PUBLIC_POST
    assert "they refused (No refund)" in s.why


def test_a_call_that_sorted_it_out_ends_the_ladder():
    contacts = [
        Contact(1, 1, Channel.EMAIL, T0),
        Contact(2, 1, Channel.PHONE, T0 + 200 * H, rep="Dana", outcome=Outcome.RESOLVED),
    ]
    assert suggest_next_step(CASE, contacts, [], T0 + 400 * H) is None
