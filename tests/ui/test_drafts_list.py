"""The drafts list after an autosave: one row updated and moved where a full reload puts it."""

from __future__ import annotations

import random
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from complaint_desk.core.models import Case, Vendor
from complaint_desk.ui.models.drafts_model import DraftsModel
from tests.ui.conftest import T0


def _ids(model):
    return [s.draft_id for s in model.rows()]


def _fresh_order(desk, column, order):
    model = DraftsModel(desk.now)
    model.sort(column, order)
    model.set_rows(desk.drafts._store.drafts.summaries())  # the store, not the service's cache
    return model


@pytest.mark.parametrize(
    ("column", "order"),
    [
        (DraftsModel.HOLD, Qt.SortOrder.DescendingOrder),
        (DraftsModel.HOLD, Qt.SortOrder.AscendingOrder),
        (DraftsModel.TITLE, Qt.SortOrder.AscendingOrder),
        (DraftsModel.HEAT, Qt.SortOrder.DescendingOrder),
    ],
)
def test_an_autosave_moves_one_row_where_a_reload_would_put_it(
    qtbot, window, desk, clock, column, order
):
    vendor = desk.records.save_vendor(Vendor(None, "Acme"))
    case = desk.records.save_case(Case(None, vendor.id, "Kettle", T0))
    rng = random.Random(column)
    drafts = [desk.drafts.new_draft(case.id, f"Draft {i % 3}") for i in range(8)]
    view = window.drafts_view
    window.show_view("drafts")
    assert view.isVisible()
    view.table.sortByColumn(column, order)
    view.reload()
    resets: list[int] = []
    view.model.modelReset.connect(lambda: resets.append(1))
    texts = ["Thanks for the quick reply.", "This is UNACCEPTABLE!!! Third time now.", "Order A-1."]
    for step in range(12):
        clock.advance(timedelta(minutes=rng.randrange(1, 300)))
        draft = rng.choice(drafts)
        desk.drafts.save_text(draft.id, f"{rng.choice(texts)} ({step})")
        assert _ids(view.model) == _ids(_fresh_order(desk, column, order))
        assert view.model.rows() == _fresh_order(desk, column, order).rows()
        assert desk.drafts.summaries() == desk.drafts._store.drafts.summaries()
    desk.drafts.rename(drafts[0].id, "Renamed")  # not an autosave: the list reloads
    assert desk.drafts.summaries() == desk.drafts._store.drafts.summaries()
    assert view.model.rows() == _fresh_order(desk, column, order).rows()
    desk.drafts.withdraw(drafts[1].id)
    assert desk.drafts.summaries() == desk.drafts._store.drafts.summaries()
    assert view.model.rows() == _fresh_order(desk, column, order).rows()
    # No full resets: each save updated its own row, and each reload that changed one record
    # moved that row (the rest are the same records), keeping the current row and selection.
    assert resets == []


def test_sorting_by_hold_follows_what_the_column_shows(qtbot, window, desk, clock):
    """Longest hold first, then shorter ones, then Ready, Not held, Empty, Posted, Withdrawn:
    a posted or withdrawn draft never sits among the held ones it no longer is."""
    from complaint_desk.core.models import DraftStatus

    vendor = desk.records.save_vendor(Vendor(None, "Acme"))
    case = desk.records.save_case(Case(None, vendor.id, "Kettle", T0))
    angry = "This is UNACCEPTABLE!!! Third time the kettle broke. Refund me now."
    ready = desk.drafts.new_draft(case.id, "Ready one", angry)
    clock.advance(timedelta(hours=60))  # past its hold
    posted = desk.drafts.new_draft(case.id, "Posted one", angry)  # held, then posted
    withdrawn = desk.drafts.new_draft(case.id, "Withdrawn one", angry)  # held, then withdrawn
    desk.drafts.new_draft(case.id, "Empty one")
    desk.drafts.new_draft(case.id, "Thanks", "Thank you for the quick fix, much appreciated.")
    held = desk.drafts.new_draft(case.id, "Held", angry)
    clock.advance(timedelta(hours=10))
    held_longer = desk.drafts.new_draft(case.id, "Held longer", angry)
    desk.drafts.set_status(posted.id, DraftStatus.POSTED)
    desk.drafts.withdraw(withdrawn.id)
    window.show_view("drafts")
    view = window.drafts_view
    view.table.sortByColumn(DraftsModel.HOLD, Qt.SortOrder.DescendingOrder)
    model = view.model
    shown = [model.data(model.index(r, DraftsModel.HOLD)) for r in range(model.rowCount())]
    assert [("… left" if t.endswith(" left") else t) for t in shown] == [
        "… left",
        "… left",
        "Ready",
        "Not held",
        "Empty",
        "Posted",
        "Withdrawn",
    ]
    assert [s.draft_id for s in model.rows()][:3] == [held_longer.id, held.id, ready.id]
    view.table.sortByColumn(DraftsModel.HOLD, Qt.SortOrder.AscendingOrder)
    shown_up = [model.data(model.index(r, DraftsModel.HOLD)) for r in range(model.rowCount())]
    assert shown_up == list(reversed(shown))


def test_a_rows_tooltip_shows_the_start_of_its_latest_text(qtbot, window, desk, clock):
    # The list keeps no text per row (memory at 100,000 drafts): the tooltip is read when shown.
    vendor = desk.records.save_vendor(Vendor(None, "Acme"))
    case = desk.records.save_case(Case(None, vendor.id, "Kettle", T0))
    draft = desk.drafts.new_draft(case.id, "Kettle leaks")
    window.show_view("drafts")
    view = window.drafts_view
    view.reload()

    def tooltip() -> str | None:
        row = view.model.row_of(draft.id)
        return view.model.index(row, DraftsModel.TITLE).data(Qt.ItemDataRole.ToolTipRole)

    assert tooltip() is None  # no text yet
    long = "The kettle leaks. " + " ".join(f"word{i}" for i in range(60))
    desk.drafts.save_text(draft.id, long)
    shown = tooltip()
    assert shown.split("\n")[0].startswith("The kettle leaks.")
    assert all(len(line) <= 60 for line in shown.split("\n"))
    assert " ".join(shown.split("\n")) == long[:160].rstrip()  # the start, in lines, no more
    clock.advance(timedelta(minutes=5))
    desk.drafts.save_text(draft.id, "Calmer now.")
    assert tooltip() == "Calmer now."
