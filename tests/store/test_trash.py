"""Deleting a record so that Undo can put it back exactly: children, versions, holds, links."""

from __future__ import annotations

from datetime import timedelta

from complaint_desk.core import hold
from complaint_desk.core.hold import Revision
from complaint_desk.core.models import (
    Case,
    Channel,
    Contact,
    Draft,
    Outcome,
    Response,
    Vendor,
)

from .conftest import T0

TABLES = ("vendors", "cases", "contacts", "responses", "drafts", "revisions")


def _dump(store) -> dict[str, list[tuple]]:
    cx = store.database.conn
    return {t: sorted(cx.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in TABLES}


def _world(store):
    acme = store.vendors.add(Vendor(None, "Acme"))
    other = store.vendors.add(Vendor(None, "Other"))
    case = store.cases.add(Case(None, acme.id, "Kettle", T0))
    store.cases.add(Case(None, other.id, "Elsewhere", T0))
    call = store.contacts.add(Contact(None, case.id, Channel.PHONE, T0, 10, "Gary", "Refused"))
    store.responses.add(
        Response(
            None,
            case.id,
            T0 + timedelta(hours=2),
            Channel.EMAIL,
            Outcome.OFFERED,
            contact_id=call.id,
        )
    )
    draft = store.drafts.add(Draft(None, case.id, "Post", T0))
    folded = hold.HoldFold()
    for i, heat in enumerate((70.0, 40.0)):
        rev = Revision(T0 + timedelta(hours=i), f"The kettle broke {i}", heat, -0.4)
        folded = hold.step(folded, rev)
        store.drafts.add_revision(draft.id, rev, fold=folded)
    store.drafts.add(Draft(None, case.id, "Thanks", T0, origin_id=draft.id))
    return acme, case, call, draft


def test_a_vendor_and_everything_under_it_come_back_exactly(store):
    acme, _case, _call, draft = _world(store)
    before = _dump(store)
    fold_before = store.drafts.hold_fold(draft.id)
    deleted = store.delete_for_undo("vendors", acme.id)
    assert deleted.count("cases") == 1 and deleted.count("revisions") == 2
    assert deleted.count("drafts") == 2
    assert [v.name for v in store.vendors.list()] == ["Other"]
    store.put_back(deleted)
    assert _dump(store) == before
    assert store.drafts.hold_fold(draft.id) == fold_before  # the hold as it was


def test_a_contact_comes_back_with_the_answer_that_pointed_at_it(store):
    _acme, _case, call, _draft = _world(store)
    before = _dump(store)
    deleted = store.delete_for_undo("contacts", call.id)
    cx = store.database.conn
    assert cx.execute("SELECT contact_id FROM responses").fetchone()[0] is None
    assert deleted.unlinked and deleted.unlinked[0][2] == "contact_id"
    store.put_back(deleted)
    assert _dump(store) == before
    assert cx.execute("SELECT contact_id FROM responses").fetchone()[0] == call.id


def test_deleting_what_is_not_there_returns_none(store):
    assert store.delete_for_undo("drafts", 4242) is None
