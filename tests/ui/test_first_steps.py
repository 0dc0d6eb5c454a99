"""A first-time user is walked from the empty drafts list to writing, whatever is missing."""

from PySide6.QtCore import Qt

from complaint_desk.core.models import Vendor
from tests.ui.conftest import answer_dialog


def test_with_a_company_but_no_case_the_button_still_leads_to_writing(qtbot, window, desk):
    desk.records.save_vendor(Vendor(None, "Acme Kettles"))
    window.show_view("drafts")
    view = window.drafts_view
    view.reload()
    assert view.empty.isVisible() and not view.table.isVisible()
    assert view.start_button.text() == "New complaint…"

    def open_case(dialog):
        assert dialog.vendor.currentText() == "Acme Kettles"
        assert not dialog.vendor_name.isEnabled()  # the company is picked, not typed again
        qtbot.keyClicks(dialog.title, "Kettle broke")
        dialog.buttons.accepted.emit()

    done = answer_dialog(qtbot, open_case)
    qtbot.mouseClick(view.start_button, Qt.MouseButton.LeftButton)
    assert done["ran"]
    assert [c.title for c in desk.records.cases()] == ["Kettle broke"]
    assert window.current_view() == "drafts" and view.editor.draft_id is not None
    assert [v.name for v in desk.records.vendors()] == ["Acme Kettles"]  # not added twice
