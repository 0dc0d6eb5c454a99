"""Edit ▸ Undo for deletes and edits: everything comes back, a held draft with its hold."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from complaint_desk.app.clock import FakeClock
from complaint_desk.app.desk import Desk
from complaint_desk.core.models import Case, Channel, Contact, Outcome, Response, Vendor
from complaint_desk.store.store import open_store
from tests.app.fakes import FakeScorer

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
ANGRY = "You people are USELESS!!!"


@pytest.fixture
def desk(tmp_path, qapp):
    d = Desk(
        open_store(tmp_path / "db.sqlite3"), FakeClock(T0), scorer=FakeScorer({ANGRY: (80, -0.8)})
    )
    yield d
    d.close()


def _world(desk):
    vendor = desk.records.save_vendor(Vendor(None, "Acme"))
    case = desk.records.save_case(Case(None, vendor.id, "Kettle", T0))
    call = desk.records.log_contact(Contact(None, case.id, Channel.PHONE, T0, 5, "Gary"))
    desk.records.log_response(
        Response(None, case.id, T0 + timedelta(hours=1), Channel.EMAIL, Outcome.OFFERED)
    )
    draft = desk.drafts.new_draft(case.id, "Post", ANGRY)
    return vendor, case, call, draft


def test_the_confirmation_says_what_goes_with_a_vendor(desk):
    vendor, *_ = _world(desk)
    said = desk.changes.describe_delete("vendor", vendor.id)
    assert said == ("With it go 1 case, 1 contact, 1 response, 1 draft and 1 saved version.")


def test_deleting_a_vendor_and_undoing_it_brings_everything_back(desk):
    vendor, case, call, draft = _world(desk)
    hold_before = desk.drafts.hold_state(draft.id)
    assert desk.changes.delete("vendor", vendor.id, vendor.name)
    assert desk.records.vendors() == [] and desk.drafts.draft(draft.id) is None
    assert desk.changes.undo_label == "Delete vendor “Acme”"
    assert desk.changes.undo()
    assert [v.name for v in desk.records.vendors()] == ["Acme"]
    assert [c.id for c in desk.records.contacts(case.id)] == [call.id]
    assert desk.drafts.latest_text(draft.id) == ANGRY
    assert desk.drafts.hold_state(draft.id) == hold_before  # the hold kept, not restarted
    assert desk.changes.redo_label == "Delete vendor “Acme”"
    assert desk.changes.redo() and desk.records.vendors() == []


def test_a_deleted_held_draft_cannot_be_copied_and_comes_back_held(desk):
    _vendor, _case, _call, draft = _world(desk)
    desk.changes.delete("draft", draft.id, "Post")
    assert not desk.drafts.decide_copy(draft.id).allowed
    desk.changes.undo()
    assert desk.drafts.hold_state(draft.id).held
    assert not desk.drafts.decide_copy(draft.id).allowed


def test_an_edit_is_undone_and_redone(desk):
    vendor, case, call, _draft = _world(desk)
    desk.changes.save_vendor(replace(vendor, name="Acme Kettles"))
    fixed = replace(call, rep="Garry", duration_min=40)
    desk.changes.update_contact(fixed)
    assert desk.records.contact(call.id).rep == "Garry"
    assert desk.changes.undo() and desk.records.contact(call.id).rep == "Gary"
    assert desk.changes.undo() and desk.records.vendor(vendor.id).name == "Acme"
    assert desk.changes.redo() and desk.records.vendor(vendor.id).name == "Acme Kettles"
    assert desk.changes.undo_label == "Edit vendor “Acme”"


def test_a_new_change_clears_what_could_be_redone(desk):
    vendor, case, *_ = _world(desk)
    desk.changes.save_case(replace(case, title="Kettle broke"))
    desk.changes.undo()
    assert desk.changes.redo_label is not None
    desk.changes.save_vendor(replace(vendor, name="Acme Ltd"))
    assert desk.changes.redo_label is None
