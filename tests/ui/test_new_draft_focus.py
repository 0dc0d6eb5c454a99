"""Ctrl+N then typing: the words land in the new draft's title, not in the case list."""

from __future__ import annotations

from complaint_desk.core.models import Case, Vendor
from complaint_desk.ui.dialogs.new_draft_dialog import NewDraftDialog
from tests.ui.conftest import T0, answer_dialog


def test_typing_after_ctrl_n_fills_the_title(qtbot, window, desk):
    vendor = desk.records.save_vendor(Vendor(None, "Acme"))
    desk.records.save_case(Case(None, vendor.id, "Kettle", T0))

    def type_title(dialog):
        assert isinstance(dialog, NewDraftDialog)
        qtbot.keyClicks(dialog.focusWidget(), "Refund post")
        dialog.buttons.accepted.emit()

    done = answer_dialog(qtbot, type_title)
    window.drafts_view.new_draft()
    assert done["ran"]
    assert [s.title for s in desk.drafts.summaries()] == ["Refund post"]
