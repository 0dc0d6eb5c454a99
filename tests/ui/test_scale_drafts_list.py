"""The drafts list's reloads at scale are row moves, and show exactly what a full reload shows.

A reload after one change (an autosave, a rename, a withdrawal) changes that one row instead of
re-sorting every draft; whatever the mix of changes, the rows equal a fresh, fully sorted list,
and the ready strip's count equals the ready drafts' ids it replaced."""

from __future__ import annotations

import random
from datetime import timedelta

from PySide6.QtCore import Qt

from complaint_desk.core.models import Case, Vendor
from complaint_desk.ui.models.drafts_model import DraftsModel
from tests.ui.conftest import T0


def _fresh(desk, column, order):
    model = DraftsModel(desk.now)
    model.sort(column, order)
    model.set_rows(desk.drafts._store.drafts.summaries())
    return model.rows()


def test_reloads_after_random_changes_match_a_full_reload(qtbot, window, desk, clock):
    vendor = desk.records.save_vendor(Vendor(None, "Acme"))
    case = desk.records.save_case(Case(None, vendor.id, "Kettle", T0))
    drafts = [desk.drafts.new_draft(case.id, f"Draft {i % 4}") for i in range(12)]
    view = window.drafts_view
    window.show_view("drafts")
    resets: list[int] = []
    view.model.modelReset.connect(lambda: resets.append(1))
    rng = random.Random(12)
    texts = ["Thanks, sorted.", "This is UNACCEPTABLE!!! Third time now.", "Order A-1 is late."]
    for step in range(40):
        clock.advance(timedelta(minutes=rng.randrange(1, 900)))
        draft = rng.choice(drafts)
        action = rng.randrange(4)
        resets.clear()
        if action == 0:
            desk.drafts.save_text(draft.id, f"{rng.choice(texts)} ({step})")
        elif action == 1:
            desk.drafts.rename(draft.id, f"Renamed {step}")
        elif action == 2:
            drafts.append(desk.drafts.new_draft(case.id, f"New {step}"))
        else:
            desk.drafts.withdraw(draft.id)
        column, order = (
            (DraftsModel.HOLD, Qt.SortOrder.DescendingOrder)
            if step < 30
            else (DraftsModel.TITLE, Qt.SortOrder.AscendingOrder)
        )
        if action != 2:  # a new draft: the service reads every row again (new records)
            assert resets == []  # the change moved its own row
        if step == 30:
            view.table.sortByColumn(column, order)
        assert view.model.rows() == _fresh(desk, column, order)
    assert desk.drafts.ready_count() == len(desk.drafts.ready_ids())


def test_the_ready_count_is_the_number_of_ready_ids(desk, clock):
    vendor = desk.records.save_vendor(Vendor(None, "Acme"))
    case = desk.records.save_case(Case(None, vendor.id, "Kettle", T0))
    for i in range(6):
        draft = desk.drafts.new_draft(case.id, f"Draft {i}")
        desk.drafts.save_text(draft.id, "I am still waiting for my refund." * (i + 1))
        clock.advance(timedelta(hours=9))
    counts = []
    for _ in range(8):
        assert desk.drafts.ready_count() == len(desk.drafts.ready_ids())
        counts.append(desk.drafts.ready_count())
        clock.advance(timedelta(hours=6))
    assert counts[0] < counts[-1] == 6
