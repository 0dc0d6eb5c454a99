"""Site profiles: how each site counts a post, threads it, links to its composer and shows a handle.

`PLATFORMS` is the one table of sites (data, not `if` chains). Counting rules:

- X: twitter-text v3 weighted length, exactly (NFC, every URL 23, emoji sequences 2, CJK 2).
  The URL and emoji patterns come from the `twitter_text` package (the official conformance
  cases pass with it); the weighing itself is done here because the package's `parse_tweet` runs
  its emoji pattern over the whole text (~1 ms a tweet), which is too slow to split a thread.
- Bluesky: grapheme clusters, with http(s) links counted as the app shows them (host plus the first
  13 characters of the path and "..." when the path is longer than 15), as its composer does.
- Mastodon: code points, with every http(s) URL counted as 23 and `@user@domain` counted as
  `@user` (the server's rule). Code points, not graphemes: the web composer counts code points,
  so a ZWJ emoji costs more there than on the server, and that is the stricter of the two.
- Everything else: code points (Python `len`). Where a site does not publish how it counts, this
  is an approximation; the limits are the published ones (see `_PROFILES`).

`split(text)` on a site that threads returns numbered parts that each fit (see `thread_split`);
on a site that does not, it returns `[text]` unchanged even when it is over the limit: there is no
thread to fall back on, so `site_rules.check` reports the overflow as an error instead.
"""

from __future__ import annotations

import functools
import re
import unicodedata
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any, Literal
from urllib.parse import quote, urlsplit

import regex

from complaint_desk.core.posting import thread_split

Kind = Literal["social", "review"]

# --- twitter-text (imported lazily: its emoji pattern takes ~0.1 s to compile) ----------------


@functools.cache
def _tt() -> Any:
    with warnings.catch_warnings():
        # The package imports pkg_resources, which newer setuptools flags as deprecated.
        warnings.simplefilter("ignore")
        import twitter_text
        from twitter_text.config import config
        from twitter_text.regexp.emoji import emoji, emoji_list

    v3 = config["version3"]
    default = v3["default_weight"]
    by_weight: dict[int, list[str]] = {}
    for r in v3["ranges"]:
        by_weight.setdefault(r["weight"], []).append(
            f"{re.escape(chr(r['start']))}-{re.escape(chr(r['end']))}"
        )
    classes = [(w - default, re.compile(f"[{''.join(parts)}]")) for w, parts in by_weight.items()]
    # Where an emoji sequence can start: the pattern is only tried there (it is a long list).
    # Where an emoji sequence can start, so the (long) pattern is only tried there: a non-ASCII
    # first code point, or a keycap base ("#", "*", a digit) followed by an emoji code point.
    codes = [[int(c, 16) for c in e.codepoint.split()] for e in emoji_list]
    wide = frozenset(c[0] for c in codes if c[0] > 0x7F)
    narrow = "".join(sorted({re.escape(chr(c[0])) for c in codes if c[0] <= 0x7F}))
    seconds = "".join(sorted({re.escape(chr(c[1])) for c in codes if c[0] <= 0x7F and len(c) > 1}))
    keycaps = re.compile(f"[{narrow}](?=[{seconds}])")
    starts = (wide, keycaps)
    return twitter_text, v3, emoji, classes, starts


_LINE_ENDINGS = re.compile(r"\r\n|\r")
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


# twitter-text's URL pattern backtracks badly on long dotted runs ("a.a.a.…": the time grows with
# the square of the dots, ~0.1 s for 80), so it runs one word at a time, and a word with a run of
# more dots than any real host name has is matched with a plain pattern instead.
_MAX_DOTS_SCANNED = 6
_WORD = re.compile(r"\S+")
_DOT_LABEL = re.compile(r"\.[^\W_]")
_PLAIN_URL = re.compile(r"(?:https?://|www\.)[^\s]*[^\s.,;:!?'\")\]]", re.IGNORECASE)
_HOST = re.compile(r"(?:https?://)?([^/?#:]+)", re.IGNORECASE)


