"""The scorecard over 100,000 contacts + responses (~200 vendors, ~10,000 cases).

Budget (docs/design.md, issue 6): <= 100 ms per refresh.
- scorecard_ms: a refresh as the app does it after the user logs something: the changed case's
  figures recomputed, then every case's figures totalled at "now" (RecordsService keeps per-case
  figures; tests check the totals equal the full computation).
- scorecard_full_recompute_ms: core.records.history.scorecard from scratch (the reference
  definition).
- scorecard_figures_build_ms: building every case's figures once (first open of the view).
The data are synthetic and seeded; building them is not timed. Medians of several runs.
"""

from __future__ import annotations

import random
import statistics
import time
from datetime import UTC, datetime, timedelta

from complaint_desk.core.models import Case, Channel, Contact, Outcome, Response, Vendor
from complaint_desk.core.records.case_figures import case_figures, scorecard_from
from complaint_desk.core.records.history import scorecard

VENDORS = 200
CASES = 10_000
CONTACTS = 50_000
RESPONSES = 50_000
RUNS = 7


def make_data(
    seed: int = 6,
) -> tuple[list[Vendor], list[Case], list[Contact], list[Response], datetime]:
    rng = random.Random(seed)
    start = datetime(2025, 1, 1, tzinfo=UTC)
    now = start + timedelta(days=400)
    vendors = [Vendor(i, f"Vendor {i}") for i in range(1, VENDORS + 1)]
    cases = [
        Case(i, rng.randint(1, VENDORS), f"Case {i}", start + timedelta(days=rng.uniform(0, 380)))
        for i in range(1, CASES + 1)
    ]
    channels = list(Channel)
    outcomes = list(Outcome)
    # Records are built in entry order (ids follow time), the way the store hands them over.
    raw_contacts = []
    for _ in range(CONTACTS):
        case = cases[rng.randrange(CASES)]
        at = case.opened_at + timedelta(minutes=rng.randint(0, 20 * 24 * 60))
        raw_contacts.append((at, case.id or 0, rng.choice(channels)))
    raw_contacts.sort()
    contacts = [Contact(i, case_id, ch, at) for i, (at, case_id, ch) in enumerate(raw_contacts, 1)]
    raw_responses = []
    for _ in range(RESPONSES):
        c = contacts[rng.randrange(CONTACTS)]
        roll = rng.random()
        if roll < 0.05:  # before the case's contacts: answers nothing
            at = c.at - timedelta(days=30)
        else:
            at = c.at + timedelta(minutes=rng.expovariate(1 / 600))
        link = c.id if roll > 0.95 else None  # a few re-linked by hand
        raw_responses.append((at, c.case_id, rng.choice(channels), rng.choice(outcomes), link))
    raw_responses.sort(key=lambda row: row[0])
    responses = [
        Response(i, case_id, at, ch, outcome, contact_id=link)
        for i, (at, case_id, ch, outcome, link) in enumerate(raw_responses, 1)
    ]
    return vendors, cases, contacts, responses, now


def _after_one_change(vendors, cases, contacts, responses, now) -> tuple[float, float]:
    """What the app pays per refresh with per-case figures (core.records.case_figures): recompute
    the one case a new contact went to, then total every case's figures at "now". Also the
    one-off build."""
    by_case: dict[int, tuple[list[Contact], list[Response]]] = {}
    for c in contacts:
        by_case.setdefault(c.case_id, ([], []))[0].append(c)
    for r in responses:
        by_case.setdefault(r.case_id, ([], []))[1].append(r)
    t0 = time.perf_counter()
    figures = case_figures(contacts, responses)
    build = (time.perf_counter() - t0) * 1000
    assert scorecard_from(vendors, cases, figures, now) == scorecard(
        vendors, cases, contacts, responses, now
    )
    times = []
    for i in range(RUNS):
        case = cases[(i * 7919) % len(cases)]
        mine, theirs = by_case.setdefault(case.id or 0, ([], []))
        mine.append(Contact(10**6 + i, case.id or 0, Channel.EMAIL, now - timedelta(hours=i)))
        t0 = time.perf_counter()
        figures.update(case_figures(mine, theirs))  # no cross-case links in these data
        card = scorecard_from(vendors, cases, figures, now + timedelta(minutes=i))
        times.append((time.perf_counter() - t0) * 1000)
    assert len(card.rows) >= VENDORS
    return statistics.median(times), build


def run() -> dict[str, float]:
    vendors, cases, contacts, responses, now = make_data()
    times = []
    for _ in range(RUNS):
        t0 = time.perf_counter()
        card = scorecard(vendors, cases, contacts, responses, now)
        times.append((time.perf_counter() - t0) * 1000)
    assert len(card.rows) >= VENDORS
    after_change, build = _after_one_change(vendors, cases, contacts, responses, now)
    return {
        "scorecard_ms": after_change,
        "scorecard_full_recompute_ms": statistics.median(times),
        "scorecard_figures_build_ms": build,
    }


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key}: {value:.3f}")
