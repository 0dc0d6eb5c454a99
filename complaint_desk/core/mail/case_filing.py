"""Which way an e-mail went, and what logging it on a case means (pure rules, no I/O).

A message from the company is a vendor **response** (channel email, outcome "acknowledged" unless
the person picks another); any other message is the person's **contact** (channel email). "From the
company" is decided per vendor by its address patterns: a full address (`help@acme.example`) or a
domain (`acme.example`, which also covers its subdomains such as `mail.acme.example`). The patterns
come from the vendor's email field (the address, and its domain unless it is a free-mail domain
anyone can have an address at) plus the list the person confirmed for that vendor.

Duplicates are messages whose Message-ID is already on the case, or appears earlier in the same
batch; they are listed and skipped. Messages that could not be read are listed with the reason.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from itertools import chain

from complaint_desk.core.mail import MailMessage
from complaint_desk.core.models import Channel, Contact, Outcome, Response

# Domains where anyone can have an address: a vendor's email at one of them names that address
# only, never the whole domain (else every Gmail user would be "the company").
FREE_MAIL_DOMAINS = frozenset(
    """aol.com fastmail.com gmail.com googlemail.com gmx.com gmx.de gmx.net hotmail.co.uk
    hotmail.com icloud.com live.co.uk live.com mail.com mac.com me.com msn.com outlook.com
    proton.me protonmail.com yahoo.co.uk yahoo.com yahoo.fr ymail.com yandex.com yandex.ru
    zoho.com web.de btinternet.com orange.fr free.fr""".split()
)
SUMMARY_LIMIT = 5_000  # characters of subject + body kept on the record

_ADDRESS = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")
_DOMAIN = re.compile(r"^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$")


class Direction(StrEnum):
    CONTACT = "contact"  # from the person
    RESPONSE = "response"  # from the company

    @property
    def label(self) -> str:
        return "You → company" if self is Direction.CONTACT else "Company → you"


def normal_pattern(text: str) -> str | None:
    """A company address pattern as stored: a lower-case address or domain; None if neither."""
    value = text.strip().strip("<>").strip().lower()
    if value.startswith("@"):
        value = value[1:]
    if "@" in value:
        return value if _ADDRESS.match(value) else None
    return value if _DOMAIN.match(value) else None


def domain_of(address: str) -> str:
    return address.rsplit("@", 1)[-1].strip().lower() if "@" in address else ""


def vendor_patterns(vendor_email: str) -> list[str]:
    """Patterns implied by a vendor's email field (one or more addresses)."""
    found: list[str] = []
    for token in re.split(r"[\s,;]+", vendor_email or ""):
        address = normal_pattern(token)
        if address is None or "@" not in address:
            continue
        for pattern in (address, domain_of(address)):
            if pattern in FREE_MAIL_DOMAINS or pattern in found:
                continue
            found.append(pattern)
    return found


def from_company(sender: str, patterns: Iterable[str]) -> bool:
    address = sender.strip().lower()
    domain = domain_of(address)
    for pattern in patterns:
        if "@" in pattern:
            if address == pattern:
                return True
        elif domain == pattern or domain.endswith("." + pattern):
            return True
    return False


@dataclass(frozen=True, slots=True)
class MailItem:
    """One message of an import, as the preview lists it."""

    source: str  # e.g. "replies.mbox, message 12"
    message: MailMessage | None  # None: it could not be read
    problem: str = ""  # why it could not be read
    direction: Direction = Direction.CONTACT
    duplicate: bool = False  # already on the case, or earlier in this batch
    outcome: Outcome = Outcome.ACKNOWLEDGED  # for a response
    chosen: bool = False  # the person set the direction by hand (kept when patterns change)

    @property
    def will_log(self) -> bool:
        return self.message is not None and not self.duplicate


def plan(
    read: Sequence[tuple[str, MailMessage | str]],
    patterns: Sequence[str],
    known_ids: Iterable[str] = (),
) -> list[MailItem]:
    """The preview of an import: each (source, message or reason) read, classified, oldest
    first (unreadable ones last, in file order), with duplicates marked."""
    seen = set(known_ids)
    items: list[MailItem] = []
    problems: list[MailItem] = []
    for source, got in read:
        if isinstance(got, str):
            problems.append(MailItem(source, None, got))
            continue
        items.append(MailItem(source, got, direction=_direction(got, patterns)))
    items.sort(key=lambda i: i.message.sent_at.timestamp() if i.message else 0.0)
    marked: list[MailItem] = []
    for item in items:
        assert item.message is not None
        mid = item.message.message_id
        marked.append(replace(item, duplicate=mid in seen) if mid in seen else item)
        seen.add(mid)
    return marked + problems


