"""The rows the record views show (a timeline entry, a vendor with its figures).

Apart from `app.records`, which the desk imports at start-up: the first window shows drafts, and
each frozen dataclass costs about a millisecond to define.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from complaint_desk.core.models import Contact, Evidence, Response, Vendor

if TYPE_CHECKING:
    from complaint_desk.core import history


@dataclass(frozen=True)
class TimelineEntry:
    """One row of a case timeline, ready to show: the record plus its first-response words."""

    kind: str  # "contact" | "response" | "evidence" (a file kept with the case)
    at: datetime
    record: Contact | Response | Evidence
    answer: str  # "answered in 5 min", "12 h, no answer yet", "answers your email of 3 Mar"…
    answers_id: int | None = None  # response rows: the contact it answers (after linking)
    case_title: str = ""  # filled in for the vendor-wide timeline
    answers_label: str = ""  # response rows: "your email of 3 Mar"
    # A contact waiting past its channel's fair reply time on a case still open: what the
    # timeline marks as late (the bands of the scorecard's legend, core.reply_bands).
    late: bool = False


@dataclass(frozen=True)
class VendorRow:
    """A vendor with the figures the vendors list shows."""

    vendor: Vendor
    open_cases: int
    contacts: int
    last_contact: datetime | None
    waiting: tuple[history.WaitingClock, ...] = ()  # running clocks, longest wait first

    @property
    def waiting_text(self) -> str:
        """ "no reply for 14 h on email" (the longest), "+1 more" when there are others."""
        if not self.waiting:
            return ""
        text = self.waiting[0].text
        if len(self.waiting) > 1:
            text += f" (+{len(self.waiting) - 1} more)"
        return text

    @property
    def quiet(self) -> bool:
        return any(w.quiet for w in self.waiting)