def _plain_urls(word: str, bare_domains: bool) -> list[tuple[int, int]]:
    spans = []
    for m in _PLAIN_URL.finditer(word):
        if not bare_domains and m.group()[:4].lower() != "http":
            continue
        host = _HOST.match(m.group())
        labels = host.group(1).split(".") if host else []
        tld = labels[-1] if labels else ""
        if len(labels) >= 2 and all(0 < len(x) <= 63 for x in labels) and tld.isalpha():
            spans.append(m.span())
    return spans


def _extract_urls(text: str, bare_domains: bool = True) -> list[tuple[int, int]]:
    extract = _tt()[0].extract_urls_with_indices
    spans = []
    for w in _WORD.finditer(text):
        word = w.group()
        if not _DOT_LABEL.search(word):  # no "." before a letter or digit: no host name
            continue
        if max(part.count(".") for part in word.split("/")) <= _MAX_DOTS_SCANNED:
            # keep the spaces around the word: the pattern reads them ("^" matches differently)
            lead, tail = text[w.start() - 1 : w.start()], text[w.end() : w.end() + 1]
            found = [
                (u["indices"][0] - len(lead), min(u["indices"][1] - len(lead), len(word)))
                for u in extract(lead + word + tail, bare_domains)
            ]
        else:
            found = _plain_urls(word, bare_domains)
        spans += [(w.start() + a, w.start() + b) for a, b in found]
    return spans


def find_links(text: str, *, bare_domains: bool = True) -> list[tuple[int, int]]:
    """Spans of the links twitter-text would auto-link (with bare domains like example.com)."""
    return _extract_urls(text, bare_domains)


def find_invalid_x(text: str) -> list[tuple[int, int]]:
    """Characters X refuses outright (U+FFFE, U+FEFF, U+FFFF), whatever the length."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from twitter_text.regexp.invalid_chars import invalid_chars
    return [m.span() for m in invalid_chars.finditer(text)]


def count_x(text: str) -> int:
    """twitter-text v3 weighted length (same result as `twitter_text.parse_tweet`)."""
    _, v3, emoji, classes, starts = _tt()
    scale = v3["scale"]
    t = _LINE_ENDINGS.sub("\n", unicodedata.normalize("NFC", text))
    if not t:
        return 0

    def weight(chunk: str) -> int:
        total = v3["default_weight"] * len(chunk)
        for delta, pattern in classes:
            total += delta * len(pattern.findall(chunk))
        return total

    entities: dict[int, tuple[int, int]] = {}
    wide, keycaps = starts
    candidates = [m.start() for m in keycaps.finditer(t)]
    for run in _NON_ASCII.finditer(t):
        candidates += [i for i in range(run.start(), run.end()) if ord(t[i]) in wide]
    end = 0
    for i in sorted(candidates):  # the same matches as emoji.finditer(t), much faster
        if i >= end and (e := emoji.match(t, i)):
            entities[i] = (e.end(), v3["default_weight"])
            end = e.end()
    url_weight = v3["transformed_url_length"] * scale
    for start, end in _extract_urls(t):
        entities[start] = (end, url_weight)  # URLs win over emoji, as in twitter-text

    total = weight(t)
    pos = 0
    for start in sorted(entities):
        if start < pos:
            continue
        end, w = entities[start]
        total += w - weight(t[start:end])
        pos = end
    return total // scale


# --- Bluesky ----------------------------------------------------------------------------------

_BSKY_LINK = re.compile(r"(?:^|(?<=[\s(]))https?://\S+", re.IGNORECASE)
_GRAPHEME = regex.compile(r"\X")


def _bsky_short_url(url: str) -> str:
    trail = ""
    while url and url[-1] in ".,;:!?":
        url, trail = url[:-1], url[-1] + trail
    if url.endswith(")") and "(" not in url:
        url, trail = url[:-1], ")" + trail
    try:
        parts = urlsplit(url)
    except ValueError:
        return url + trail
    if not parts.netloc:
        return url + trail
    path = "" if parts.path in ("", "/") else parts.path
    path += (f"?{parts.query}" if parts.query else "") + (
        f"#{parts.fragment}" if parts.fragment else ""
    )
    host = parts.netloc.rsplit("@", 1)[-1]
    if len(path) > 15:
        return f"{host}{path[:13]}...{trail}"
    return f"{host}{path}{trail}"


def count_graphemes(text: str) -> int:
    """User-perceived characters (extended grapheme clusters, `regex` \\X)."""
    if text.isascii() and "\r" not in text:
        return len(text)
    return len(_GRAPHEME.findall(text))


def count_bluesky(text: str) -> int:
    """Graphemes as the Bluesky composer counts them (links shortened as displayed)."""
    return count_graphemes(_BSKY_LINK.sub(lambda m: _bsky_short_url(m.group()), text))


# --- Mastodon ---------------------------------------------------------------------------------

MASTODON_URL_LENGTH = 23
_MASTODON_MENTION = re.compile(r"(^|[^/\w])@(\w+)@[\w.-]*\w", re.ASCII | re.IGNORECASE)


def count_mastodon(text: str) -> int:
    """Mastodon's countable length: URLs as 23, remote mentions by their username only."""
    if ":" in text:
        links = find_links(text, bare_domains=False)
        out, pos = [], 0
        for start, end in links:
            out.append(text[pos:start])
            out.append("x" * MASTODON_URL_LENGTH)
            pos = end
        out.append(text[pos:])
        text = "".join(out)
    return len(_MASTODON_MENTION.sub(r"\1@\2", text))


