"""The complaint-effectiveness checklist and its accuracy checks against the case log."""

from __future__ import annotations

from complaint_desk.core.checklist import TimelineFacts, check

GOOD = (
    "My order 88123 placed on 3 May has not arrived. I called you three times and emailed "
    "twice. I would like a full refund of £49.99."
)


def by_key(items, key):
    return [i for i in items if i.key == key]


def test_complete_draft_ticks_all_three() -> None:
    items = check(GOOD, None)
    assert [(i.key, i.ok) for i in items] == [("facts", True), ("tried", True), ("remedy", True)]
    assert all(0 <= i.start < i.end <= len(GOOD) for i in items)


def test_vague_draft_misses_all_three() -> None:
    items = check("This company is terrible and nobody cares.", None)
    assert [i.ok for i in items] == [False, False, False]


def test_counts_match_the_log() -> None:
    items = check(GOOD, TimelineFacts(calls=3, emails=2))
    accuracy = by_key(items, "accuracy")
    assert [(GOOD[i.start : i.end], i.ok) for i in accuracy] == [
        ("called you three times", True),
        ("emailed twice", True),
    ]


def test_count_mismatch_is_flagged() -> None:
    text = "I called 5 times and sent 4 emails."
    accuracy = by_key(check(text, TimelineFacts(calls=3, emails=4)), "accuracy")
    assert [(i.ok, i.detail) for i in accuracy] == [
        (False, "Your log shows 3 calls."),
        (True, "Matches your log."),
    ]


def test_at_least_claims() -> None:
    text = "I have phoned over 10 times."
    assert by_key(check(text, TimelineFacts(calls=12)), "accuracy")[0].ok
    assert not by_key(check(text, TimelineFacts(calls=4)), "accuracy")[0].ok


def test_duration_claims() -> None:
    text = "I waited 3 hours on hold. This has dragged on for 6 weeks."
    facts = TimelineFacts(calls=1, longest_call_min=45, days_since_first_contact=10)
    accuracy = by_key(check(text, facts), "accuracy")
    assert [(text[i.start : i.end], i.ok) for i in accuracy] == [
        ("waited 3 hours", False),
        ("for 6 weeks", False),
    ]
    assert "45 minutes" in accuracy[0].detail
    ok = by_key(check("I waited an hour.", TimelineFacts(longest_call_min=55)), "accuracy")
    assert ok[0].ok


def test_no_timeline_no_accuracy_items() -> None:
    assert by_key(check("I called 5 times.", None), "accuracy") == []
