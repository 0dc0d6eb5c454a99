"""While the records load on a worker thread, the vendors list and the scorecard say so (without
blocking) and fill in when the warm-up is done."""

from __future__ import annotations

from datetime import timedelta

import pytest

from complaint_desk.core.models import Case, Channel, Contact, Outcome, Response, Vendor
from tests.ui.conftest import T0


def _records(desk, vendors=3):
    for i in range(vendors):
        vendor = desk.records.save_vendor(Vendor(None, f"Vendor {i}"))
        case = desk.records.save_case(Case(None, vendor.id, f"Case {i}", T0))
        desk.records.log_contact(Contact(None, case.id, Channel.EMAIL, T0 - timedelta(hours=5)))
        desk.records.log_response(
            Response(None, case.id, T0 - timedelta(hours=2), Channel.EMAIL, Outcome.OFFERED)
        )
    desk.records._figures.clear()  # cold, as after start-up


@pytest.mark.parametrize(("name", "rows"), [("vendors", 3), ("scorecard", 6)])
def test_a_view_opened_during_the_warm_up_shows_loading_then_rows(qtbot, window, desk, name, rows):
    _records(desk)
    assert desk.records.warm_up(min_records=0)
    window.show_view(name)
    view = window.view(name)
    assert view.loading.isVisible()
    assert not view.splitter.isVisible() and not view.empty.isVisible()
    qtbot.waitUntil(lambda: not view.loading.isVisible(), timeout=10_000)
    assert not desk.records.warming()
    assert view.splitter.isVisible()
    assert view.model.rowCount() == rows  # scorecard: a total and an email row per vendor


def test_logging_during_the_warm_up_keeps_working_and_shows_up(qtbot, window, desk):
    _records(desk)
    case_id = desk.records.cases()[0].id
    assert desk.records.warm_up(min_records=0)
    window.show_view("vendors")
    view = window.vendors_view
    saved = desk.records.log_contact(Contact(None, case_id, Channel.PHONE, T0))
    assert saved is not None
    assert len(desk.records.timeline(case_id)) == 3  # one case's timeline: no waiting
    assert view.loading.isVisible()
    qtbot.waitUntil(lambda: not view.loading.isVisible(), timeout=10_000)
    contacts = {
        view.model.row_record(r).vendor.name: view.model.row_record(r).contacts
        for r in range(view.model.rowCount())
    }
    assert sorted(contacts.values()) == [1, 1, 2]


def test_no_record_list_is_kept_after_the_warm_up(qtbot, desk):
    _records(desk)
    with qtbot.waitSignal(desk.records.warmed, timeout=10_000):
        assert desk.records.warm_up(min_records=0)
    assert desk.store.contacts._all._rows is None  # figures only: no list of every record
    assert desk.store.responses._all._rows is None


def test_figures_dropped_by_an_unseen_change_rebuild_on_the_worker(qtbot, window, desk):
    _records(desk)
    desk.records.WARM_UP_MIN_RECORDS = 2
    window.show_view("vendors")
    with qtbot.waitSignal(desk.records.warmed, timeout=10_000):
        pass  # the view's first reload asked for them: built on the worker
    view = window.view("vendors")
    case_id = desk.records.cases()[0].id
    desk.store.contacts.add(Contact(None, case_id, Channel.PHONE, T0))  # behind the service
    with qtbot.waitSignal(desk.records.warmed, timeout=10_000):
        view.reload()
        assert view.loading.isVisibleTo(view)  # not rebuilt on the GUI thread
    view.reload()
    assert sum(view.model.row_record(r).contacts for r in range(view.model.rowCount())) == 4


def test_the_vendors_list_open_when_the_records_arrive_fills_then_shows_a_timeline(
    qtbot, window, desk
):
    # Filled over a few passes of the event loop (rows, then the selected vendor's timeline), so
    # the window never stalls for all of it at once; nothing is left half-filled.
    _records(desk)
    assert desk.records.warm_up(min_records=0)
    window.show_view("vendors")
    view = window.vendors_view
    assert view.filling()
    qtbot.waitUntil(lambda: not view.filling(), timeout=10_000)
    assert view.splitter.isVisible() and view.model.rowCount() == 3
    selected = view.selected_vendor_id()
    assert selected is not None
    name = desk.records.vendor(selected).name
    assert name in view.timeline.title.text()
    assert view.timeline.model.rowCount() == 2  # its contact and its response


def test_the_scorecard_open_when_the_records_arrive_shows_its_table_then_its_chart(
    qtbot, window, desk
):
    _records(desk)
    assert desk.records.warm_up(min_records=0)
    window.show_view("scorecard")
    view = window.scorecard_view
    qtbot.waitUntil(lambda: view.splitter.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: view.chart_scroll.isVisible(), timeout=1_000)  # a pass later
    assert view.model.rowCount() == 6
    assert view.table.isVisible() and view.chart.isVisible()
    assert view.chart.summary().startswith("Median first reply — Email:")
