"""The vendors list sorts names as a person expects, in the window's own table."""

from __future__ import annotations

from PySide6.QtCore import Qt

from complaint_desk.core.models import Vendor


def test_the_vendors_list_sorts_names_case_blind_and_numbers_by_value(qtbot, window, desk):
    for name in ["Acme 10", "acme 2", "Zeta", "Acme", "Beta", "Acme 1"]:
        desk.records.save_vendor(Vendor(None, name))
    window.show_view("vendors")
    view = window.vendors_view
    view.reload()
    qtbot.waitUntil(lambda: view.table.model().rowCount() == 6)

    def shown():
        model = view.table.model()
        return [model.index(r, 0).data() for r in range(model.rowCount())]

    assert shown() == ["Acme", "Acme 1", "acme 2", "Acme 10", "Beta", "Zeta"]
    view.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert shown() == ["Zeta", "Beta", "Acme 10", "acme 2", "Acme 1", "Acme"]
