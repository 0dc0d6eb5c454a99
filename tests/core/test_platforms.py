"""Site profiles: counting, thread splitting, compose links and handles."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from complaint_desk.core.platforms import PLATFORMS, format_handle

IDS = (
    "x", "bluesky", "mastodon", "threads", "facebook", "instagram",
    "linkedin", "reddit", "yelp", "google", "trustpilot", "tripadvisor",
)  # fmt: skip
THREADING = ("x", "bluesky", "mastodon", "threads")

LONG = (
    "I ordered a washing machine on 3 March and it arrived broken. The driver would not take it "
    "back! I called support at https://example.com/help/contact?ref=abc 4 times and waited 3 "
    "hours in total. Nobody called me back, despite three promises. @AcmeHelp #AcmeFail "
    "Please arrange a collection and a full refund of £499.99 this week. "
) * 12


def _strip_numbers(parts: list[str]) -> list[str]:
    if len(parts) == 1:
        return parts
    out = []
    for i, part in enumerate(parts, 1):
        suffix = f" {i}/{len(parts)}"
        assert part.endswith(suffix), part
        out.append(part[: -len(suffix)])
    return out


def test_ids_and_shape():
    assert tuple(PLATFORMS) == IDS
    for pid, p in PLATFORMS.items():
        assert p.id == pid and p.name and p.limit > 0
        assert p.kind in ("social", "review")
        assert isinstance(p.content_rules, tuple)
        assert p.threads == (pid in THREADING)
    assert PLATFORMS["threads"].max_links == 5
    assert PLATFORMS["reddit"].title_limit == 300
    limits = {
        "x": 280, "bluesky": 300, "mastodon": 500, "threads": 500, "linkedin": 3000,
        "reddit": 40000, "instagram": 2200, "facebook": 63206, "yelp": 5000, "google": 4096,
    }  # fmt: skip
    assert {k: PLATFORMS[k].limit for k in limits} == limits


def test_profiles_are_frozen():
    with pytest.raises(AttributeError):
        PLATFORMS["x"].limit = 500  # type: ignore[misc]


# --- counting ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "graphemes"),
    [
        ("👨‍👩‍👧‍👦", 1),
        ("🇬🇧", 1),
        ("🇬🇧🇺🇸", 2),
        ("e\u0301", 1),
        ("cafe\u0301 ok", 7),
        ("🙋🏽", 1),
        ("👍🏾👍", 2),
        ("नमस्ते", 3),
        ("a\r\nb", 3),
        ("plain", 5),
    ],
)
def test_bluesky_counts_grapheme_clusters(text, graphemes):
    assert PLATFORMS["bluesky"].count(text) == graphemes


def test_bluesky_limit_is_300_graphemes():
    bsky = PLATFORMS["bluesky"]
    assert bsky.count("👨‍👩‍👧‍👦" * 300) == 300
    assert bsky.split("👨‍👩‍👧‍👦" * 300) == ["👨‍👩‍👧‍👦" * 300]
    assert bsky.count("🇬🇧" * 301) == 301


def test_bluesky_counts_links_as_displayed():
    bsky = PLATFORMS["bluesky"]
    assert bsky.count("https://example.com") == len("example.com")
    assert bsky.count("see https://example.com/a/very/long/path/indeed?x=1.") == len(
        "see example.com/a/very/long/...."
    )


def test_mastodon_counts_urls_as_23_and_remote_mentions_by_username():
    masto = PLATFORMS["mastodon"]
    url = "https://example.com/" + "a" * 200
    assert masto.count(f"see {url} now") == 4 + 23 + 4
    assert masto.count("hi @acme@mastodon.social") == len("hi @acme")
    assert masto.count("hi @acme") == len("hi @acme")
    assert masto.count("example.com") == len("example.com")  # no scheme: not a link there


def test_x_counts_urls_emoji_and_cjk():
    x = PLATFORMS["x"]
    assert x.count("https://example.com/" + "a" * 500) == 23
    assert x.count("👨‍👩‍👧‍👦") == 2
    assert x.count("日本") == 4
    assert x.count("e\u0301") == 1  # NFC
    assert x.count("") == 0


def test_threads_and_others_count_code_points():
    assert PLATFORMS["threads"].count("abc 😀") == 5
    assert PLATFORMS["yelp"].count("x" * 10) == 10


# --- mastodon instance --------------------------------------------------------------------------


def test_mastodon_instance_and_limit():
    base = PLATFORMS["mastodon"]
    mine = base.with_instance("https://Fosstodon.org/", limit=1000)
    assert mine.instance == "fosstodon.org" and mine.limit == 1000
    assert base.limit == 500  # the table is not changed
    assert mine.compose_url("hi").startswith("https://fosstodon.org/share?text=")
    assert base.with_instance("hachyderm.io").limit == 500
    with pytest.raises(ValueError):
        base.with_instance("not a host/")
    with pytest.raises(ValueError):
        PLATFORMS["x"].with_instance("x.com")


# --- compose links ------------------------------------------------------------------------------

TEXT = "Ordered 3 Mar, still waiting & no reply? 😡 #fail @acme https://x.co/a?b=1&c=2 100% + more"


@pytest.mark.parametrize(
    ("pid", "prefix"),
    [
        ("x", "https://x.com/intent/post?"),
        ("bluesky", "https://bsky.app/intent/compose?"),
        ("threads", "https://www.threads.net/intent/post?"),
        ("mastodon", "https://mastodon.social/share?"),
        ("reddit", "https://www.reddit.com/submit?"),
    ],
)
def test_compose_links_decode_back_to_the_text(pid, prefix):
    url = PLATFORMS[pid].compose_url(TEXT)
    assert url.startswith(prefix)
    query = parse_qs(urlsplit(url).query, keep_blank_values=True)
    assert query["text"] == [TEXT]


def test_reddit_title_from_first_line_or_given():
    reddit = PLATFORMS["reddit"]
    q = parse_qs(urlsplit(reddit.compose_url("Acme broke my TV\n\nDetails...")).query)
    assert q["title"] == ["Acme broke my TV"] and q["text"] == ["Acme broke my TV\n\nDetails..."]
    q = parse_qs(urlsplit(reddit.compose_url("body", title="My title")).query)
    assert q["title"] == ["My title"]
    long_title = parse_qs(urlsplit(reddit.compose_url("word " * 200)).query)["title"][0]
    assert len(long_title) <= 300


@pytest.mark.parametrize(
    "pid", ["facebook", "instagram", "linkedin", "yelp", "google", "trustpilot", "tripadvisor"]
)
def test_no_compose_link(pid):
    assert PLATFORMS[pid].compose_url("hello") is None


# --- handles ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pid", "raw", "shown"),
    [
        ("x", "acme", "@acme"),
        ("x", "@acme", "@acme"),
        ("bluesky", "acme", "@acme.bsky.social"),
        ("bluesky", "@acme.com", "@acme.com"),
        ("mastodon", "acme", "@acme@mastodon.social"),
        ("mastodon", "@acme@acme.social", "@acme@acme.social"),
        ("threads", "acme", "@acme"),
        ("reddit", "acme", "u/acme"),
        ("facebook", "Acme Ltd", "Acme Ltd"),
    ],
)
def test_handles(pid, raw, shown):
    assert format_handle(pid, raw) == shown
    assert PLATFORMS[pid].format_handle(raw) == shown


def test_mastodon_handle_uses_the_users_instance():
    assert PLATFORMS["mastodon"].with_instance("hachyderm.io").format_handle("acme") == (
        "@acme@hachyderm.io"
    )


# --- splitting ----------------------------------------------------------------------------------


@pytest.mark.parametrize("pid", THREADING)
def test_long_text_splits_into_numbered_parts_within_the_limit(pid):
    p = PLATFORMS[pid]
    parts = p.split(LONG)
    assert len(parts) > 2
    for i, part in enumerate(parts, 1):
        assert part.endswith(f" {i}/{len(parts)}")
        assert p.count(part) <= p.limit
    assert " ".join(_strip_numbers(parts)).split() == LONG.split()
    # never inside a URL, mention or hashtag
    body = "\n".join(_strip_numbers(parts))
    assert body.count("https://example.com/help/contact?ref=abc") == LONG.count("https://")
    assert body.count("@AcmeHelp") == 12 and body.count("#AcmeFail") == 12


@pytest.mark.parametrize("pid", THREADING)
def test_prefers_sentence_ends(pid):
    p = PLATFORMS[pid]
    parts = _strip_numbers(p.split(LONG))
    ends = sum(bool(re.search(r"[.!?]$|#AcmeFail$", part)) for part in parts[:-1])
    assert ends >= (len(parts) - 1) // 2


@pytest.mark.parametrize("pid", PLATFORMS)
def test_short_text_is_one_part_unchanged(pid):
    assert PLATFORMS[pid].split("  Short and sweet.\n") == ["  Short and sweet.\n"]


@pytest.mark.parametrize("pid", ["facebook", "yelp", "google", "tripadvisor"])
def test_non_threading_site_returns_text_even_when_over(pid):
    text = "word " * 30_000
    assert PLATFORMS[pid].split(text) == [text]


def test_giant_word_is_cut_by_grapheme():
    p = PLATFORMS["bluesky"]
    text = "start " + "👨‍👩‍👧‍👦" * 700 + " end"
    parts = p.split(text)
    assert all(p.count(part) <= p.limit for part in parts)
    assert "".join("".join(_strip_numbers(parts)).split()) == "".join(text.split())
    assert all("\u200d" not in (part[0], part[-1]) for part in _strip_numbers(parts))


def test_giant_url_stays_whole():
    url = "https://example.com/" + "a" * 600
    x = PLATFORMS["x"]
    assert x.split(f"look {url}") == [f"look {url}"]  # 23 on X: it fits
    threads = PLATFORMS["threads"]
    parts = threads.split("before " * 60 + url + " after")
    assert any(url in part for part in parts)  # a URL is never cut...
    over = [part for part in parts if threads.count(part) > threads.limit]
    assert len(over) == 1 and url in over[0]  # ...so only its own part is over the limit
    assert "".join("".join(_strip_numbers(parts)).split()) == "".join(
        parts and ("before" * 60 + url + "after")
    )


def test_zalgo_grapheme_is_cut_by_code_point():
    x = PLATFORMS["x"]
    text = "e" + "\u0301\u0300" * 200 + " tail"
    parts = x.split(text)
    assert all(x.count(part) <= x.limit for part in parts)
    assert "".join("".join(_strip_numbers(parts)).split()) == "".join(text.split())


def test_whitespace_only_over_limit():
    assert PLATFORMS["x"].split(" " * 400) == [""]


# --- properties -----------------------------------------------------------------------------------

_WORDS = st.one_of(
    st.sampled_from(
        [
            "refund.", "Why?", "never!", "the", "order", "@acme", "#fail", "😡", "👨‍👩‍👧‍👦",
            "🇬🇧", "e\u0301", "日本語", "https://example.com/a/b?c=1", "example.com",
            "https://t.co/xyz", "@acme@mastodon.social", "3/4", "…", "—",
        ]
    ),
    st.text(st.characters(blacklist_categories=("Cs", "Z", "Cc")), min_size=1, max_size=12),
)  # fmt: skip
_SEPARATORS = st.sampled_from([" ", " ", " ", "\n", "  ", "\n\n", "\t"])


@st.composite
def _texts(draw):
    words = draw(st.lists(_WORDS, min_size=80, max_size=300))
    words += draw(st.lists(_WORDS, min_size=0, max_size=1)) * draw(st.integers(0, 150))
    seps = draw(st.lists(_SEPARATORS, min_size=len(words), max_size=len(words)))
    return "".join(w + s for w, s in zip(words, seps, strict=True))


@pytest.mark.parametrize("pid", THREADING)
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_texts())
def test_split_properties(pid, text):
    p = PLATFORMS[pid]
    parts = p.split(text)
    assert parts
    event(f"split: {len(parts) > 1}")
    for part in parts:
        assert p.count(part) <= p.limit
    body = _strip_numbers(parts)
    assert "".join("".join(body).split()) == "".join(text.split())  # nothing lost or reordered
    if len(parts) > 1:
        assert len(parts) == len(set(range(len(parts))))
        joined = " ".join(body).split()
        # words are only ever cut when a single word is longer than a part
        if all(p.count(w + " 99/99") <= p.limit for w in text.split()):
            assert joined == text.split()


def test_long_dotted_runs_do_not_stall_link_detection():
    """twitter-text's URL pattern is quadratic in dots; such words are matched plainly."""
    text = ("a." * 3000 + " ") * 3 + "see https://" + "b." * 40 + "com/x"
    assert PLATFORMS["x"].count(text) == len(text) - len("https://" + "b." * 40 + "com/x") + 23
    assert PLATFORMS["x"].count("a." * 3000) == 6000
