"""A withdrawn draft says so in the editor, and its copy-out stays refused."""

from complaint_desk.core.models import Case, Vendor
from tests.ui.conftest import T0


def test_withdrawn_draft_shows_withdrawn_in_the_editor(qtbot, window, desk):
    vendor = desk.records.save_vendor(Vendor(None, "Acme"))
    case = desk.records.save_case(Case(None, vendor.id, "Kettle", T0))
    draft = desk.drafts.new_draft(case.id, "Post", "You people are useless!!!")
    window.show_view("drafts")
    window.drafts_view.select_draft(draft.id)
    editor = window.drafts_view.editor
    assert editor.badge.headline.text().startswith("Cooling off")
    desk.drafts.withdraw(draft.id)
    assert editor.badge.headline.text() == "Withdrawn"
    assert not desk.drafts.decide_copy(draft.id).allowed
