"""Per-site checks before copy-out: length, links, personal data, profanity, threats, heat."""

from __future__ import annotations

import pytest

from complaint_desk.core.platforms import PLATFORMS
from complaint_desk.core.posting.site_rules import (
    RULES,
    RuleIssue,
    check,
    find_profanity,
    find_threats,
)

CALM = "The delivery was two weeks late and nobody answered my emails. I would like a refund. " * 2


def _rules(issues: list[RuleIssue]) -> dict[str, str]:
    return {i.rule: i.severity for i in issues}


def test_every_profile_rule_exists():
    for p in PLATFORMS.values():
        assert set(p.content_rules) <= set(RULES)


@pytest.mark.parametrize("pid", list(PLATFORMS))
def test_calm_text_is_clean(pid):
    assert check(CALM, pid) == []


def test_over_and_near_the_limit():
    assert _rules(check("a" * 281, "x")) == {"max_length": "error"}
    issue = check("a" * 281, "x")[0]
    assert "thread of 2 parts" in issue.message and (issue.start, issue.end) == (0, 281)
    assert _rules(check("a" * 252, "x")) == {"near_limit": "warning"}
    assert check("a" * 251, "x") == []
    assert _rules(check("word " * 1100, "instagram")) == {"max_length": "error"}


def test_mastodon_profile_with_a_bigger_limit():
    mine = PLATFORMS["mastodon"].with_instance("example.social", limit=1000)
    assert _rules(check("a" * 600, "mastodon")) == {"max_length": "error"}
    assert check("a" * 600, mine) == []


def test_threads_link_cap():
    five = " ".join(f"https://example.com/{i}" for i in range(5))
    assert check(five, "threads") == []
    text = five + " and example.org"
    issues = check(text, "threads")
    assert _rules(issues) == {"max_links": "error"}
    assert text[issues[0].start : issues[0].end] == "example.org"


def test_google_refuses_phone_numbers_and_urls():
    text = CALM + "Call me on 07700 900123 or see https://example.com/review."
    issues = check(text, "google")
    assert {(i.rule, i.severity, text[i.start : i.end]) for i in issues} == {
        ("no_phone", "error", "07700 900123"),
        ("no_urls", "error", "https://example.com/review"),
    }
    # the same on X is only a personal-data warning (with the span, for one-click redaction)
    assert {(i.rule, i.severity) for i in check(text, "x") if i.rule != "max_length"} == {
        ("personal_data", "warning")
    }


def test_trustpilot_refuses_personal_data_and_links():
    text = CALM + "Order #A-99812, email me at me@example.org, see www.example.com"
    issues = check(text, "trustpilot")
    got = {(i.rule, text[i.start : i.end]) for i in issues}
    assert got == {
        ("no_personal_data", "A-99812"),
        ("no_personal_data", "me@example.org"),
        ("no_links", "www.example.com"),
    }
    assert all(i.severity == "error" for i in issues)


def test_tripadvisor_profanity_including_masked_and_min_length():
    text = CALM + "The room was sh*t and the manager a f***ing joke. Utter bullshit."
    issues = check(text, "tripadvisor")
    assert [text[i.start : i.end] for i in issues if i.rule == "no_profanity"] == [
        "sh*t",
        "f***ing",
        "bullshit",
    ]
    assert _rules(check("Too short.", "tripadvisor")) == {"min_length": "error"}
    # Yelp has no profanity rule; the heat gauge deals with tone there
    assert [i for i in check(text, "yelp") if i.rule == "no_profanity"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Refund me or I'll post a 1-star review.",
        "Fix this or else.",
        "I will sue.",
        "You'll regret this.",
        "Unless you refund me by Friday I will tell everyone.",
        "I'm going to take you to court",
    ],
)
def test_threats_error_on_review_sites_warning_on_social(text):
    assert _rules(check(text + " " + CALM, "google"))["no_threats"] == "error"
    assert _rules(check(text, "x")) == {"no_threats": "warning"}
    spans = find_threats(text)
    assert spans and text[spans[0][0] : spans[0][1]]


@pytest.mark.parametrize(
    "text",
    [
        "I would like a refund or a replacement, please.",
        "Thanks for the quick refund, or at least the offer.",
        "I will report this to the ombudsman if I must.",
        "We'll see how it goes.",
        "Scunthorpe branch, class act, assistant was great.",
    ],
)
def test_no_false_threats_or_profanity(text):
    assert find_threats(text) == []
    assert find_profanity(text) == []


def test_threat_spans_from_elsewhere_are_merged():
    text = CALM + "This is your last chance."
    start = text.index("This")
    issues = check(text, "trustpilot", threat_spans=[(start, len(text))])
    assert [(i.rule, i.severity, i.start) for i in issues] == [("no_threats", "error", start)]


def test_heat():
    assert check(CALM, "x", heat=20) == []
    assert _rules(check(CALM, "x", heat=60)) == {"heat": "info"}
    assert _rules(check(CALM, "x", heat=90)) == {"heat": "warning"}


def test_invisible_characters_x_refuses():
    issues = check("hello\ufffe", "x")
    assert _rules(issues) == {"invalid_characters": "error"}
    assert (issues[0].start, issues[0].end) == (5, 6)


def test_errors_come_first():
    text = "Call 07700 900123. Refund me or I'll post a 1-star review. " + "x" * 200
    severities = [i.severity for i in check(text, "google", heat=90)]
    assert severities == sorted(severities, key=["error", "warning", "info"].index)
