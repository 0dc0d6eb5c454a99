"""A polite, factual letter to a senior manager, written from a case's timeline (editable later).

Every sentence comes from the records: what the user did and when, who they spoke to and what was
said, what the vendor answered, what is still unanswered, and the remedy wanted. No adjectives
about the company, no threats: the letter goes through the same tone check as any draft.
Dates are written in `now`'s time zone unless `tz` is given.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta, tzinfo

from complaint_desk.core import durations
from complaint_desk.core.models import (
    LIVE_CHANNELS,
    Case,
    Channel,
    Contact,
    Outcome,
    Reached,
    Response,
    Vendor,
)
from complaint_desk.core.records.history import ContactState, contact_statuses, with_live_answers

REPLY_WITHIN = timedelta(days=14)

_SITE_NAMES = {
    "x": "X (Twitter)",
    "bluesky": "Bluesky",
    "mastodon": "Mastodon",
    "threads": "Threads",
    "facebook": "Facebook",
    "instagram": "Instagram",
    "linkedin": "LinkedIn",
    "reddit": "Reddit",
    "yelp": "Yelp",
    "google": "Google reviews",
    "trustpilot": "Trustpilot",
    "tripadvisor": "Tripadvisor",
}

_OUTCOME_PHRASE = {
    Outcome.ACKNOWLEDGED: "acknowledged my complaint",
    Outcome.ASKED_DETAILS: "asked me for more details",
    Outcome.OFFERED: "offered a remedy",
    Outcome.RESOLVED: "told me the matter was resolved",
    Outcome.REFUSED: "declined my request",
}

_BY_CHANNEL = {
    Channel.PHONE: "by phone",
    Channel.EMAIL: "by email",
    Channel.CHAT: "on your online chat",
    Channel.LETTER: "by letter",
    Channel.IN_PERSON: "in person",
    Channel.SOCIAL: "on social media",
}


_NOT_REACHED = {
    Reached.NO_ANSWER: "no one answered",
    Reached.VOICEMAIL: "no one answered and I left a message",
    Reached.CUT_OFF: "I was cut off before anyone could help",
}


def _sentence(text: str) -> str:
    """Trimmed, with a full stop if it has no closing punctuation."""
    text = " ".join(text.split())
    if text and text[-1] not in ".!?\"'”’)":
        text += "."
    return text


def _what_i_did(c: Contact) -> str:
    ch = Channel(c.channel)
    if ch is Channel.PHONE:
        did = "I called your customer service line"
        if c.duration_min:
            did += f" (the call took {c.duration_min} minutes)"
    elif ch is Channel.EMAIL:
        did = "I emailed your customer service team"
    elif ch is Channel.CHAT:
        did = "I contacted you on your online chat"
        if c.duration_min:
            did += f" ({c.duration_min} minutes)"
    elif ch is Channel.LETTER:
        did = "I wrote to you"
    elif ch is Channel.IN_PERSON:
        did = "I raised the matter in person"
    else:
        site = _SITE_NAMES.get(c.site, c.site.strip() or "social media")
        did = f"I posted about the problem publicly on {site}"
    summary = _note(c)
    rep = c.rep.strip()
    live = ch in LIVE_CHANNELS
    if live and c.reached is not Reached.SPOKE:
        spoke = f"{did}, but {_NOT_REACHED[c.reached]}"
    elif live and rep:
        spoke = f"{did} and spoke to {rep}"
    elif rep:
        spoke = f"{did} ({rep})"  # an e-mail or letter to a named person
    else:
        spoke = did
    if live and c.reached is Reached.SPOKE and c.outcome is not None:
        who = ", who" if rep else "; your team"
        spoke += f"{who} {_OUTCOME_PHRASE[c.outcome]}"
    if summary:
        # The person's own note, quoted: it may say what they did or what they were told.
        return f"{spoke}. My note of it: “{summary}”."
    return f"{spoke}."


def _note(c: Contact) -> str:
    """The contact's note as written, without an end stop; '' when it only repeats what the
    letter already says (a post recorded by Copy out is noted as "Posted on X")."""
    note = " ".join(c.summary.split()).rstrip(".")
    if Channel(c.channel) is Channel.SOCIAL and note.lower().startswith("posted on"):
        return ""
    return note


def _what_you_did(r: Response) -> str:
    who = r.who.strip() or "your team"
    outcome = _OUTCOME_PHRASE[Outcome(r.outcome)]
    text = f"{who} replied {_BY_CHANNEL[Channel(r.channel)]} and {outcome}"
    summary = _sentence(r.summary)
    return f"{text}: {summary}" if summary else f"{text}."


def draft_letter(
    vendor: Vendor,
    case: Case,
    contacts: Iterable[Contact],
    responses: Iterable[Response],
    *,
    now: datetime,
    user_name: str = "",
    tz: tzinfo | None = None,
    reply_within: timedelta = REPLY_WITHIN,
) -> str:
    """The letter as plain text. Records of other cases in `contacts`/`responses` are ignored."""
    tz = tz or now.tzinfo
    contacts = [c for c in contacts if c.case_id == case.id]
    responses = [r for r in responses if r.case_id == case.id]

    def day(value: datetime) -> str:
        return durations.long_date(value, tz)

    out: list[str] = [day(now), "", f"To a senior manager, {vendor.name}", ""]
    subject = f"Re: {case.title.strip() or 'my complaint'}"
    if case.reference.strip():
        subject += f" (reference {case.reference.strip()})"
    out += [subject, "", "Dear Sir or Madam,", ""]

    intro = (
        "I am writing to ask for your help with a complaint that I have not been able to "
        "resolve through your customer service team."
    )
    if case.reference.strip():
        intro += f" My reference is {case.reference.strip()}."
    out += [intro, ""]
    if case.story.strip():
        out += [_sentence(case.story), ""]

    # Contacts before responses at the same instant, as in the reply-time rule.
    events: list[tuple[datetime, int, str]] = []
    events += [(c.at, 0, _what_i_did(c)) for c in contacts]
    events += [(r.at, 1, _what_you_did(r)) for r in responses]
    events.sort(key=lambda e: (e[0], e[1]))
    if events:
        out += ["What has happened so far:", ""]
        for at, _, text in events:
            out.append(f"On {day(at)} {text}")
        out.append("")

    # "No reply" only where none came afterwards: a reply answers what came before it, and a
    # call, chat or visit where the person spoke to someone was answered as it happened.
    answers = with_live_answers(contacts, responses)
    latest_reply = max((r.at for r in answers), default=None)
    unanswered = [
        c
        for c, status in contact_statuses(contacts, responses, now)
        if status.state is not ContactState.ANSWERED
        and (latest_reply is None or c.at > latest_reply)
    ]
    if unanswered:
        days = [day(c.at) for c in unanswered]
        dates = days[0] if len(days) == 1 else ", ".join(days[:-1]) + " and " + days[-1]
        noun = "message" if len(unanswered) == 1 else "messages"
        out += [f"I have had no reply to my {noun} of {dates}.", ""]
    if contacts:
        first = min(c.at for c in contacts)
        waited = durations.format_duration(max(timedelta(0), now - first))
        out += [f"It is now {waited} since I first contacted you about this.", ""]

    remedy = case.remedy.strip()
    if remedy:
        out += [f"To put things right, I am asking for the following: {_sentence(remedy)}", ""]
    else:
        out += ["I would be grateful if you could look into this and put things right.", ""]
    out += [
        f"Please reply within {reply_within.days} days, by {day(now + reply_within)}. "
        "I have kept a record of every contact and am happy to provide copies.",
        "",
        "Thank you for your time.",
        "",
        "Yours faithfully,",
        "",
        user_name.strip() or "[Your name]",
    ]
    return "\n".join(out) + "\n"
