"""The desk in a hostile environment: a resolved failure takes its message down, a read-only
data file is announced, the WAL is checkpointed during a session, and a file too big to check
at open is checked on a worker thread (issue 11)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from complaint_desk.app.clock import FakeClock
from complaint_desk.app.desk import Desk
from complaint_desk.core.models import Vendor
from complaint_desk.store.errors import StoreError, StoreErrorKind
from complaint_desk.store.store import open_store
from tests.app.conftest import T0
from tests.app.fakes import FakeScorer
from tests.store.conftest import FaultyConnection


def _desk(store) -> Desk:
    return Desk(store, FakeClock(T0), scorer=FakeScorer())


@pytest.fixture
def faulty_desk(tmp_path, qapp):
    holder: list[FaultyConnection] = []

    def connect(path, timeout):
        conn = FaultyConnection(sqlite3.connect(path, timeout=timeout, isolation_level=None))
        holder.append(conn)
        return conn

    desk = _desk(open_store(tmp_path / "desk.sqlite3", connect=connect))
    yield desk, holder[0]
    desk.close()


def test_only_a_successful_save_takes_a_failure_message_down(faulty_desk):
    desk, conn = faulty_desk
    shown: list[str] = []
    cleared: list[bool] = []
    desk.problems.problem.connect(shown.append)
    desk.problems.cleared.connect(lambda: cleared.append(True))

    conn.fail_with = "database or disk is full"
    assert desk.records.save_vendor(Vendor(None, "Acme")) is None
    assert "full" in shown[-1] and desk.problems.last == shown[-1]

    desk.records.vendors()  # reading still works on a full disk: the problem is not over
    assert desk.problems.last is not None and cleared == []

    conn.fail_with = None
    assert desk.records.save_vendor(Vendor(None, "Acme")) is not None
    assert desk.problems.last is None
    assert cleared == [True] and "full" in shown[-1]  # nothing new to show, only taken down


def test_a_read_only_data_file_is_announced_when_the_desk_starts(tmp_path, qapp):
    path = tmp_path / "desk.sqlite3"
    with open_store(path) as store:
        store.vendors.add(Vendor(None, "Acme"))

    def read_only(p, timeout):
        return sqlite3.connect(f"file:{p}?mode=ro", uri=True, timeout=timeout, isolation_level=None)

    desk = _desk(open_store(path, connect=read_only))
    shown: list[str] = []
    desk.problems.problem.connect(shown.append)
    try:
        desk.start()
        assert shown and shown[0].startswith(
            "Your data file is read-only: nothing you change can be saved."
        )
        assert desk.records.save_vendor(Vendor(None, "Lost")) is None
        assert desk.problems.last is not None and "draft" not in desk.problems.last
    finally:
        desk.close()


def _main_file_only(path: Path, dest: Path) -> Path:
    dest.mkdir()
    shutil.copyfile(path, dest / path.name)
    return dest / path.name


def test_the_desk_checkpoints_on_its_timer_and_on_close(tmp_path, qapp):
    path = tmp_path / "desk.sqlite3"
    desk = _desk(open_store(path))
    desk.store.database.conn.execute("PRAGMA wal_autocheckpoint = 0")
    try:
        desk.start()
        assert desk._checkpoints.isActive()
        assert 20_000 <= desk._checkpoints.interval() <= 60_000
        desk.records.save_vendor(Vendor(None, "Acme"))
        copy = _main_file_only(path, tmp_path / "crash-before")
        assert sqlite3.connect(copy).execute("SELECT count(*) FROM vendors").fetchone()[0] == 0
        desk._checkpoints.timeout.emit()  # what the timer does every 20 s
        copy = _main_file_only(path, tmp_path / "crash-after")
        assert sqlite3.connect(copy).execute("SELECT name FROM vendors").fetchall() == [("Acme",)]
    finally:
        desk.close()


def _damage_one_page(path: Path) -> None:
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    leaves = [n for n in range(2, len(data) // page_size) if data[(n - 1) * page_size] == 0x0D]
    offset = (leaves[len(leaves) // 2] - 1) * page_size
    data[offset + 8 : offset + 10] = (page_size - 3).to_bytes(2, "big")
    path.write_bytes(bytes(data))


def test_a_big_file_is_checked_on_a_worker_and_a_damaged_one_is_no_longer_written(
    tmp_path, qapp, qtbot
):
    path = tmp_path / "desk.sqlite3"
    with open_store(path) as store:
        store.vendors.add_many(Vendor(None, f"Vendor {i}", notes="n" * 500) for i in range(200))
    _damage_one_page(path)
    before = path.read_bytes()
    store = open_store(path, check_integrity=False)  # as for a file over the size limit
    assert not store.integrity_checked
    desk = _desk(store)
    shown: list[str] = []
    desk.problems.problem.connect(shown.append)
    try:
        with qtbot.waitSignal(desk.integrity_checked, timeout=10_000) as found:
            desk.start()
        assert found.args[0], "quick_check found the damage"
        assert any("is damaged" in text and "kept exactly as it is" in text for text in shown)
        with pytest.raises(StoreError) as err:
            store.vendors.add(Vendor(None, "Not written"))
        assert err.value.kind is StoreErrorKind.CORRUPT
    finally:
        desk.close()
    assert path.read_bytes() == before


def test_a_small_damaged_file_is_checked_while_the_window_is_built_and_reported_at_start(
    tmp_path, qapp, qtbot
):
    from complaint_desk.app.desk import open_desk
    from complaint_desk.paths import database_path

    path = database_path(tmp_path)
    with open_store(path) as store:
        store.vendors.add_many(Vendor(None, f"Vendor {i}", notes="n" * 500) for i in range(200))
    _damage_one_page(path)
    before = path.read_bytes()
    desk = open_desk(tmp_path)  # opens: the check runs on its own thread meanwhile
    shown: list[str] = []
    desk.problems.problem.connect(shown.append)
    try:
        with qtbot.waitSignal(desk.integrity_checked, timeout=10_000) as found:
            desk.start()  # after the first paint: the check's answer, reported
        assert found.args[0]
        assert any("is damaged" in text and "kept exactly as it is" in text for text in shown)
        with pytest.raises(StoreError) as err:
            desk.store.vendors.add(Vendor(None, "Not written"))
        assert err.value.kind is StoreErrorKind.CORRUPT
    finally:
        desk.close()
    assert path.read_bytes() == before


def test_opening_the_desk_writes_nothing_until_it_starts(tmp_path, qapp):
    """The trusted clock records its start time at `start()` (after the first paint), so the
    file's check can run alongside the window's build with no write waiting on it."""
    from complaint_desk.app import settings
    from complaint_desk.app.desk import open_desk
    from complaint_desk.paths import database_path

    open_desk(tmp_path).close()  # creates the file (and records a time on close)
    with open_store(database_path(tmp_path)) as store:
        first = settings.read(store, settings.LATEST_SEEN)
    desk = open_desk(tmp_path)
    try:
        assert desk.store.commits == 0
        desk.start()
        assert desk.store.commits == 1  # the start time, as the clock's high-water mark
        assert settings.read(desk.store, settings.LATEST_SEEN) >= first
    finally:
        desk.close()
