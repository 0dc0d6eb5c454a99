"""Imported e-mail: the Message-IDs logged on each case, the vendors' confirmed address patterns,
and the one-transaction import itself. Reading the person's .eml/.mbox files is here too
(`read_mail_files`): the store is the layer that touches files.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from complaint_desk.core.models import Contact, Response
from complaint_desk.store.codec import clean_text, to_micros
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
    files: int = 0  # attachments kept as evidence on the records written


def _keep_attachments(
    cx,
    case_id: int,
    kind: str,
    record_id: int,
    message: MailMessage,
    attachments: Sequence[tuple[str, str, bytes]],
    kept_at: datetime,
) -> int:
    """Evidence rows for a written record's attachments (the bytes once per content)."""
    import hashlib  # here, not at the top: OpenSSL's module costs ~3 ms on the way to the paint

    for name, mime, data in attachments:
        digest = hashlib.sha256(data).hexdigest()
        cx.execute(
            "INSERT OR IGNORE INTO evidence_files (sha256, size, data) VALUES (?, ?, ?)",
            (digest, len(data), data),
        )
        cx.execute(
            f"INSERT INTO evidence (case_id, name, mime, size, sha256, added_at, file_date,"
            f" {kind}_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                case_id,
                clean_text(name) or "attachment",
                mime or "application/octet-stream",
                len(data),
                digest,
                to_micros(kept_at),
                to_micros(message.sent_at),
                record_id,
            ),
        )
    return len(attachments)


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
        keep: Callable[[MailMessage], Sequence[tuple[str, str, bytes]]] | None = None,
        kept_at: datetime | None = None,
    ) -> ImportOutcome:
        """Log the records and their Message-IDs in ONE transaction (and the vendor's confirmed
        patterns with them): all or nothing. A Message-ID already on the case is skipped.
        `cancelled()` is asked between batches; True rolls everything back
        (ImportCancelledError). `keep(message)` names the attachments to keep as evidence on the
        record a message becomes ((name, type, bytes); stored once per content, kept at
        `kept_at`, dated by the message), in the same transaction."""
        total = len(contacts) + len(responses)
        files = 0
        done = 0
        skipped = 0
        tables = ("contacts", "responses", "mail_messages", "vendor_mail_patterns", "evidence")
        with self._db.write(*tables, "evidence_files") as cx:
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
                    if keep is not None and kept_at is not None:
                        for record_id, (_r, m) in zip(ids, batch, strict=True):
                            files += _keep_attachments(
                                cx, case_id, kind, record_id, m, keep(m), kept_at
                            )
                    written[kind == "response"] += len(batch)
                    done += len(batch)
                    if progress is not None:
                        progress(done, total)
            if patterns is not None:
                self._replace_patterns(cx, vendor_id, patterns)
            if cancelled is not None and cancelled():
                raise ImportCancelledError()
        return ImportOutcome(written[0], written[1], skipped, files)

    def _add_contacts(self, cx, contacts: list[Contact]) -> list[int]:
        from complaint_desk.store.timeline_repo import ContactsRepo

        return ContactsRepo(self._db).add_many(contacts)

    def _add_responses(self, cx, responses: list[Response]) -> list[int]:
        from complaint_desk.store.timeline_repo import ResponsesRepo

        return ResponsesRepo(self._db).add_many(responses)


# -- the person's mail files ------------------------------------------------------------------

MBOX_SUFFIXES = (".mbox", ".mbx", ".mbs")
MSG_SUFFIX = ".msg"  # Outlook's own format (an OLE compound file), read by core.mail.msg
READ_BLOCK = 1024 * 1024  # bytes per read of an mbox (see `_mbox_messages`)
COUNT_BLOCK = 1024 * 1024  # bytes per read when counting its messages (a C-level count)
MAX_MESSAGE_BYTES = 50 * 1024 * 1024  # as core.mail: a bigger message is listed, not read
_SEPARATOR = b"\nFrom "  # a line starting "From " begins the next message of an mbox


def is_mbox(path: Path) -> bool:
    if path.suffix.lower() in MBOX_SUFFIXES:
        return True
    if path.suffix.lower() in (".eml", MSG_SUFFIX):
        return False
    try:
        with open(path, "rb") as fh:
            return fh.read(5) == b"From "
    except OSError:
        return False