def count_chars(text: str) -> int:
    """Unicode code points."""
    return len(text)


# --- the profile ------------------------------------------------------------------------------


def _derive_title(text: str, limit: int) -> str:
    first = text.strip().split("\n", 1)[0].strip()
    if len(first) <= limit:
        return first
    cut = first[: limit - 1]
    if " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip() + "…"


@dataclass(frozen=True)
class PlatformProfile:
    """One site: its limit, how it counts, whether it threads, its composer and its rules."""

    id: str
    name: str
    kind: Kind
    limit: int
    counter: Callable[[str], int] = field(repr=False)
    threads: bool = False
    compose_template: str | None = None  # placeholders {text}, {title}, {instance}
    handle_prefix: str = "@"
    handle_format: str | None = "@{handle}"  # for a bare name; None: the site has no handles
    handle_qualifier: str | None = None  # a handle containing this is already fully qualified
    max_links: int | None = None
    title_limit: int | None = None
    min_length: int | None = None
    instance: str | None = None
    content_rules: tuple[str, ...] = ()
    numbering: str = " {i}/{n}"
    notes: str = ""

    def count(self, text: str) -> int:
        """The length of `text` as this site counts it."""
        return self.counter(text)

    def split(self, text: str) -> list[str]:
        """Thread parts, each within the limit, numbered " 1/4" (the numbering counts).

        A text that fits, or any text on a site that does not thread, comes back as `[text]`
        unchanged (over the limit on a non-threading site: `site_rules.check` reports it). The
        one part that can still be over the limit is a single URL longer than the limit on a
        site that counts URLs in full (Threads): URLs are never cut.
        """
        if not self.threads:
            return [text]
        return thread_split.split_thread(text, self.count, self.limit, self.numbering)

    def compose_url(self, text: str, title: str | None = None) -> str | None:
        """The site's "new post" link pre-filled with `text`, or None if the site has none.

        Reddit also takes a title: the first line of the text unless one is given.
        """
        if self.compose_template is None:
            return None
        if title is None and self.title_limit is not None:
            title = _derive_title(text, self.title_limit)
        return self.compose_template.format(
            text=quote(text, safe=""),
            title=quote(title or "", safe=""),
            instance=self.instance or "",
        )

    def format_handle(self, handle: str) -> str:
        """How to mention `handle` here: "@acme" on X, "@acme.bsky.social", "@acme@instance"."""
        bare = handle.strip().lstrip("@").strip()
        if not bare or self.handle_format is None:
            return bare
        if self.handle_prefix and bare.lstrip("/").lower().startswith(("r/", "u/")):
            return bare.lstrip("/")  # Reddit: "r/acme" is a subreddit, not "u/r/acme"
        if self.handle_qualifier and self.handle_qualifier in bare:
            return f"{self.handle_prefix}{bare}"
        return self.handle_format.format(handle=bare, instance=self.instance or "")

    def with_instance(self, instance: str, limit: int | None = None) -> PlatformProfile:
        """This profile on another server (Mastodon): its share link and, if given, its limit."""
        if self.instance is None:
            raise ValueError(f"{self.name} has no instances")
        host = re.sub(r"^[a-z]+://", "", instance.strip(), flags=re.IGNORECASE).strip("/").lower()
        if not host or re.search(r"[\s/?#@]", host):
            raise ValueError(f"not a server name: {instance!r}")
        if limit is not None and limit < 1:
            raise ValueError("limit must be positive")
        return replace(self, instance=host, limit=limit or self.limit)


