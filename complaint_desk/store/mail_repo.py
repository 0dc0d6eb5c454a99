"""Imported e-mail: the Message-IDs logged on each case, the vendors' confirmed address patterns,
and the one-transaction import itself. Reading the person's .eml/.mbox files is here too
(`read_mail_files`): the store is the layer that touches files.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from complaint_desk.core.models import Contact, Response
from complaint_desk.store.codec import clean_text
from complaint_desk.store.connection import Database

if TYPE_CHECKING:  # e-mail modules (email, socket, mailbox) load on first use, not at start-up
    from complaint_desk.core.mail import MailMessage

CHUNK = 500  # rows per statement batch: progress and Cancel are checked between batches


class ImportCancelledError(Exception):
    """The person cancelled: the transaction was rolled back, nothing was written."""


@dataclass(frozen=True)
class ImportOutcome:
    contacts: int
    responses: int
    skipped: int  # duplicates found inside the transaction (e.g. imported meanwhile)


class MailRepo:
    def __init__(self, db: Database) -> None:
        self._db = db

    def message_ids(self, case_id: int) -> set[str]:
        with self._db.read() as cx:
            return {
                r[0]
                for r in cx.execute(
                    "SELECT message_id FROM mail_messages WHERE case_id = ?", (case_id,)
                )
            }

    def message_id_of(self, kind: str, record_id: int) -> str | None:
        """The Message-ID a contact or response was imported from (None: typed by hand)."""
        column = "contact_id" if kind == "contact" else "response_id"
        with self._db.read() as cx:
            row = cx.execute(
                f"SELECT message_id FROM mail_messages WHERE {column} = ?", (record_id,)
            ).fetchone()
        return None if row is None else str(row[0])

    def patterns(self, vendor_id: int) -> list[str]:
        with self._db.read() as cx:
            return [
                r[0]
                for r in cx.execute(
                    "SELECT pattern FROM vendor_mail_patterns WHERE vendor_id = ? ORDER BY pattern",
                    (vendor_id,),
                )
            ]

    def set_patterns(self, vendor_id: int, patterns: Sequence[str]) -> None:
        with self._db.write("vendor_mail_patterns") as cx:
            self._replace_patterns(cx, vendor_id, patterns)

    @staticmethod
    def _replace_patterns(cx, vendor_id: int, patterns: Sequence[str]) -> None:
        cx.execute("DELETE FROM vendor_mail_patterns WHERE vendor_id = ?", (vendor_id,))
        cx.executemany(
            "INSERT OR IGNORE INTO vendor_mail_patterns (vendor_id, pattern) VALUES (?, ?)",
            [(vendor_id, clean_text(p)) for p in patterns],
        )

    def import_messages(
        self,
        case_id: int,
        vendor_id: int,
        contacts: Sequence[tuple[Contact, MailMessage]],
        responses: Sequence[tuple[Response, MailMessage]],
        patterns: Sequence[str] | None = None,
        *,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ImportOutcome:
        """Log the records and their Message-IDs in ONE transaction (and the vendor's confirmed
        patterns with them): all or nothing. A Message-ID already on the case is skipped.
        `cancelled()` is asked between batches; True rolls everything back
        (ImportCancelledError)."""
        total = len(contacts) + len(responses)
        done = 0
        skipped = 0
        with self._db.write("contacts", "responses", "mail_messages", "vendor_mail_patterns") as cx:
            seen = {
                r[0]
                for r in cx.execute(
                    "SELECT message_id FROM mail_messages WHERE case_id = ?", (case_id,)
                )
            }
            written = [0, 0]
            for kind, rows in (("contact", contacts), ("response", responses)):
                fresh = []
                for record, message in rows:
                    if message.message_id in seen:
                        skipped += 1
                        continue
                    seen.add(message.message_id)
                    fresh.append((record, message))
                for start in range(0, len(fresh), CHUNK):
                    if cancelled is not None and cancelled():
                        raise ImportCancelledError()
                    batch = fresh[start : start + CHUNK]
                    records = [r for r, _m in batch]
                    if kind == "contact":
                        ids = self._add_contacts(cx, records)  # type: ignore[arg-type]
                    else:
                        ids = self._add_responses(cx, records)  # type: ignore[arg-type]
                    cx.executemany(
                        f"INSERT INTO mail_messages (case_id, message_id, {kind}_id)"
                        " VALUES (?, ?, ?)",
                        [
                            (case_id, clean_text(m.message_id), i)
                            for i, (_r, m) in zip(ids, batch, strict=True)
                        ],
                    )
                    written[kind == "response"] += len(batch)
                    done += len(batch)
                    if progress is not None:
                        progress(done, total)
            if patterns is not None:
                self._replace_patterns(cx, vendor_id, patterns)
            if cancelled is not None and cancelled():
                raise ImportCancelledError()
        return ImportOutcome(written[0], written[1], skipped)

    def _add_contacts(self, cx, contacts: list[Contact]) -> list[int]:
        from complaint_desk.store.timeline_repo import ContactsRepo

        return ContactsRepo(self._db).add_many(contacts)

    def _add_responses(self, cx, responses: list[Response]) -> list[int]:
        from complaint_desk.store.timeline_repo import ResponsesRepo

        return ResponsesRepo(self._db).add_many(responses)


# -- the person's mail files ------------------------------------------------------------------

MBOX_SUFFIXES = (".mbox", ".mbx", ".mbs")


def is_mbox(path: Path) -> bool:
    if path.suffix.lower() in MBOX_SUFFIXES:
        return True
    if path.suffix.lower() == ".eml":
        return False
    try:
        with open(path, "rb") as fh:
            return fh.read(5) == b"From "
    except OSError:
        return False


def count_messages(path: Path) -> int:
    """How many messages a file holds (an mbox is indexed once; an .eml is one)."""
    if not is_mbox(path):
        return 1
    import mailbox

    box = mailbox.mbox(path, create=False)
    try:
        return len(box)
    finally:
        box.close()


def read_mail_files(paths: Sequence[Path]) -> Iterator[tuple[str, bytes | str]]:
    """(source label, raw message bytes or the reason it could not be read), file by file and
    message by message: an unreadable file or message is reported and the rest go on."""
    import mailbox

    for path in paths:
        path = Path(path)
        if not is_mbox(path):
            try:
                yield path.name, path.read_bytes()
            except OSError as exc:
                yield path.name, f"the file cannot be read ({exc.strerror or exc})"
            continue
        try:
            box = mailbox.mbox(path, create=False)
            keys = box.keys()
        except (OSError, mailbox.Error) as exc:
            yield path.name, f"the mailbox cannot be read ({getattr(exc, 'strerror', None) or exc})"
            continue
        try:
            for n, key in enumerate(keys, 1):
                label = f"{path.name}, message {n}"
                try:
                    yield label, box.get_bytes(key)
                except (OSError, mailbox.Error, KeyError) as exc:
                    yield label, f"it cannot be read from the mailbox ({exc})"
        finally:
            box.close()
