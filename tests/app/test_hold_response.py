"""A vendor response on a case with a held draft: the desk notices, the service withdraws."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from complaint_desk.app.clock import FakeClock
from complaint_desk.app.copy_decision import CopyVerdict
from complaint_desk.app.desk import Desk
from complaint_desk.app.drafts import HeldChoice
from complaint_desk.core.models import (
    Case,
    Channel,
    Contact,
    DraftStatus,
    Outcome,
    Response,
    Vendor,
)
from complaint_desk.store.store import open_store
from tests.app.fakes import Clipboard, FakeScorer

T0 = datetime(2026, 5, 4, 9, 30, tzinfo=UTC)


@pytest.fixture
def env(tmp_path, qapp):
    clock = FakeClock(T0)
    desk = Desk(
        open_store(tmp_path / "db.sqlite3"), clock, set_clipboard=Clipboard(), scorer=FakeScorer()
    )
    vendor = desk.records.save_vendor(Vendor(None, "Acme"))
    case = desk.records.save_case(Case(None, vendor.id, "Kettle", T0))
    yield desk, clock, case
    desk.close()


def _response(case, at):
    return Response(None, case.id, at, Channel.EMAIL, Outcome.OFFERED, summary="Refund sent")


def test_held_drafts_for_case_lists_only_active_held_ones(env):
    desk, clock, case = env
    held = desk.drafts.new_draft(case.id, "Held", "Still no kettle.")
    desk.drafts.new_draft(case.id, "Empty")
    clock.advance(timedelta(hours=30))
    later = desk.drafts.new_draft(case.id, "Later", "And no answer.")
    assert desk.drafts.held_drafts_for_case(case.id) == [later.id, held.id]
    clock.advance(timedelta(hours=7))  # the first (heat 50: 36 h) is ready now
    assert desk.drafts.held_drafts_for_case(case.id) == [later.id]
    assert desk.drafts.withdraw(later.id)
    assert desk.drafts.held_drafts_for_case(case.id) == []


def test_withdrawn_draft_keeps_its_history_and_cannot_be_copied(env):
    desk, clock, case = env
    draft = desk.drafts.new_draft(case.id, "Held", "Still no kettle.")
    assert desk.drafts.apply_held_choice(draft.id, HeldChoice.WITHDRAW)
    assert desk.drafts.draft(draft.id).status is DraftStatus.WITHDRAWN
    assert [r.text for r in desk.drafts.revisions(draft.id)] == ["Still no kettle."]
    clock.advance(timedelta(days=3))
    assert desk.drafts.decide_copy(draft.id).verdict is CopyVerdict.WITHDRAWN
    assert desk.ready_drafts() == []


def test_keep_and_rewrite_change_nothing_in_the_service(env):
    desk, _clock, case = env
    draft = desk.drafts.new_draft(case.id, "Held", "Still no kettle.")
    assert not desk.drafts.apply_held_choice(draft.id, HeldChoice.KEEP)
    assert not desk.drafts.apply_held_choice(draft.id, HeldChoice.REWRITE)
    assert desk.drafts.draft(draft.id).status is DraftStatus.ACTIVE


def test_response_logged_fires_for_responses_not_contacts(env):
    desk, clock, case = env
    desk.drafts.new_draft(case.id, "Held", "Still no kettle.")
    seen: list[int] = []
    desk.response_logged.connect(seen.append)
    desk.records.log_contact(Contact(None, case.id, Channel.PHONE, T0))
    assert seen == []
    clock.advance(timedelta(hours=1))
    desk.records.log_response(_response(case, clock.now()))
    assert seen == [case.id]


def test_start_watches_cases_with_drafts_saved_before_this_run(env):
    desk, clock, case = env
    other = Desk(desk.store, clock, scorer=FakeScorer())
    desk.drafts.new_draft(case.id, "Held", "Still no kettle.")
    seen: list[int] = []
    other.response_logged.connect(seen.append)
    other.start()
    other.records.log_response(_response(case, clock.now()))
    assert seen == [case.id]
    other._timer.stop()
