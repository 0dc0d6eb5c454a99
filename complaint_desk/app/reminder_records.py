"""A chase reminder and its stored form (one JSON value in the store's key/value table).

Apart from `app.reminders`, whose service the desk builds at start-up: reminders are only read
once the window is up (the desk's timer checks them), so this loads after the first paint.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import datetime


@dataclass(frozen=True)
class Reminder:
    id: int
    case_id: int
    contact_id: int
    due_at: datetime
    done: bool = False


def load_reminders(raw: str | None) -> list[Reminder]:
    if not raw:
        return []
    try:
        items = json.loads(raw)
        return [
            Reminder(
                int(i["id"]),
                int(i["case_id"]),
                int(i["contact_id"]),
                datetime.fromisoformat(i["due_at"]),
                bool(i.get("done", False)),
            )
            for i in items
        ]
    except (ValueError, KeyError, TypeError):
        return []  # a damaged value must not stop the app; reminders are a convenience


def dump_reminders(reminders: list[Reminder]) -> str:
    return json.dumps([{**asdict(r), "due_at": r.due_at.isoformat()} for r in reminders])
