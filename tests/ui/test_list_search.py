"""Searching the drafts and vendors lists narrows them to what the user typed."""

from PySide6.QtCore import Qt

from complaint_desk.core.models import Case, Vendor
from tests.ui.conftest import T0


def test_drafts_search_filters_rows(qtbot, window, desk):
    acme = desk.records.save_vendor(Vendor(None, "Acme"))
    zed = desk.records.save_vendor(Vendor(None, "Zed Ltd"))
    a = desk.records.save_case(Case(None, acme.id, "Kettle", T0))
    z = desk.records.save_case(Case(None, zed.id, "Toaster", T0))
    desk.drafts.new_draft(a.id, "Kettle post", "The kettle broke.")
    desk.drafts.new_draft(z.id, "Toaster post", "The toaster sparks.")
    window.show_view("drafts")
    view = window.drafts_view
    assert view.proxy.rowCount() == 2
    qtbot.keyClicks(view.search, "zed")
    assert view.proxy.rowCount() == 1
    assert view.proxy.index(0, 0).data() == "Toaster post"
    view.search.clear()
    assert view.proxy.rowCount() == 2


def test_vendors_search_filters_rows(qtbot, window, desk):
    for name in ("Acme", "Zed Ltd", "Acorn Bank"):
        desk.records.save_vendor(Vendor(None, name))
    window.show_view("vendors")
    view = window.vendors_view
    qtbot.keyClicks(view.search, "ac")
    shown = sorted(view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount()))
    assert shown == ["Acme", "Acorn Bank"]


def test_vendors_search_matches_any_column_case_blind_and_keeps_the_sort(qtbot, window, desk):
    desk.records.save_vendor(Vendor(None, "Zed Ltd", handles={"x": "@ZedHelp"}))
    desk.records.save_vendor(Vendor(None, "Acme", handles={"x": "@acme_cares"}))
    desk.records.save_vendor(Vendor(None, "Beta Zeds"))
    window.show_view("vendors")
    view = window.vendors_view
    qtbot.keyClicks(view.search, "ZED")  # a name and a handle, whatever their case
    shown = [view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())]
    assert shown == ["Beta Zeds", "Zed Ltd"]  # still in name order
    view.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert [view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())] == [
        "Zed Ltd",
        "Beta Zeds",
    ]
