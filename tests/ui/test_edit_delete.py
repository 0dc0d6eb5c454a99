"""Fix mistakes where they are seen: edit by double-click, delete with the Delete key or the
context menu after a confirmation that says what goes with it, and Edit ▸ Undo."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from complaint_desk.core.models import Case, Channel, Contact, Vendor
from tests.ui.conftest import T0, answer_dialog

ANGRY = "You people are USELESS. Nine days without a kettle!!! Worst company ever."


def _world(desk):
    vendor = desk.records.save_vendor(Vendor(None, "Acme"))
    case = desk.records.save_case(Case(None, vendor.id, "Broken kettle", T0))
    call = desk.records.log_contact(Contact(None, case.id, Channel.PHONE, T0, 20, "Gary", "No"))
    draft = desk.drafts.new_draft(case.id, "Kettle post", ANGRY)
    return vendor, case, call, draft


def _confirm(qtbot, seen):
    def press(box):
        assert isinstance(box, QMessageBox)
        seen["text"] = box.text()
        next(b for b in box.buttons() if b.text().startswith("Delete")).click()

    return answer_dialog(qtbot, press)


def _menus_ready(qtbot, window):
    qtbot.waitUntil(lambda: hasattr(window, "undo_action"))


def test_delete_a_vendor_with_the_key_then_undo_brings_it_all_back(qtbot, window, desk):
    vendor, case, call, draft = _world(desk)
    held_until = desk.drafts.hold_state(draft.id).ready_at
    _menus_ready(qtbot, window)
    window.show_view("vendors")
    view = window.vendors_view
    view.select_vendor(vendor.id)
    view.table.setFocus()
    seen = {}
    done = _confirm(qtbot, seen)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert done["ran"] and "With it go 1 case, 1 contact, 1 draft" in seen["text"]
    assert view.model.rowCount() == 0
    assert window.undo_action.isEnabled()
    assert window.undo_action.text() == "&Undo delete vendor “Acme”"
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert desk.records.contacts(case.id)[0].rep == "Gary"
    assert desk.drafts.hold_state(draft.id).ready_at == held_until  # held as it was
    assert "Undone" in window.banner.text()


def test_double_click_a_contact_to_correct_it_and_undo_the_correction(qtbot, window, desk):
    _vendor, case, call, _draft = _world(desk)
    _menus_ready(qtbot, window)
    window.show_view("case")
    view = window.case_view
    view.select_case(case.id)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)

    def correct(dialog):
        assert dialog.windowTitle() == "Edit contact"
        assert dialog.rep.text() == "Gary" and dialog.duration.value() == 20
        dialog.rep.setText("Garry")
        dialog.buttons.accepted.emit()

    done = answer_dialog(qtbot, correct)
    view.table.selectRow(0)
    view.edit_selected()
    assert done["ran"]
    assert desk.records.contact(call.id).rep == "Garry"
    assert desk.records.contact(call.id).at == call.at  # nothing else moved
    window.undo_action.trigger()
    assert desk.records.contact(call.id).rep == "Gary"


def test_delete_the_open_draft_and_undo(qtbot, window, desk, clock):
    _vendor, case, _call, draft = _world(desk)
    other = desk.drafts.new_draft(case.id, "Another post", "The kettle was replaced.")
    _menus_ready(qtbot, window)
    window.show_view("drafts")
    window.drafts_view.select_draft(draft.id)
    seen = {}
    done = _confirm(qtbot, seen)
    window.drafts_view.delete_draft()
    assert done["ran"] and "1 saved version" in seen["text"]
    assert desk.drafts.draft(draft.id) is None
    # The editor no longer shows the deleted draft (it had kept its title and text on screen).
    qtbot.waitUntil(lambda: window.drafts_view.open_draft_id != draft.id, timeout=2000)
    assert window.drafts_view.open_draft_id == other.id  # the list's remaining draft
    assert ANGRY not in window.drafts_view.editor.editor.toPlainText()
    clock.advance(timedelta(hours=1))
    window.undo_action.trigger()
    assert desk.drafts.latest_text(draft.id) == ANGRY
    assert desk.drafts.hold_state(draft.id).held


def test_log_contact_fills_from_a_copied_chat_for_checking(qtbot, window, desk):
    from PySide6.QtGui import QGuiApplication

    _vendor, case, _call, _draft = _world(desk)
    window.show_view("case")
    window.case_view.select_case(case.id)
    QGuiApplication.clipboard().setText(
        "[10:32] You: My kettle broke again.\n[10:33] Priya (Agent): I have booked a collection.\n"
    )
    seen = {}

    def fill(dialog):
        button = next(b for b in dialog.findChildren(QPushButton) if "copied" in b.text())
        button.click()
        seen["rep"], seen["summary"] = dialog.rep.text(), dialog.summary.toPlainText()
        seen["channel"], seen["note"] = dialog.channel.currentText(), dialog.error.text()
        dialog.buttons.accepted.emit()

    done = answer_dialog(qtbot, fill)
    window.case_view.log_contact()
    assert done["ran"] and seen["rep"] == "Priya" and seen["channel"] == "Chat"
    assert "booked a collection" in seen["summary"] and "check it" in seen["note"]
    assert any(c.rep == "Priya" for c in desk.records.contacts(case.id))
