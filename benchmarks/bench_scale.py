"""Lists, scorecard, memory and the GUI thread at 1,000 / 10,000 / 100,000 drafts.

Each size is a data folder seeded by benchmarks.seed (10 contacts per draft, 70% as many
responses: 1,000,000 contacts and 1,700,000 records at 100,000 drafts), kept under
/tmp/bench-cache (benchmarks.seed.cached; seeded on first use, ~45 s for the largest). Every size
runs in a fresh process on a copy of that folder (the run logs contacts and autosaves), brought to
the current schema beforehand by another process (as after an upgrade), as the app runs: the main
window shown, the drafts list filled, then:

- `list_refresh_ms_<size>`: a draft renamed, then the drafts list's reload (what a change that is
  not an autosave costs the list), median of several; `list_reload_unchanged_ms_<size>`: a reload
  with nothing changed;
- `list_refresh_after_autosave_ms_<size>`: an autosave of one draft and the list's own update (with
  the tone engine loaded: the editor does not save while it loads);
- `vendors_refresh_after_change_ms_<size>`, `scorecard_refresh_after_change_ms_<size>`: a contact
  logged on a different case each time, then the view's reload (the figures a user sees after
  logging something);
- `view_open_during_load_max_stall_ms_<size>`: the records load on the worker (as after start-up)
  while the Vendors view, then the Scorecard, are opened: the longest gap of a 1 ms timer on the
  GUI thread, opening and the fill when the load arrives included (the event loop runs half a
  second after it arrives: the views fill over a few passes; budget 50 ms);
  `view_open_during_load_max_stall_ms_vendors_last_<size>`: the same with the Scorecard opened
  first, so the Vendors list is the one on screen when the load arrives (its fill, with the
  selected vendor's timeline, is then the GUI thread's work), in a process of its own;
- `rss_mb_<size>`: the process's peak resident memory at the end (budget 300 MB at 100,000).

`<size>` is 1k, 10k, 100k; `*_growth_100k_over_1k` lines give the growth. Budgets: docs/design.md.
`BENCH_SCALE_SIZES=1000,10000` runs only those sizes.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.seed import cached

_CHILD = r"""
import os, sys, time, resource
from datetime import timedelta
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from pathlib import Path
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from complaint_desk.app.desk import open_desk
from complaint_desk.core.models import Channel, Contact
from complaint_desk.ui.main_window import MainWindow
desk = open_desk(Path(sys.argv[1]))
w = MainWindow(desk); w.resize(1180, 760); w.show(); app.processEvents()
while not w.drafts_view.all_rows_read:
    app.processEvents()
records = desk.records

def out(name, value):
    print(f"{name} {value:.2f}", flush=True)

# 1. Views opened while the records load on the worker (as just after start-up).
stalls = [0.0]; last = [time.perf_counter()]
def tick():
    now = time.perf_counter(); stalls[0] = max(stalls[0], now - last[0]); last[0] = now
ticker = QTimer(); ticker.setInterval(1); ticker.timeout.connect(tick)
loop = QEventLoop(); records.warmed.connect(loop.quit)
started = records.warm_up(min_records=0)
last[0] = time.perf_counter(); ticker.start()
order = sys.argv[2].split(",") if len(sys.argv) > 2 else ["vendors", "scorecard"]
for name in order:
    w.show_view(name)
    for _ in range(20):
        app.processEvents()
if records.warming():
    QTimer.singleShot(120_000, loop.quit)
    loop.exec()
# What the views do once the records are in (filled over a few passes of the event loop), within
# the measured time: half a second of the event loop running.
settle = QEventLoop(); QTimer.singleShot(500, settle.quit); settle.exec()
ticker.stop()
out("view_open_during_load_max_stall_ms", stalls[0] * 1000)
if len(sys.argv) > 2:
    sys.exit(0)  # the other order: only this figure
w.show_view("drafts"); app.processEvents()

