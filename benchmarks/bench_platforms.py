"""Counting and thread splitting speed: one tweet on X, and a 5,000-character draft split; the
learned guard's read of that draft (both kinds, as Copy out's site rules run it)."""

from __future__ import annotations

import statistics
import time

from complaint_desk.core.platforms import PLATFORMS

_TWEET = (
    "Day 9 without a working fridge 😡 @AcmeHelp promised a call back three times. "
    "Order A-99812, details: https://example.com/orders/A-99812?ref=tw #AcmeFail "
    "— please just send the engineer you booked. 日本語 too."
)
_DRAFT_SENTENCES = [
    "I ordered a washing machine on 3 March and it arrived with a cracked drum.",
    "The driver refused to take it back and said I had to call support!",
    "I have called 4 times, waited 3 hours in total, and been promised a call back each time.",
    "Your own page at https://example.com/help/returns says collection is free within 30 days.",
    "Please arrange a collection and a full refund this week. @AcmeHelp #AcmeFail",
    "Is anyone there?",
]


def _draft(chars: int) -> str:
    out, i = [], 0
    while sum(len(s) + 1 for s in out) < chars:
        out.append(_DRAFT_SENTENCES[i % len(_DRAFT_SENTENCES)])
        i += 1
    return " ".join(out)[:chars].rsplit(" ", 1)[0]


def _median_seconds(fn, repeat: int, number: int) -> float:
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(number):
            fn()
        runs.append((time.perf_counter() - start) / number)
    return statistics.median(runs)


def run() -> dict[str, float]:
    x = PLATFORMS["x"]
    x.count("warm up")  # the first call imports twitter-text (~0.2 s)
    draft = _draft(5000)
    results = {
        "platforms_x_count_us": _median_seconds(lambda: x.count(_TWEET), 7, 200) * 1e6,
        "platforms_split_5000_chars_ms": _median_seconds(lambda: x.split(draft), 5, 3) * 1e3,
    }
    from complaint_desk.core.posting import learned_guard

    def learned_guard_uncached() -> None:
        learned_guard.clear_caches()
        learned_guard.find(draft, "extortion")
        learned_guard.find(draft, "threat")

    learned_guard.models()  # read once (~40 ms), as the scorer's warm-up does
    results["learned_guard_5000_chars_ms"] = _median_seconds(learned_guard_uncached, 5, 3) * 1e3
    for pid in ("bluesky", "mastodon", "threads"):
        p = PLATFORMS[pid]
        results[f"platforms_split_5000_chars_{pid}_ms"] = (
            _median_seconds(lambda p=p: p.split(draft), 5, 3) * 1e3
        )
    return results
