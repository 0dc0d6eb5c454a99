"""The record an e-mail is read into (`MailMessage`, `Attachment`) and the pieces both readers
share: the .eml reader (`core.mail`) and the Outlook .msg reader (`core.mail.msg`). Pure: no I/O.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import datetime
from html.parser import HTMLParser

MIN_YEAR, MAX_YEAR = 1900, 2199  # a Date outside these years is a broken header, not a time


@dataclass(frozen=True, slots=True)
class Attachment:
    name: str
    content_type: str
    data: bytes


@dataclass(frozen=True, slots=True)
class MailMessage:
    sent_at: datetime  # aware, in the Date header's own zone
    sender: str  # the From address, e.g. "help@acme.example"
    sender_name: str  # its display name ("" when none)
    recipients: tuple[str, ...]  # To and Cc addresses, in order
    subject: str
    body: str
    attachments: tuple[Attachment, ...]
    message_id: str


def stand_in_id(sent_at: datetime, sender: str, subject: str, body: str) -> str:
    key = "\x1f".join((sent_at.isoformat(), sender.lower(), subject, body.strip()))
    return "sha256:" + hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()


def tidy(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = [line.rstrip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


# -- HTML to text ----------------------------------------------------------------------------

_BLOCKS = frozenset(
    "address article aside blockquote dd div dl dt fieldset figcaption figure footer form h1 h2"
    " h3 h4 h5 h6 header hr li main nav ol p pre section table tbody thead tfoot tr ul".split()
)
_PARAGRAPHS = frozenset("p h1 h2 h3 h4 table blockquote ul ol pre".split())
_SKIP = frozenset(("script", "style", "head", "title", "template", "noscript"))


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self._skip = 0
        self._pre = 0
        self._href: list[str | None] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self._skip += 1
        elif tag == "br":
            self.out.append("\n")
        elif tag in _BLOCKS:
            self.out.append("\n\n" if tag in _PARAGRAPHS else "\n")
            if tag == "li":
                self.out.append("• ")
            if tag == "pre":
                self._pre += 1
        elif tag in ("td", "th"):
            self.out.append(" ")
        elif tag == "a":
            self._href.append(dict(attrs).get("href"))
        elif tag == "img":
            alt = dict(attrs).get("alt")
            if alt:
                self.out.append(f"[{alt}]")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCKS:
            if tag != "li":  # the next item (or the list's end) starts its own line
                self.out.append("\n\n" if tag in _PARAGRAPHS else "\n")
            if tag == "pre":
                self._pre = max(0, self._pre - 1)
        elif tag == "a" and self._href:
            href = self._href.pop()
            if href and href.startswith(("http:", "https:")):
                shown = "".join(self.out[-3:])
                if href not in shown:
                    self.out.append(f" ({href})")

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        self.out.append(data if self._pre else re.sub(r"\s+", " ", data))

    def text(self) -> str:
        joined = "".join(self.out).replace("\xa0", " ")
        lines = [" ".join(line.split()) for line in joined.split("\n")]
        return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def html_to_text(html: str) -> str:
    """Readable plain text from an HTML body (no markup, no scripts or styles)."""
    parser = _TextExtractor()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # html.parser is lenient; keep what was read so far
        pass
    return parser.text()