def reclassify(items: Sequence[MailItem], patterns: Sequence[str]) -> list[MailItem]:
    """The same items with directions from new patterns (a hand-picked direction is kept)."""
    out: list[MailItem] = []
    known: dict[str, Direction] = {}  # per sender: a preview repeats a few addresses
    for item in items:
        if item.message is None or item.chosen:
            out.append(item)
            continue
        direction = known.get(item.message.sender)
        if direction is None:
            direction = known[item.message.sender] = _direction(item.message, patterns)
        out.append(item if direction is item.direction else replace(item, direction=direction))
    return out


def _direction(message: MailMessage, patterns: Sequence[str]) -> Direction:
    return Direction.RESPONSE if from_company(message.sender, patterns) else Direction.CONTACT


def suggested_patterns(items: Sequence[MailItem], patterns: Sequence[str]) -> list[str]:
    """Domains (and free-mail addresses) seen in the messages and not yet known, most frequent
    first: what the person may confirm as the company's. Recipients count too, since the person
    writes to the company."""
    # Each distinct address is judged once (a 10,000-message preview repeats a few addresses;
    # this runs on the GUI thread when the preview arrives).
    seen = Counter(
        chain.from_iterable(
            (item.message.sender, *item.message.recipients)
            for item in items
            if item.message is not None
        )
    )
    counts: Counter[str] = Counter()
    for address, n in seen.items():
        domain = domain_of(address)
        if not domain:
            continue
        candidate = address.lower() if domain in FREE_MAIL_DOMAINS else domain
        if normal_pattern(candidate) is None or from_company(candidate, patterns):
            continue
        counts[candidate] += n
    return [p for p, _n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


def summary_of(message: MailMessage) -> str:
    """The record's summary: the subject, then the body (cut at SUMMARY_LIMIT characters)."""
    subject = message.subject or "(no subject)"
    text = f"{subject}\n\n{message.body}".strip() if message.body else subject
    if len(text) > SUMMARY_LIMIT:
        text = text[: SUMMARY_LIMIT - 1].rstrip() + "…"
    return text


def _recipient_words(message: MailMessage) -> str:
    return ", ".join(message.recipients[:3]) + ("…" if len(message.recipients) > 3 else "")


@dataclass(frozen=True, slots=True)
class ImportRecords:
    """What an import writes: contacts and responses with the Message-ID of each."""

    contacts: list[tuple[Contact, MailMessage]]
    responses: list[tuple[Response, MailMessage]]


def records_for(case_id: int, items: Sequence[MailItem]) -> ImportRecords:
    """The records to log for the items that will be logged (a response answers, as usual, the
    latest earlier contact)."""
    contacts: list[tuple[Contact, MailMessage]] = []
    responses: list[tuple[Response, MailMessage]] = []
    for item in items:
        m = item.message
        if m is None or item.duplicate:
            continue
        if item.direction is Direction.RESPONSE:
            who = m.sender_name or m.sender
            responses.append(
                (
                    Response(
                        None, case_id, m.sent_at, Channel.EMAIL, item.outcome, who, summary_of(m)
                    ),
                    m,
                )
            )
        else:
            contacts.append(
                (
                    Contact(
                        None,
                        case_id,
                        Channel.EMAIL,
                        m.sent_at,
                        None,
                        _recipient_words(m),
                        summary_of(m),
                    ),
                    m,
                )
            )
    return ImportRecords(contacts, responses)


def counts(items: Sequence[MailItem]) -> Mapping[str, int]:
    """How many contacts, responses, duplicates and unreadable messages the preview holds."""
    c = Counter(map(_count_key, items))  # on the GUI thread after each edit of a large preview
    return {k: c.get(k, 0) for k in ("contacts", "responses", "duplicates", "unreadable")}


def _count_key(item: MailItem) -> str:
    if item.message is None:
        return "unreadable"
    if item.duplicate:
        return "duplicates"
    return "responses" if item.direction is Direction.RESPONSE else "contacts"
