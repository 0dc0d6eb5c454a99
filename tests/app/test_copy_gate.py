"""The app service refuses every copy-out while a draft is held, and allows it at ready_at."""

from datetime import UTC, datetime, timedelta

import pytest

from complaint_desk.app.clock import FakeClock
from complaint_desk.app.copy_decision import CopyVerdict
from complaint_desk.app.copy_out import CopyOptions
from complaint_desk.app.desk import Desk
from complaint_desk.core.hold import required_wait
from complaint_desk.core.models import Case, Channel, DraftStatus, Vendor
from complaint_desk.store.store import open_store
from tests.app.fakes import Clipboard, FakeScorer

T0 = datetime(2026, 5, 4, 9, 30, tzinfo=UTC)
HOT = "You people are USELESS and I'll make sure everyone knows!!!"
CALM = "My order A-1 arrived broken on 3 May. I would like a replacement, please."
THANKS = "Thank you so much for the quick fix, great support!"


@pytest.fixture
def env(tmp_path, qapp):
    store = open_store(tmp_path / "db.sqlite3")
    clock = FakeClock(T0)
    clipboard = Clipboard()
    opened: list[str] = []
    scorer = FakeScorer({HOT: (80.0, -0.8), CALM: (10.0, -0.1), THANKS: (2.0, 0.6)})
    desk = Desk(
        store,
        clock,
        set_clipboard=clipboard,
        open_url=lambda u: opened.append(u) or True,
        scorer=scorer,
    )
    vendor = desk.records.save_vendor(
        Vendor(None, "Acme", {"x": "acme", "bluesky": "acme.bsky.social"})
    )
    case = desk.records.save_case(Case(None, vendor.id, "Broken kettle", T0))
    yield desk, clock, clipboard, case, opened
    desk.close()


def test_held_draft_is_refused_then_allowed_at_exactly_ready_at(env):
    desk, clock, clipboard, case, _ = env
    draft = desk.drafts.new_draft(case.id, "Post", HOT)
    ready = T0 + required_wait(80)
    assert ready == T0 + timedelta(hours=43, minutes=12)
    decision = desk.copy_out.copy(draft.id, "x", CopyOptions())
    assert decision.verdict is CopyVerdict.HELD
    assert clipboard.text is None
    clock.set(ready - timedelta(microseconds=1))
    assert not desk.copy_out.copy(draft.id, "x", CopyOptions()).allowed
    assert clipboard.text is None
    clock.set(ready)
    assert desk.copy_out.copy(draft.id, "x", CopyOptions()).allowed
    assert clipboard.text is not None and HOT in clipboard.text


def test_every_copy_path_of_the_service_refuses_while_held(env):
    desk, _clock, clipboard, case, opened = env
    draft = desk.drafts.new_draft(case.id, "Post", HOT)
    assert desk.copy_out.preview(draft.id, "x", CopyOptions()) is None
    assert desk.copy_out.compose_url(draft.id, "x", CopyOptions()) is None
    assert not desk.copy_out.open_compose(draft.id, "x", CopyOptions()).allowed
    assert not desk.copy_out.copy(draft.id, "bluesky", CopyOptions(), part=0).allowed
    assert clipboard.text is None and opened == []
    assert desk.records.contacts(case.id) == []


def test_a_confirmed_copy_records_a_post_contact_and_marks_the_draft_posted(env):
    desk, clock, clipboard, case, _ = env
    draft = desk.drafts.new_draft(case.id, "Post", CALM)
    clock.advance(required_wait(10.0))
    assert desk.copy_out.copy(draft.id, "x", CopyOptions(include_handle=True)).allowed
    assert clipboard.text.startswith("@acme ")
    # Copying is not posting: nothing is recorded until the person says they posted it.
    desk.copy_out.copy(draft.id, "x", CopyOptions(include_handle=True))
    assert desk.records.contacts(case.id) == []
    assert desk.drafts.draft(draft.id).status is DraftStatus.ACTIVE
    desk.copy_out.confirm_post()
    contacts = desk.records.contacts(case.id)
    assert len(contacts) == 1
    post = contacts[0]
    assert post.channel is Channel.SOCIAL and post.site == "x" and post.at == clock.now()
    assert post.text == clipboard.text
    assert desk.drafts.draft(draft.id).status is DraftStatus.POSTED


