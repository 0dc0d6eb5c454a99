"""Reading one e-mail message: `parse_message(raw: bytes) -> MailMessage` (a seam, docs/design.md).

Pure: bytes in, a frozen record out, no file or clock. The stdlib `email` package does the MIME
work (policy=email.policy.default): header decoding (RFC 2047, RFC 6532 UTF-8 headers), charsets
and transfer encodings. What this module adds is the reading a complaint record needs:

- `sent_at` is the Date header's instant, aware, in the zone the header gives. "-0000" (RFC 5322:
  the time is UTC, the sender's zone unknown) is UTC. A missing or unreadable Date raises
  ValueError: an e-mail logged at a guessed time would make response times wrong.
- `body` is plain text: the text/plain part when there is one, else the HTML part reduced to
  readable text with the stdlib html.parser (paragraphs and line breaks kept, scripts and styles
  dropped, links shown with their address).
- `message_id` is the Message-ID header, or, when a message has none, a stable stand-in made from
  what identifies it (date, sender, subject, body), so importing the same file twice still skips.

An Outlook `.msg` file (an OLE compound file, told by its first bytes) is read by
`core.mail.msg` into the same record.

Anything that cannot be read (no headers at all, no sender, no usable date) raises ValueError with
a sentence saying why.
"""

from __future__ import annotations

import email
import email.header
import email.policy
import email.utils
import functools
import re
from datetime import UTC, datetime
from email.message import EmailMessage, MIMEPart

from complaint_desk.core.mail.record import (  # the record, re-exported: core.mail is the seam
    MAX_YEAR,
    MIN_YEAR,
    Attachment,
    MailMessage,
    html_to_text,
    stand_in_id,
    tidy,
)

MAX_MESSAGE_BYTES = 50 * 1024 * 1024  # one message; bigger is refused with a reason
_REPEATED = frozenset(
    ("content-type", "content-transfer-encoding", "content-disposition")
    + ("from", "to", "cc", "sender", "reply-to")  # one exchange's few correspondents
)


class _Policy(email.policy.EmailPolicy):
    """email.policy.default, but a MIME header value seen before is not parsed again.

    The stdlib parses a header each time it is asked for, and a message asks for its
    Content-Type about nine times (the parser, get_body, get_content…): half of all the time an
    mbox import took. The same few values ("text/plain; charset=utf-8", the same two or three
    From and To lines of one exchange) recur across messages, and a parsed header is immutable,
    so one parse serves them all."""

    def header_fetch_parse(self, name, value):
        if hasattr(value, "name") or name.lower() not in _REPEATED:
            return super().header_fetch_parse(name, value)
        return _parsed(self, name.lower(), value)


@functools.lru_cache(maxsize=512)
def _parsed(policy: _Policy, name: str, value: str):
    return email.policy.EmailPolicy.header_fetch_parse(policy, name, value)


_POLICY = _Policy()
__all__ = ["Attachment", "MailMessage", "html_to_text", "parse_message"]


