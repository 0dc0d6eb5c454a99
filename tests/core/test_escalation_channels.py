"""A vendor is quiet when any contact since its last answer is overdue, not only the latest."""

from datetime import UTC, datetime, timedelta

from complaint_desk.core.escalation import Step, suggest_next_step
from complaint_desk.core.models import Case, Channel, Contact, Outcome, Response

T0 = datetime(2026, 11, 12, 11, 0, tzinfo=UTC)
H = timedelta(hours=1)
CASE = Case(1, 1, "Broadband down", T0)


def test_a_recent_chat_does_not_hide_a_week_old_unanswered_call():
    contacts = [
        Contact(1, 1, Channel.PHONE, T0),
        Contact(2, 1, Channel.PHONE, T0 + 72 * H),
        Contact(3, 1, Channel.CHAT, T0 + 220 * H),
    ]
    responses = [Response(1, 1, T0 + 0.2 * H, Channel.PHONE, Outcome.ACKNOWLEDGED)]
    s = suggest_next_step(CASE, contacts, responses, T0 + 240 * H)
    assert s is not None and s.step is Step.PUBLIC_POST
    assert s.why.startswith("You called on 15 November 2026 and have had no reply for 7 days")


def test_contacts_before_the_latest_answer_are_not_held_against_the_vendor():
    contacts = [Contact(1, 1, Channel.EMAIL, T0), Contact(2, 1, Channel.CHAT, T0 + 200 * H)]
    responses = [Response(1, 1, T0 + 201 * H, Channel.CHAT, Outcome.ACKNOWLEDGED)]
    assert suggest_next_step(CASE, contacts, responses, T0 + 210 * H) is None
