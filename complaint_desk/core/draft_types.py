"""The drafts' value types: what the drafts list, the hold and the start-up's first frame need.

Apart from the case records in `core.models` (which re-exports these) so that the way to the first
paint loads only these few classes: each frozen dataclass costs about a millisecond to create at
import, and the vendors, cases, contacts, responses and evidence are not shown until later.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Protocol

__all__ = ["Draft", "DraftKind", "DraftStatus", "DraftSummary", "stored_id"]


class DraftStatus(StrEnum):
    """Where a draft is: held or ready (active), copied out and posted, or withdrawn."""

    ACTIVE = "active"
    POSTED = "posted"
    WITHDRAWN = "withdrawn"


class DraftKind(StrEnum):
    """What a held text is for. Both kinds pass the same hold and the same gate."""

    POST = "post"  # a post or review for a social or review site
    LETTER = "letter"  # the letter to a senior manager, drafted from the case's timeline


@dataclass(frozen=True)
class Draft:
    """A held text: a post for a site or a letter, on a case; its words are its revisions."""

    id: int | None
    case_id: int
    title: str
    created_at: datetime
    status: DraftStatus = DraftStatus.ACTIVE
    kind: DraftKind = DraftKind.POST
    origin_id: int | None = None  # the draft this one answers (an update or thank-you)


@dataclass(frozen=True, slots=True)
class DraftSummary:
    """One row of the drafts list: the draft, its case and vendor, and its cached latest state."""

    draft_id: int
    case_id: int
    case_title: str
    vendor_id: int
    vendor_name: str
    title: str
    status: DraftStatus
    heat: float | None  # None until the first revision
    polarity: float | None
    ready_at: datetime | None  # None: not held (no text yet, or a calm thank-you)
    clock_start: datetime | None
    updated_at: datetime | None  # saved_at of the latest revision
    revision_count: int
    created_at: datetime | None = None
    kind: DraftKind = DraftKind.POST


class _Record(Protocol):
    @property
    def id(self) -> int | None: ...


def stored_id(record: _Record) -> int:
    """The id of a record that came out of the store (where every record has one).

    A record that was never added has no id yet; asking for it is a bug, so it raises.
    """
    if record.id is None:
        raise ValueError(f"this {type(record).__name__} has not been stored yet (no id)")
    return record.id