def test_heating_edit_restarts_the_clock(env):
    desk, clock, clipboard, case, _ = env
    draft = desk.drafts.new_draft(case.id, "Post", CALM)
    clock.advance(timedelta(hours=23))
    desk.drafts.save_text(draft.id, HOT)
    clock.advance(timedelta(hours=2))  # 25 h after the first version
    assert not desk.copy_out.copy(draft.id, "x", CopyOptions()).allowed
    assert desk.drafts.hold_state(draft.id).clock_start == T0 + timedelta(hours=23)


def test_thank_you_is_not_held(env):
    desk, _clock, clipboard, case, _ = env
    draft = desk.drafts.new_draft(case.id, "Thanks", THANKS)
    assert desk.copy_out.copy(draft.id, "x", CopyOptions(include_handle=False)).allowed
    assert clipboard.text == THANKS


def test_empty_draft_cannot_be_copied(env):
    desk, _clock, clipboard, case, _ = env
    draft = desk.drafts.new_draft(case.id, "Empty")
    assert desk.copy_out.copy(draft.id, "x", CopyOptions()).verdict is CopyVerdict.EMPTY
    assert clipboard.text is None


def test_restoring_an_old_revision_reapplies_the_rule(env):
    desk, clock, _clipboard, case, _ = env
    draft = desk.drafts.new_draft(case.id, "Post", HOT)
    clock.advance(timedelta(hours=1))
    desk.drafts.save_text(draft.id, CALM)
    clock.advance(timedelta(hours=30))
    assert desk.drafts.decide_copy(draft.id).allowed  # 31 h >= 24 h + 2.4 h
    desk.drafts.restore_revision(draft.id, 0)  # back to the hot version: restarts
    assert not desk.drafts.decide_copy(draft.id).allowed
    assert desk.drafts.latest_text(draft.id) == HOT


def test_compose_link_opens_only_when_released(env):
    desk, clock, _clipboard, case, opened = env
    draft = desk.drafts.new_draft(case.id, "Post", CALM)
    clock.advance(timedelta(hours=27))
    assert desk.copy_out.open_compose(draft.id, "bluesky", CopyOptions()).allowed
    assert opened and opened[0].startswith("https://bsky.app/intent/compose")


def test_release_watcher_reports_drafts_whose_hold_ended(env, qtbot):
    desk, clock, _clipboard, case, _ = env
    draft = desk.drafts.new_draft(case.id, "Post", CALM)
    assert desk.check_releases() == []
    clock.advance(timedelta(hours=27))
    with qtbot.waitSignal(desk.releases) as blocker:
        desk.check_releases()
    assert blocker.args == [[draft.id]]
    assert desk.ready_drafts() == [draft.id]
    assert desk.check_releases() == []  # announced once


def test_a_hotter_version_saved_by_another_window_holds_the_copy(env, tmp_path):
    """Two windows on one data folder: the gate must see the other window's newest revision."""
    from complaint_desk.core.hold import Revision, clock_start
    from complaint_desk.core.hold import ready_at as hold_ready_at

    desk, clock, clipboard, case, _ = env
    draft = desk.drafts.new_draft(case.id, "Post", CALM)
    assert desk.drafts.latest_text(draft.id) == CALM  # cached in this window
    clock.advance(timedelta(hours=27))
    other = open_store(desk.store.path)  # the other window writes a furious version
    revisions = [*other.drafts.revisions(draft.id), Revision(clock.now(), HOT, 80.0, -0.8)]
    other.drafts.add_revision(
        draft.id,
        revisions[-1],
        ready_at=hold_ready_at(revisions),
        clock_start=clock_start(revisions),
    )
    other.close()
    decision = desk.copy_out.copy(draft.id, "x", CopyOptions())
    assert not decision.allowed
    assert clipboard.text is None
