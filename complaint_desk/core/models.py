"""The domain records every layer passes around (plain frozen dataclasses, no behaviour)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

# The list's own types live apart (see core/draft_types.py); every record is still named here.
from complaint_desk.core.draft_types import DraftKind, DraftStatus, DraftSummary, stored_id

__all__ = [
    "CHANNEL_LABELS",
    "LIVE_CHANNELS",
    "OUTCOME_LABELS",
    "REACHED_LABELS",
    "Case",
    "CaseStatus",
    "Channel",
    "Contact",
    "Draft",
    "DraftKind",
    "DraftStatus",
    "DraftSummary",
    "Evidence",
    "Outcome",
    "Reached",
    "Response",
    "Vendor",
    "stored_id",
]


@dataclass(frozen=True, slots=True)
class Draft:
    """A held text: a post for a site or a letter, on a case; its words are its revisions."""

    id: int | None
    case_id: int
    title: str
    created_at: datetime
    status: DraftStatus = DraftStatus.ACTIVE
    kind: DraftKind = DraftKind.POST
    origin_id: int | None = None  # the draft this one answers (an update or thank-you)


class CaseStatus(StrEnum):
    OPEN = "open"
    WAITING = "waiting"
    RESOLVED = "resolved"
    CLOSED = "closed"


class Channel(StrEnum):
    """How a contact or response travelled. SOCIAL is a public post on a site."""

    PHONE = "phone"
    EMAIL = "email"
    CHAT = "chat"
    LETTER = "letter"
    IN_PERSON = "in_person"
    SOCIAL = "social"

    @property
    def label(self) -> str:
        return CHANNEL_LABELS[self]

    @property
    def live(self) -> bool:
        """A conversation as it happens (call, chat, visit), not a message that waits for a
        reply."""
        return self in LIVE_CHANNELS


CHANNEL_LABELS = {
    Channel.PHONE: "Phone",
    Channel.EMAIL: "Email",
    Channel.CHAT: "Chat",
    Channel.LETTER: "Letter",
    Channel.IN_PERSON: "In person",
    Channel.SOCIAL: "Social post",
}


class Outcome(StrEnum):
    """What a vendor response achieved."""

    ACKNOWLEDGED = "acknowledged"
    ASKED_DETAILS = "asked_details"
    OFFERED = "offered"
    RESOLVED = "resolved"
    REFUSED = "refused"

    @property
    def label(self) -> str:
        return OUTCOME_LABELS[self]


OUTCOME_LABELS = {
    Outcome.ACKNOWLEDGED: "Acknowledged",
    Outcome.ASKED_DETAILS: "Asked for details",
    Outcome.OFFERED: "Offered a remedy",
    Outcome.RESOLVED: "Resolved",
    Outcome.REFUSED: "Refused",
}


class Reached(StrEnum):
    """Whether a call, chat or visit got through to someone. Only live channels (`LIVE_CHANNELS`)
    use it: a written message is answered by a response, a conversation by happening."""

    SPOKE = "spoke"
    NO_ANSWER = "no_answer"
    VOICEMAIL = "voicemail"
    CUT_OFF = "cut_off"

    @property
    def label(self) -> str:
        return REACHED_LABELS[self]


REACHED_LABELS = {
    Reached.SPOKE: "Spoke to someone",
    Reached.NO_ANSWER: "No answer",
    Reached.VOICEMAIL: "Voicemail / message left",
    Reached.CUT_OFF: "Cut off before anyone helped",
}

# Channels where the person talks with the company as it happens (docs/design.md, "Response
# history": a live contact where they spoke to someone is answered at that time).
LIVE_CHANNELS = frozenset({Channel.PHONE, Channel.CHAT, Channel.IN_PERSON})


@dataclass(frozen=True)
class Vendor:
    """A company the user complains to, with where to reach it."""

    id: int | None
    name: str
    handles: dict[str, str] = field(default_factory=dict)  # platform id -> handle
    phone: str = ""
    email: str = ""
    url: str = ""
    notes: str = ""


@dataclass(frozen=True, slots=True)
class Case:
    """One matter with a vendor: what went wrong, what the user wants, and how it stands."""

    id: int | None
    vendor_id: int
    title: str
    opened_at: datetime
    story: str = ""
    reference: str = ""
    remedy: str = ""
    status: CaseStatus = CaseStatus.OPEN


@dataclass(frozen=True, slots=True)
class Contact:
    """Something the user did to reach the vendor."""

    id: int | None
    case_id: int
    channel: Channel
    at: datetime
    duration_min: int | None = None
    rep: str = ""
    summary: str = ""
    site: str = ""  # platform id when channel is SOCIAL
    text: str = ""  # exact text posted, for SOCIAL contacts
    link: str = ""  # link to the live post, pasted later
    # Live channels only: did it get through, and if so what came of it (None: not said, which
    # counts as "acknowledged").
    reached: Reached = Reached.SPOKE
    outcome: Outcome | None = None


@dataclass(frozen=True, slots=True)
class Response:
    """Something the vendor did. `contact_id` None means: the latest earlier contact."""

    id: int | None
    case_id: int
    at: datetime
    channel: Channel
    outcome: Outcome
    who: str = ""
    summary: str = ""
    contact_id: int | None = None


@dataclass(frozen=True, slots=True)
class Evidence:
    """A file kept with a case (a receipt, a photo, a chat export…): on the case itself or on one
    of its contacts or responses. Its bytes are stored once per content, under their SHA-256."""

    id: int | None
    case_id: int
    name: str  # the file's name as it was (shown, and used when it is opened or exported)
    mime: str
    size: int  # bytes
    sha256: str  # hex
    added_at: datetime
    file_date: datetime | None = None  # the file's own modification time, when known
    contact_id: int | None = None
    response_id: int | None = None

    @property
    def is_image(self) -> bool:
        return self.mime.startswith("image/")
