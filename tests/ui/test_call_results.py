"""Log calls the way calls happen: a call, chat or visit where you spoke to someone is answered
then, with what came of it; one that did not get through waits, and says so in the timeline."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QDialogButtonBox

from complaint_desk.core.models import Case, Channel, Outcome, Reached, Vendor
from tests.ui.conftest import T0, answer_dialog


def _case_view(qtbot, window, desk):
    vendor = desk.records.save_vendor(Vendor(None, "Skyway"))
    case = desk.records.save_case(Case(None, vendor.id, "Lost bag", T0))
    window.show_view("case")
    view = window.case_view
    view.select_case(case.id)
    return vendor, case, view


def _pick(box, label):
    index = box.findText(label)
    assert index >= 0, f"{label!r} not offered"
    box.setCurrentIndex(index)


def _answer_column(view):
    m = view.model
    return [m.data(m.index(r, m.ANSWER)) for r in range(m.rowCount())]


def test_the_dialog_asks_whether_a_call_got_through_and_only_for_live_channels(qtbot, window, desk):
    _vendor, _case, view = _case_view(qtbot, window, desk)
    seen = {}

    def look(dialog):
        form = dialog.form
        _pick(dialog.channel, "Email")
        seen["email"] = (form.isRowVisible(dialog.reached), form.isRowVisible(dialog.call_outcome))
        _pick(dialog.channel, "Phone")
        seen["phone"] = (form.isRowVisible(dialog.reached), form.isRowVisible(dialog.call_outcome))
        _pick(dialog.reached, "No answer")
        seen["no answer"] = form.isRowVisible(dialog.call_outcome)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()

    done = answer_dialog(qtbot, look)
    view.log_contact()
    assert done["ran"]
    assert seen == {"email": (False, False), "phone": (True, True), "no answer": False}


def test_a_voicemail_waits_then_a_correction_to_spoke_stops_the_clock(qtbot, window, desk, clock):
    vendor, case, view = _case_view(qtbot, window, desk)

    def voicemail(dialog):
        _pick(dialog.channel, "Phone")
        _pick(dialog.reached, "Voicemail / message left")
        dialog.summary.setPlainText("Baggage line, left a message")
        dialog.buttons.accepted.emit()

    done = answer_dialog(qtbot, voicemail)
    view.log_contact()
    assert done["ran"]
    (call,) = desk.records.contacts(case.id)
    assert (call.reached, call.outcome) == (Reached.VOICEMAIL, None)
    clock.advance(timedelta(hours=80))
    view.reload()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    (words,) = _answer_column(view)
    assert words.startswith("left a voicemail · ") and words.endswith("no reply")

    def spoke(dialog):
        assert dialog.form.isRowVisible(dialog.reached)
        _pick(dialog.reached, "Spoke to someone")
        dialog.rep.setText("Dana")
        _pick(dialog.call_outcome, "Offered a remedy")
        dialog.buttons.accepted.emit()

    done = answer_dialog(qtbot, spoke)
    view.table.selectRow(0)
    view.edit_selected()
    assert done["ran"]
    qtbot.waitUntil(lambda: _answer_column(view) == ["spoke to Dana: offered a remedy"])
    call = desk.records.contact(call.id)
    assert (call.reached, call.outcome, call.rep) == (Reached.SPOKE, Outcome.OFFERED, "Dana")
    # The vendor list's waiting clock for the call is gone, and the scorecard counts it answered.
    window.show_view("vendors")
    model = window.vendors_view.model
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    row = [str(model.data(model.index(0, c)) or "") for c in range(model.columnCount())]
    assert not any("no reply" in text for text in row), row
    window.show_view("scorecard")
    card = window.scorecard_view.model
    qtbot.waitUntil(lambda: card.rowCount() >= 1)
    shown = [
        [str(card.data(card.index(r, c)) or "") for c in range(card.columnCount())]
        for r in range(card.rowCount())
    ]
    phone = next(r for r in shown if "Phone" in r[1])
    assert "100%" in phone, phone
    assert Channel.PHONE.live and not Channel.EMAIL.live
