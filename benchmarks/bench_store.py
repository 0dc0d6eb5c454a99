"""Store figures on a seeded database of 10,000 drafts and 100,000 contacts (+70,000 responses).

store_open_ms                     open + schema check of the seeded file (start-up cost)
store_draft_summaries_10000_ms    the drafts list query (budget: 100 ms per refresh)
store_draft_summaries_budget_ratio  the above / 100 ms (<= 1 is within budget)
store_contacts_list_all_cold_ms   every contact as Contact records, first read after opening
store_responses_list_all_cold_ms  every response as Response records, first read after opening
store_contacts_list_all_ms        the same, warm (served from the store's list cache)
store_responses_list_all_ms       the same, warm
store_log_contact_then_lists_ms   add one contact, then read both full lists (a scorecard refresh)
store_counts_by_case_ms           contacts.counts_by_case() (list badges)
store_case_timeline_ms            one case's contacts + responses
store_draft_revisions_ms          one draft's revisions (opening it in the editor)
store_add_revision_ms             one autosave: revision + cached hold, committed (fsync included)
store_seed_10000_s                seeding time, for reference

Each figure is the median of several runs. Seeding is not part of the timed figures.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from benchmarks.seed import seed
from complaint_desk.core.hold import Revision
from complaint_desk.store.store import Store, open_store

DRAFTS = 10_000
CONTACTS = 100_000
BUDGET_MS = 100.0


def _median_ms(fn: Callable[[], object], runs: int) -> float:
    fn()  # warm caches: a refresh in a running app is never the first read
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        fn()
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times)


def run() -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="cd-bench-store-") as tmp:
        path = Path(tmp) / "complaint-desk.sqlite3"
        began = time.perf_counter()
        with open_store(path) as store:
            seed(store, drafts=DRAFTS, contacts=CONTACTS, rng_seed=7)
        seed_s = time.perf_counter() - began

        def open_close() -> None:
            open_store(path).close()

        results: dict[str, float] = {"store_open_ms": _median_ms(open_close, 7)}

        def cold(read: Callable[[Store], object]) -> Callable[[], None]:
            def once() -> None:
                with open_store(path) as fresh:
                    began = time.perf_counter()
                    read(fresh)
                    cold_times.append((time.perf_counter() - began) * 1000)

            return once

        cold_times: list[float] = []
        for _ in range(3):
            cold(lambda s: s.contacts.list())()
        results["store_contacts_list_all_cold_ms"] = statistics.median(cold_times)
        cold_times.clear()
        for _ in range(3):
            cold(lambda s: s.responses.list())()
        results["store_responses_list_all_cold_ms"] = statistics.median(cold_times)
        with open_store(path) as store:
            summaries = _median_ms(store.drafts.summaries, 9)
            results["store_draft_summaries_10000_ms"] = summaries
            results["store_draft_summaries_budget_ratio"] = summaries / BUDGET_MS
            results["store_contacts_list_all_ms"] = _median_ms(store.contacts.list, 5)
            results["store_responses_list_all_ms"] = _median_ms(store.responses.list, 5)
            first = store.contacts.list()[0]
            clock_c = [first.at]

            def log_then_read() -> None:
                clock_c[0] += timedelta(seconds=1)
                store.contacts.add(replace(first, id=None, at=clock_c[0]))
                store.contacts.list()
                store.responses.list()

            results["store_log_contact_then_lists_ms"] = _median_ms(log_then_read, 9)
            results["store_counts_by_case_ms"] = _median_ms(store.contacts.counts_by_case, 9)
            case_id = store.cases.list()[0].id
            assert case_id is not None
            results["store_case_timeline_ms"] = _median_ms(
                lambda: (store.contacts.list(case_id), store.responses.list(case_id)), 21
            )
            draft = store.drafts.summaries()[0]
            results["store_draft_revisions_ms"] = _median_ms(
                lambda: store.drafts.revisions(draft.draft_id), 21
            )
            text = "I am still waiting for my refund. " * 140  # ~5,000 characters
            clock = [datetime.now(UTC)]

            def autosave() -> None:
                clock[0] += timedelta(seconds=1)
                store.drafts.add_revision(
                    draft.draft_id,
                    Revision(clock[0], text, 30.0, -0.3),
                    ready_at=clock[0] + timedelta(hours=31),
                    clock_start=clock[0],
                )

            results["store_add_revision_ms"] = _median_ms(autosave, 21)
        results["store_seed_10000_s"] = seed_s
    return results


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key}: {value:.3f}")
