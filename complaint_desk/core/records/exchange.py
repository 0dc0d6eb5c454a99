"""A pasted exchange read into a contact's fields: when, on which channel, with whom, what was said.

People copy an e-mail or a chat transcript out of their mail program or the company's chat
window. Log contact offers to read it: the fields are proposed, never saved unasked. What is read:

- an e-mail as copied with its headers ("From:", "Date:" or "Sent:", "Subject:"): the date with
  its zone, the sender's name, the subject and the first lines of the body;
- a chat transcript, lines like "[10:32] Sarah: …", "10:32 AM - Sarah (Agent): …" or
  "Sarah: …": the first named speaker who is not the person ("You", "Me"), the first time seen
  (on `today`'s date unless a date line precedes it), and the lines themselves.

Anything not found is left empty (None); nothing here guesses a date it did not see.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, tzinfo
from email.utils import parsedate_to_datetime

from complaint_desk.core.models import Channel

SUMMARY_LIMIT = 600  # characters of what was said kept in the summary
_HEADER = re.compile(r"^(from|sent|date|to|cc|subject)\s*:\s*(.*)$", re.IGNORECASE)
_NAME_ADDR = re.compile(r"^\s*\"?([^\"<]*?)\"?\s*<([^>]+)>\s*$")
_CHAT = re.compile(
    r"^\s*(?:\[?(?P<time>\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?)\]?\s*[-–]?\s*)?"
    r"(?P<who>[A-Za-z][\w .'’()-]{0,40}?)\s*:\s+(?P<said>.+)$"
)
_DATE_LINE = re.compile(
    r"^\s*(?:\w+,\s*)?(?P<d>\d{1,2})[ /.-](?P<m>\w+)[ /.-](?P<y>\d{4})\s*$|"
    r"^\s*(?P<y2>\d{4})-(?P<m2>\d{2})-(?P<d2>\d{2})\s*$"
)
_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    )
}
_YOU = frozenset({"you", "me", "i", "customer", "visitor", "guest"})


@dataclass(frozen=True)
class ExchangeGuess:
    """What a pasted exchange says, for the person to confirm."""

    channel: Channel | None
    at: datetime | None
    rep: str
    summary: str


def read_exchange(text: str, today: date, tz: tzinfo) -> ExchangeGuess | None:
    """The fields an e-mail or chat transcript proposes; None when it is neither."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    return _as_email(lines, tz) or _as_chat(lines, today, tz)


def _as_email(lines: list[str], tz: tzinfo) -> ExchangeGuess | None:
    headers: dict[str, str] = {}
    body_start = None
    for i, line in enumerate(lines[:40]):
        match = _HEADER.match(line)
        if match:
            headers.setdefault(match.group(1).lower(), match.group(2).strip())
        elif headers and not line.strip():
            body_start = i + 1
            break
    if "from" not in headers or not ({"date", "sent", "subject"} & headers.keys()):
        return None
    sender = headers["from"]
    named = _NAME_ADDR.match(sender)
    rep = (named.group(1).strip() if named else sender.split("@")[0]).strip() or sender
    at = _mail_date(headers.get("date") or headers.get("sent") or "", tz)
    body = " ".join(" ".join(lines[body_start:] if body_start else []).split())
    subject = headers.get("subject", "")
    summary = f"{subject}: {body}" if subject and body else subject or body
    return ExchangeGuess(Channel.EMAIL, at, rep, _clip(summary))


def _mail_date(raw: str, tz: tzinfo) -> datetime | None:
    try:
        when = parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError):
        return None
    return when if when.tzinfo is not None else when.replace(tzinfo=tz)


def _as_chat(lines: list[str], today: date, tz: tzinfo) -> ExchangeGuess | None:
    day: date | None = None
    first_at: datetime | None = None
    rep = ""
    said: list[str] = []
    turns = 0
    for line in lines:
        if not line.strip():
            continue
        dated = _date_line(line)
        if dated is not None:
            day = dated
            continue
        match = _CHAT.match(line)
        if not match:
            continue
        turns += 1
        who = match.group("who").strip()
        if first_at is None and match.group("time"):
            first_at = _at(day or today, match.group("time"), tz)
        if not rep and who.split(" (")[0].strip().lower() not in _YOU:
            rep = re.sub(r"\s*\(.*?\)\s*$", "", who)
        said.append(f"{who}: {match.group('said').strip()}")
    if turns < 2:
        return None
    return ExchangeGuess(Channel.CHAT, first_at, rep, _clip(" / ".join(said)))


def _date_line(line: str) -> date | None:
    match = _DATE_LINE.match(line)
    if not match:
        return None
    try:
        if match.group("y2"):
            return date(int(match.group("y2")), int(match.group("m2")), int(match.group("d2")))
        month = match.group("m")
        number = int(month) if month.isdigit() else _MONTHS.get(month[:3].lower())
        if number is None:
            return None
        return date(int(match.group("y")), number, int(match.group("d")))
    except ValueError:
        return None


def _at(day: date, clock: str, tz: tzinfo) -> datetime | None:
    text = clock.strip().lower().replace(".", "")
    pm, am = text.endswith("pm"), text.endswith("am")
    parts = text.rstrip("apm ").split(":")
    try:
        hour, minute = int(parts[0]), int(parts[1])
    except (ValueError, IndexError):
        return None
    if pm and hour < 12:
        hour += 12
    if am and hour == 12:
        hour = 0
    if not (0 <= hour < 24 and 0 <= minute < 60):
        return None
    return datetime.combine(day, time(hour, minute), tz)


def _clip(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SUMMARY_LIMIT else text[: SUMMARY_LIMIT - 1].rstrip() + "…"
