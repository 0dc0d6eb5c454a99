"""What `DraftsService.decide_copy` answers: may this draft's text leave the app, and why not.

Value types only, imported by `app.drafts` (never the other way round).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum


class CopyVerdict(Enum):
    ALLOWED = "allowed"
    HELD = "held"
    EMPTY = "empty"
    MISSING = "missing"
    WITHDRAWN = "withdrawn"
    UNSAVED = "unsaved"  # the latest text could not be saved, so it cannot be judged


@dataclass(frozen=True)
class CopyDecision:
    verdict: CopyVerdict
    message: str
    ready_at: datetime | None = None

    @property
    def allowed(self) -> bool:
        return self.verdict is CopyVerdict.ALLOWED
