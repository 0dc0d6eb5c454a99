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

KINDS = (
    "email",
    "iban",
    "card",
    "national_id",
    "birth_date",
    "account",
    "address",
    "phone",
    "postcode",
    "name",
)

LABELS = {
    "email": "e-mail address",
    "card": "card number",
    "account": "account number",
    "address": "street address",
    "phone": "phone number",
    "postcode": "postcode",
    "iban": "IBAN",
    "national_id": "national insurance / social security number",
    "birth_date": "date of birth",
    "name": "person's name",
}

PLACEHOLDERS = {
    "email": "[email removed]",
    "card": "[card number removed]",
    "account": "[account number removed]",
    "address": "[address removed]",
    "phone": "[phone removed]",
    "postcode": "[postcode removed]",
    "iban": "[IBAN removed]",
    "national_id": "[ID number removed]",
    "birth_date": "[date of birth removed]",
    "name": "[name removed]",
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
# German, French and Spanish numbers written the national way: 030 12345678, 0171 1234567,
# 01 23 45 67 89, 06.12.34.56.78, 612 345 678, 91 123 45 67 (and with +49 / +33 / +34, which the
# "+" shape already takes).
_EU_PHONE = re.compile(
    r"(?<![\w+/.,:-])(?:"
    r"0[1-9](?:[ .]\d{2}){4}"  # FR
    r"|0\d{2,4}[ /-]?\d{3,8}(?:[ -]\d{1,5})?"  # DE: area code, number
    r"|[6789]\d{2} \d{3} \d{3}"  # ES mobile / landline 3-3-3
    r"|[6789]\d{2}(?: \d{2}){3}"  # ES mobile 3-2-2-2: 612 34 56 78
    r"|[89]\d \d{3} \d{2} \d{2}"  # ES landline 2-3-2-2
    r")(?![\w/:-]|[.,]\d)"
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
    r"claim|invoice|membership|member|tracking|confirmation|contract|reservation|complaint|pnr|"
    # German, French, Spanish and Italian labels (blind set 88: "Kundennummer 40028817",
    # "Commande n° 7823341")
    r"kundennummer|kunden-?nr|bestellnummer|bestell-?nr|auftragsnummer|vertragsnummer|"
    r"commande|num[ée]ro (?:de )?(?:client|commande|dossier|contrat)|pedido|"
    r"n[úu]mero de (?:pedido|cliente|contrato|reserva)|ordine|numero (?:cliente|ordine))\b"
    r"(?P<marker>(?:\s*(?:no\.?|nr\.?|num(?:ber)?\.?|n[°º]|n\.º|#|id|code)){0,2})"
    r"\s*(?:(?:is|was)\s+)?[:.]?\s*#?"
    r"(?=[A-Za-z/-]*\d)(?P<id>[A-Za-z0-9](?:[A-Za-z0-9/-]*[A-Za-z0-9])?"
    # a number written in groups ("account no. 7741 2290 18"), not a count after it ("order
    # 55123 10 days late")
    r"(?:(?: \d{2,6})+(?!\s+(?:days?|weeks?|months?|years?|hours?|mins?|minutes?|times|items?|"
    r"pieces?|units?|boxes|parcels?|pounds|dollars|euros|quid|x)\b))?)",
    re.IGNORECASE,
)
# A booking's code of capitals with a digit ("Booking ref QX7PLM", "booking ref 8XK2QD"): an
# airline's or hotel's record locator names the writer's booking.
_LOCATOR_LABELS = frozenset("booking reference ref reservation confirmation pnr".split())
_LOCATOR = re.compile(r"(?=[A-Z]*\d)(?=\d*[A-Z])[A-Z0-9]{5,8}")
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
    for m in _EU_PHONE.finditer(text):
        raw = m.group()
        digits = re.sub(r"\D", "", raw)
        if 9 <= len(digits) <= 12 and not _DATE_LIKE.fullmatch(raw):
            if raw[0] in "6789" and not _phone_context(text, m.start()):
                continue  # "612 345 678" is a phone only when the text says so nearby
            out.append(m.span())
    return out


def _phone_context(text: str, start: int) -> bool:
    return bool(
        re.search(
            r"(?i)\b(?:tel|tél|phone|mobile|móvil|movil|teléfono|telefono|handy|portable|call|ring|"
            r"whats ?app|number|numéro|número|nummer)\b[^.\n]{0,25}$",
            text[max(0, start - 40) : start],
        )
    )


def _addresses(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _ADDRESS.finditer(text)]


def _postcodes(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _POSTCODE.finditer(text)]


def _accounts(text: str) -> list[tuple[int, int]]:
    out = []
    for m in _ACCOUNT.finditer(text):
        ident = m.group("id")
        digits = sum(c.isdigit() for c in ident)
        if _DATE_LIKE.fullmatch(ident):
            continue
        if digits < 3:
            if m.group("label").lower() in _LOCATOR_LABELS and _LOCATOR.fullmatch(ident):
                out.append(m.span("id"))
            continue
        marked = bool(m.group("marker").strip()) or "#" in text[m.end("label") : m.start("id")]
        if not marked and (len(ident) < 4 or re.fullmatch(r"(?:19|20)\d\d", ident)):
            continue  # "order 2024" is a year, "case 123" too vague without "no."/"#"
        out.append(m.span("id"))
    return out


# IBAN: country, check digits, 11-30 more letters/digits, grouped by spaces or not; mod-97 check.
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b")


def _iban_ok(raw: str) -> bool:
    compact = raw.replace(" ", "").upper()
    if not 15 <= len(compact) <= 34:
        return False
    moved = compact[4:] + compact[:4]
    digits = "".join(str(int(c, 36)) for c in moved)
    return int(digits) % 97 == 1


def _ibans(text: str) -> list[tuple[int, int]]:
    out = []
    for m in _IBAN.finditer(text):
        raw = m.group()
        # Trailing words caught by the spaced form ("GB82 WEST 1234 5698 7654 32 was") are cut
        # back until the checksum holds.
        while raw and not _iban_ok(raw):
            if " " not in raw:
                raw = ""
                break
            raw = raw.rsplit(" ", 1)[0]
        if raw:
            out.append((m.start(), m.start() + len(raw)))
    return out


# UK National Insurance (AB 12 34 56 C), US Social Security (123-45-6789, or labelled 9 digits),
# French NIR (1 85 05 78 006 084 36), with or without a label.
_NINO = re.compile(
    r"\b(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b"
)
_SSN = re.compile(r"(?<![\w-])(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}(?![\w-])")
_ID_LABEL = re.compile(
    r"(?i)\b(?:ssn|social security(?: number| no\.?)?|national insurance(?: number| no\.?)?|"
    r"ni (?:number|no\.?)|nino|tax id|tin|sozialversicherungsnummer|steuer-?id|"
    r"numéro de sécurité sociale|n° de sécurité sociale|num[ée]ro de s[ée]cu|nir|dni|nie|nif)"
    r"[^\w\n]{0,3}(?:(?:is|es|est|ist|:|#)\s*)?"
    # The number only: groups with a digit, or of one or two capitals ("078-05-1120", "QQ 12 34
    # 56 C", "qq123456c"), never the words after it ("SSN 078-05-1120 was on the form" once
    # flagged "was on the" too).
    r"(?P<id>(?:[A-Za-z]*\d[A-Za-z0-9]*|(?-i:[A-Z]{1,2}))"
    r"(?:[ -](?:[A-Za-z]*\d[A-Za-z0-9]*|(?-i:[A-Z]{1,2}))){0,7})"
)


# A French NIR written in its groups (1 85 03 75 116 238 81): sex, year, month, department,
# commune, order, key. Unlabelled too: no date, amount or reference is grouped so.
_NIR = re.compile(
    r"(?<![\w-])[12] \d{2} (?:0[1-9]|1[0-2]|[2-9]\d) (?:\d{2}|2[AB]) \d{3} \d{3} \d{2}(?![\w-])"
)


def _national_ids(text: str) -> list[tuple[int, int]]:
    out = [m.span() for m in _NINO.finditer(text)]
    out += [m.span() for m in _NIR.finditer(text)]
    out += [m.span() for m in _SSN.finditer(text)]
    for m in _ID_LABEL.finditer(text):
        if sum(c.isdigit() for c in m.group("id")) >= 6 and len(m.group("id")) <= 24:
            out.append(m.span("id"))
    return out


# A date of birth needs its label: "born on 3 May 1985", "DOB: 03/05/1985", "date of birth".
_DOB = re.compile(
    r"(?i)\b(?:(?:d\.?o\.?b\.?|date of birth|birth ?date|geburtsdatum|fecha de nacimiento"
    r"|date de naissance)"
    # an explicit label may stand a few words or a bracket from its date: "my date of birth
    # (22/07/1988)", "asked for my date of birth, I typed 03.11.1975" (blind set 88)
    r"(?:[^\w\n]{1,3}(?:[^\W\d_][\w'’]*[^\w\n]{1,3}){0,4}?(?=\d)|(?:\s+(?:is|was|ist|es))?\s*[:.(-]?\s*)"
    r"|(?:born(?: on)?|birthday|geb\.|né(?:e)? le)(?:\s+(?:is|was|are|am|ist|es))?\s*[:.-]?\s*)"
    r"(?P<date>\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4}"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Za-z]{3,9}\.?,?\s+\d{4}"
    r"|[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})"
)


