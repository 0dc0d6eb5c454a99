"""Start a complaint from nothing in one go: the company, what happened, and a first draft.

A new user should not hit "add the company first" and "open a case first" as dead ends: the
New complaint flow picks or adds the vendor, opens the case and starts the draft. Each step is a
normal save through the services; if one fails, what was already saved stays (and is reused when
the person tries again), and the dialog says why, keeping what was typed.
"""

from __future__ import annotations

from dataclasses import dataclass

from complaint_desk.app.drafts import DraftsService
from complaint_desk.app.records import RecordsService
from complaint_desk.core.models import Case, CaseStatus, Draft, Vendor


@dataclass
class ComplaintStart:
    """What the person typed: an existing vendor's id, or a new vendor's name."""

    vendor_id: int | None
    vendor_name: str
    case_title: str
    what_happened: str = ""
    remedy: str = ""


class FirstSteps:
    def __init__(self, records: RecordsService, drafts: DraftsService) -> None:
        self._records = records
        self._drafts = drafts
        self._made_vendor: dict[str, int] = {}  # a retry reuses what an earlier try saved
        self._made_case: dict[tuple[int, str], int] = {}

    def start(self, start: ComplaintStart) -> Draft | None:
        """Vendor (picked or added), case, and an empty draft on it; None if a save failed
        (`records.last_failure()` says why). ValueError for what is missing."""
        if not start.case_title.strip():
            raise ValueError("Say in a few words what the complaint is about (the case title).")
        vendor_id = start.vendor_id
        if vendor_id is None:
            name = start.vendor_name.strip()
            if not name:
                raise ValueError("Pick the company, or type its name to add it.")
            vendor_id = self._made_vendor.get(name.casefold())
            if vendor_id is None:
                vendor = self._records.save_vendor(Vendor(None, name))
                if vendor is None or vendor.id is None:
                    return None
                vendor_id = self._made_vendor[name.casefold()] = vendor.id
        key = (vendor_id, start.case_title.strip())
        case_id = self._made_case.get(key)
        if case_id is None:
            case = self._records.save_case(
                Case(
                    None,
                    vendor_id,
                    start.case_title.strip(),
                    self._records.wall_now(),
                    story=start.what_happened.strip(),
                    remedy=start.remedy.strip(),
                    status=CaseStatus.OPEN,
                )
            )
            if case is None or case.id is None:
                return None
            case_id = self._made_case[key] = case.id
        return self._drafts.new_draft(case_id, start.case_title.strip())
