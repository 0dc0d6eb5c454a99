"""The checks shown before copy-out: length, links, personal data, profanity and threats per site.

Rules every site gets: the length (error over the limit, warning from 90 %), threats and
ultimatums (an error on review sites, which refuse them; a warning on social sites, where they
backfire), personal data (a warning, with the finding so the UI can offer one-click redaction)
and the heat. A profile's `content_rules` add the site's own rules (Threads' link cap, Google's
"no phone numbers or URLs", Trustpilot's "no personal data or links", Tripadvisor's "no
profanity" and minimum length). Profanity patterns are kept small and local here; threats,
ultimatums and extortion come from the shared table (resources/tone/threat_forms.tsv), and
from the learned guard (`learned_guard`) for wording the table has no form for: its extortion
finding is an error the user can copy past, the table's blocks the copy.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Literal

from complaint_desk.core import privacy
from complaint_desk.core.platforms import PLATFORMS, PlatformProfile, find_invalid_x, find_links
from complaint_desk.core.posting import learned_guard
from complaint_desk.core.posting.reported import without_reported

Severity = Literal["error", "warning", "info"]
NEAR_LIMIT = 0.9
_SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


@dataclass(frozen=True)
class RuleIssue:
    """One problem with the text on one site; `start`/`end` mark it in the text (0, 0: none)."""

    rule: str
    severity: Severity
    message: str
    start: int = 0
    end: int = 0
    blocks: bool = False  # no "copy anyway": the site refuses it outright (review extortion)


# --- profanity (with masked forms such as f***, sh*t) -----------------------------------------

_PROFANE_STEMS = {
    "fuck": ("", "s", "ed", "er", "ers", "ing", "in", "off", "wit", "face", "head"),
    "motherfuck": ("er", "ers", "ing"),
    "shit": ("", "s", "ty", "ter", "head", "hole", "show", "bag"),
    "bullshit": ("",),
    "bitch": ("", "es", "y", "ing"),
    "bastard": ("", "s"),
    "asshole": ("", "s"),
    "arsehole": ("", "s"),
    "cunt": ("", "s"),
    "dick": ("head", "heads"),
    "piss": ("", "ed", "take"),
    "wank": ("", "er", "ers", "ing"),
    "bollocks": ("",),
    "twat": ("", "s"),
    "prick": ("", "s"),
    "goddamn": ("", "ed"),
    "crap": ("", "py"),
    "scumbag": ("", "s"),
}
PROFANITY = frozenset(stem + end for stem, ends in _PROFANE_STEMS.items() for end in ends)
_PROFANE_WORD = re.compile(
    r"(?<![\w*])(?:" + "|".join(sorted(PROFANITY, key=len, reverse=True)) + r")(?![\w*])",
    re.IGNORECASE,
)
# A word that hides letters behind *, # or $ ("f***", "sh*t", "a$$hole", "f**king").
_MASKED = re.compile(r"(?<![\w*#$@])[a-z][a-z*#$]*[*#$][a-z*#$]*(?![\w*#$@])", re.IGNORECASE)


def _masked_match(token: str) -> bool:
    t = token.lower()
    return any(
        len(word) == len(t) and all(c == w or c in "*#$" for c, w in zip(t, word, strict=True))
        for word in PROFANITY
    )


def find_profanity(text: str) -> list[tuple[int, int]]:
    """Spans of profane words, spelled out or masked."""
    spans = [m.span() for m in _PROFANE_WORD.finditer(text)]
    spans += [m.span() for m in _MASKED.finditer(text) if _masked_match(m.group())]
    return sorted(set(spans))


# --- threats and ultimatums -------------------------------------------------------------------


def find_threats(text: str) -> list[tuple[int, int]]:
    """Spans of threats, legal threats and ultimatums ("refund me or I'll post a review"),
    with the forms of the shared table (resources/tone/threat_forms.tsv)."""
    from complaint_desk.core.posting import threat_forms

    said = without_reported(text)
    spans = set(threat_forms.find_ultimatums(said))
    spans.update(threat_forms.find_extortion(said))
    # An ultimatum the next sentence takes back ("Sorry, that sounded sinister.") is none, as a
    # threat is (`threat_forms.find_threats` leaves those out itself).
    spans = {span for span in spans if not threat_forms.retracted_after(said, span)}
    spans.update(threat_forms.find_threats(said))
    return sorted(spans)


def find_extortion(text: str) -> list[tuple[int, int]]:
    """Spans where a review, rating or public post is traded for a remedy ("refund or 1-star",
    "I'll remove my review if you refund me"), from resources/tone/threat_forms.tsv."""
    from complaint_desk.core.posting import threat_forms

    return threat_forms.find_extortion(text)


# What each review site says about reviews traded for refunds. Yelp's sentence is quoted from
# its support article "What should I do if a reviewer demands payment in exchange for removing a
# negative review?"; the others are short summaries of the sites' published guidelines and are
# labelled as such in the message.
EXTORTION_RULES: dict[str, tuple[bool, str]] = {
    "yelp": (
        True,
        "Threatening a business with negative reviews — or offering to remove a negative review "
        "— as a way to get money or freebies is against our Content Guidelines.",
    ),
    "trustpilot": (
        False,
        "a review must be an honest account of a genuine experience; using a review to pressure "
        "a business into paying or refunding (or offering to remove one if it does) breaks the "
        "Guidelines for Reviewers.",
    ),
    "google": (
        False,
        "reviews must reflect a genuine experience; content posted to pressure a business, or "
        "offered or withheld in exchange for money or a refund, is removed under the Maps "
        "user-contributed content policy.",
    ),
    "tripadvisor": (
        False,
        "reviews must be unbiased first-hand accounts; threatening a business with a review (or "
        "offering to change one) to obtain a refund or upgrade is against its review guidelines "
        "and gets the review removed.",
    ),
}


# --- the rules --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Context:
    text: str
    profile: PlatformProfile
    heat: float | None
    threat_spans: tuple[tuple[int, int], ...]
    findings: tuple[privacy.Finding, ...]


def _length(c: _Context) -> list[RuleIssue]:
    p, n = c.profile, c.profile.count(c.text)
    if n > p.limit:
        extra = ""
        if p.threads:
            parts = p.split(c.text)
            extra = f" Copy it as a thread of {len(parts)} parts instead."
            for part in parts:
                if p.count(part) > p.limit:
                    return [
                        RuleIssue(
                            "max_length",
                            "error",
                            f"One piece (a link) is longer than {p.name} allows on its own "
                            f"({p.count(part):,}/{p.limit:,}); shorten it.",
                            0,
                            len(c.text),
                        )
                    ]
        return [
            RuleIssue(
                "max_length",
                "error",
                f"Too long for one {p.name} post: {n:,}/{p.limit:,}.{extra}",
                0,
                len(c.text),
            )
        ]
    if n >= NEAR_LIMIT * p.limit:
        return [RuleIssue("near_limit", "warning", f"Close to the limit: {n:,}/{p.limit:,}.")]
    return []


def _min_length(c: _Context) -> list[RuleIssue]:
    p = c.profile
    if p.min_length and p.count(c.text.strip()) < p.min_length:
        return [
            RuleIssue(
                "min_length",
                "error",
                f"{p.name} needs at least {p.min_length} characters "
                f"(this has {p.count(c.text.strip())}).",
            )
        ]
    return []


def _max_links(c: _Context) -> list[RuleIssue]:
    links, cap = find_links(c.text), c.profile.max_links
    if cap is None or len(links) <= cap:
        return []
    start, end = links[cap][0], links[-1][1]
    return [
        RuleIssue(
            "max_links",
            "error",
            f"{c.profile.name} allows at most {cap} links in a post; this has {len(links)}.",
            start,
            end,
        )
    ]


def _links_forbidden(rule: str, what: str) -> Callable[[_Context], list[RuleIssue]]:
    def check(c: _Context) -> list[RuleIssue]:
        return [
            RuleIssue(rule, "error", f"{c.profile.name} does not allow {what} in reviews.", a, b)
            for a, b in find_links(c.text)
        ]

    return check


def _no_phone(c: _Context) -> list[RuleIssue]:
    return [
        RuleIssue(
            "no_phone",
            "error",
            f"{c.profile.name} removes reviews with phone numbers: redact it.",
            f.start,
            f.end,
        )
        for f in c.findings
        if f.kind == "phone"
    ]


def _no_personal_data(c: _Context) -> list[RuleIssue]:
    return [
        RuleIssue(
            "no_personal_data",
            "error",
            f"{c.profile.name} does not allow personal data in reviews: redact this {f.label}.",
            f.start,
            f.end,
        )
        for f in c.findings
    ]


def _personal_data(c: _Context) -> list[RuleIssue]:
    return [
        RuleIssue(
            "personal_data",
            "warning",
            f"This looks like a {f.label}: anyone can read it once posted. Redact it?",
            f.start,
            f.end,
        )
        for f in c.findings
    ]


def _no_profanity(c: _Context) -> list[RuleIssue]:
    return [
        RuleIssue(
            "no_profanity",
            "error",
            f"{c.profile.name} rejects reviews with profanity, even masked: reword it.",
            a,
            b,
        )
        for a, b in find_profanity(c.text)
    ]


def _no_threats(c: _Context) -> list[RuleIssue]:
    threats = {
        *find_threats(c.text),
        *c.threat_spans,
        *learned_guard.find(without_reported(c.text), "threat"),
    }
    # On a social site a trade only the learned guard reads is said as a trade; a review site
    # reports it under no_extortion.
    trades = set() if c.profile.kind == "review" else set(learned_guard.find(c.text, "extortion"))
    spans: list[tuple[int, int, bool]] = []  # (start, end, only a trade)
    for a, b in sorted(threats | trades):
        traded = (a, b) not in threats
        if spans and a < spans[-1][1]:
            start, end, only = spans[-1]
            spans[-1] = (start, max(b, end), only and traded)
        else:
            spans.append((a, b, traded))
    if c.profile.kind == "review":
        severity: Severity = "error"
        message = (
            f"{c.profile.name} refuses reviews that threaten or demand something in exchange "
            "for the review. Say what happened instead."
        )
        return [RuleIssue("no_threats", severity, message, a, b) for a, b, _ in spans]
    threat_said = "Threats and ultimatums tend to backfire in public. Say what you want instead."
    trade_said = (
        "This reads as if the post depends on what the business does for you, which tends to "
        "backfire in public. Ask for the remedy on its own."
    )
    return [
        RuleIssue("no_threats", "warning", trade_said if only else threat_said, a, b)
        for a, b, only in spans
    ]


def _no_extortion(c: _Context) -> list[RuleIssue]:
    """On a review site, a review traded for a refund blocks the copy, with the site's rule."""
    if c.profile.kind != "review":
        return []
    spans = find_extortion(c.text)
    learned = [] if spans else learned_guard.find(c.text, "extortion")
    if not spans and not learned:
        return []
    pid = next((k for k, v in PLATFORMS.items() if v is c.profile), c.profile.name.lower())
    quoted, rule = EXTORTION_RULES.get(
        pid,
        (False, "reviews must not be offered, withheld or changed in exchange for a refund."),
    )
    said = f"its rule: “{rule}”" if quoted else f"its rules, in short: {rule}"
    if learned:
        # The learned reader's finding: the same rule, but the user may know better.
        message = (
            "This reads as if the review depends on what the business does for you. "
            f"{c.profile.name} would remove that — {said} Ask for the remedy on its own; if "
            "the review does not depend on it, say so plainly."
        )
        return [RuleIssue("no_extortion", "error", message, a, b) for a, b in learned]
    message = (
        f"{c.profile.name} would remove this — {said} Ask for the remedy on its own "
        "(“I would like a refund”); the Calm version does this for you."
    )
    return [RuleIssue("no_extortion", "error", message, a, b, blocks=True) for a, b in spans]


