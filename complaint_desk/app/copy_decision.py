"""What `DraftsService.decide_copy` answers: may this draft's text leave the app, and why not.

Apart from `app.drafts`, which the desk imports at start-up: the gate is first asked when the
user copies, so the frozen dataclass (about a millisecond to define) loads after the first paint.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from complaint_desk.app.drafts import CopyVerdict


@dataclass(frozen=True)
class CopyDecision:
    verdict: CopyVerdict
    message: str
    ready_at: datetime | None = None

    @property
    def allowed(self) -> bool:
        return self.verdict is CopyVerdict.ALLOWED
