"""The hold at the app level with the trusted clock: changing the system clock releases nothing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from complaint_desk.app.copy_decision import CopyVerdict
from complaint_desk.app.desk import Desk, trusted_clock_for
from complaint_desk.core.hold import required_wait
from complaint_desk.core.models import Case, Vendor
from complaint_desk.store.store import open_store
from tests.app.fakes import Clipboard, FakeScorer

T0 = datetime(2026, 4, 1, 9, 0, tzinfo=UTC)
HOT = "You are useless and everyone will hear about it!!!"
HOTTER = "You are USELESS THIEVES and everyone will hear about it!!!"
SCORER = {HOT: (80.0, -0.8), HOTTER: (95.0, -0.9)}


class Sources:
    def __init__(self, wall: datetime, mono: float = 500.0) -> None:
        self.wall_time = wall
        self.mono = mono

    def wall(self) -> datetime:
        return self.wall_time

    def monotonic(self) -> float:
        return self.mono


def open_desk_at(path, src: Sources) -> tuple[Desk, Clipboard]:
    store = open_store(path)
    clipboard = Clipboard()
    clock = trusted_clock_for(store, wall=src.wall, monotonic=src.monotonic)
    return Desk(store, clock, set_clipboard=clipboard, scorer=FakeScorer(SCORER)), clipboard


def first_run(path) -> int:
    src = Sources(T0)
    desk, _ = open_desk_at(path, src)
    vendor = desk.records.save_vendor(Vendor(None, "Acme"))
    case = desk.records.save_case(Case(None, vendor.id, "Kettle", T0))
    draft = desk.drafts.new_draft(case.id, "Post", HOT)
    src.mono += 3600
    desk.close()
    return draft.id


def test_restart_with_the_wall_clock_rolled_back_keeps_the_draft_held(tmp_path, qapp):
    path = tmp_path / "db.sqlite3"
    draft_id = first_run(path)
    src = Sources(T0 - timedelta(days=5), mono=9.0)
    desk, clipboard = open_desk_at(path, src)
    try:
        assert desk.now() == T0 + timedelta(hours=1)
        state = desk.drafts.hold_state(draft_id)
        assert state.held
        assert state.remaining == required_wait(80) - timedelta(hours=1)
        assert desk.drafts.decide_copy(draft_id).verdict is CopyVerdict.HELD
        # A heated edit made "in the past" cannot back-date the restart.
        desk.drafts.save_text(draft_id, HOTTER)
        state = desk.drafts.hold_state(draft_id)
        assert state.clock_start >= T0 + timedelta(hours=1)
        assert state.remaining == required_wait(95)
        assert desk.ready_drafts() == []
        assert clipboard.text is None
    finally:
        desk.close()


def test_forward_jump_while_running_releases_nothing(tmp_path, qapp):
    path = tmp_path / "db.sqlite3"
    draft_id = first_run(path)
    src = Sources(T0 + timedelta(hours=1))
    desk, _ = open_desk_at(path, src)
    try:
        src.wall_time += timedelta(days=3)
        src.mono += 60
        assert desk.drafts.hold_state(draft_id).held
        assert desk.check_releases() == []
        assert desk.drafts.decide_copy(draft_id).verdict is CopyVerdict.HELD
        src.mono += required_wait(80).total_seconds()  # real time passes: released
        assert desk.check_releases() == [draft_id]
        assert desk.drafts.decide_copy(draft_id).allowed
    finally:
        desk.close()


def test_each_saved_revision_records_the_tone_model_that_scored_it(tmp_path, qapp):
    # core.hold compares heats of one model only; the desk must say which model that was.
    from complaint_desk.core.tone.model import model_id

    path = tmp_path / "db.sqlite3"
    draft_id = first_run(path)
    with open_store(path) as store:
        (saved,) = store.drafts.revisions(draft_id)
    assert saved.model == model_id() and len(saved.model) == 16


def test_bringing_back_seen_words_is_not_a_rewrite_but_heating_up_still_restarts(tmp_path, qapp):
    """An undo (or History ▸ Restore, or the words typed again) of a version this clock saw."""
    from complaint_desk.app.clock import FakeClock

    furious, calm = "You are USELESS liars!!!", "My order arrived late. Please refund it."
    unseen = "You are USELESS liars and I will tell everyone!!!"
    clock = FakeClock(T0)
    scorer = FakeScorer({furious: (80.0, -0.8), calm: (20.0, 0.0), unseen: (85.0, -0.9)})
    desk = Desk(open_store(tmp_path / "db.sqlite3"), clock, scorer=scorer)
    try:
        vendor = desk.records.save_vendor(Vendor(None, "Acme"))
        case = desk.records.save_case(Case(None, vendor.id, "Late", T0))
        draft = desk.drafts.new_draft(case.id, "Post", furious)
        first = desk.drafts.hold_state(draft.id).ready_at
        clock.advance(timedelta(hours=1))
        desk.drafts.save_text(draft.id, calm)
        assert desk.drafts.hold_state(draft.id).ready_at < first
        clock.advance(timedelta(hours=1))
        desk.drafts.save_text(draft.id, furious)  # Ctrl+Z: hotter than the calmest since
        assert desk.drafts.hold_state(draft.id).clock_start == T0 + timedelta(hours=2)
        clock.advance(timedelta(hours=1))
        desk.drafts.save_text(draft.id, calm)  # the calm words again: seen, not a rewrite
        assert desk.drafts.hold_state(draft.id).clock_start == T0 + timedelta(hours=2)
        clock.advance(timedelta(hours=1))
        desk.drafts.save_text(draft.id, unseen)  # new and hotter: the wait starts again
        assert desk.drafts.hold_state(draft.id).clock_start == T0 + timedelta(hours=4)
    finally:
        desk.close()
