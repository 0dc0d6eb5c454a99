"""Recovery copies: a draft's text that the database refused, kept as a private file.

When an autosave fails (a full disk, a read-only or busy file), the editor keeps the text on
screen; this keeps it on disk too, so that quitting, a crash or a kill loses nothing. The next
start offers each copy back. A copy lives in the data folder's `recovery/` (0700, files 0600);
when that cannot be written (the disk is full), in a private folder under the system's temporary
folder, named after the data folder so two data folders never mix.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from complaint_desk.paths import private_dir, write_private

FOLDER_NAME = "recovery"


@dataclass(frozen=True)
class RecoveredText:
    draft_id: int
    text: str
    kept_at: datetime
    path: Path


class RecoveryFiles:
    """The recovery copies of one data folder."""

    def __init__(self, data_folder: Path) -> None:
        self._primary = Path(data_folder) / FOLDER_NAME
        tag = hashlib.sha256(str(Path(data_folder).resolve()).encode()).hexdigest()[:16]
        uid = os.getuid() if hasattr(os, "getuid") else 0
        self._fallback = Path(tempfile.gettempdir()) / f"complaint-desk-recovery-{uid}" / tag

    def keep(self, draft_id: int, text: str, kept_at: datetime) -> Path | None:
        """Write the copy (replacing an older one for the draft); where it went, or None."""
        payload = json.dumps(
            {"draft_id": draft_id, "kept_at": kept_at.isoformat(), "text": text},
            ensure_ascii=False,
        )
        for folder in (self._primary, self._fallback):
            try:
                private_dir(folder)
                target = folder / f"draft-{int(draft_id)}.json"
                write_private(target, payload)
            except OSError:
                continue
            if folder is self._fallback:
                self._remove(self._primary / target.name)  # an older copy must not win later
            return target
        return None

    def discard(self, draft_id: int) -> None:
        """Forget the draft's copy (its text is saved now)."""
        for folder in (self._primary, self._fallback):
            self._remove(folder / f"draft-{int(draft_id)}.json")

    def all(self) -> list[RecoveredText]:
        """Every copy that can be read, oldest first (an unreadable file is left where it is)."""
        found: dict[int, RecoveredText] = {}
        for folder in (self._primary, self._fallback):
            try:
                paths = sorted(folder.glob("draft-*.json"))
            except OSError:
                continue
            for path in paths:
                item = _read(path)
                if item is None:
                    continue
                older = found.get(item.draft_id)
                if older is None or older.kept_at < item.kept_at:
                    found[item.draft_id] = item
        return sorted(found.values(), key=lambda r: r.kept_at)

    @staticmethod
    def _remove(path: Path) -> None:
        try:
            path.unlink(missing_ok=True)
        except OSError:
            pass


def _read(path: Path) -> RecoveredText | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return RecoveredText(
            int(data["draft_id"]), str(data["text"]), datetime.fromisoformat(data["kept_at"]), path
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None