def median_ms(fn, runs=7):
    times = []
    for i in range(runs):
        t = time.perf_counter(); fn(i); app.processEvents(); times.append(time.perf_counter() - t)
    return sorted(times)[len(times) // 2] * 1000

# 2. The drafts list.
view = w.drafts_view
view.reload(); app.processEvents()
ids = [view.model.row_record(r).draft_id for r in range(min(50, view.model.rowCount()))]
def renamed(i):
    # A change the list reloads for (not an autosave): a draft renamed, then the reload.
    desk.drafts.rename(ids[(i * 7) % len(ids)], f"Renamed {i}")
    view.reload()
out("list_refresh_ms", median_ms(renamed))
out("list_reload_unchanged_ms", median_ms(lambda _i: view.reload()))
# The editor does not save while the tone engine loads (a recovery copy, then the save once it is
# in: DraftEditor.autosave), so the list's update after an autosave is measured with it in.
if not desk.scorer.warm:
    warm = QEventLoop(); desk.scorer.warmed.connect(warm.quit); desk.scorer.warm_up()
    QTimer.singleShot(120_000, warm.quit)
    if not desk.scorer.warm:
        warm.exec()
desk.drafts.save_text(ids[-1], desk.drafts.latest_text(ids[-1]) + " warm-up.")
app.processEvents()
def autosave(i):
    d = ids[(i * 7) % len(ids)]
    desk.drafts.save_text(d, desk.drafts.latest_text(d) + f" edit {i}.")
out("list_refresh_after_autosave_ms", median_ms(autosave))

# 3. Vendors and scorecard after a change.
cases = records.cases()
for name in ("vendors", "scorecard"):
    w.show_view(name); app.processEvents()
    v = w.view(name)
    v.reload(); app.processEvents()
    def changed(i, v=v):
        case = cases[(i * 7919) % len(cases)]
        at = desk.now() - timedelta(minutes=i)
        records.log_contact(Contact(None, case.id, Channel.EMAIL, at))
        v.reload()
    out(f"{name}_refresh_after_change_ms", median_ms(changed))
out("rss_mb", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""

_MIGRATE = r"""
import sys
from pathlib import Path
from complaint_desk import paths
from complaint_desk.store.store import open_store
folder = Path(sys.argv[1])
open_store(paths.database_path(folder)).close()
for backup in folder.glob("*.backup-*"):
    backup.unlink()
"""

SIZES = [int(x) for x in os.environ.get("BENCH_SCALE_SIZES", "1000,10000,100000").split(",") if x]


def _suffix(drafts: int) -> str:
    return f"{drafts // 1000}k" if drafts % 1000 == 0 else str(drafts)


def measure(drafts: int) -> dict[str, float]:
    """One fresh process on a copy of the cached folder for `drafts`: name -> value."""
    source = cached(drafts)
    with tempfile.TemporaryDirectory(prefix="cd-bench-scale-") as tmp:
        folder = Path(tmp) / "data"
        shutil.copytree(source, folder)
        # Bring the copy to the current schema in a process of its own: a user's app migrates
        # once per upgrade, and the migration's memory (index builds) is not what runs measure.
        subprocess.run([sys.executable, "-c", _MIGRATE, str(folder)], check=True)
        out = subprocess.run(
            [sys.executable, "-c", _CHILD, str(folder)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        vendors_last = subprocess.run(
            [sys.executable, "-c", _CHILD, str(folder), "scorecard,vendors"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    figures = {}
    for line in out.splitlines():
        name, value = line.split()
        figures[name] = float(value)
    for line in vendors_last.splitlines():
        name, value = line.split()
        figures[f"{name}_vendors_last"] = float(value)
    return figures


def run() -> dict[str, float]:
    results: dict[str, float] = {}
    by_size = {}
    for drafts in SIZES:
        figures = measure(drafts)
        by_size[drafts] = figures
        for name, value in figures.items():
            results[f"{name}_{_suffix(drafts)}"] = value
    low, high = min(SIZES), max(SIZES)
    if low != high:
        for name in by_size[high]:
            base = by_size[low].get(name)
            if base:
                results[f"{name}_growth_{_suffix(high)}_over_{_suffix(low)}"] = (
                    by_size[high][name] / base
                )
    return results


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key}: {value:.3f}")
