"""The trusted clock: rolling the wall clock back or forward never releases a draft early."""

from datetime import UTC, datetime, timedelta

from complaint_desk.app.clock import FakeClock, TrustedClock

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


class Sources:
    def __init__(self) -> None:
        self.wall_time = T0
        self.mono = 1000.0
        self.persisted: list[datetime] = []

    def wall(self) -> datetime:
        return self.wall_time

    def monotonic(self) -> float:
        return self.mono


def make(src: Sources, high_water=None) -> TrustedClock:
    return TrustedClock(
        high_water, wall=src.wall, monotonic=src.monotonic, persist=src.persisted.append
    )


def test_now_follows_monotonic_time_not_wall_jumps():
    src = Sources()
    clock = make(src)
    src.wall_time = T0 + timedelta(days=3)  # the user sets the clock forward
    src.mono += 60
    assert clock.now() == T0 + timedelta(seconds=60)


def test_wall_clock_rolled_back_while_running_changes_nothing():
    src = Sources()
    clock = make(src)
    src.mono += 3600
    src.wall_time = T0 - timedelta(days=10)
    assert clock.now() == T0 + timedelta(hours=1)


def test_restart_with_rolled_back_wall_clock_starts_from_high_water_mark():
    src = Sources()
    clock = make(src)
    src.mono += 7200
    clock.flush()
    latest = src.persisted[-1]
    assert latest == T0 + timedelta(hours=2)
    src2 = Sources()
    src2.wall_time = T0 - timedelta(days=30)
    restarted = make(src2, high_water=latest)
    assert restarted.now() == latest


def test_monotonic_going_backwards_never_moves_now_back():
    src = Sources()
    clock = make(src)
    src.mono += 100
    first = clock.now()
    src.mono -= 50
    assert clock.now() == first


def test_high_water_is_persisted_at_most_once_a_minute():
    src = Sources()
    clock = make(src)
    count = len(src.persisted)
    for _ in range(10):
        src.mono += 1
        clock.now()
    assert len(src.persisted) == count
    src.mono += 60
    clock.now()
    assert len(src.persisted) == count + 1


def test_fake_clock_moves_only_by_hand():
    clock = FakeClock(T0)
    assert clock.now() == T0
    clock.advance(timedelta(hours=5))
    assert clock.now() == T0 + timedelta(hours=5)


def test_rollback_before_restart_never_moves_now_below_the_high_water_mark():
    src = Sources()
    clock = make(src)
    src.mono += 3 * 3600
    clock.flush()
    for days_back in (1, 10, 400):
        src2 = Sources()
        src2.wall_time = T0 - timedelta(days=days_back)
        restarted = make(src2, high_water=src.persisted[-1])
        src2.mono += 30
        assert restarted.now() == T0 + timedelta(hours=3, seconds=30)


def test_rollback_while_running_then_restart_keeps_the_later_time():
    src = Sources()
    clock = make(src)
    src.mono += 600
    src.wall_time = T0 - timedelta(days=2)  # rolled back while running: ignored
    clock.flush()
    assert src.persisted[-1] == T0 + timedelta(minutes=10)


def test_forward_jump_of_the_wall_clock_while_running_is_ignored_for_the_whole_run():
    src = Sources()
    clock = make(src)
    for _ in range(5):
        src.wall_time += timedelta(days=1)
        src.mono += 1
    assert clock.now() == T0 + timedelta(seconds=5)
    clock.flush()
    assert src.persisted[-1] == T0 + timedelta(seconds=5)


def test_wall_clock_ahead_of_high_water_at_start_is_believed():
    src = Sources()
    src.wall_time = T0 + timedelta(hours=5)
    clock = make(src, high_water=T0)
    assert clock.now() == T0 + timedelta(hours=5)


def test_fake_clock_can_be_set_back_for_tests():
    clock = FakeClock(T0)
    clock.set(T0 - timedelta(days=1))
    assert clock.now() == T0 - timedelta(days=1)


def test_after_a_crash_the_newest_revision_is_a_floor(tmp_path):
    """The app died before recording the time; the user rolls the clock back a day."""
    from complaint_desk.app import settings
    from complaint_desk.app.desk import trusted_clock_for
    from complaint_desk.core.hold import Revision
    from complaint_desk.core.models import Case, Draft, Vendor
    from complaint_desk.store.store import open_store

    store = open_store(tmp_path / "db.sqlite3")
    vendor = store.vendors.add(Vendor(None, "Acme"))
    case = store.cases.add(Case(None, vendor.id, "Kettle", T0))
    draft = store.drafts.add(Draft(None, case.id, "Post", T0))
    edited = T0 + timedelta(hours=5)
    store.drafts.add_revision(
        draft.id, Revision(edited, "text", 50.0, -0.2), ready_at=None, clock_start=None
    )
    settings.write(store, settings.LATEST_SEEN, T0)  # the last time recorded before the crash
    src = Sources()
    src.wall_time = T0 - timedelta(days=1)
    clock = trusted_clock_for(store, wall=src.wall, monotonic=src.monotonic)
    assert clock.now() == edited
    store.close()
