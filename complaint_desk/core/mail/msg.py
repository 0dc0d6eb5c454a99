"""Reading an Outlook `.msg` file (MS-OXMSG): `parse_msg(raw: bytes) -> MailMessage`.

A .msg file is an OLE compound file (a little file system of storages and streams); `olefile`
(BSD, maintained) reads that container, robustly against the broken sector chains and loops that
fuzzers find. What is stored in it is a bag of MAPI properties, which this module reads:

- the message's properties in `__properties_version1.0` (16-byte entries: tag, flags, value; a
  fixed-size value such as a time is in the entry, a string or binary one in its own stream
  `__substg1.0_IIIITTTT`, property id and type in hex);
- each recipient in a `__recip_version1.0_#N` storage, each attachment in `__attach_version1.0_#N`
  (a file's bytes in property 0x3701; an attached message is a storage of its own, read by the
  same code and handed on as an .eml).

What it returns is what `core.mail.parse_message` returns for an .eml: `sent_at` (aware: the
transport headers' Date with its zone when Outlook kept them, else the submit time, which MAPI
stores in UTC), the sender's SMTP address (an Exchange-internal "/O=…" address is not one: the
SMTP properties or the headers are asked first), To and Cc, subject, plain-text body (the text
body; else the HTML body reduced to text; else the compressed RTF body, decompressed and stripped),
attachments and the Message-ID. What it cannot read raises ValueError with the reason.

Pure: bytes in, no file, no clock.
"""

from __future__ import annotations

import codecs
import email.header
import email.parser
import email.policy
import email.utils
import re
import struct
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage

from complaint_desk.core.mail.record import (
    MAX_YEAR,
    MIN_YEAR,
    Attachment,
    MailMessage,
    html_to_text,
    stand_in_id,
    tidy,
)

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the first bytes of every OLE compound file
MAX_DEPTH = 4  # messages attached to attached messages… read this deep

# Property types (MS-OXCDATA 2.11.1)
PT_LONG = 0x0003
PT_BOOLEAN = 0x000B
PT_OBJECT = 0x000D
PT_STRING8 = 0x001E  # bytes in the message's code page
PT_UNICODE = 0x001F  # UTF-16-LE
PT_SYSTIME = 0x0040  # FILETIME: 100 ns ticks since 1601-01-01 UTC
PT_BINARY = 0x0102

# Property ids (MS-OXPROPS)
MESSAGE_CLASS = 0x001A
SUBJECT = 0x0037
CLIENT_SUBMIT_TIME = 0x0039
SENT_REPRESENTING_NAME = 0x0042
SENT_REPRESENTING_EMAIL = 0x0065
TRANSPORT_HEADERS = 0x007D
SENDER_NAME = 0x0C1A
SENDER_ADDRTYPE = 0x0C1E
SENDER_EMAIL = 0x0C1F
RECIPIENT_TYPE = 0x0C15
DELIVERY_TIME = 0x0E06
BODY = 0x1000
RTF_COMPRESSED = 0x1009
HTML = 0x1013
INTERNET_MESSAGE_ID = 0x1035
DISPLAY_NAME = 0x3001
ADDRTYPE = 0x3002
EMAIL_ADDRESS = 0x3003
ATTACH_DATA = 0x3701
ATTACH_FILENAME = 0x3704
ATTACH_METHOD = 0x3705
ATTACH_LONG_FILENAME = 0x3707
ATTACH_MIME_TAG = 0x370E
SMTP_ADDRESS = 0x39FE
INTERNET_CPID = 0x3FDE
MESSAGE_CODEPAGE = 0x3FFD
SENDER_SMTP = 0x5D01
SENT_REPRESENTING_SMTP = 0x5D02
CREATOR_SMTP = 0x5D0A

ATTACH_EMBEDDED_MSG = 5  # ATTACH_METHOD: the attachment is a message (a storage)
RECIPIENT_TO, RECIPIENT_CC = 1, 2

