"""Next-step suggestions: one rung at a time, only when the vendor has gone quiet or refused."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from complaint_desk.core.models import Case, CaseStatus, Channel, Contact, Outcome, Response
from complaint_desk.core.records.escalation import Step, suggest_next_step, suggestions

T0 = datetime(2026, 3, 3, 9, 0, tzinfo=UTC)
H = timedelta(hours=1)
D = timedelta(days=1)
CASE = Case(1, 1, "Router never arrived", T0, reference="AB-1")


def c(cid, at, channel):
    return Contact(cid, 1, channel, at)


def test_no_suggestion_while_within_the_band():
    contacts = [c(1, T0, Channel.EMAIL)]
    assert suggest_next_step(CASE, contacts, [], T0 + 2 * D) is None  # email fair: 3 days


def test_no_suggestion_without_contacts_or_when_resolved():
    assert suggest_next_step(CASE, [], [], T0 + 30 * D) is None
    contacts = [c(1, T0, Channel.EMAIL)]
    done = Case(1, 1, "x", T0, status=CaseStatus.RESOLVED)
    assert suggest_next_step(done, contacts, [], T0 + 30 * D) is None
    fixed = [Response(1, 1, T0 + H, Channel.EMAIL, Outcome.RESOLVED)]
    assert suggest_next_step(
        CASE, contacts + [c(2, T0 + D, Channel.EMAIL)], fixed, T0 + 30 * D
    ) is (None)


def test_quiet_email_suggests_a_public_post():
    contacts = [c(1, T0, Channel.EMAIL)]
    s = suggest_next_step(CASE, contacts, [], T0 + 4 * D)
    assert s is not None and s.step is Step.PUBLIC_POST and s.channel is Channel.SOCIAL
    assert "You emailed on 3 March 2026" in s.why
    assert "no reply for 4 days" in s.why
    assert "24–48 h" in s.deadline  # the post goes through the hold


def test_answered_contact_is_not_quiet():
    contacts = [c(1, T0, Channel.EMAIL)]
    responses = [Response(1, 1, T0 + H, Channel.EMAIL, Outcome.ACKNOWLEDGED)]
    assert suggest_next_step(CASE, contacts, responses, T0 + 10 * D) is None


def test_quiet_public_post_suggests_a_senior_complaint_with_uk_clock():
    contacts = [c(1, T0, Channel.PHONE), c(2, T0 + D, Channel.SOCIAL)]
    s = suggest_next_step(CASE, contacts, [], T0 + 3 * D, region="uk")
    assert s is not None and s.step is Step.SENIOR_COMPLAINT and s.channel is Channel.LETTER
    assert s.due == T0 + 17 * D
    assert "20 March 2026" in s.deadline and "8-week" in s.deadline


def test_refusal_escalates_without_waiting():
    contacts = [c(1, T0, Channel.PHONE)]
    responses = [Response(1, 1, T0 + H, Channel.PHONE, Outcome.REFUSED, summary="no refunds")]
    s = suggest_next_step(CASE, contacts, responses, T0 + 2 * H)
    assert s is not None and s.step is Step.PUBLIC_POST
    assert "they refused (no refunds)" in s.why


def test_uk_letter_waits_for_eight_weeks_then_ombudsman():
    contacts = [c(1, T0, Channel.EMAIL), c(2, T0 + D, Channel.LETTER)]
    early = suggest_next_step(CASE, contacts, [], T0 + 20 * D, region="UK")
    assert early is not None and early.step is Step.CHASE
    assert early.due == T0 + D + timedelta(weeks=8)
    late = suggest_next_step(CASE, contacts, [], T0 + 60 * D, region="UK")
    assert late is not None and late.step is Step.REGULATOR and "ombudsman" in late.title


def test_uk_deadlock_opens_the_ombudsman_at_once():
    contacts = [c(1, T0, Channel.LETTER)]
    responses = [Response(1, 1, T0 + 5 * D, Channel.LETTER, Outcome.REFUSED)]
    s = suggest_next_step(CASE, contacts, responses, T0 + 6 * D, region="UK")
    assert s is not None and s.step is Step.REGULATOR and "6 months" in s.deadline


def test_us_and_eu_and_unknown_region_wording():
    contacts = [c(1, T0, Channel.LETTER)]
    now = T0 + 20 * D  # letter fair band: 14 days
    us = suggest_next_step(CASE, contacts, [], now, region="US")
    assert us is not None and "CFPB" in us.deadline and us.due == now + 15 * D
    eu = suggest_next_step(CASE, contacts, [], now, region="EU")
    assert eu is not None and "ADR" in eu.title and "90 days" in eu.deadline
    anywhere = suggest_next_step(CASE, contacts, [], now)
    assert anywhere is not None and anywhere.step is Step.REGULATOR


def test_suggestions_for_many_cases_ignores_other_cases_records():
    other = Case(2, 1, "other", T0)
    contacts = [c(1, T0, Channel.EMAIL), Contact(2, 2, Channel.EMAIL, T0 + 3 * D)]
    out = suggestions([CASE, other], contacts, [], T0 + 4 * D)
    assert [s.case_id for s in out] == [1]