def blocked(issues: Iterable[RuleIssue]) -> bool:
    """Whether any issue forbids the copy outright (no "copy anyway")."""
    return any(i.blocks for i in issues)


def _invalid_characters(c: _Context) -> list[RuleIssue]:
    return [
        RuleIssue(
            "invalid_characters",
            "error",
            f"{c.profile.name} refuses posts with this invisible character "
            f"(U+{ord(c.text[a]):04X}): delete it.",
            a,
            b,
        )
        for a, b in find_invalid_x(c.text)
    ]


def _heat(c: _Context) -> list[RuleIssue]:
    if c.heat is None or c.heat < 50:
        return []
    if c.heat >= 75:
        return [
            RuleIssue("heat", "warning", f"Reads as furious (heat {c.heat:.0f}). Calm it down?")
        ]
    return [RuleIssue("heat", "info", f"Reads as heated (heat {c.heat:.0f}).")]


RULES: dict[str, Callable[[_Context], list[RuleIssue]]] = {
    "max_length": _length,
    "min_length": _min_length,
    "max_links": _max_links,
    "no_phone": _no_phone,
    "no_urls": _links_forbidden("no_urls", "links or web addresses"),
    "no_links": _links_forbidden("no_links", "links"),
    "no_personal_data": _no_personal_data,
    "no_profanity": _no_profanity,
    "no_threats": _no_threats,
    "no_extortion": _no_extortion,
    "personal_data": _personal_data,
    "heat": _heat,
    "invalid_characters": _invalid_characters,
}
COMMON_RULES = ("max_length", "no_extortion", "no_threats", "personal_data", "heat")


def check(
    text: str,
    platform_id: str | PlatformProfile,
    heat: float | None = None,
    threat_spans: Iterable[tuple[int, int]] = (),
) -> list[RuleIssue]:
    """Every issue with `text` on the site, errors first, then by position.

    `platform_id` may also be a profile (e.g. Mastodon `with_instance`). `threat_spans` adds
    threats found elsewhere (the tone analysis) to the ones found here. A finding that a site
    rule already reports as an error is not repeated as a personal-data warning.
    """
    profile = platform_id if isinstance(platform_id, PlatformProfile) else PLATFORMS[platform_id]
    ctx = _Context(
        text,
        profile,
        heat,
        tuple((int(a), int(b)) for a, b in threat_spans),
        tuple(privacy.find_pii(text)),
    )
    issues: list[RuleIssue] = []
    for rule in (*COMMON_RULES, *profile.content_rules):
        issues += RULES[rule](ctx)
    errors = {(i.start, i.end) for i in issues if i.severity == "error"}
    issues = [i for i in issues if not (i.rule == "personal_data" and (i.start, i.end) in errors)]
    return sorted(issues, key=lambda i: (_SEVERITY_ORDER[i.severity], i.start, i.end, i.rule))