_NOT_MAIL = (
    ("ipm.appointment", "calendar item"),
    ("ipm.contact", "contact card"),
    ("ipm.distlist", "contact group"),
    ("ipm.task", "task"),
    ("ipm.stickynote", "note"),
    ("ipm.activity", "journal entry"),
)
_FILETIME_EPOCH = datetime(1601, 1, 1, tzinfo=UTC)
_PROPS = "__properties_version1.0"
_TYPES = {  # a few kinds of evidence by extension, when the attachment names no MIME type
    "pdf": "application/pdf",
    "png": "image/png",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "gif": "image/gif",
    "webp": "image/webp",
    "heic": "image/heic",
    "bmp": "image/bmp",
    "tif": "image/tiff",
    "tiff": "image/tiff",
    "txt": "text/plain",
    "csv": "text/csv",
    "htm": "text/html",
    "html": "text/html",
    "rtf": "application/rtf",
    "eml": "message/rfc822",
    "msg": "application/vnd.ms-outlook",
    "doc": "application/msword",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xls": "application/vnd.ms-excel",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "zip": "application/zip",
}


def is_msg(raw: bytes) -> bool:
    """Whether these bytes are an OLE compound file (what an Outlook .msg is)."""
    return raw[:8] == OLE_MAGIC


def parse_msg(raw: bytes) -> MailMessage:
    """Read one Outlook .msg file's bytes; ValueError with the reason when it cannot be read."""
    import olefile  # type: ignore[import-untyped]  # loaded when a .msg is read, not at start-up

    try:
        ole = olefile.OleFileIO(bytes(raw))
    except Exception as exc:  # not OLE, or its sector tables are broken
        raise ValueError(
            f"it is not an Outlook message this can read (its container is damaged: {exc})"
        ) from exc
    try:
        if not ole.exists(_PROPS):
            names = [path[0] for path in ole.listdir(streams=True, storages=True)]
            if any(n.startswith(("__substg1.0_", "__recip_", "__attach_")) for n in names):
                raise ValueError(
                    "the Outlook message is damaged (its list of properties cannot be read)"
                )
            raise ValueError(
                "it is an Office file but not an Outlook message (it has no message properties)"
            )
        return _Reader(ole).message([], depth=0)
    except ValueError:
        raise
    except Exception as exc:  # a broken stream deep inside: this file's problem, not a crash
        raise ValueError(
            f"part of the Outlook message could not be read ({type(exc).__name__}: {exc})"
        ) from exc
    finally:
        ole.close()


