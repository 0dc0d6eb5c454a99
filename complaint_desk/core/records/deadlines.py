"""A case's dates worth a calendar entry (pure: records and "now" in, events out).

- each pending chase reminder, when it is due;
- the UK 8-week clock for a final response, from the first letter (the formal complaint);
- the ombudsman window (about 6 months) after a refusal, which counts as a final response;
- the date of the next escalation step core.records.escalation suggests, when it names one (e.g. the
  CFPB's 15 days);
- the end of the hold of each of the case's drafts still cooling off.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from complaint_desk.core import durations
from complaint_desk.core.models import Case, Channel, Contact, Outcome, Response
from complaint_desk.core.records.escalation import (
    UK_FINAL_RESPONSE,
    UK_OMBUDSMAN_WINDOW_DAYS,
    Suggestion,
)


@dataclass(frozen=True)
class Deadline:
    key: str  # stable per event (the calendar UID): re-importing updates, never duplicates
    title: str
    at: datetime  # aware
    description: str = ""


@dataclass(frozen=True)
class PendingReminder:
    id: int
    contact_id: int
    due_at: datetime


@dataclass(frozen=True)
class HeldDraft:
    id: int
    title: str
    ready_at: datetime


def reminder_deadline(
    vendor: str, case: Case, contact: Contact | None, r: PendingReminder
) -> Deadline:
    what = (
        f"your {contact.channel.label.lower()} of {durations.long_date(contact.at, None)}"
        if contact is not None
        else "your contact"
    )
    return Deadline(
        f"reminder-{r.id}",
        f"Chase {vendor} if no reply ({case.title})",
        r.due_at,
        f"Complaint Desk reminder: if {vendor} has not answered {what}, chase them.",
    )


def case_deadlines(
    case: Case,
    vendor: str,
    contacts: Iterable[Contact],
    responses: Iterable[Response],
    reminders: Iterable[PendingReminder] = (),
    drafts: Iterable[HeldDraft] = (),
    suggestion: Suggestion | None = None,
    region: str | None = None,
) -> list[Deadline]:
    contacts = [c for c in contacts if c.case_id == case.id]
    responses = [r for r in responses if r.case_id == case.id]
    by_id = {c.id: c for c in contacts}
    out: list[Deadline] = []
    for r in reminders:
        out.append(reminder_deadline(vendor, case, by_id.get(r.contact_id), r))
    letters = [c.at for c in contacts if c.channel is Channel.LETTER]
    if letters and region in (None, "UK"):
        formal = min(letters)
        out.append(
            Deadline(
                f"case-{case.id}-final-response",
                f"{vendor}: 8 weeks for a final response ends ({case.title})",
                formal + UK_FINAL_RESPONSE,
                "8 weeks after your formal complaint of "
                f"{durations.long_date(formal, None)}. From then, or sooner if they send a final "
                "response or deadlock letter, the ombudsman can look at it.",
            )
        )
    refusals = [r.at for r in responses if r.outcome is Outcome.REFUSED]
    if refusals and region in (None, "UK"):
        final = max(refusals)
        out.append(
            Deadline(
                f"case-{case.id}-ombudsman-window",
                f"Last days to take {vendor} to the ombudsman ({case.title})",
                final + timedelta(days=UK_OMBUDSMAN_WINDOW_DAYS),
                "Most schemes expect you to apply within 6 months of the final response "
                f"({durations.long_date(final, None)}).",
            )
        )
    if suggestion is not None and suggestion.due is not None:
        keys = {d.at for d in out}
        if suggestion.due not in keys:
            out.append(
                Deadline(
                    f"case-{case.id}-step-{suggestion.step.value}",
                    f"{suggestion.title} ({vendor}, {case.title})",
                    suggestion.due,
                    suggestion.deadline,
                )
            )
    for d in drafts:
        out.append(
            Deadline(
                f"draft-{d.id}-hold",
                f"Draft ready to review: {d.title}",
                d.ready_at,
                f"The cooling-off hold of your draft on “{case.title}” ends: read it once more "
                "before you copy it out.",
            )
        )
    out.sort(key=lambda d: d.at)
    return out
