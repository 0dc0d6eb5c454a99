"""Import an export file (see exporter.py) into an empty store, all or nothing.

The whole file is validated before anything is written, then written in one transaction; any
problem raises ImportFileError with a sentence naming the place in the file.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import math
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, overload

from complaint_desk.core.models import (
    CaseStatus,
    Channel,
    DraftKind,
    DraftStatus,
    Outcome,
    Reached,
)
from complaint_desk.store.codec import clean_text, preview_of, to_micros
from complaint_desk.store.drafts_repo import PREVIEW_LENGTH
from complaint_desk.store.errors import ImportFileError
from complaint_desk.store.exporter import FORMAT_NAME, FORMAT_VERSION

if TYPE_CHECKING:
    from complaint_desk.store.store import Store

RECORD_TABLES = ("vendors", "cases", "contacts", "responses", "drafts")


class _Reader:
    """Validates one record of the file, naming the place of any problem."""

    def __init__(self, record: Any, where: str) -> None:
        if not isinstance(record, dict):
            raise ImportFileError(f"{where} should be an object.")
        self.record = record
        self.where = where

    def _get(self, key: str) -> Any:
        if key not in self.record:
            raise ImportFileError(f"{self.where} has no '{key}'.")
        return self.record[key]

    @overload
    def id(self, key: str = ..., *, optional: Literal[False] = ...) -> int: ...
    @overload
    def id(self, key: str = ..., *, optional: bool) -> int | None: ...
    def id(self, key: str = "id", *, optional: bool = False) -> int | None:
        value = self.record.get(key) if optional else self._get(key)
        if value is None and optional:
            return None
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise ImportFileError(f"{self.where}.{key} should be a positive whole number.")
        return value

    def text(self, key: str, *, default: str | None = "") -> str:
        if default is not None and key not in self.record:
            return default
        value = self._get(key)
        if not isinstance(value, str):
            raise ImportFileError(f"{self.where}.{key} should be text.")
        return clean_text(value)

    def number(self, key: str) -> float:
        value = self._get(key)
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not math.isfinite(value)
        ):
            raise ImportFileError(f"{self.where}.{key} should be a number.")
        return float(value)

    @overload
    def time(self, key: str, *, optional: Literal[False] = ...) -> int: ...
    @overload
    def time(self, key: str, *, optional: bool) -> int | None: ...
    def time(self, key: str, *, optional: bool = False) -> int | None:
        value = self.record.get(key) if optional else self._get(key)
        if value is None and optional:
            return None
        problem = f"{self.where}.{key} should be an ISO-8601 date and time with a time zone."
        if not isinstance(value, str):
            raise ImportFileError(problem)
        try:
            parsed = datetime.fromisoformat(value)
            return to_micros(parsed)
        except (TypeError, ValueError):
            raise ImportFileError(problem) from None

    def choice(self, key: str, enum: Callable[[str], Any], *, default: str | None = None) -> str:
        value = self.record.get(key, default) if default is not None else self._get(key)
        try:
            return str(enum(value).value)
        except ValueError:
            raise ImportFileError(f"{self.where}.{key} has an unknown value {value!r}.") from None

    def items(self, key: str) -> list[Any]:
        value = self.record.get(key, [])
        if not isinstance(value, list):
            raise ImportFileError(f"{self.where}.{key} should be a list.")
        return value


def _load(src: Path) -> dict[str, Any]:
    try:
        raw = Path(src).read_bytes()
    except OSError as exc:
        raise ImportFileError(f"The file {src} can't be read ({exc.strerror or exc}).") from exc
    try:
        data = json.loads(raw.decode("utf-8", errors="surrogatepass"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise ImportFileError(
            f"The file {Path(src).name} is not a Complaint Desk export (it is not valid JSON)."
        ) from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise ImportFileError(f"The file {Path(src).name} is not a Complaint Desk export.")
    version = data.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise ImportFileError("The export has no format version.")
    if version > FORMAT_VERSION:
        raise ImportFileError(
            f"The export was made by a newer version of Complaint Desk (format {version}; this "
            f"version reads up to {FORMAT_VERSION}). Update Complaint Desk to import it."
        )
    return data


def import_json(src: Path, store: Store) -> dict[str, int]:
    """Load an export into an empty store; how many of each record were imported.

    Raises ImportFileError (with a user-facing message) for a bad file or a non-empty store,
    StoreError for environment problems. Nothing is written unless everything is valid.
    """
    data = _load(src)
    rows = _validate(data)
    db = store.database
    with db.read() as cx:
        used = [
            t
            for t in RECORD_TABLES
            if cx.execute(f"SELECT EXISTS (SELECT 1 FROM {t})").fetchone()[0]
        ]
    if used:
        raise ImportFileError(
            "Importing needs an empty data folder, and this one already has "
            f"{', '.join(used)}. Start Complaint Desk with --data-dir pointing at a new folder, "
            "then import."
        )
    try:
        with db.write() as cx:
            cx.executemany(
                "INSERT INTO vendors (id, name, handles, phone, email, url, notes)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                rows["vendors"],
            )
            cx.executemany(
                "INSERT INTO cases (id, vendor_id, title, opened_at, story, reference, remedy,"
                " status) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                rows["cases"],
            )
            cx.executemany(
                "INSERT INTO contacts (id, case_id, channel, at, duration_min, rep, summary, site,"
                " text, link, reached, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows["contacts"],
            )
            cx.executemany(
                "INSERT INTO responses (id, case_id, at, channel, outcome, who, summary,"
                " contact_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                rows["responses"],
            )
            cx.executemany(
                "INSERT INTO drafts (id, case_id, title, created_at, status, heat, polarity,"
                " ready_at, clock_start, updated_at, preview, revision_count, kind)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows["drafts"],
            )
            # Links between drafts once every draft is in (a link may point either way).
            cx.executemany("UPDATE drafts SET origin_id = ? WHERE id = ?", rows["draft_links"])
            # The hold's fold (hold_lowest, hold_last_id) is left empty: the first look at each
            # draft folds its history under this version's rule and keeps it.
            cx.executemany(
                "INSERT INTO revisions (draft_id, saved_at, text, heat, polarity, model, restored)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                rows["revisions"],
            )
            cx.executemany(
                "INSERT INTO mail_messages (case_id, message_id, contact_id, response_id)"
                " VALUES (?, ?, ?, ?)",
                rows["mail_messages"],
            )
            cx.executemany(
                "INSERT OR IGNORE INTO vendor_mail_patterns (vendor_id, pattern) VALUES (?, ?)",
                rows["vendor_mail_patterns"],
            )
            cx.executemany(
                "INSERT OR IGNORE INTO evidence_files (sha256, size, data) VALUES (?, ?, ?)",
                rows["evidence_files"],
            )
            cx.executemany(
                "INSERT INTO evidence (id, case_id, name, mime, size, sha256, added_at,"
                " file_date, contact_id, response_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows["evidence"],
            )
            # The running app's own keys (e.g. its clock high-water mark) win over the file's.
            cx.executemany("INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)", rows["meta"])
    except sqlite3.IntegrityError as exc:
        raise ImportFileError(
            "The export is inconsistent (a record points at one that is missing, or an id is "
            f"used twice), so nothing was imported. ({exc})"
        ) from exc
    counts = {name: len(rows[name]) for name in (*RECORD_TABLES, "revisions", "meta")}
    for name in ("mail_messages", "vendor_mail_patterns", "evidence"):  # only when present
        if rows[name]:
            counts[name] = len(rows[name])
    return counts


def _validate(data: dict[str, Any]) -> dict[str, list[tuple[Any, ...]]]:
    top = _Reader(data, "export")
    vendors = []
    for i, item in enumerate(top.items("vendors")):
        r = _Reader(item, f"vendors[{i}]")
        handles = item.get("handles", {})
        if not isinstance(handles, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in handles.items()
        ):
            raise ImportFileError(f"vendors[{i}].handles should map site ids to handles.")
        vendors.append(
            (
                r.id(),
                r.text("name", default=None),
                clean_text(json.dumps(handles, ensure_ascii=False, sort_keys=True)),
                r.text("phone"),
                r.text("email"),
                r.text("url"),
                r.text("notes"),
            )
        )
    cases = []
    for i, item in enumerate(top.items("cases")):
        r = _Reader(item, f"cases[{i}]")
        cases.append(
            (
                r.id(),
                r.id("vendor_id"),
                r.text("title", default=None),
                r.time("opened_at"),
                r.text("story"),
                r.text("reference"),
                r.text("remedy"),
                r.choice("status", CaseStatus, default=CaseStatus.OPEN.value),
            )
        )
    contacts = []
    for i, item in enumerate(top.items("contacts")):
        r = _Reader(item, f"contacts[{i}]")
        duration = item.get("duration_min")
        if duration is not None and (
            not isinstance(duration, int) or isinstance(duration, bool) or duration < 0
        ):
            raise ImportFileError(f"contacts[{i}].duration_min should be a whole number.")
        contacts.append(
            (
                r.id(),
                r.id("case_id"),
                r.choice("channel", Channel),
                r.time("at"),
                duration,
                r.text("rep"),
                r.text("summary"),
                r.text("site"),
                r.text("text"),
                r.text("link"),
                # Exports from before call results: every call counted as getting through.
                r.choice("reached", Reached, default=Reached.SPOKE.value),
                None if item.get("outcome") is None else r.choice("outcome", Outcome),
            )
        )
    responses = []
    for i, item in enumerate(top.items("responses")):
        r = _Reader(item, f"responses[{i}]")
        responses.append(
            (
                r.id(),
                r.id("case_id"),
                r.time("at"),
                r.choice("channel", Channel),
                r.choice("outcome", Outcome),
                r.text("who"),
                r.text("summary"),
                r.id("contact_id", optional=True),
            )
        )
    drafts = []
    revisions = []
    links: list[tuple[int, int]] = []
    for i, item in enumerate(top.items("drafts")):
        r = _Reader(item, f"drafts[{i}]")
        draft_id = r.id()
        revs = []
        for j, rev_item in enumerate(r.items("revisions")):
            rr = _Reader(rev_item, f"drafts[{i}].revisions[{j}]")
            revs.append(
                (
                    draft_id,
                    rr.time("saved_at"),
                    rr.text("text"),
                    rr.number("heat"),
                    rr.number("polarity"),
                    rr.text("model", default=""),  # files from before it was recorded lack it
                    1 if rr.record.get("restored") is True else 0,
                )
            )
        revs.sort(key=lambda rev: rev[1])
        latest = revs[-1] if revs else None
        drafts.append(
            (
                draft_id,
                r.id("case_id"),
                r.text("title", default=None),
                r.time("created_at"),
                r.choice("status", DraftStatus, default=DraftStatus.ACTIVE.value),
                latest[3] if latest else None,
                latest[4] if latest else None,
                r.time("ready_at", optional=True),
                r.time("clock_start", optional=True),
                latest[1] if latest else None,
                preview_of(latest[2], PREVIEW_LENGTH) if latest else "",
                len(revs),
                r.choice("kind", DraftKind, default=DraftKind.POST.value),
            )
        )
        origin = r.id("origin_id", optional=True)
        if origin is not None:
            links.append((origin, draft_id))
        revisions.extend(revs)
    mail_messages = []
    for i, item in enumerate(top.items("mail_messages")):  # files from before e-mail lack it
        r = _Reader(item, f"mail_messages[{i}]")
        mail_messages.append(
            (
                r.id("case_id"),
                r.text("message_id", default=None),
                r.id("contact_id", optional=True),
                r.id("response_id", optional=True),
            )
        )
    patterns = []
    for i, item in enumerate(top.items("vendor_mail_patterns")):
        r = _Reader(item, f"vendor_mail_patterns[{i}]")
        patterns.append((r.id("vendor_id"), r.text("pattern", default=None)))
    files: dict[str, bytes] = {}
    for i, item in enumerate(top.items("evidence_files")):  # files from before evidence lack it
        r = _Reader(item, f"evidence_files[{i}]")
        digest = r.text("sha256", default=None).lower()
        try:
            content = base64.b64decode(r.text("data", default=None), validate=True)
        except (ValueError, binascii.Error):
            raise ImportFileError(f"evidence_files[{i}].data is not base64.") from None
        if hashlib.sha256(content).hexdigest() != digest:
            raise ImportFileError(
                f"evidence_files[{i}] does not match its SHA-256: the file was changed or damaged."
            )
        files[digest] = content
    evidence = []
    for i, item in enumerate(top.items("evidence")):
        r = _Reader(item, f"evidence[{i}]")
        digest = r.text("sha256", default=None).lower()
        if digest not in files:
            raise ImportFileError(
                f"evidence[{i}] ({r.text('name')!r}) has no stored file in the export."
            )
        evidence.append(
            (
                r.id(),
                r.id("case_id"),
                r.text("name", default=None),
                r.text("mime", default="application/octet-stream"),
                len(files[digest]),
                digest,
                r.time("added_at"),
                r.time("file_date", optional=True),
                r.id("contact_id", optional=True),
                r.id("response_id", optional=True),
            )
        )
    meta_obj = data.get("meta", {})
    if not isinstance(meta_obj, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in meta_obj.items()
    ):
        raise ImportFileError("export.meta should map names to text.")
    return {
        "vendors": vendors,
        "cases": cases,
        "contacts": contacts,
        "responses": responses,
        "drafts": drafts,
        "draft_links": links,
        "revisions": revisions,
        "meta": [(clean_text(k), clean_text(v)) for k, v in meta_obj.items()],
        "mail_messages": mail_messages,
        "vendor_mail_patterns": patterns,
        "evidence": evidence,
        "evidence_files": [(digest, len(content), content) for digest, content in files.items()],
    }