class _Props:
    """The properties of one object (message, recipient or attachment) in the file."""

    def __init__(
        self,
        ole,
        tree: dict[tuple[str, ...], list[str]],
        prefix: list[str],
        header: int,
        codepage: str | None = None,
    ) -> None:
        self._ole = ole
        self._tree = tree
        self._prefix = prefix
        self.fixed: dict[int, tuple[int, bytes]] = {}  # id -> (type, 8 value bytes)
        data = ole.openstream([*prefix, _PROPS]).read()
        for offset in range(header, len(data) - 15, 16):
            tag, _flags, value = struct.unpack_from("<II8s", data, offset)
            self.fixed.setdefault(tag >> 16, (tag & 0xFFFF, value))
        self.streams: dict[int, tuple[int, list[str]]] = {}  # id -> (type, path)
        for name in tree.get(tuple(prefix), []):
            found = re.fullmatch(r"__substg1\.0_([0-9A-Fa-f]{4})([0-9A-Fa-f]{4})", name)
            if found:
                pid, ptype = int(found.group(1), 16), int(found.group(2), 16)
                if pid not in self.streams or ptype == PT_UNICODE:
                    self.streams[pid] = (ptype, [*prefix, name])
        cp = self.integer(INTERNET_CPID) or self.integer(MESSAGE_CODEPAGE)
        self.codepage = codepage or _codec(cp) or "cp1252"

    def integer(self, pid: int) -> int | None:
        got = self.fixed.get(pid)
        if got is None or got[0] not in (PT_LONG, PT_BOOLEAN):
            return None
        return int(struct.unpack_from("<i", got[1])[0])

    def time(self, pid: int) -> datetime | None:
        got = self.fixed.get(pid)
        if got is None or got[0] != PT_SYSTIME:
            return None
        ticks = struct.unpack_from("<Q", got[1])[0]
        if not ticks:
            return None
        try:
            when = _FILETIME_EPOCH + timedelta(microseconds=ticks // 10)
        except OverflowError:
            return None
        return when if MIN_YEAR <= when.year <= MAX_YEAR else None

    def binary(self, pid: int) -> bytes | None:
        got = self.streams.get(pid)
        if got is None or got[0] == PT_OBJECT:
            return None
        return bytes(self._ole.openstream(got[1]).read())

    def text(self, pid: int) -> str:
        got = self.streams.get(pid)
        if got is None or got[0] not in (PT_UNICODE, PT_STRING8):
            return ""
        data = self._ole.openstream(got[1]).read()
        if got[0] == PT_UNICODE:
            return data.decode("utf-16-le", "replace").split("\x00", 1)[0]
        return _decode(data.split(b"\x00", 1)[0], self.codepage)

    def html(self) -> str:
        got = self.streams.get(HTML)
        if got is None:
            return ""
        if got[0] == PT_UNICODE:
            return self.text(HTML)
        data = self.binary(HTML) or b""
        declared = re.search(rb"""charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", data[:4096])
        charset = declared.group(1).decode("ascii") if declared else None
        return _decode(data, _codec(charset) or self.codepage)

    def storage(self, pid: int) -> list[str] | None:
        got = self.streams.get(pid)
        return got[1] if got is not None and got[0] == PT_OBJECT else None

    def children(self, kind: str) -> list[list[str]]:
        """The recipient or attachment storages directly under this object, in order."""
        names = sorted(n for n in self._tree.get(tuple(self._prefix), []) if n.startswith(kind))
        return [[*self._prefix, name] for name in names]


class _Reader:
    def __init__(self, ole) -> None:
        self._ole = ole
        # Each storage's children, from one walk of the directory (a message to a thousand
        # recipients has a thousand storages: listing the whole directory for each was seconds).
        tree: dict[tuple[str, ...], dict[str, None]] = {}
        for path in ole.listdir(streams=True, storages=True):
            for depth in range(len(path)):
                tree.setdefault(tuple(path[:depth]), {})[path[depth]] = None
        self._tree = {parent: list(children) for parent, children in tree.items()}

    def message(self, prefix: list[str], depth: int) -> MailMessage:
        # The top-level message's property header is 32 bytes, an attached message's 24.
        props = _Props(self._ole, self._tree, prefix, 32 if not prefix else 24)
        kind = props.text(MESSAGE_CLASS).strip()
        for prefix_, what in _NOT_MAIL:
            if kind.lower().startswith(prefix_):
                raise ValueError(f"it is an Outlook {what}, not an e-mail")
        headers = _headers(props.text(TRANSPORT_HEADERS))
        sent_at = _header_date(headers) or props.time(CLIENT_SUBMIT_TIME)
        if sent_at is None:
            sent_at = props.time(DELIVERY_TIME)
        if sent_at is None:
            raise ValueError(
                "it has no time it was sent (an Outlook draft that was never sent?), so when "
                "it was sent is unknown"
            )
        sender_name, sender = _sender(props, headers)
        if not sender:
            raise ValueError("it names no sender address, so who sent it is unknown")
        recipients = tuple(self._recipients(props, headers))
        subject = " ".join(props.text(SUBJECT).split())
        body = _body(props)
        attachments = tuple(self._attachments(props, depth)) if depth < MAX_DEPTH else ()
        message_id = _message_id(props.text(INTERNET_MESSAGE_ID)) or _message_id(
            headers.get("message-id", "") if headers is not None else ""
        )
        return MailMessage(
            sent_at,
            sender,
            sender_name,
            recipients,
            subject,
            body,
            attachments,
            message_id or stand_in_id(sent_at, sender, subject, body),
        )

    def _recipients(self, props: _Props, headers: EmailMessage | None) -> list[str]:
        found: list[str] = []
        for path in props.children("__recip_version1.0_#"):
            recipient = _Props(self._ole, self._tree, path, 8, props.codepage)
            kind = recipient.integer(RECIPIENT_TYPE) or RECIPIENT_TO
            if kind & 0x0F not in (RECIPIENT_TO, RECIPIENT_CC):
                continue
            address = _smtp(recipient.text(SMTP_ADDRESS)) or _smtp(recipient.text(EMAIL_ADDRESS))
            if not address:
                address = _smtp(recipient.text(DISPLAY_NAME).strip("'\" "))
            if address and address not in found:
                found.append(address)
        if not found and headers is not None:  # the headers say it too
            for field in ("to", "cc"):
                for _n, address in email.utils.getaddresses(headers.get_all(field, [])):
                    if _smtp(address) and address not in found:
                        found.append(address)
        return found

    def _attachments(self, props: _Props, depth: int) -> list[Attachment]:
        found: list[Attachment] = []
        for n, path in enumerate(props.children("__attach_version1.0_#"), 1):
            attach = _Props(self._ole, self._tree, path, 8, props.codepage)
            name = " ".join(
                (
                    attach.text(ATTACH_LONG_FILENAME)
                    or attach.text(ATTACH_FILENAME)
                    or attach.text(DISPLAY_NAME)
                ).split()
            )
            inner = attach.storage(ATTACH_DATA)
            if inner is not None or attach.integer(ATTACH_METHOD) == ATTACH_EMBEDDED_MSG:
                if inner is None:
                    continue
                try:
                    message = self.message(inner, depth + 1)
                    eml = to_eml(message)
                except Exception:
                    continue  # an attached message that cannot be read is not evidence
                stem = re.sub(r"\.msg$", "", name or message.subject or f"message-{n}", flags=re.I)
                found.append(Attachment(f"{_file_name(stem)}.eml", "message/rfc822", eml))
                continue
            data = attach.binary(ATTACH_DATA)
            if data is None:
                continue  # an OLE object or a link, not a file
            name = _file_name(name) or f"attachment-{n}"
            mime = attach.text(ATTACH_MIME_TAG).strip().lower()
            if not re.fullmatch(r"[a-z0-9.+-]+/[a-z0-9.+-]+", mime):
                mime = _TYPES.get(name.rsplit(".", 1)[-1].lower(), "application/octet-stream")
            found.append(Attachment(name, mime, data))
        return found


def to_eml(message: MailMessage) -> bytes:
    """A message read from a .msg as RFC 5322 bytes (how an attached message is kept)."""
    out = EmailMessage()
    out["Date"] = email.utils.format_datetime(message.sent_at)
    if _smtp(message.sender) == message.sender:
        out["From"] = email.utils.formataddr((message.sender_name, message.sender))
    else:  # only an Exchange-internal name: the From shows who, the name is kept beside it
        out["From"] = f'"{email.utils.quote(message.sender_name or "unknown sender")}"'
        out["X-Exchange-Sender"] = message.sender
    if message.recipients:
        out["To"] = ", ".join(message.recipients)
    out["Subject"] = message.subject
    if not message.message_id.startswith("sha256:"):
        out["Message-ID"] = message.message_id
    out.set_content(message.body or "")
    for a in message.attachments:
        maintype, _, subtype = a.content_type.partition("/")
        if maintype == "message":
            out.add_attachment(a.data, "application", "octet-stream", filename=a.name)
        else:
            out.add_attachment(a.data, maintype, subtype or "octet-stream", filename=a.name)
    return out.as_bytes(policy=email.policy.SMTP)


# -- pieces ------------------------------------------------------------------------------------


def _codec(codepage: int | str | None) -> str | None:
    """A Python codec for a Windows code page number or a charset name (None if unknown)."""
    if codepage is None or codepage == 0:
        return None
    name = {65001: "utf-8", 1200: "utf-16-le", 20127: "ascii", 28591: "latin-1"}.get(
        codepage if isinstance(codepage, int) else -1,
        f"cp{codepage}" if isinstance(codepage, int) else codepage,
    )
    try:
        return codecs.lookup(name).name if name else None
    except LookupError:
        return None


def _decode(data: bytes, codec: str) -> str:
    for candidate in (codec, "utf-8", "cp1252"):
        try:
            return data.decode(candidate)
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("latin-1")


def _headers(text: str) -> EmailMessage | None:
    """The transport headers Outlook kept from the message as received, parsed."""
    lines = text.lstrip().splitlines(keepends=True)
    while lines and not re.match(r"[!-9;-~]+:", lines[0]):
        lines.pop(0)  # e.g. "Microsoft Mail Internet Headers Version 2.0"
    text = "".join(lines)
    if not text.strip():
        return None
    try:
        parsed = email.parser.HeaderParser(policy=email.policy.compat32).parsestr(text)
    except Exception:
        return None
    return parsed if parsed.keys() else None  # type: ignore[return-value]


def _header_date(headers: EmailMessage | None) -> datetime | None:
    text = headers.get("date") if headers is not None else None
    if not text:
        return None
    try:
        when = email.utils.parsedate_to_datetime(" ".join(str(text).split()))
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when if MIN_YEAR <= when.year <= MAX_YEAR else None


def _smtp(text: str) -> str:
    """An SMTP address in the text ("" for an Exchange "/O=…" address or none)."""
    text = text.strip()
    if text.lower().startswith("smtp:"):
        text = text[5:]
    if text.startswith("/") or text.lower().startswith("ex:"):
        return ""  # an Exchange-internal name (legacy DN), not an address
    found = re.search(r"[^\s<>\"'(),;:@]+@[^\s<>\"'(),;:@]+\.[^\s<>\"'(),;:@]+", text)
    return found.group(0) if found else ""


def _sender(props: _Props, headers: EmailMessage | None) -> tuple[str, str]:
    """(display name, address) of who the message is from: the From header Outlook kept,
    else the "sent representing" properties (MAPI's From), else the sending mailbox's."""
    if headers is not None:
        pairs = email.utils.getaddresses(headers.get_all("from", []))
        if pairs and _smtp(pairs[0][1]):
            return _name(_decoded(pairs[0][0]), pairs[0][1]), _smtp(pairs[0][1])
    representing = props.text(SENT_REPRESENTING_NAME)
    sender = props.text(SENDER_NAME)
    candidates: list[tuple[Callable[[], str], str]] = [
        (lambda: props.text(SENT_REPRESENTING_SMTP), representing),
        (lambda: props.text(SENT_REPRESENTING_EMAIL), representing),
        (lambda: props.text(SENDER_SMTP), sender),
        (lambda: props.text(SENDER_EMAIL), sender),
        (lambda: representing or sender, representing or sender),  # a name that is an address
        (lambda: props.text(CREATOR_SMTP), representing or sender),  # a sent item's writer
    ]
    for read, name in candidates:
        address = _smtp(read())
        if address:
            return _name(name, address), address
    # Only an Exchange-internal name (an "/O=…/CN=…" legacy DN): it still says who sent it
    # (someone in the same Exchange organisation, so never the company's public address).
    for pid, name in ((SENT_REPRESENTING_EMAIL, representing), (SENDER_EMAIL, sender)):
        dn = props.text(pid).strip()
        if dn.startswith("/"):
            return _name(name, dn), dn.lower()
    return "", ""


def _name(name: str, address: str) -> str:
    name = " ".join(name.split()).strip("'\" ")
    return "" if name.lower() == address.lower() else name


def _decoded(words: str) -> str:
    """A header's display name with its RFC 2047 encoded words decoded."""
    try:
        return str(email.header.make_header(email.header.decode_header(words)))
    except Exception:
        return words


def _file_name(name: str) -> str:
    """A file name without the folders some senders' mail programs leave in it."""
    return re.split(r"[/\\]", name)[-1].strip(" .")


def _message_id(text: str) -> str:
    found = re.search(r"<[^<>\s]+>", text or "")
    if found:
        return found.group(0)
    return text.split()[0] if text and text.split() else ""


def _body(props: _Props) -> str:
    text = props.text(BODY)
    if text.strip():
        return tidy(text)
    html = props.html()
    if html.strip():
        return tidy(html_to_text(html))
    rtf = props.binary(RTF_COMPRESSED)
    if rtf:
        try:
            return tidy(rtf_to_text(decompress_rtf(rtf)))
        except ValueError:
            return ""
    return ""


# -- the compressed RTF body (MS-OXRTFCP) ------------------------------------------------------

_RTF_PREBUF = (
    b"{\\rtf1\\ansi\\mac\\deff0\\deftab720{\\fonttbl;}{\\f0\\fnil \\froman \\fswiss \\fmodern "
    b"\\fscript \\fdecor MS Sans SerifSymbolArialTimes New RomanCourier{\\colortbl\\red0\\green0"
    b"\\blue0\r\n\\par \\pard\\plain\\f0\\fs20\\b\\i\\u\\tab\\tx"
)
_MAX_RTF = 20 * 1024 * 1024


def decompress_rtf(data: bytes) -> bytes:
    """The RTF of PR_RTF_COMPRESSED (the LZFu scheme of MS-OXRTFCP, or stored uncompressed)."""
    if len(data) < 16:
        raise ValueError("the RTF body is too short")
    comp_size, raw_size, magic, _crc = struct.unpack_from("<IIII", data)
    body = data[16 : 4 + comp_size]
    if magic == 0x414C454D:  # "MELA": stored as is
        return bytes(body[:raw_size])
    if magic != 0x75465A4C:  # "LZFu"
        raise ValueError("the RTF body is in an unknown compression")
    if raw_size > _MAX_RTF:
        raise ValueError("the RTF body is too big")
    window = bytearray(_RTF_PREBUF.ljust(4096, b"\x00"))
    write = len(_RTF_PREBUF)
    out = bytearray()
    i = 0
    while i < len(body) and len(out) < raw_size:
        flags = body[i]
        i += 1
        for bit in range(8):
            if i >= len(body) or len(out) >= raw_size:
                break
            if flags & (1 << bit):
                if i + 1 >= len(body):
                    break
                ref = (body[i] << 8) | body[i + 1]
                i += 2
                offset, length = ref >> 4, (ref & 0x0F) + 2
                if offset == write:  # the end marker
                    return bytes(out)
                for k in range(length):
                    byte = window[(offset + k) % 4096]
                    out.append(byte)
                    window[write] = byte
                    write = (write + 1) % 4096
            else:
                byte = body[i]
                i += 1
                out.append(byte)
                window[write] = byte
                write = (write + 1) % 4096
    return bytes(out)


_RTF_TOKEN = re.compile(
    rb"\\([a-zA-Z]+)(-?\d+)? ?|\\'([0-9a-fA-F]{2})|\\([^a-zA-Z])|([{}])|[\r\n]+|([^\\{}\r\n]+)"
)
_RTF_SKIP = frozenset(
    b"fonttbl colortbl stylesheet info pict object header footer headerl headerr footerl "
    b"footerr themedata colorschememapping latentstyles datastore xmlnstbl rsidtbl listtable "
    b"listoverridetable generator mmathPr filetbl revtbl".split()
)
_HTML_TAG_IN_RTF = re.compile(rb"\\\*\\htmltag\d*")


def rtf_to_text(rtf: bytes) -> str:
    """Readable text from an RTF body: a body Outlook wrapped around HTML (\\fromhtml) gives back
    its HTML, reduced to text; any other RTF is stripped of its control words."""
    if b"\\fromhtml" in rtf[:1024]:
        return html_to_text(_rtf_text(rtf, html=True))
    return _rtf_text(rtf, html=False)


def _rtf_text(rtf: bytes, *, html: bool) -> str:
    out: list[str] = []
    codec = "cp1252"
    stack: list[tuple[bool, int]] = []  # (skipping, unicode fallback length) per group
    skipping = False
    uc = 1
    pending_skip = 0  # fallback characters to drop after a \uN
    star = False
    for m in _RTF_TOKEN.finditer(rtf):
        word, arg, hexbyte, symbol, brace, text = m.groups()
        if brace == b"{":
            stack.append((skipping, uc))
            star = False
            continue
        if brace == b"}":
            skipping, uc = stack.pop() if stack else (False, 1)
            continue
        if symbol is not None:
            if symbol == b"*":
                star = True  # an optional destination: skipped, but for the HTML's own tags
            elif not skipping and symbol in (b"\\", b"{", b"}"):
                out.append(symbol.decode())
            elif not skipping and symbol == b"~":
                out.append("\xa0")
            continue
        if hexbyte is not None:
            if pending_skip:
                pending_skip -= 1
            elif not skipping:
                out.append(bytes([int(hexbyte, 16)]).decode(codec, "replace"))
            continue
        if word is not None:
            name = word
            if star:
                star = False
                if not (html and name == b"htmltag"):
                    skipping = True
                continue
            if name in _RTF_SKIP:
                skipping = True
            elif html and name == b"htmlrtf":
                skipping = arg != b"0"
            elif name == b"ansicpg" and arg:
                codec = _codec(int(arg)) or codec
            elif name == b"uc" and arg:
                uc = int(arg)
            elif name == b"u" and arg and not skipping:
                out.append(chr(int(arg) % 65536))
                pending_skip = uc
            elif not skipping and not html:
                if name in (b"par", b"line", b"row"):
                    out.append("\n")
                elif name == b"tab" or name == b"cell":
                    out.append("\t")
            elif not skipping and html and name in (b"par", b"line"):
                out.append("\n")
            elif not skipping and html and name == b"tab":
                out.append("\t")
            star = False
            continue
        if text is not None and not skipping:
            chunk = text
            if pending_skip:
                drop = min(pending_skip, len(chunk))
                chunk = chunk[drop:]
                pending_skip -= drop
            out.append(chunk.decode(codec, "replace"))
    return "".join(out)