def _birth_dates(text: str) -> list[tuple[int, int]]:
    return [m.span("date") for m in _DOB.finditer(text)]


# A person's name next to a role: "the rep, Jane Doe", "agent Tom Smith", "a manager called
# Priya Patel", "Jane Doe from customer services", "spoke to Mark (the supervisor)".
_ROLE = (
    r"(?:rep|representative|agent|advisor|adviser|operator|manager|supervisor|engineer|"
    r"technician|driver|courier|staff member|employee|assistant|clerk|cashier|consultant|"
    r"team leader|store manager|branch manager|customer service(?:s)? (?:agent|advisor|rep)|"
    # blind set 88: "the assessor, Tom Fielding"
    r"assessor|adjuster|loss adjuster|claims handler|case handler|caseworker|inspector|surveyor|"
    r"installer|fitter|plumber|electrician|receptionist|concierge|pharmacist|teller|"
    r"account manager|estate agent|letting agent|property manager|security guard|porter|bailiff)"
)
# Family and friends, named only as "my wife, Emma Clarke" / "Emma Clarke, my wife": "Tell your
# husband." or "Had a friend…" name nobody.
_KIN = (
    r"(?:wife|husband|partner|son|daughter|mother|father|mum|mom|dad|brother|sister|"
    r"grandmother|grandfather|neighbour|neighbor|landlord|landlady|friend)"
)
# A name's word: "Mark", "O'Brien", "McDonald", "Smith-Jones".
_NAME_WORD = r"[A-Z](?:[a-z]*[A-Z][a-z]+|['’][A-Z][a-z]+|[a-z]+)(?:-[A-Z][a-z]+)?"
_PERSON = rf"(?P<name>{_NAME_WORD}(?: {_NAME_WORD}){{0,2}})"
_NAME_AFTER_ROLE = re.compile(
    rf"\b(?i:{_ROLE})(?:(?:,|:| named| called| by the name of)?\s+|\s*\(\s*|\s+[-–—]\s+){_PERSON}"
)
_NAME_AFTER_KIN = re.compile(
    rf"\b(?i:my|our)\s+(?i:{_KIN})(?:(?:,| named| called)?\s+|\s*\(\s*){_PERSON}"
)
_NAME_BEFORE_KIN = re.compile(rf"{_PERSON}(?:,\s+|\s*\()(?i:my|our)\s+(?i:{_KIN})\b")
_NAME_BEFORE_ROLE = re.compile(
    # "your" only after a comma: "Dave, your driver", never "Nice silver Corsa your receptionist
    # drives"
    rf"{_PERSON}(?:,?\s+(?:\((?i:the\s+)?|(?i:the|a|an)\s+|(?i:from|in|at)\s+)|,\s+(?i:your)\s+)"
    rf"(?i:{_ROLE}|customer services?|support|the (?:call centre|help ?desk|shop|store))\b"
)
# Anyone named with "called": "a man called Steve Harris", "someone named Priya".
_NAME_AFTER_CALLED = re.compile(
    r"\b(?i:(?:(?:a|an|the|some)\s+(?:man|woman|guy|lady|gentleman|chap|bloke|girl|lad|person|"
    r"fellow|young man|young woman|older man|older woman))|someone|somebody)"
    rf"\s+(?i:called|named|by the name of)\s+{_PERSON}"
)
# One word before "from customer services" that then says or does something: "Tom from customer
# services said…" names someone even at a sentence's start ("Calls from support…" do not).
_FIRST_NAME_FROM = re.compile(
    rf"(?P<name>{_NAME_WORD})\s+(?i:from|at|in)\s+(?i:{_ROLE}s?|customer services?|support|billing|"
    r"sales|accounts|the (?:call centre|help ?desk|shop|store|branch|office|depot|\w+ team))\s+"
    r"(?i:said|told|promised|assured|explained|confirmed|insisted|claimed|agreed|refused|called|"
    r"rang|emailed|wrote|replied|hung up|laughed|shouted|swore|admitted|suggested|offered|"
    r"put me|kept me|transferred)\b"
)
# Someone the writer spoke to, from a department: "I spoke with Siobhan from the billing team".
_NAME_SPOKEN_TO = re.compile(
    r"\b(?:(?i:spoke|speaking|talked|talking|chatted|chatting|dealt|dealing)\s+(?i:to|with)"
    # "I've contacted Ana from your returns desk twice" (blind set 88)
    r"|(?i:contacted|called|rang|phoned|emailed|messaged|asked|chased))\s+"
    rf"{_PERSON}\s+(?i:from|at|in|on)\s+(?i:{_ROLE}s?|customer services?|support|billing|sales|"
    r"accounts|complaints|reception|the phones?|(?:the|your) (?:\w+ )?(?:call centre|help ?desk|"
    r"shop|store|branch|office|depot|desk|counter|team|department))\b"
)
_NOT_FIRST_NAMES = frozenset(
    """Calls Emails Messages Letters Texts Nothing Everyone Anyone Someone Nobody Somebody
    Everybody Anybody Help Staff People Word News Nobody One Agents Reps Someone""".split()
)
_NOT_NAMES = frozenset(
    """I The A An And But So Then This That It He She They We You My Your Our Their Mr Mrs Ms
    Dr Today Yesterday Tomorrow Monday Tuesday Wednesday Thursday Friday Saturday Sunday
    January February March April May June July August September October November December
    Customer Support Service Services Team Sorry Please Thanks Hello Hi Dear Who When What
    Why How Where Nobody Someone Again Even Still Just Special Offer Deal Plus Pro Premium
    Express Edition Account Line Desk Centre Center Office Department""".split()
)


