"""Next-step suggestions when a vendor goes quiet: a suggestion with its reasons, never an action.

The ladder: direct contact (phone, email, chat, in person) -> public post -> written complaint to
a senior manager or executive (a LETTER contact) -> regulator or ombudsman. A case climbs one rung
when a contact made since the vendor last answered has waited past its channel's fair band
(`history.quiet_after`; the longest such wait is the "why") or the vendor's latest answer was a
refusal. At the top, the region decides the wording and the clock:
- UK: the firm has 8 weeks from the formal complaint to send a final response; after that, or
  after a final response / deadlock letter (a refusal), the ombudsman can take the case (most
  schemes: within 6 months of the final response).
- US: the CFPB (banks, cards, loans, other financial products), where companies generally respond
  within 15 days; otherwise the state attorney general's consumer protection office.
- EU: an approved ADR body (which normally settles within 90 days of taking a complaint) or the
  national consumer authority; the European Consumer Centre for cross-border purchases.
A resolved or closed case gets no suggestion. Dates are written in `now`'s time zone.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import IntEnum, StrEnum

from complaint_desk.core import durations
from complaint_desk.core.models import Case, CaseStatus, Channel, Contact, Outcome, Response
from complaint_desk.core.records.history import (
    UNANSWERED_AFTER,
    ContactState,
    contact_statuses,
    quiet_after,
    with_live_answers,
)

UK_FINAL_RESPONSE = timedelta(weeks=8)
UK_OMBUDSMAN_WINDOW_DAYS = 183  # "6 months" from the final response
US_CFPB_RESPONSE = timedelta(days=15)
EU_ADR_DECISION = timedelta(days=90)
SENIOR_REPLY_WITHIN = timedelta(days=14)
HOLD_NOTE = "Your draft is held for 24–48 h before you can copy it out, so write it calmly now."


class Rung(IntEnum):
    DIRECT = 0
    PUBLIC = 1
    SENIOR = 2
    REGULATOR = 3


RUNG_OF_CHANNEL = {
    Channel.PHONE: Rung.DIRECT,
    Channel.EMAIL: Rung.DIRECT,
    Channel.CHAT: Rung.DIRECT,
    Channel.IN_PERSON: Rung.DIRECT,
    Channel.SOCIAL: Rung.PUBLIC,
    Channel.LETTER: Rung.SENIOR,
}


class Step(StrEnum):
    PUBLIC_POST = "public_post"
    SENIOR_COMPLAINT = "senior_complaint"
    CHASE = "chase"  # wait/chase: the next rung is not open yet (UK 8-week clock)
    REGULATOR = "regulator"


@dataclass(frozen=True)
class Suggestion:
    case_id: int | None
    step: Step
    title: str
    why: str  # from the timeline: what was done when, and what the vendor did
    deadline: str  # the clock that applies to this step
    due: datetime | None  # the date `deadline` talks about, if any
    channel: Channel | None  # the channel the step uses (SOCIAL, LETTER), None for a regulator


_DID = {
    Channel.PHONE: "You called",
    Channel.EMAIL: "You emailed",
    Channel.CHAT: "You used their chat",
    Channel.LETTER: "You wrote to them",
    Channel.IN_PERSON: "You went in person",
    Channel.SOCIAL: "You posted publicly",
}


def _normal_region(region: str | None) -> str | None:
    if region is None:
        return None
    region = region.strip().upper()
    return "UK" if region == "GB" else region or None


def suggest_next_step(
    case: Case,
    contacts: Iterable[Contact],
    responses: Iterable[Response],
    now: datetime,
    region: str | None = None,
    unanswered_after: timedelta = UNANSWERED_AFTER,
) -> Suggestion | None:
    """The next rung for one case, or None while the vendor is within its bands (or done).

    `contacts`/`responses` may hold other cases' records: only this case's are used."""
    contacts = [c for c in contacts if c.case_id == case.id]
    logged = [r for r in responses if r.case_id == case.id]
    # A call where they spoke to someone is the company answering (and may be a refusal);
    # contact_statuses adds those answers itself, so it gets the logged responses only.
    responses = with_live_answers(contacts, logged)
    if not contacts or case.status in (CaseStatus.RESOLVED, CaseStatus.CLOSED):
        return None
    if any(r.outcome == Outcome.RESOLVED for r in responses):
        return None
    tz = now.tzinfo
    timeline = contact_statuses(contacts, logged, now, unanswered_after)
    latest, status = timeline[-1]
    last_answer = max(responses, key=lambda r: r.at, default=None)
    refused = (
        last_answer is not None
        and last_answer.outcome == Outcome.REFUSED
        and last_answer.at >= latest.at
    )
    # Quiet: some contact since the vendor last answered has waited past its channel's fair band
    # (chasing on a faster channel does not reset a slower one's clock). The longest wait explains.
    overdue = [
        (c, s)
        for c, s in timeline
        if s.state is not ContactState.ANSWERED
        and (last_answer is None or c.at > last_answer.at)
        and (s.waiting or timedelta(0)) > quiet_after(c.channel)
    ]
    quiet = bool(overdue)
    if not (quiet or refused):
        return None
    if quiet and not refused:
        latest, status = overdue[0]  # time order: the first is the longest wait

    when = durations.long_date(latest.at, tz)
    if refused and last_answer is not None:
        why = (
            f"{_DID[latest.channel]} on {when}; on "
            f"{durations.long_date(last_answer.at, tz)} they refused"
            + (f" ({last_answer.summary.strip()})." if last_answer.summary.strip() else ".")
        )
    else:
        fair = durations.format_duration(quiet_after(latest.channel))
        why = (
            f"{_DID[latest.channel]} on {when} and have had "
            f"{durations.no_reply_for(status.waiting or timedelta(0))}; "
            f"a fair reply time there is within {fair}."
        )
    reached = max(RUNG_OF_CHANNEL[Channel(c.channel)] for c in contacts)
    if reached is Rung.DIRECT:
        return Suggestion(
            case.id,
            Step.PUBLIC_POST,
            "Post about it publicly",
            why,
            "Social teams often answer within an hour and usually within a day; if there is no "
            f"useful answer within 24 h of your post, write to a senior manager. {HOLD_NOTE}",
            None,
            Channel.SOCIAL,
        )
    if reached is Rung.PUBLIC:
        due = now + SENIOR_REPLY_WITHIN
        deadline = (
            "Send a written complaint to a senior manager or executive and ask for a full reply "
            f"within 14 days (by {durations.long_date(due, tz)})."
        )
        if _normal_region(region) == "UK":
            deadline += (
                " In the UK this formal complaint starts the 8-week clock for their final response."
            )
        return Suggestion(
            case.id,
            Step.SENIOR_COMPLAINT,
            "Write to a senior manager",
            why,
            deadline,
            due,
            Channel.LETTER,
        )
    return _regulator_step(case, contacts, now, _normal_region(region), why, refused)


def _regulator_step(
    case: Case,
    contacts: list[Contact],
    now: datetime,
    region: str | None,
    why: str,
    refused: bool,
) -> Suggestion:
    tz = now.tzinfo
    formal = min(c.at for c in contacts if c.channel == Channel.LETTER)
    formal_text = durations.long_date(formal, tz)
    if region == "UK":
        open_from = formal + UK_FINAL_RESPONSE
        if not refused and now < open_from:
            return Suggestion(
                case.id,
                Step.CHASE,
                "Chase your written complaint",
                why,
                f"They have 8 weeks from your formal complaint ({formal_text}) to send a final "
                f"response. From {durations.long_date(open_from, tz)}, or sooner if they send a "
                "final response or deadlock letter, you can take it to the ombudsman.",
                open_from,
                Channel.LETTER,
            )
        if refused:
            due = now + timedelta(days=UK_OMBUDSMAN_WINDOW_DAYS)
            deadline = (
                "Their refusal is a final response: the ombudsman (free) can now look at it. Most "
                "schemes expect you to apply within 6 months of the final response "
                f"(by about {durations.long_date(due, tz)})."
            )
        else:
            due = None
            deadline = (
                f"More than 8 weeks have passed since your formal complaint ({formal_text}) "
                "without a final response, so the ombudsman (free) can now look at it."
            )
        return Suggestion(
            case.id, Step.REGULATOR, "Take it to the ombudsman", why, deadline, due, None
        )
    if region == "US":
        due = now + US_CFPB_RESPONSE
        return Suggestion(
            case.id,
            Step.REGULATOR,
            "File a complaint with a regulator",
            why,
            "For a bank, card, loan or other financial product, file with the CFPB "
            "(consumerfinance.gov/complaint): the company generally responds within 15 days "
            f"(by {durations.long_date(due, tz)}). Otherwise, your state attorney general's "
            "consumer protection office takes complaints.",
            due,
            None,
        )
    if region == "EU":
        return Suggestion(
            case.id,
            Step.REGULATOR,
            "Go to an ADR body or consumer authority",
            why,
            "An approved ADR (alternative dispute resolution) body normally settles a complaint "
            "within 90 days of taking it; for a purchase from another EU country, the European "
            "Consumer Centre in your country helps for free.",
            None,
            None,
        )
    return Suggestion(
        case.id,
        Step.REGULATOR,
        "Take it to a regulator or ombudsman",
        why,
        f"Your written complaint went in on {formal_text}. Find the ombudsman or regulator for "
        "this kind of business: most want the company to have had its chance first (in the UK, "
        "8 weeks; for the US CFPB, companies answer within 15 days).",
        None,
        None,
    )


def suggestions(
    cases: Iterable[Case],
    contacts: Iterable[Contact],
    responses: Iterable[Response],
    now: datetime,
    region: str | None = None,
    unanswered_after: timedelta = UNANSWERED_AFTER,
) -> list[Suggestion]:
    """`suggest_next_step` for every case that has one (records grouped once, not per case)."""
    by_case_c: dict[int, list[Contact]] = {}
    for c in contacts:
        by_case_c.setdefault(c.case_id, []).append(c)
    by_case_r: dict[int, list[Response]] = {}
    for r in responses:
        by_case_r.setdefault(r.case_id, []).append(r)
    out = []
    for case in cases:
        if case.id is None or case.id not in by_case_c:
            continue
        s = suggest_next_step(
            case,
            by_case_c[case.id],
            by_case_r.get(case.id, []),
            now,
            region,
            unanswered_after,
        )
        if s is not None:
            out.append(s)
    return out
