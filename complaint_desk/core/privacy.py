"""Finds personal data in a draft (phone, e-mail, card, address, account numbers) and redacts it.

Built to stay quiet on what complaints are full of: dates, times, durations, amounts, counts and
years. So a phone number needs a phone's shape (+44…, (555)…, 555-123-4567, a 10–11 digit number
starting with 0) or a label ("call me on"); a card needs 13–19 digits and a valid Luhn check; an
account number needs its label ("order #A-99812", "account no. 12345678"), and only the number
itself is flagged, so "order #[account number removed]" still reads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

KINDS = ("email", "card", "account", "address", "phone", "postcode")

LABELS = {
    "email": "e-mail address",
    "card": "card number",
    "account": "account number",
    "address": "street address",
    "phone": "phone number",
    "postcode": "postcode",
}

PLACEHOLDERS = {
    "email": "[email removed]",
    "card": "[card number removed]",
    "account": "[account number removed]",
    "address": "[address removed]",
    "phone": "[phone removed]",
    "postcode": "[postcode removed]",
}


@dataclass(frozen=True)
class Finding:
    """One piece of personal data: `text == source[start:end]`."""

    kind: str
    start: int
    end: int
    text: str
    label: str


_EMAIL = re.compile(
    r"(?<![\w.@+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}\b"
)

_CARD = re.compile(r"(?<![\w+.,/-])\d(?:[ -]?\d){12,18}(?![\w.,/-]?\d)")

_PHONE = re.compile(
    r"(?<![\w+/.,:-])"
    r"(?:\+\d{1,3}[ .-]?(?:\(0\)[ .-]?)?)?"
    r"(?:\(\d{1,5}\)[ .-]?)?"
    r"\d{1,11}(?:[ .-]\d{1,8}){0,4}"
    r"(?![\w/:-]|[.,]\d)"
)
_PHONE_LABEL = re.compile(
    r"(?:\b(?:tel|telephone|phone|mobile|mob|cell|fax|whats ?app|sms)\b"
    r"(?:\s*(?:no\.?|number|#))?|\b(?:call|ring|text|reach)(?:ed)?\s+(?:me\s+|us\s+)?(?:on|at))"
    r"\s*[:.]?\s*$",
    re.IGNORECASE,
)
_NANP = re.compile(r"(?:1[ .-]?)?(?:\(\d{3}\)\s?|\d{3}[ .-])\d{3}[ .-]\d{4}")

_STREET_TYPES = (
    "Street|St|Road|Rd|Avenue|Ave|Av|Lane|Ln|Drive|Dr|Boulevard|Blvd|Court|Ct|Place|Pl|Way|"
    "Close|Cl|Crescent|Cres|Terrace|Terr|Square|Sq|Parkway|Pkwy|Highway|Hwy|Gardens|Gdns|"
    "Grove|Gr|Row|Mews|Hill|Walk|Parade|Circle|Cir|Trail|Trl|Alley|Broadway|Embankment"
)
_CAP_WORD = r"(?:[A-Z][A-Za-z'’.-]*|\d+(?:st|nd|rd|th))"
_UK_POSTCODE = r"[A-Z]{1,2}\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2}"
_US_STATES = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|"
    "NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY"
)
_US_ZIP = rf"(?:{_US_STATES}) \d{{5}}(?:-\d{{4}})?"
_ADDRESS = re.compile(
    rf"(?<![\w£$€.,:/-])\d{{1,5}}[A-Za-z]?(?:-\d{{1,5}})?,?\s+"
    rf"(?:{_CAP_WORD}\s+){{0,3}}?{_CAP_WORD}?\s*\b(?:{_STREET_TYPES})\b"
    rf"(?:\s+(?:NW|NE|SW|SE|N|S|E|W)\b)?"
    rf"(?:,\s*[A-Z][a-z]+(?:[ -][A-Z][a-z]+){{0,2}})?"
    rf"(?:,?\s+(?:{_UK_POSTCODE}|{_US_ZIP})\b)?"
)
_POSTCODE = re.compile(rf"\b(?:{_UK_POSTCODE}|{_US_ZIP})\b")

_ACCOUNT = re.compile(
    r"\b(?P<label>account|acct|a/c|order|reference|ref|customer|policy|booking|ticket|case|"
    r"claim|invoice|membership|member|tracking|confirmation|contract|reservation|complaint)\b"
    r"(?P<marker>(?:\s*(?:no\.?|nr\.?|num(?:ber)?\.?|#|id|code)){0,2})"
    r"\s*(?:(?:is|was)\s+)?[:.]?\s*#?"
    r"(?=[A-Za-z/-]*\d)(?P<id>[A-Za-z0-9](?:[A-Za-z0-9/-]*[A-Za-z0-9])?)",
    re.IGNORECASE,
)
_DATE_LIKE = re.compile(r"\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}")


def _luhn(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def _emails(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _EMAIL.finditer(text)]


def _cards(text: str) -> list[tuple[int, int]]:
    out = []
    for m in _CARD.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        if 13 <= len(digits) <= 19 and _luhn(digits) and len(set(digits)) > 1:
            out.append(m.span())
    return out


def _phones(text: str) -> list[tuple[int, int]]:
    out = []
    for m in _PHONE.finditer(text):
        raw = m.group()
        digits = re.sub(r"\D", "", raw)
        if not 7 <= len(digits) <= 15 or _DATE_LIKE.fullmatch(raw):
            continue
        labelled = bool(_PHONE_LABEL.search(text[max(0, m.start() - 30) : m.start()]))
        shaped = (
            raw.startswith("+")
            or (raw.startswith("(") and len(digits) >= 9)
            or bool(_NANP.fullmatch(raw))
            or (raw.startswith("0") and 10 <= len(digits) <= 11 and "." not in raw)
        )
        if shaped or labelled:
            out.append(m.span())
    return out


def _addresses(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _ADDRESS.finditer(text)]


def _postcodes(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _POSTCODE.finditer(text)]


def _accounts(text: str) -> list[tuple[int, int]]:
    out = []
    for m in _ACCOUNT.finditer(text):
        ident = m.group("id")
        digits = sum(c.isdigit() for c in ident)
        if digits < 3 or _DATE_LIKE.fullmatch(ident):
            continue
        marked = bool(m.group("marker").strip()) or "#" in text[m.end("label") : m.start("id")]
        if not marked and (len(ident) < 5 or re.fullmatch(r"(?:19|20)\d\d", ident)):
            continue  # "order 2024" is a year, "case 123" too vague without "no."/"#"
        out.append(m.span("id"))
    return out


_FINDERS = {
    "email": _emails,
    "card": _cards,
    "account": _accounts,
    "address": _addresses,
    "phone": _phones,
    "postcode": _postcodes,
}


def find_pii(text: str) -> list[Finding]:
    """Personal data in `text`, in order, not overlapping (on overlap the earlier kind in
    `KINDS` wins, then the longer span)."""
    kept: list[tuple[int, int, str]] = []
    for kind in KINDS:
        spans = sorted(_FINDERS[kind](text), key=lambda s: s[0] - s[1])
        for start, end in spans:
            if start < end and not any(start < b and a < end for a, b, _ in kept):
                kept.append((start, end, kind))
    kept.sort()
    return [Finding(kind, a, b, text[a:b], LABELS[kind]) for a, b, kind in kept]


def redact(text: str, findings: list[Finding] | tuple[Finding, ...]) -> str:
    """`text` with each finding replaced by its placeholder, e.g. "[phone removed]".

    Findings that no longer match the text (stale after an edit) or overlap an earlier one are
    skipped, so a redaction never eats words it was not shown.
    """
    out, pos = [], 0
    for f in sorted(findings, key=lambda f: (f.start, f.end)):
        if f.start < pos or text[f.start : f.end] != f.text or f.start >= f.end:
            continue
        out.append(text[pos : f.start])
        out.append(PLACEHOLDERS.get(f.kind, "[removed]"))
        pos = f.end
    out.append(text[pos:])
    return "".join(out)
