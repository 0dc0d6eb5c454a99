"""Searching the drafts and vendors lists narrows them to what the user typed."""

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