def parse_message(raw: bytes) -> MailMessage:
    """Read one message (RFC 5322 bytes, or an Outlook .msg file's); ValueError with the reason
    when it cannot be read."""
    if not isinstance(raw, bytes | bytearray | memoryview):
        raise TypeError(f"parse_message takes bytes, not {type(raw).__name__}")
    raw = bytes(raw)
    if not raw.strip():
        raise ValueError("the message is empty")
    if len(raw) > MAX_MESSAGE_BYTES:
        raise ValueError(
            f"the message is {len(raw) // (1024 * 1024)} MB; messages over "
            f"{MAX_MESSAGE_BYTES // (1024 * 1024)} MB are not read"
        )
    if raw[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":  # an OLE file: an Outlook .msg
        from complaint_desk.core.mail.msg import parse_msg

        return parse_msg(raw)
    try:
        msg = email.message_from_bytes(raw, policy=_POLICY)
    except Exception as exc:  # the parser is lenient; anything it still raises is unreadable
        raise ValueError(f"it could not be read as an e-mail ({exc})") from exc
    if not isinstance(msg, EmailMessage) or not msg.keys():
        raise ValueError("it is not an e-mail message (it has no headers)")
    try:
        return _read(msg, raw)
    except ValueError:
        raise
    except Exception as exc:  # malformed MIME deep inside: one message's problem, not a crash
        raise ValueError(f"part of it could not be read ({type(exc).__name__}: {exc})") from exc


def _read(msg: EmailMessage, raw: bytes) -> MailMessage:
    sent_at = _sent_at(msg)
    sender_name, sender = _sender(msg)
    recipients = tuple(
        addr for field in ("to", "cc") for _name, addr in _addresses(msg, field) if addr
    )
    subject = _header_text(msg, "subject")
    body = _body(msg)
    attachments = tuple(_attachments(msg))
    message_id = _message_id(msg) or stand_in_id(sent_at, sender, subject, body)
    return MailMessage(
        sent_at, sender, sender_name, recipients, subject, body, attachments, message_id
    )


# -- headers ---------------------------------------------------------------------------------


def _raw_header(msg: EmailMessage, name: str) -> str | None:
    """The header's text as written (unfolded), without the policy's structured parsing."""
    for key, value in msg.raw_items():
        if key.lower() == name:
            return re.sub(r"\r?\n[ \t]*", " ", str(value)).strip()
    return None


def _header_text(msg: EmailMessage, name: str) -> str:
    try:
        value = msg.get(name)
    except Exception:
        value = _raw_header(msg, name)
    return " ".join(str(value).split()) if value is not None else ""


def _sent_at(msg: EmailMessage) -> datetime:
    text = _raw_header(msg, "date")
    if text is None:
        raise ValueError("it has no Date header, so when it was sent is unknown")
    if not text:
        raise ValueError("its Date header is empty, so when it was sent is unknown")
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        raise ValueError(f"its Date header “{text[:60]}” is not a date this can read") from None
    if when.tzinfo is None:
        # RFC 5322 3.3: "-0000" means the time is in UTC and the sender's zone is not known.
        when = when.replace(tzinfo=UTC)
    if not MIN_YEAR <= when.year <= MAX_YEAR:
        raise ValueError(f"its Date header says the year {when.year}, which cannot be right")
    return when


def _addresses(msg: EmailMessage, name: str) -> list[tuple[str, str]]:
    """(display name, address) pairs of an address header, lenient with broken ones."""
    try:
        header = msg.get(name)
    except Exception:
        header = None
    pairs: list[tuple[str, str]] = []
    if header is not None and getattr(header, "addresses", None) is not None:
        try:
            for a in header.addresses:
                addr = a.addr_spec if a.username else ""
                if addr and addr != "<>":
                    pairs.append((a.display_name or "", addr.strip()))
        except Exception:
            pairs = []
    raw = _raw_header(msg, name)
    if pairs and raw and re.search(r"\?=\s+=\?", raw):
        # The header parser leaves a space between adjacent encoded words that were folded
        # apart (RFC 2047 6.2 says to drop it); the legacy decoder joins them right.
        legacy = [(_decoded(d), a) for d, a in email.utils.getaddresses([raw]) if "@" in a]
        if [a for _d, a in legacy] == [a for _d, a in pairs]:
            pairs = legacy
    if not pairs:
        if raw:
            for display, addr in email.utils.getaddresses([raw]):
                if "@" in addr:
                    pairs.append((display, addr.strip()))
    return pairs


def _decoded(words: str) -> str:
    try:
        return str(email.header.make_header(email.header.decode_header(words)))
    except Exception:
        return words


def _sender(msg: EmailMessage) -> tuple[str, str]:
    for field in ("from", "sender", "reply-to"):
        pairs = _addresses(msg, field)
        if pairs:
            name, addr = pairs[0]
            return " ".join(name.split()), addr
    if _raw_header(msg, "from") is None:
        raise ValueError("it has no From header, so who sent it is unknown")
    raise ValueError("its From header holds no address this can read")


def _message_id(msg: EmailMessage) -> str:
    text = _raw_header(msg, "message-id") or ""
    found = re.search(r"<[^<>\s]+>", text)
    if found:
        return found.group(0)
    return text.split()[0] if text.split() else ""


# -- body --------------------------------------------------------------------------------------


def _text_of(part: MIMEPart) -> str:
    """A text part's content as str, decoded from its charset and transfer encoding."""
    try:
        content = part.get_content()
        if isinstance(content, str):
            return content
    except Exception:
        pass  # an unknown or lying charset: decode the bytes ourselves below
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return str(part.get_payload() or "")
    charset = part.get_content_charset() or "utf-8"
    for candidate in (charset, "utf-8", "cp1252"):
        try:
            return payload.decode(candidate)
        except (LookupError, UnicodeDecodeError):
            continue
    return payload.decode("latin-1")


def _body(msg: EmailMessage) -> str:
    try:
        part = msg.get_body(preferencelist=("plain", "html"))
    except Exception:
        part = None
    if part is None:
        if msg.get_content_maintype() == "text" or not msg.is_multipart():
            if msg.get_content_maintype() in ("text", ""):
                part = msg
        if part is None:
            return ""
    text = _text_of(part)
    if part.get_content_subtype() == "html":
        text = html_to_text(text)
    return tidy(text)


def _attachments(msg: EmailMessage) -> list[Attachment]:
    if not msg.is_multipart():
        return []
    found: list[Attachment] = []
    try:
        parts = list(msg.iter_attachments())
    except Exception:
        return []
    for i, part in enumerate(parts, 1):
        content_type = part.get_content_type()
        try:
            name = part.get_filename() or ""
        except Exception:
            name = ""
        if part.get_content_maintype() == "message" or part.is_multipart():
            inner = part.get_payload()
            if isinstance(inner, list) and inner and hasattr(inner[0], "as_bytes"):
                data = inner[0].as_bytes() if content_type == "message/rfc822" else part.as_bytes()
            else:
                data = part.as_bytes()
            name = name or (f"message-{i}.eml" if content_type == "message/rfc822" else "")
        else:
            payload = part.get_payload(decode=True)
            data = payload if isinstance(payload, bytes) else b""
        found.append(Attachment(" ".join(name.split()) or f"attachment-{i}", content_type, data))
    return found
