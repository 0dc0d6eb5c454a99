"""Dates the person enters follow the real time, not the hold's trusted clock (issue 11, point 16).

The trusted clock never goes back, so once it has seen a clock that was ahead it stays ahead: right
for the hold, wrong as the date of a call the person just made.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from complaint_desk.app.clock import FakeClock, TrustedClock
from complaint_desk.app.desk import Desk
from complaint_desk.core.models import Case, Vendor
from complaint_desk.store.store import open_store
from tests.app.fakes import FakeScorer

REAL = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
AHEAD = REAL + timedelta(days=30)  # a clock once set a month ahead, then put right


class Sources:
    def __init__(self) -> None:
        self.wall_time = REAL
        self.mono = 500.0
        self.persisted: list[datetime] = []

    def wall(self) -> datetime:
        return self.wall_time

    def monotonic(self) -> float:
        return self.mono


def _clock(src: Sources) -> TrustedClock:
    return TrustedClock(AHEAD, wall=src.wall, monotonic=src.monotonic, persist=src.persisted.append)


def test_wall_now_is_the_real_time_and_leaves_the_hold_clock_alone():
    src = Sources()
    clock = _clock(src)
    assert clock.now() == AHEAD  # the hold keeps its high-water mark
    assert clock.wall_now() == REAL
    src.wall_time = REAL + timedelta(minutes=5)
    src.mono += 300
    assert clock.wall_now() == REAL + timedelta(minutes=5)
    assert clock.now() == AHEAD + timedelta(minutes=5)
    persisted = list(src.persisted)
    clock.wall_now()
    assert src.persisted == persisted, "reading the real time records nothing"


def test_a_fake_clock_moves_both_together():
    clock = FakeClock(REAL)
    clock.advance(timedelta(hours=2))
    assert clock.wall_now() == clock.now() == REAL + timedelta(hours=2)


def test_a_new_case_is_opened_at_the_real_time(tmp_path, qapp):
    src = Sources()
    desk = Desk(open_store(tmp_path / "dates.sqlite3"), _clock(src), scorer=FakeScorer())
    try:
        vendor = desk.records.save_vendor(Vendor(None, "Acme"))
        case = desk.records.save_case(Case(None, vendor.id, "Kettle", AHEAD))
        assert case.opened_at == REAL
        assert desk.records.case(case.id).opened_at == REAL
        assert desk.records.wall_now() == REAL
        assert desk.records.now() == AHEAD  # waiting and the hold still use the trusted clock
        edited = desk.records.save_case(desk.records.case(case.id))
        assert edited.opened_at == REAL, "editing a case keeps when it was opened"
    finally:
        desk.close()


def test_records_fall_back_to_the_system_time_for_a_clock_without_a_wall(tmp_path, qapp):
    class HoldOnly:
        def now(self) -> datetime:
            return AHEAD

    desk = Desk(open_store(tmp_path / "dates.sqlite3"), HoldOnly(), scorer=FakeScorer())
    try:
        assert abs(desk.records.wall_now() - datetime.now(UTC)) < timedelta(minutes=1)
    finally:
        desk.close()
