"""The facts a calm rewrite must keep: the case log's facts it may use (`RewriteFacts`), the
protected spans of the text (numbers, dates, references, amounts, @handles, links), and carrying
the facts of a left-out piece into the sentence that replaces it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from complaint_desk.core.tone.detect import FACT_PATTERN, OTHER_CURRENCY


@dataclass(frozen=True)
class RewriteFacts:
    """What the case log knows, for turning absolutes and threats into counts and dates."""

    contacts: int | None = None  # how many times the person contacted the vendor
    first_contact: date | None = None
    deadline: date | None = None  # the date a next step is promised for
    remedy: str | None = None  # "a refund", "a replacement kettle"
    next_step: str | None = None  # "take it to the ombudsman", "refer it to Ofcom"
    replies: int | None = None  # how many replies the vendor gave (0: never answered)


_PROTECT = re.compile(
    r"https?://[^\s<>\"]+[^\s<>\".,;:!?)\]]"
    r"|www\.[^\s<>\"]+[^\s<>\".,;:!?)\]]"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|(?<![\w@])@\w+(?:\.\w+)*"  # an Instagram handle may hold a dot: "@ananya.inks"
    r"|#\w*\d\w*"
    r"|\b[A-Z]{2}\d{2} ?[A-Z]{3}\b"  # a UK number plate: "AB12 CDE" (its letters are no shouting)
    r"|[£$€¥]\s?\d(?:,?\d)*(?:\.\d+)?(?:[kKmM]\b)?"
    # other currencies, their sign or code kept with the amount ("Rs 4,500", "₦50,000", "US$99")
    rf"|(?<!\w){OTHER_CURRENCY}\s?\d(?:,?\d)*(?:\.\d+)?"
    r"(?:[kKmM]\b)?"
    r"|[\w£$€#/+&-]*\d(?:[\w£$€#/:+&%-]|[.,](?=\w))*"
)


def fact_spans(text: str) -> list[tuple[int, int]]:
    """Spans that a rewrite must keep verbatim: links, e-mails, @handles, amounts, numbers,
    dates, references (anything with a digit), and dates written in words ("on Tuesday")."""
    spans = [m.span() for m in _PROTECT.finditer(text)]
    spans += [m.span() for m in FACT_PATTERN.finditer(text)]
    return _merge(spans)


def fact_tokens_kept(original: str, new: str) -> bool:
    """Whether every fact token of `original` is a fact token of `new` too (verbatim)."""
    kept = set(fact_tokens(new))
    return all(t in kept for t in fact_tokens(original))


def fact_tokens(text: str) -> list[str]:
    """The protected tokens themselves: each number, date, reference, amount, @handle, link."""
    return [m.group() for m in _PROTECT.finditer(text)]


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _overlaps(a: int, b: int, spans: list[tuple[int, int]]) -> bool:
    return any(a < y and x < b for x, y in spans)


_STARS = re.compile(
    r"(?:\b[0-5](?:\.\d)?(?:\s?[-/]?\s?(?:stars?|⭐️?)|\s?\*)|⭐+)(?:\s+(?:reviews?|ratings?))?",
    re.IGNORECASE,
)


# A month by name: capitalised, or in any case after its day ("14 november"); "march 2 the
# White House" is no date.
MONTHS = (
    "January February March April May June July August September October November December"
).split()
_SHORT = "|".join(m[:3] for m in MONTHS)
_MONTH = re.compile(
    rf"\b(?-i:{_SHORT})[a-z]*\b|\d(?:st|nd|rd|th)?\s+(?:{_SHORT.lower()})[a-z]*\b", re.IGNORECASE
)


def _whole_dates(original: str, tokens: list[str]) -> list[str]:
    """Lost fact tokens, each day or year given with the rest of its date: "For reference: 14
    November.", not "For reference: 14." (the token itself is kept verbatim inside it); a short
    number with its name (`_named`)."""
    dates = [original[a:b] for a, b in fact_spans(original) if _MONTH.search(original, a, b)]
    out: list[str] = []
    for token in tokens:
        whole = next((d for d in dates if re.search(rf"(?<!\w){re.escape(token)}(?!\w)", d)), None)
        out.append(whole or _named(original, token) or token)
    return list(dict.fromkeys(out))


def _named(original: str, token: str) -> str | None:
    """A short number with the name it numbers ("Route 9", "Gate 12", "Room 214"): "For
    reference: Route 9.", not "For reference: 9." (session 29, round 87)."""
    if not (token.isdigit() and len(token) <= 4):
        return None
    named = re.search(rf"\b[A-Z][a-z]{{2,}} {re.escape(token)}(?![\w,.]\d)(?!\w)", original)
    return named.group() if named else None


def _joined(found: list[re.Match[str]], original: str) -> list[str]:
    """The lost tokens, those only a space apart joined as written: a phone number is one
    reference ("For reference: 0113 496 0772.", not "0113, 496, 0772": session 32)."""
    out: list[str] = []
    end = -1
    for m in found:
        if (
            out
            and original[end : m.start()] == " "
            and m.group()[0].isdigit()
            and out[-1][:1] in "0123456789+("
        ):
            out[-1] += " " + m.group()
        else:
            out.append(m.group())
        end = m.end()
    return out


def _carry_facts(original: str, new: str, offer: bool = False) -> str:
    """Append the facts of `original` that `new` lost, in a neutral sentence. A star rating reads
    "So far I would rate my experience 1 star"; in an `offer` ("…I'll bump my rating up to 4
    stars") it is the rating promised, not the writer's, and stays a plain reference."""
    kept = set(fact_tokens(new))
    lost = _joined([m for m in _PROTECT.finditer(original) if m.group() not in kept], original)
    if not lost:
        return new
    handles = [t for t in lost if t.startswith("@")]
    lost = [t for t in lost if not t.startswith("@")]
    stars = [t for t in lost if _STARS.match(t) or re.fullmatch(r"[0-5](?:\.\d)?[-/]?", t)]
    rest = [t for t in lost if t not in stars]
    if offer and stars:
        star = _STARS.search(original)
        rest = ([star.group()] if star else stars) + rest
        stars = []
    out = new
    if handles:
        out = " ".join(dict.fromkeys(handles)) + (" " + new if new else "")
    if stars:
        star = _STARS.search(original)
        rating = star.group() if star else None
        if rating:
            in_rating = set(fact_tokens(rating))
            rest = [t for t in stars if t not in in_rating] + rest
            stars = [t for t in stars if t in in_rating]
            rating = rating if stars else None
        if rating:
            rating = re.sub(r"\s+(?:reviews?|ratings?)$", "", rating.strip(), flags=re.I)
            # "1*" reads as "1 star" in a sentence (the number stays as written).
            rating = re.sub(
                r"^(\S+?)\s?\*$",
                lambda m: m.group(1) + (" star" if m.group(1) in ("1", "one") else " stars"),
                rating,
            )
            out += f" So far I would rate my experience {rating}."
        else:
            rest = stars + rest
    rest = _whole_dates(original, rest)
    if rest:
        if out.strip() and not out.rstrip().endswith((".", "!", "?", ":", ",")):
            out = out.rstrip() + "."  # "My dad is 79" then the reference: two sentences
        out += " For reference: " + ", ".join(dict.fromkeys(rest)) + "."
    return out.strip()