_PROFILES = (
    PlatformProfile(
        "x",
        "X (Twitter)",
        "social",
        280,
        count_x,
        threads=True,
        compose_template="https://x.com/intent/post?text={text}",
        content_rules=("invalid_characters",),
        notes="twitter-text v3 weighted length.",
    ),
    PlatformProfile(
        "bluesky",
        "Bluesky",
        "social",
        300,
        count_bluesky,
        threads=True,
        compose_template="https://bsky.app/intent/compose?text={text}",
        handle_format="@{handle}.bsky.social",
        handle_qualifier=".",
        notes="300 grapheme clusters.",
    ),
    PlatformProfile(
        "mastodon",
        "Mastodon",
        "social",
        500,
        count_mastodon,
        threads=True,
        compose_template="https://{instance}/share?text={text}",
        handle_format="@{handle}@{instance}",
        handle_qualifier="@",
        instance="mastodon.social",
        notes="500 by default; servers can raise it (with_instance(host, limit)).",
    ),
    PlatformProfile(
        "threads",
        "Threads",
        "social",
        500,
        count_chars,
        threads=True,
        compose_template="https://www.threads.net/intent/post?text={text}",
        max_links=5,
        content_rules=("max_links",),
        notes="500 characters and at most 5 links a post.",
    ),
    PlatformProfile(
        "facebook",
        "Facebook",
        "social",
        63_206,
        count_chars,
        handle_prefix="",
        handle_format="{handle}",
    ),
    PlatformProfile("instagram", "Instagram", "social", 2_200, count_chars),
    PlatformProfile(
        "linkedin",
        "LinkedIn",
        "social",
        3_000,
        count_chars,
        handle_prefix="",
        handle_format="{handle}",
    ),
    PlatformProfile(
        "reddit",
        "Reddit",
        "social",
        40_000,
        count_chars,
        compose_template="https://www.reddit.com/submit?selftext=true&title={title}&text={text}",
        handle_prefix="u/",
        handle_format="u/{handle}",
        title_limit=300,
        notes="Body 40,000; title 300 (the first line unless given).",
    ),
    PlatformProfile(
        "yelp",
        "Yelp",
        "review",
        5_000,
        count_chars,
        handle_format=None,
    ),
    PlatformProfile(
        "google",
        "Google reviews",
        "review",
        4_096,
        count_chars,
        handle_format=None,
        content_rules=("no_phone", "no_urls"),
    ),
    PlatformProfile(
        "trustpilot",
        "Trustpilot",
        "review",
        4_000,
        count_chars,
        handle_format=None,
        content_rules=("no_personal_data", "no_links"),
        notes="No published maximum; 4,000 keeps well inside what the form accepts.",
    ),
    PlatformProfile(
        "tripadvisor",
        "Tripadvisor",
        "review",
        20_000,
        count_chars,
        handle_format=None,
        min_length=100,
        content_rules=("no_profanity", "min_length"),
        notes="Reviews need at least 100 characters; 20,000 at most.",
    ),
)

PLATFORMS: dict[str, PlatformProfile] = {p.id: p for p in _PROFILES}


def format_handle(platform_id: str, handle: str) -> str:
    """The vendor's `handle` as it should appear on `platform_id`."""
    return PLATFORMS[platform_id].format_handle(handle)