_SENTENCE_START = re.compile(r"(?:^|[.!?…:;]\s*|\n)\W*$")


def _names(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for m in _FIRST_NAME_FROM.finditer(text):
        word = m.group("name")
        if word not in _NOT_NAMES and word not in _NOT_FIRST_NAMES:
            out.append(m.span("name"))
    for pattern in (
        _NAME_AFTER_ROLE,
        _NAME_BEFORE_ROLE,
        _NAME_AFTER_KIN,
        _NAME_BEFORE_KIN,
        _NAME_AFTER_CALLED,
        _NAME_SPOKEN_TO,
    ):
        for m in pattern.finditer(text):
            words = m.group("name").split()
            while words and words[-1] in _NOT_NAMES:
                words.pop()
            if not words or words[0] in _NOT_NAMES:
                continue
            if (
                pattern in (_NAME_BEFORE_ROLE, _NAME_BEFORE_KIN)
                and len(words) == 1
                # "Mark (the supervisor) promised…": a role in brackets names the word before it
                and not re.match(r"\s*\(", text[m.end("name") :])
                # what is just before the name (not the whole text before it, for every name)
                and _SENTENCE_START.search(text, max(0, m.start("name") - 40), m.start("name"))
            ):
                continue  # "Yeah, my partner…", "By the driver?": a capital that starts a sentence
            start = m.start("name")
            out.append((start, start + len(" ".join(words))))
    return out


_FINDERS = {
    "email": _emails,
    "card": _cards,
    "account": _accounts,
    "address": _addresses,
    "phone": _phones,
    "postcode": _postcodes,
    "iban": _ibans,
    "national_id": _national_ids,
    "birth_date": _birth_dates,
    "name": _names,
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
