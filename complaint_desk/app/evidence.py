"""Evidence: the receipts, photos, screenshots and chat exports a person keeps with a case.

A complaint is won on its record, so a file given to the app is copied in (the original may then
be deleted) and checked whenever it is used: its bytes must still match the SHA-256 taken when it
came in, and a file that is missing or altered is reported, never silently dropped. Files are
kept on the case, or on one of its contacts or responses; the same content is stored once.
Removing one goes through Edit ▸ Undo like any delete (`Changes.delete("evidence", …)`).

Limits are stated, not discovered: one file up to `MAX_FILE_BYTES`, all of them together up to
`MAX_TOTAL_BYTES` (the data file, its backups and exports carry every byte).
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import shutil
import stat
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from complaint_desk.app.clock import Clock
from complaint_desk.app.problems import ProblemReporter
from complaint_desk.app.records import RecordsService
from complaint_desk.core.formatting import format_size
from complaint_desk.core.models import Evidence
from complaint_desk.store.store import Store

MAX_FILE_BYTES = 25 * 1024 * 1024  # an e-mail provider's usual attachment limit
MAX_TOTAL_BYTES = 1024 * 1024 * 1024


@dataclass
class AttachResult:
    """What became of each file given: kept, already kept, or refused with the reason."""

    added: list[Evidence] = field(default_factory=list)
    already: list[str] = field(default_factory=list)  # names kept already, unchanged
    refused: list[tuple[str, str]] = field(default_factory=list)  # (name, why)

    def summary(self) -> str:
        """One or two sentences for the banner."""
        parts = []
        if self.added:
            n = len(self.added)
            parts.append(f"Kept {n} file{'s' if n != 1 else ''} with the case.")
        if self.already:
            parts.append(f"Already kept: {', '.join(self.already)}.")
        for name, why in self.refused:
            parts.append(f"Not kept: {name} — {why}")
        return " ".join(parts)


class EvidenceService(QObject):
    changed = Signal(int)  # case id whose files changed

    def __init__(
        self, store: Store, clock: Clock, problems: ProblemReporter, records: RecordsService
    ) -> None:
        super().__init__()
        self._store = store
        self._clock = clock
        self._problems = problems
        self._records = records
        self._opened: Path | None = None  # private folder for copies opened in other apps

    def files(self, case_id: int) -> list[Evidence]:
        return self._problems.guard(lambda: self._store.evidence.list(case_id), [])

    def get(self, evidence_id: int) -> Evidence | None:
        return self._problems.guard(lambda: self._store.evidence.get(evidence_id), None)

    # -- bringing files in -----------------------------------------------------------------
    def attach_paths(
        self,
        case_id: int,
        paths: Iterable[Path | str],
        *,
        contact_id: int | None = None,
        response_id: int | None = None,
    ) -> AttachResult:
        """Copy these files in (each read, checked against the limits, fingerprinted)."""
        result = AttachResult()
        for raw in paths:
            path = Path(raw)
            name = path.name or str(path)
            try:
                info = path.stat()
            except OSError as exc:
                result.refused.append((name, f"it cannot be read ({exc.strerror or exc})."))
                continue
            if not stat.S_ISREG(info.st_mode):
                result.refused.append((name, "it is a folder or a device, not a file."))
                continue
            if info.st_size > MAX_FILE_BYTES:
                result.refused.append(
                    (
                        name,
                        f"it is {format_size(info.st_size)}; one file can be at most "
                        f"{format_size(MAX_FILE_BYTES)}.",
                    )
                )
                continue
            try:
                data = path.read_bytes()
            except OSError as exc:
                result.refused.append((name, f"it cannot be read ({exc.strerror or exc})."))
                continue
            when = datetime.fromtimestamp(info.st_mtime, tz=UTC)
            self._keep(result, case_id, name, data, None, when, contact_id, response_id)
        self._announce(case_id, result)
        return result

    def attach_bytes(
        self,
        case_id: int,
        items: Iterable[tuple[str, str | None, bytes]],
        *,
        contact_id: int | None = None,
        response_id: int | None = None,
        file_date: datetime | None = None,
    ) -> AttachResult:
        """Keep files that came as bytes (an e-mail's attachments): (name, type or None, data)."""
        result = AttachResult()
        for name, mime, data in items:
            self._keep(result, case_id, name, data, mime, file_date, contact_id, response_id)
        self._announce(case_id, result)
        return result

    def _keep(
        self,
        result: AttachResult,
        case_id: int,
        name: str,
        data: bytes,
        mime: str | None,
        file_date: datetime | None,
        contact_id: int | None,
        response_id: int | None,
    ) -> None:
        name = name.strip() or "unnamed file"
        if len(data) > MAX_FILE_BYTES:
            result.refused.append(
                (
                    name,
                    f"it is {format_size(len(data))}; one file can be at most "
                    f"{format_size(MAX_FILE_BYTES)}.",
                )
            )
            return
        digest = hashlib.sha256(data).hexdigest()
        existing = self.files(case_id)
        if any(
            e.sha256 == digest and e.contact_id == contact_id and e.response_id == response_id
            for e in existing
        ):
            result.already.append(name)
            return
        stored = self._problems.guard(lambda: self._store.evidence.stored_bytes(), 0)
        new_content = not self._problems.guard(
            lambda: self._store.evidence.has_content(digest), False
        )
        if new_content and stored + len(data) > MAX_TOTAL_BYTES:
            result.refused.append(
                (
                    name,
                    f"the files kept already take {format_size(stored)} of the "
                    f"{format_size(MAX_TOTAL_BYTES)} allowed.",
                )
            )
            return
        guessed = mime or mimetypes.guess_type(name)[0] or "application/octet-stream"
        record = Evidence(
            None,
            case_id,
            name,
            guessed,
            len(data),
            digest,
            self._clock.now(),
            file_date,
            contact_id,
            response_id,
        )
        saved = self._problems.guard(lambda: self._store.evidence.add(record, data), None)
        if saved is None:
            result.refused.append((name, "it could not be saved (see the message above)."))
        else:
            result.added.append(saved)

    def _announce(self, case_id: int, result: AttachResult) -> None:
        if result.added:
            self.changed.emit(case_id)
            self._records.timeline_changed.emit(case_id)

    # -- using them ------------------------------------------------------------------------
    def problem(self, evidence: Evidence) -> str | None:
        """None when the kept bytes are there and match; otherwise what is wrong, in words."""
        data = self._problems.guard(lambda: self._store.evidence.data(evidence.sha256), None)
        return _problem_with(evidence, data)

    def data(self, evidence: Evidence) -> bytes:
        """The file's bytes, checked. ValueError (with the reason) when missing or altered."""
        data = self._problems.guard(lambda: self._store.evidence.data(evidence.sha256), None)
        problem = _problem_with(evidence, data)
        if problem is not None or data is None:
            raise ValueError(problem or f"“{evidence.name}” is missing.")
        return data

    def copy_for_opening(self, evidence: Evidence) -> Path:
        """A private copy of the file, under its own name, for the system's viewer. ValueError
        (with the reason) when the kept file is missing or altered, or cannot be written."""
        data = self.data(evidence)
        try:
            if self._opened is None or not self._opened.is_dir():
                self._opened = Path(tempfile.mkdtemp(prefix="complaint-desk-evidence-"))
            folder = self._opened / str(evidence.id)
            folder.mkdir(mode=0o700, exist_ok=True)
            path = folder / _safe_name(evidence.name)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
        except OSError as exc:
            raise ValueError(
                f"A copy of “{evidence.name}” to open could not be written ({exc.strerror or exc})."
            ) from exc
        return path

    def close(self) -> None:
        """End of the session: copies opened elsewhere go, and bytes no record uses are dropped
        (Undo's history ends with the session)."""
        if self._opened is not None:
            shutil.rmtree(self._opened, ignore_errors=True)
            self._opened = None
        self._problems.guard(self._store.evidence.prune, 0)


def _problem_with(evidence: Evidence, data: bytes | None) -> str | None:
    if data is None:
        return f"“{evidence.name}” is missing from the data file."
    if hashlib.sha256(data).hexdigest() != evidence.sha256:
        return (
            f"“{evidence.name}” no longer matches the fingerprint taken when it was kept "
            "(the data file was damaged or changed outside the app)."
        )
    return None


def _safe_name(name: str) -> str:
    """The file's own name, without path separators or a leading dot."""
    cleaned = "".join("_" if ch in "/\\\0:" else ch for ch in name).strip().lstrip(".")
    return cleaned[:150] or "file"
