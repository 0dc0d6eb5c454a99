"""A first-time user is walked from the empty drafts list to the step they have not done yet."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

from tests.ui.conftest import answer_dialog


def test_empty_drafts_view_leads_to_vendor_then_case_then_draft(qtbot, window, desk):
    window.show_view("drafts")
    view = window.drafts_view
    assert view.empty.isVisible() and not view.table.isVisible()
    assert view.start_button.text() == "Add the company…"

    def add_vendor(dialog):
        qtbot.keyClicks(dialog.findChildren(QLineEdit)[0], "Acme Kettles")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()

    answer_dialog(qtbot, add_vendor)
    qtbot.mouseClick(view.start_button, Qt.MouseButton.LeftButton)
    assert window.current_view() == "vendors"
    assert [v.name for v in desk.records.vendors()] == ["Acme Kettles"]

    window.show_view("drafts")
    assert view.start_button.text() == "Open a case…"

    def open_case(dialog):
        qtbot.keyClicks(dialog.title, "Kettle broke")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()

    answer_dialog(qtbot, open_case)
    qtbot.mouseClick(view.start_button, Qt.MouseButton.LeftButton)
    assert window.current_view() == "case"
    assert [c.title for c in desk.records.cases()] == ["Kettle broke"]

    window.show_view("drafts")
    assert view.start_button.text() == "New draft…"
