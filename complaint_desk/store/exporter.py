"""Export everything to one versioned JSON file (FORMAT_VERSION 1).

Plain JSON: ids as in the database, datetimes as ISO-8601 UTC strings, each draft with its
revisions oldest first, and the meta table. Read from one snapshot, written atomically.
"""

from __future__ import annotations

import base64
import json
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from complaint_desk.paths import open_private, private_dir
from complaint_desk.store.codec import from_micros
from complaint_desk.store.connection import Database
from complaint_desk.store.errors import translate

FORMAT_NAME = "complaint-desk-export"
FORMAT_VERSION = 1


def _iso(micros: int | None) -> str | None:
    return None if micros is None else from_micros(micros).isoformat()


def export_json(db: Database, dest: Path, schema_version: int) -> Path:
    with db.snapshot() as cx:
        data = {
            "format": FORMAT_NAME,
            "format_version": FORMAT_VERSION,
            "schema_version": schema_version,
            "exported_at": datetime.now(UTC).isoformat(),
            "vendors": [
                {
                    "id": r[0],
                    "name": r[1],
                    "handles": json.loads(r[2]) if r[2] else {},
                    "phone": r[3],
                    "email": r[4],
                    "url": r[5],
                    "notes": r[6],
                }
                for r in cx.execute(
                    "SELECT id, name, handles, phone, email, url, notes FROM vendors ORDER BY id"
                )
            ],
            "cases": [
                {
                    "id": r[0],
                    "vendor_id": r[1],
                    "title": r[2],
                    "opened_at": _iso(r[3]),
                    "story": r[4],
                    "reference": r[5],
                    "remedy": r[6],
                    "status": r[7],
                }
                for r in cx.execute(
                    "SELECT id, vendor_id, title, opened_at, story, reference, remedy, status"
                    " FROM cases ORDER BY id"
                )
            ],
            "contacts": [
                {
                    "id": r[0],
                    "case_id": r[1],
                    "channel": r[2],
                    "at": _iso(r[3]),
                    "duration_min": r[4],
                    "rep": r[5],
                    "summary": r[6],
                    "site": r[7],
                    "text": r[8],
                    "link": r[9],
                    "reached": r[10],
                    "outcome": r[11],
                }
                for r in cx.execute(
                    "SELECT id, case_id, channel, at, duration_min, rep, summary, site, text, link,"
                    " reached, outcome FROM contacts ORDER BY id"
                )
            ],
            "responses": [
                {
                    "id": r[0],
                    "case_id": r[1],
                    "at": _iso(r[2]),
                    "channel": r[3],
                    "outcome": r[4],
                    "who": r[5],
                    "summary": r[6],
                    "contact_id": r[7],
                }
                for r in cx.execute(
                    "SELECT id, case_id, at, channel, outcome, who, summary, contact_id"
                    " FROM responses ORDER BY id"
                )
            ],
            "drafts": _export_drafts(cx),
            "mail_messages": [
                {
                    "case_id": r[0],
                    "message_id": r[1],
                    "contact_id": r[2],
                    "response_id": r[3],
                }
                for r in cx.execute(
                    "SELECT case_id, message_id, contact_id, response_id FROM mail_messages"
                    " ORDER BY case_id, message_id"
                )
            ],
            "vendor_mail_patterns": [
                {"vendor_id": r[0], "pattern": r[1]}
                for r in cx.execute(
                    "SELECT vendor_id, pattern FROM vendor_mail_patterns"
                    " ORDER BY vendor_id, pattern"
                )
            ],
            "evidence": [
                {
                    "id": r[0],
                    "case_id": r[1],
                    "name": r[2],
                    "mime": r[3],
                    "size": r[4],
                    "sha256": r[5],
                    "added_at": _iso(r[6]),
                    "file_date": _iso(r[7]),
                    "contact_id": r[8],
                    "response_id": r[9],
                }
                for r in cx.execute(
                    "SELECT id, case_id, name, mime, size, sha256, added_at, file_date,"
                    " contact_id, response_id FROM evidence ORDER BY id"
                )
            ],
            # Each kept file's bytes once, base64: the export carries the evidence itself.
            "evidence_files": [
                {"sha256": r[0], "data": base64.b64encode(r[1]).decode("ascii")}
                for r in cx.execute(
                    "SELECT sha256, data FROM evidence_files"
                    " WHERE sha256 IN (SELECT sha256 FROM evidence) ORDER BY sha256"
                )
            ],
            "meta": dict(cx.execute("SELECT key, value FROM meta ORDER BY key")),
        }
    _write_atomically(dest, json.dumps(data, ensure_ascii=False, indent=1), db.path)
    return dest


def _export_drafts(cx: Any) -> list[dict[str, Any]]:
    drafts: dict[int, dict[str, Any]] = {}
    for r in cx.execute(
        "SELECT id, case_id, title, created_at, status, ready_at, clock_start, kind, origin_id"
        " FROM drafts ORDER BY id"
    ):
        drafts[r[0]] = {
            "id": r[0],
            "case_id": r[1],
            "title": r[2],
            "created_at": _iso(r[3]),
            "status": r[4],
            "ready_at": _iso(r[5]),
            "clock_start": _iso(r[6]),
            "kind": r[7],
            "origin_id": r[8],
            "revisions": [],
        }
    for r in cx.execute(
        "SELECT draft_id, saved_at, text, heat, polarity, model, restored FROM revisions"
        " ORDER BY draft_id, saved_at, id"
    ):
        drafts[r[0]]["revisions"].append(
            {
                "saved_at": _iso(r[1]),
                "text": r[2],
                "heat": r[3],
                "polarity": r[4],
                "model": r[5],
                "restored": bool(r[6]),
            }
        )
    return list(drafts.values())


def _write_atomically(dest: Path, text: str, source_path: Path) -> None:
    partial = dest.with_name(dest.name + ".partial")
    try:
        if not dest.parent.is_dir():
            private_dir(dest.parent)
        # surrogatepass: a lone surrogate pasted into a draft must not make the export fail.
        # 0600 whatever the umask: an export holds every complaint.
        with open_private(partial, "w", encoding="utf-8", errors="surrogatepass") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(partial, dest)
    except OSError as exc:
        try:
            partial.unlink(missing_ok=True)
        except OSError:
            pass  # the folder itself is the problem; report that, not the clean-up
        mapped = translate(exc, source_path)
        if mapped is None:  # pragma: no cover - every OSError maps
            raise
        raise mapped from exc
