"""The hold rule over a long editing history: what every autosave of a 5,000-character draft pays.

hold_autosave_ms: ready_at() after the 200th one-character edit (earlier pairs already seen, as in
the running app). hold_cold_200_revisions_ms: the same history read fresh (after a restart).
"""

from __future__ import annotations

import random
import time
from datetime import UTC, datetime, timedelta

from complaint_desk.core import hold

WORDS = "kettle broke refund please the I would like a my order since March 49.99 call".split()


def _history(n: int, seed: int) -> list[hold.Revision]:
    rng = random.Random(seed)
    text = " ".join(rng.choice(WORDS) for _ in range(900))[:5000]
    start = datetime(2026, 1, 1, tzinfo=UTC)
    revisions = []
    for i in range(n):
        at = rng.randrange(len(text))
        text = text[:at] + rng.choice("abcxyz ") + text[at:]
        revisions.append(hold.Revision(start + timedelta(seconds=i), text, 30.0, -0.1))
    return revisions


def run() -> dict[str, float]:
    hold.similarity.cache_clear()
    revisions = _history(201, seed=3)
    t = time.perf_counter()
    hold.ready_at(revisions[:200])
    cold = (time.perf_counter() - t) * 1000
    t = time.perf_counter()
    hold.ready_at(revisions)
    autosave = (time.perf_counter() - t) * 1000
    return {"hold_cold_200_revisions_ms": cold, "hold_autosave_ms": autosave}
