"""app.gui_turn: while the window builds a view, the records' warm-up waits between its chunks."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from complaint_desk.app import record_figures
from complaint_desk.app.gui_turn import GuiTurn
from complaint_desk.app.record_figures import RecordFigures
from complaint_desk.core.models import Case, Channel, Contact, Vendor
from complaint_desk.store.store import open_store
from tests.app.turn_probe import a_worker_would_wait

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def test_a_worker_waits_while_the_gui_has_its_turn_and_goes_on_after():
    turn = GuiTurn()
    stepped = threading.Event()

    def worker() -> None:
        turn.step_aside()
        stepped.set()

    with turn.taken():
        thread = threading.Thread(target=worker)
        thread.start()
        time.sleep(0.05)
        assert not stepped.is_set()  # still waiting: the GUI's turn is not over
    thread.join(1)
    assert stepped.is_set()


def test_a_turn_never_ends_stalls_a_worker_only_for_max_wait(monkeypatch):
    turn = GuiTurn()
    monkeypatch.setattr(GuiTurn, "MAX_WAIT", 0.05)
    with turn.taken(), turn.taken():  # nested turns: free only when the outer one ends
        started = time.perf_counter()
        turn.step_aside()
        assert 0.04 <= time.perf_counter() - started < 1.0
    started = time.perf_counter()
    GuiTurn().step_aside()  # no turn taken: it only yields
    assert time.perf_counter() - started < 0.04


def test_workers_keep_waiting_a_moment_after_a_turn_so_passes_of_one_fill_are_one_turn():
    turn = GuiTurn()
    with turn.taken():
        pass
    started = time.perf_counter()
    turn.step_aside()  # the next pass of a fill would begin within this moment
    waited = time.perf_counter() - started
    assert GuiTurn.AFTER_TURN * 0.8 <= waited < GuiTurn.AFTER_TURN + 0.2
    started = time.perf_counter()
    turn.step_aside()  # the moment is over: it only yields
    assert time.perf_counter() - started < GuiTurn.AFTER_TURN * 0.8


def test_the_records_arrive_in_the_guis_turn(desk, qtbot):
    """The views waiting on the load fill when `warmed` arrives: the workers wait meanwhile."""
    seen: list[bool] = []

    def on_warmed() -> None:
        seen.append(not a_worker_would_wait(desk.turn))

    desk.records.warmed.connect(on_warmed)
    with qtbot.waitSignal(desk.records.warmed, timeout=10000):
        desk.records.warm_up(min_records=0)
    assert seen == [False]


def test_the_figures_step_aside_between_chunks_of_a_rebuild(tmp_path, monkeypatch):
    monkeypatch.setattr(record_figures, "CHUNK_CASES", 2)
    with open_store(tmp_path / "d.sqlite3") as store:
        vendor = store.vendors.add(Vendor(None, "Acme"))
        for i in range(7):
            case = store.cases.add(Case(None, vendor.id, f"Case {i}", T0))
            store.contacts.add(Contact(None, case.id, Channel.EMAIL, T0 + timedelta(hours=i)))
        figures = RecordFigures(store)
        steps: list[int] = []
        figures.between_chunks = lambda: steps.append(1)  # type: ignore[method-assign]
        figures.ensure()
        assert len(steps) == 2 + 4  # after the imports, after the case read, 7 cases by twos
        assert sum(figures.contact_totals()[0].values()) == 7


def _waits_for(turn: GuiTurn, hold) -> bool:
    """Whether a worker stepping aside on `turn` waits while `hold` is entered."""
    stepped = threading.Event()
    with hold:
        thread = threading.Thread(target=lambda: (turn.step_aside(), stepped.set()))
        thread.start()
        time.sleep(0.05)
        waited = not stepped.is_set()
    thread.join(1)
    return waited and stepped.is_set()


def test_one_turn_for_the_window_covers_every_background_reader(desk):
    # Building a view takes the desk's turn without making the records service (the first view
    # is built before the first paint, which does not need it) ...
    assert _waits_for(desk.turn, desk.gui_busy())
    assert "records" not in desk.__dict__
    # ... and the records' warm-up steps aside on that same turn.
    assert _waits_for(desk.turn, desk.records.gui_busy())
    assert desk.scorer.turn is desk.turn


def test_the_scorers_warm_up_waits_while_the_window_builds_a_view(qapp, qtbot):
    from PySide6.QtCore import QThreadPool

    from complaint_desk.app.scoring import Scorer

    scorer = Scorer()
    scorer.turn = GuiTurn()
    pool = QThreadPool()
    with scorer.turn.taken():
        scorer.warm_up(pool)
        time.sleep(0.15)  # its first step waits for the turn (up to GuiTurn.MAX_WAIT, 0.3 s)
        qapp.processEvents()
        assert not scorer.warm
    with qtbot.waitSignal(scorer.warmed, timeout=20000):
        pass
    assert scorer.warm
    pool.waitForDone()


def test_the_case_read_comes_in_chunks_a_worker_can_pause_between(tmp_path):
    with open_store(tmp_path / "d.sqlite3") as store:
        vendor = store.vendors.add(Vendor(None, "Acme"))
        ids = [store.cases.add(Case(None, vendor.id, f"Case {i}", T0)).id for i in range(5)]
        chunks = list(store.cases.vendor_id_chunks(size=2))
        assert [len(c) for c in chunks] == [2, 2, 1]
        assert dict(row for chunk in chunks for row in chunk) == dict.fromkeys(ids, vendor.id)
        assert store.cases.vendor_ids() == dict.fromkeys(ids, vendor.id)


def test_workers_in_short_switches_hand_the_lock_over_quickly_and_the_last_one_out_restores():
    import sys
    import threading

    from complaint_desk.app.gui_turn import SWITCH_INTERVAL, short_switches

    before = sys.getswitchinterval()
    first_in, second_out, first_may_leave = threading.Event(), threading.Event(), threading.Event()
    seen: dict[str, float] = {}

    def first() -> None:
        with short_switches():
            first_in.set()
            first_may_leave.wait(5)
        seen["after first"] = sys.getswitchinterval()

    worker = threading.Thread(target=first)
    worker.start()
    first_in.wait(5)
    with short_switches():  # a second worker overlapping the first (here, this thread)
        seen["both"] = sys.getswitchinterval()
    seen["second out"] = sys.getswitchinterval()
    second_out.set()
    first_may_leave.set()
    worker.join(5)
    short = pytest.approx(SWITCH_INTERVAL)  # Python keeps it in whole microseconds
    assert seen["both"] == short and SWITCH_INTERVAL < before
    assert seen["second out"] == short  # the first is still at work
    assert seen["after first"] == before == sys.getswitchinterval()


def test_a_turn_until_idle_lasts_until_the_event_loop_has_nothing_left(qapp, qtbot):
    from PySide6.QtWidgets import QLabel

    turn = GuiTurn()
    painted_in_turn: list[bool] = []

    class Label(QLabel):
        def paintEvent(self, event):  # noqa: N802
            painted_in_turn.append(not turn._free.is_set())
            super().paintEvent(event)

    label = Label("before")
    qtbot.addWidget(label)
    label.show()
    qtbot.waitExposed(label)
    qtbot.wait(50)
    painted_in_turn.clear()
    with turn.taken_until_idle():
        label.setText("after: a paint is due")
    assert not turn._free.is_set()  # the paint the work asked for is still to come
    qtbot.waitUntil(turn._free.is_set, timeout=1000)  # the loop went round: released
    assert painted_in_turn and all(painted_in_turn)  # ... after the paint, not before it


@contextmanager
def _a_worker_mid_step(turn: GuiTurn) -> Iterator[threading.Event]:
    """A worker in the middle of a step that cannot pause until the event given is set; its
    next step then parks while the GUI has its turn."""
    busy = threading.Event()
    let_go = threading.Event()

    def worker() -> None:
        with turn.working():
            busy.set()
            let_go.wait(5)
            turn.step_aside()

    thread = threading.Thread(target=worker)
    thread.start()
    busy.wait(5)
    try:
        yield let_go
    finally:
        let_go.set()
        thread.join(5)


def test_the_records_arrive_once_the_other_workers_are_parked(desk, qtbot):
    turn = desk.turn
    with _a_worker_mid_step(turn) as let_go:
        arrived: list[bool] = []
        desk.records.warmed.connect(lambda: arrived.append(turn.workers_parked()))
        desk.records.warm_up(min_records=0)
        qtbot.wait(400)  # the read takes a few milliseconds here
        assert arrived == [] and desk.records.warming()  # read, not shown while the worker runs
        let_go.set()
        qtbot.waitUntil(lambda: bool(arrived), timeout=2000)
        assert arrived == [True]


def test_a_long_timeline_arrives_once_the_other_workers_are_parked(desk, qtbot, monkeypatch):
    # Filling thousands of timeline rows while the tone engine's warm-up imported TextBlob froze
    # the window 55-210 ms; the read's arrival waits for the workers, as the records' does.
    monkeypatch.setattr(type(desk.records), "WORKER_TIMELINE_CONTACTS", 1)
    vendor = desk.records.save_vendor(Vendor(None, "Acme"))
    case = desk.records.save_case(Case(None, vendor.id, "Case", T0))
    desk.records.log_contact(Contact(None, case.id, Channel.EMAIL, T0))
    desk.records.log_contact(Contact(None, case.id, Channel.PHONE, T0 + timedelta(hours=1)))
    turn = desk.turn
    with _a_worker_mid_step(turn) as let_go:
        arrived: list[bool] = []
        desk.records.vendor_timeline_read.connect(lambda _v: arrived.append(turn.workers_parked()))
        assert desk.records.vendor_timeline_soon(vendor.id) is None  # read on a worker
        qtbot.wait(300)  # the read takes a few milliseconds here
        assert arrived == []  # read, not shown while the worker runs
        let_go.set()
        qtbot.waitUntil(lambda: bool(arrived), timeout=2000)
        assert arrived == [True]
        entries = desk.records.vendor_timeline_soon(vendor.id)
        assert entries is not None and len(entries) == 2
    qtbot.waitUntil(lambda: turn._free.is_set(), timeout=2000)  # the turn is given back


def test_a_vendors_timeline_is_read_once_the_windows_turn_is_over(tmp_path, qapp):
    from complaint_desk.app.timeline_read import TimelineRead, VendorTimelineRead

    with open_store(tmp_path / "d.sqlite3") as store:
        vendor = store.vendors.add(Vendor(None, "Acme"))
        case = store.cases.add(Case(None, vendor.id, "Case", T0))
        store.contacts.add(Contact(None, case.id, Channel.EMAIL, T0))
        path = store.path
    turn = GuiTurn()
    job = VendorTimelineRead(path, TimelineRead(vendor.id, ()), T0, timedelta(days=7), turn)
    read: list = []
    job.signals.done.connect(read.append, Qt.ConnectionType.DirectConnection)
    with turn.taken():  # the Vendors list is being filled
        worker = threading.Thread(target=job.run)
        worker.start()
        worker.join(0.1)
        assert read == []  # waits for the fill (and its paint) to be over
    worker.join(5)
    assert len(read) == 1 and [e.kind for e in read[0].entries] == ["contact"]


def test_closing_while_the_records_wait_to_arrive_lets_the_workers_go(desk, qtbot):
    turn = desk.turn
    let_go = threading.Event()

    def worker() -> None:
        with turn.working():
            let_go.wait(5)

    thread = threading.Thread(target=worker)
    thread.start()
    desk.records.warm_up(min_records=0)
    qtbot.waitUntil(lambda: not turn._free.is_set(), timeout=5000)  # read; waiting to arrive
    desk.records.close()
    assert turn._free.is_set()  # the turn is given back
    let_go.set()
    thread.join(5)
