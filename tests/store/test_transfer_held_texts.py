"""Letters, linked updates and restored versions survive export -> import, and so do their holds."""

from __future__ import annotations

from datetime import timedelta

from complaint_desk.core import hold
from complaint_desk.core.hold import Revision
from complaint_desk.core.models import Case, Draft, DraftKind, Vendor
from complaint_desk.store.importer import import_json
from complaint_desk.store.store import open_store

from .conftest import T0

A = "The kettle broke after a week and the shop will not answer my emails."
B = "Different words entirely: my parcel is lost and nobody at the depot picks up."


def _add(store, draft_id, revs):
    folded = store.drafts.hold_fold(draft_id)
    for rev in revs:
        folded = hold.step(folded, rev)
        store.drafts.add_revision(draft_id, rev, fold=folded)


def test_kinds_links_and_restored_versions_round_trip(store, tmp_path):
    v = store.vendors.add(Vendor(None, "Acme"))
    c = store.cases.add(Case(None, v.id, "Kettle", T0))
    post = store.drafts.add(Draft(None, c.id, "Post", T0))
    letter = store.drafts.add(Draft(None, c.id, "Letter", T0, kind=DraftKind.LETTER))
    update = store.drafts.add(Draft(None, c.id, "Update", T0, origin_id=post.id))
    history = [
        Revision(T0, A, 40, -0.5),
        Revision(T0 + timedelta(hours=1), B, 40, -0.5),
        Revision(T0 + timedelta(hours=2), A, 40, -0.5, restored=True),
    ]
    _add(store, post.id, history)
    _add(store, letter.id, [Revision(T0, "Dear Ms Smith, my kettle broke.", 20, -0.1)])
    export = store.export_json(tmp_path / "export.json")

    with open_store(tmp_path / "fresh.sqlite3") as fresh:
        import_json(export, fresh)
        assert fresh.drafts.get(letter.id).kind is DraftKind.LETTER
        assert fresh.drafts.get(update.id).origin_id == post.id
        assert fresh.drafts.letter_for_case(c.id).id == letter.id
        assert [r.restored for r in fresh.drafts.revisions(post.id)] == [False, False, True]
        # The fold is made again from the history, and equals the reference rule.
        assert fresh.drafts.hold_fold(post.id) == hold.fold(history)
        assert fresh.drafts.hold_fold(post.id).clock_start == T0 + timedelta(hours=1)
