"""The hold over a long editing history: what an autosave and opening a draft pay, by history size.

The hold is a fold kept with each draft (docs/design.md, "Hold"), so neither should grow with the
number of versions. Figures, through the real store on a temporary file:

- hold_autosave_ms_{50,500,5000}_revisions: one autosave of a 5,000-character draft after a
  one-character edit: the fold's step (one comparison with the last version) and the write of the
  revision with the kept state (median of 25; scoring the text is the editor's re-score, measured
  in bench_editor);
- open_draft_ms_{50,500}_revisions_20k: what opening a 20,000-character draft asks of the drafts
  service on a fresh connection (its hold and its latest text; median of 15);
- hold_reference_fold_ms_5000_revisions: the reference rule folded over the whole history, which
  a migration or an import pays once per draft (before the fold was kept, every autosave did).
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from complaint_desk.core import hold
from complaint_desk.core.models import Case, Draft, Vendor
from complaint_desk.store.store import open_store

WORDS = "kettle broke refund please the I would like a my order since March 49.99 call".split()
T0 = datetime(2026, 1, 1, tzinfo=UTC)


def _history(n: int, length: int, seed: int) -> list[hold.Revision]:
    rng = random.Random(seed)
    text = " ".join(rng.choice(WORDS) for _ in range(length // 4))[:length]
    revisions = []
    for i in range(n):
        at = rng.randrange(len(text))
        text = text[:at] + rng.choice("abcxyz ") + text[at:]
        revisions.append(hold.Revision(T0 + timedelta(seconds=i), text, 30.0, -0.1))
    return revisions


def _seeded(folder: Path, revisions: list[hold.Revision]):
    store = open_store(folder / "bench.sqlite3")
    vendor = store.vendors.add(Vendor(None, "Acme"))
    case = store.cases.add(Case(None, vendor.id, "Kettle", T0))
    draft = store.drafts.add(Draft(None, case.id, "Draft", T0))
    store.drafts.add_revisions_many((draft.id, r, None, None) for r in revisions)
    store.drafts.hold_fold(draft.id)  # folded once and kept, as the migration does
    return store, draft.id


def _autosave_ms(n: int) -> float:
    revisions = _history(n + 25, 5000, seed=n)
    with tempfile.TemporaryDirectory() as tmp:
        store, draft_id = _seeded(Path(tmp), revisions[:n])
        times = []
        for rev in revisions[n:]:
            t = time.perf_counter()
            folded = hold.step(store.drafts.hold_fold(draft_id), rev)
            store.drafts.add_revision(draft_id, rev, fold=folded)
            times.append((time.perf_counter() - t) * 1000)
        assert store.drafts.hold_fold(draft_id) == hold.fold(store.drafts.revisions(draft_id))
        store.close()
    return statistics.median(times)


def _open_ms(n: int) -> float:
    from PySide6.QtCore import QCoreApplication

    from complaint_desk.app.clock import FakeClock
    from complaint_desk.app.desk import Desk

    QCoreApplication.instance() or QCoreApplication([])
    revisions = _history(n, 20_000, seed=n + 1)
    with tempfile.TemporaryDirectory() as tmp:
        store, draft_id = _seeded(Path(tmp), revisions)
        path = store.path
        store.close()
        times = []
        for _ in range(15):
            desk = Desk(open_store(path), FakeClock(T0 + timedelta(days=1)))
            t = time.perf_counter()
            desk.drafts.hold_state(draft_id)
            desk.drafts.latest_text(draft_id)
            times.append((time.perf_counter() - t) * 1000)
            desk.close()
    return statistics.median(times)


def run() -> dict[str, float]:
    figures: dict[str, float] = {}
    for n in (50, 500, 5000):
        figures[f"hold_autosave_ms_{n}_revisions"] = _autosave_ms(n)
    for n in (50, 500):
        figures[f"open_draft_ms_{n}_revisions_20k"] = _open_ms(n)
    history = _history(5000, 5000, seed=7)
    hold.similarity.cache_clear()
    t = time.perf_counter()
    hold.fold(history)
    figures["hold_reference_fold_ms_5000_revisions"] = (time.perf_counter() - t) * 1000
    return figures