def count_messages(path: Path) -> int:
    """How many messages a file holds (an mbox's "From " lines are counted; an .eml is one)."""
    if not is_mbox(path):
        return 1
    keep = len(_SEPARATOR) - 1
    with open(path, "rb") as fh:
        tail = fh.read(keep)
        count = int(tail.startswith(b"From "))
        while block := fh.read(COUNT_BLOCK):
            # a separator is in the block, or straddles the last bytes before it and the block
            count += block.count(_SEPARATOR) + (tail + block[:keep]).count(_SEPARATOR)
            tail = (tail + block)[-keep:] if len(block) < keep else block[-keep:]
    return count


def _mbox_messages(fh: BinaryIO) -> Iterator[bytes | str]:
    """The messages of an mbox, split as the stdlib `mailbox.mbox` splits them (a line starting
    "From " begins a message and is not part of it; the blank line before it is the separator),
    each message's bytes, or the reason one is not read (over MAX_MESSAGE_BYTES).

    Why not `mailbox.mbox`: it reads each message with its own seek and read, and every read
    lets go of the GIL and takes it back at once. A thread waiting for the GIL (the GUI's) only
    asks for it after 5 ms with no switch, so a worker that switches every millisecond starves
    it: the window froze for 0.4 s and more while a 10,000-message mbox was read. Reading the
    file in a few big blocks lets go of the GIL rarely, and the splitting is a C-level `find`.
    """
    buf = bytearray()
    in_message = False  # buf begins with a message's From line (else: what precedes the first)
    searched = 0
    eof = False
    at_start = True  # buf still begins at the file's first byte (a line start)
    while not eof:
        block = fh.read(READ_BLOCK)
        eof = not block
        buf += block
        if at_start and (len(buf) >= len(_SEPARATOR) - 1 or eof):
            at_start = False
            in_message = buf.startswith(b"From ")
        if at_start:
            continue
        while True:
            found = buf.find(_SEPARATOR, searched)
            if found < 0:
                break
            if in_message:
                yield _mbox_message(buf, found + 1)
            in_message = True
            del buf[: found + 1]
            searched = 0
        if eof:
            if in_message and buf:
                yield _mbox_message(buf, len(buf))
        elif in_message and len(buf) > MAX_MESSAGE_BYTES + 64 * 1024:
            yield (
                f"it is over {MAX_MESSAGE_BYTES // (1024 * 1024)} MB; messages that big "
                "are not read"
            )
            in_message = False
            del buf[: -(len(_SEPARATOR) - 1)]
            searched = 0
        else:
            if not in_message:  # nothing before the first From line is kept
                del buf[: -(len(_SEPARATOR) - 1)]
            searched = max(0, len(buf) - (len(_SEPARATOR) - 1))


def _mbox_message(buf: bytearray, end: int) -> bytes:
    """buf[:end] (a From line, then the message) as the message's bytes."""
    start = buf.find(b"\n", 0, end) + 1 or end
    if end - start == 1 and buf[start] == 0x0A:
        end = start  # only the separating blank line
    elif end - start >= 2 and buf[end - 2 : end] == b"\n\n":
        end -= 1  # the blank line before the next From line separates; it is not the message's
    with memoryview(buf) as view:
        return bytes(view[start:end])


def read_mail_files(paths: Sequence[Path]) -> Iterator[tuple[str, bytes | str]]:
    """(source label, raw message bytes or the reason it could not be read), file by file and
    message by message: an unreadable file or message is reported and the rest go on. An
    Outlook .msg file's bytes are its own format, not RFC 5322: `is_msg_file` tells them."""
    for path in paths:
        path = Path(path)
        if not is_mbox(path):
            try:
                yield path.name, path.read_bytes()
            except OSError as exc:
                yield path.name, f"the file cannot be read ({exc.strerror or exc})"
            continue
        try:
            fh = open(path, "rb")
        except OSError as exc:
            yield path.name, f"the mailbox cannot be read ({exc.strerror or exc})"
            continue
        n = 0
        try:
            for n, raw in enumerate(_mbox_messages(fh), 1):
                yield f"{path.name}, message {n}", raw
        except OSError as exc:
            yield (
                f"{path.name}, message {n + 1}",
                f"the rest of the mailbox cannot be read ({exc.strerror or exc})",
            )
        finally:
            fh.close()
