"""Every record dialog keeps what was typed when its save fails (issue 11: "nothing typed is lost").

The data file refuses a write (full disk, read-only, busy): the dialog stays open with every field
as typed and says why on its own line (the banner may say so too); once the file takes writes
again, the same Save works and the record exists.
"""

from __future__ import annotations

import sqlite3
from datetime import timedelta

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from complaint_desk.app.clock import FakeClock
from complaint_desk.app.desk import Desk
from complaint_desk.core.models import Case, CaseStatus, Channel, Contact, Outcome, Response, Vendor
from complaint_desk.store.store import open_store
from complaint_desk.ui.dialogs.new_draft_dialog import NewDraftDialog
from complaint_desk.ui.views.case_view import CaseView
from complaint_desk.ui.views.vendors_view import VendorsView
from tests.app.fakes import Clipboard
from tests.store.conftest import FaultyConnection
from tests.ui.conftest import T0, answer_dialog

H = timedelta(hours=1)

FAILURES = {
    "full": ("database or disk is full", "full"),
    "read-only": ("attempt to write a readonly database", "read-only"),
    "busy": ("database is locked", "busy"),
}


@pytest.fixture
def failing(tmp_path, qtbot, qapp):
    """(desk, connection): a desk on a tmp_path store whose connection can be told to fail."""
    holder: list[FaultyConnection] = []

    def connect(path, timeout):
        conn = FaultyConnection(sqlite3.connect(path, timeout=timeout, isolation_level=None))
        holder.append(conn)
        return conn

    store = open_store(tmp_path / "dialogs.sqlite3", connect=connect)
    desk = Desk(store, FakeClock(T0), set_clipboard=Clipboard())
    yield desk, holder[0]
    desk.close()


@pytest.fixture
def acme(failing):
    desk, _conn = failing
    vendor = desk.records.save_vendor(Vendor(None, "Acme"))
    case = desk.records.save_case(Case(None, vendor.id, "Kettle broke", T0))
    return vendor, case


def _ok(dialog):
    buttons = dialog.buttons
    return buttons.button(QDialogButtonBox.StandardButton.Save) or buttons.button(
        QDialogButtonBox.StandardButton.Ok
    )


def fail_then_save(qtbot, desk, conn, error, fill, read):
    """Drive the next dialog: `fill` it, press Save while the store fails, note what is shown,
    then press Save again with the store working. Returns what was seen (asserted by the test
    once the dialog is gone, so a failure never leaves a modal dialog open)."""
    seen: dict = {}

    def drive(dialog):
        try:
            fill(dialog)
            typed = read(dialog)
            conn.fail_with = error
            _ok(dialog).click()
            seen["open_after_failure"] = dialog.isVisible()
            seen["kept"] = read(dialog) == typed
            seen["typed"] = typed
            seen["reason"] = dialog.error.text()
            seen["reason_shown"] = dialog.error.isVisibleTo(dialog)
            seen["banner"] = desk.problems.last
            conn.fail_with = None
            _ok(dialog).click()
            seen["closed_after_success"] = not dialog.isVisible()
            seen["banner_after"] = desk.problems.last
        finally:
            conn.fail_with = None
            if dialog.isVisible():
                dialog.reject()

    return answer_dialog(qtbot, drive), seen


def check(seen, words):
    assert seen["open_after_failure"], "a refused save must not close the dialog"
    assert seen["kept"], f"what was typed must still be there: {seen['typed']}"
    assert seen["reason_shown"]
    assert seen["reason"].startswith("Not saved. What you typed is still here")
    assert words in seen["reason"].lower()
    assert "draft" not in seen["reason"].lower(), "no draft is involved in a record dialog"
    assert seen["banner"] is not None, "the window's banner is told too"
    assert seen["closed_after_success"]
    assert seen["banner_after"] is None, "a save that worked clears the banner"


@pytest.mark.parametrize("failure", FAILURES)
def test_add_vendor_keeps_what_was_typed(qtbot, failing, failure):
    desk, conn = failing
    error, words = FAILURES[failure]
    view = VendorsView(desk)
    qtbot.addWidget(view)
    view.show()

    def fill(dialog):
        qtbot.keyClicks(dialog.name, "Acme Kettles")
        qtbot.keyClicks(dialog.handles["x"], "@acmekettles")
        qtbot.keyClicks(dialog.phone, "0800 123 456")
        qtbot.keyClicks(dialog.notes, "Head office in Leeds.")

    def read(dialog):
        return (
            dialog.name.text(),
            dialog.handles["x"].text(),
            dialog.phone.text(),
            dialog.notes.toPlainText(),
        )

    done, seen = fail_then_save(qtbot, desk, conn, error, fill, read)
    view.add_vendor()
    assert done["ran"]
    check(seen, words)
    [vendor] = desk.records.vendors()
    assert (vendor.name, vendor.handles, vendor.phone, vendor.notes) == (
        "Acme Kettles",
        {"x": "@acmekettles"},
        "0800 123 456",
        "Head office in Leeds.",
    )
    assert view.selected_vendor_id() == vendor.id


def test_edit_vendor_keeps_what_was_typed(qtbot, failing, acme):
    desk, conn = failing
    vendor, _case = acme
    view = VendorsView(desk)
    qtbot.addWidget(view)
    view.show()
    view.select_vendor(vendor.id)

    def fill(dialog):
        dialog.name.selectAll()
        qtbot.keyClicks(dialog.name, "Acme Kettles Ltd")
        qtbot.keyClicks(dialog.email, "help@acme.example")

    def read(dialog):
        return dialog.name.text(), dialog.email.text()

    done, seen = fail_then_save(qtbot, desk, conn, FAILURES["read-only"][0], fill, read)
    view.edit_vendor()
    assert done["ran"]
    check(seen, "read-only")
    saved = desk.records.vendor(vendor.id)
    assert (saved.name, saved.email) == ("Acme Kettles Ltd", "help@acme.example")


@pytest.mark.parametrize("failure", FAILURES)
def test_new_case_keeps_what_was_typed(qtbot, failing, failure):
    desk, conn = failing
    error, words = FAILURES[failure]
    vendor = desk.records.save_vendor(Vendor(None, "Acme"))
    view = CaseView(desk)
    qtbot.addWidget(view)
    view.show()

    def fill(dialog):
        qtbot.keyClicks(dialog.title, "Kettle broke after a week")
        qtbot.keyClicks(dialog.story, "Bought 2 June, broke 9 June.")
        qtbot.keyClicks(dialog.reference, "Order A-1234")
        qtbot.keyClicks(dialog.remedy, "A replacement")

    def read(dialog):
        return (
            dialog.vendor_box.currentData(),
            dialog.title.text(),
            dialog.story.toPlainText(),
            dialog.reference.text(),
            dialog.remedy.text(),
        )

    done, seen = fail_then_save(qtbot, desk, conn, error, fill, read)
    view.new_case(vendor.id)
    assert done["ran"]
    check(seen, words)
    [case] = desk.records.cases()
    assert (case.vendor_id, case.title, case.story, case.reference, case.remedy) == (
        vendor.id,
        "Kettle broke after a week",
        "Bought 2 June, broke 9 June.",
        "Order A-1234",
        "A replacement",
    )
    assert view.case_id == case.id


def test_edit_case_keeps_what_was_typed(qtbot, failing, acme):
    desk, conn = failing
    _vendor, case = acme
    view = CaseView(desk)
    qtbot.addWidget(view)
    view.show()
    view.select_case(case.id)

    def fill(dialog):
        qtbot.keyClicks(dialog.remedy, "Refund of £40")
        dialog.status.setCurrentIndex(dialog.status.findData(CaseStatus.WAITING.value))

    def read(dialog):
        return dialog.remedy.text(), dialog.status.currentData()

    done, seen = fail_then_save(qtbot, desk, conn, FAILURES["full"][0], fill, read)
    view.edit_case()
    assert done["ran"]
    check(seen, "full")
    saved = desk.records.case(case.id)
    assert (saved.remedy, saved.status) == ("Refund of £40", CaseStatus.WAITING)
    assert view.remedy_label.text() == "Refund of £40"


@pytest.mark.parametrize("failure", FAILURES)
def test_log_contact_keeps_what_was_typed(qtbot, failing, acme, failure):
    desk, conn = failing
    error, words = FAILURES[failure]
    _vendor, case = acme
    view = CaseView(desk)
    qtbot.addWidget(view)
    view.show()
    view.select_case(case.id)

    def fill(dialog):
        dialog.channel.setCurrentIndex(dialog.channel.findData(Channel.PHONE.value))
        dialog.when.setDateTime(dialog.when.dateTime().addSecs(-3600))
        dialog.duration.setValue(35)
        qtbot.keyClicks(dialog.rep, "Dana")
        qtbot.keyClicks(dialog.summary, "Promised a call-back within 48 hours.")

    def read(dialog):
        return (
            dialog.channel.currentData(),
            dialog.when.dateTime().toSecsSinceEpoch(),
            dialog.duration.value(),
            dialog.rep.text(),
            dialog.summary.toPlainText(),
        )

    done, seen = fail_then_save(qtbot, desk, conn, error, fill, read)
    view.log_contact()
    assert done["ran"]
    check(seen, words)
    [contact] = desk.records.contacts(case.id)
    assert (contact.channel, contact.at, contact.duration_min, contact.rep, contact.summary) == (
        Channel.PHONE,
        T0 - H,
        35,
        "Dana",
        "Promised a call-back within 48 hours.",
    )
    assert view.model.rowCount() == 1


@pytest.mark.parametrize("failure", FAILURES)
def test_log_response_keeps_what_was_typed(qtbot, failing, acme, failure):
    desk, conn = failing
    error, words = FAILURES[failure]
    _vendor, case = acme
    first = desk.records.log_contact(Contact(None, case.id, Channel.EMAIL, T0 - 5 * H))
    desk.records.log_contact(Contact(None, case.id, Channel.SOCIAL, T0 - 2 * H))
    view = CaseView(desk)
    qtbot.addWidget(view)
    view.show()
    view.select_case(case.id)

    def fill(dialog):
        dialog.channel.setCurrentIndex(dialog.channel.findData(Channel.EMAIL.value))
        dialog.outcome.setCurrentIndex(dialog.outcome.findData(Outcome.OFFERED.value))
        dialog.answers.setCurrentIndex(dialog.answers.findData(first.id))
        qtbot.keyClicks(dialog.who, "Sam")
        qtbot.keyClicks(dialog.summary, "Offered a replacement kettle.")

    def read(dialog):
        return (
            dialog.channel.currentData(),
            dialog.outcome.currentData(),
            dialog.answers.currentData(),
            dialog.who.text(),
            dialog.summary.toPlainText(),
        )

    done, seen = fail_then_save(qtbot, desk, conn, error, fill, read)
    view.log_response()
    assert done["ran"]
    check(seen, words)
    [response] = desk.records.responses(case.id)
    assert (
        response.channel,
        response.outcome,
        response.contact_id,
        response.who,
        response.summary,
    ) == (Channel.EMAIL, Outcome.OFFERED, first.id, "Sam", "Offered a replacement kettle.")
    assert view.model.rowCount() == 3


def test_relink_keeps_the_choice_when_its_save_fails(qtbot, failing, acme):
    desk, conn = failing
    _vendor, case = acme
    letter = desk.records.log_contact(Contact(None, case.id, Channel.LETTER, T0 - 48 * H))
    desk.records.log_contact(Contact(None, case.id, Channel.SOCIAL, T0 - 24 * H))
    response = desk.records.log_response(
        Response(None, case.id, T0 - H, Channel.LETTER, Outcome.ACKNOWLEDGED, "VP office")
    )
    view = CaseView(desk)
    qtbot.addWidget(view)
    view.show()
    view.select_case(case.id)
    view.table.selectRow(0)  # the response, newest

    def fill(dialog):
        dialog.answers.setCurrentIndex(dialog.answers.findData(letter.id))

    done, seen = fail_then_save(
        qtbot, desk, conn, FAILURES["busy"][0], fill, lambda d: d.answers.currentData()
    )
    view.relink_selected()
    assert done["ran"]
    check(seen, "busy")
    assert response.contact_id is None  # it answered the latest earlier contact
    assert desk.records.responses(case.id)[0].contact_id == letter.id


@pytest.mark.parametrize("failure", FAILURES)
def test_new_draft_keeps_its_case_and_title(qtbot, failing, acme, failure):
    desk, conn = failing
    error, _words = FAILURES[failure]
    vendor, case = acme
    other = desk.records.save_case(Case(None, vendor.id, "Late refund", T0))

    def fill(dialog):
        dialog.case_box.setCurrentIndex(dialog.case_box.findData(case.id))
        qtbot.keyClicks(dialog.title_edit, "Post about the kettle")

    def read(dialog):
        return dialog.case_id(), dialog.title()

    done, seen = fail_then_save(qtbot, desk, conn, error, fill, read)
    dialog = NewDraftDialog(desk, desk.records.cases(), other.id, save=True)
    qtbot.addWidget(dialog)
    assert dialog.exec()
    assert done["ran"]
    assert seen["open_after_failure"] and seen["kept"] and seen["closed_after_success"]
    assert seen["reason"].startswith("Not saved. What you typed is still here")
    assert dialog.saved is not None
    saved = desk.drafts.draft(dialog.saved.id)
    assert (saved.case_id, saved.title) == (case.id, "Post about the kettle")


def test_a_refused_link_is_said_in_the_dialog(qtbot, failing, acme):
    """A ValueError from the service (words for the person) also keeps the dialog open."""
    desk, _conn = failing
    vendor, case = acme
    other_vendor = desk.records.save_vendor(Vendor(None, "Other Co"))
    other_case = desk.records.save_case(Case(None, other_vendor.id, "Elsewhere", T0))
    foreign = desk.records.log_contact(Contact(None, other_case.id, Channel.EMAIL, T0 - 3 * H))
    desk.records.log_contact(Contact(None, case.id, Channel.EMAIL, T0 - 2 * H))
    desk.records.log_response(Response(None, case.id, T0 - H, Channel.EMAIL, Outcome.ACKNOWLEDGED))
    view = CaseView(desk)
    qtbot.addWidget(view)
    view.show()
    view.select_case(case.id)
    view.table.selectRow(0)
    seen = {}

    def drive(dialog):
        # Offer a contact of another vendor, as a stale list could.
        dialog.answers.addItem("Another vendor's email", foreign.id)
        dialog.answers.setCurrentIndex(dialog.answers.count() - 1)
        _ok(dialog).click()
        seen["open"] = dialog.isVisible()
        seen["reason"] = dialog.error.text()
        dialog.reject()

    answer_dialog(qtbot, drive)
    view.relink_selected()
    assert seen == {
        "open": True,
        "reason": "A response can only answer a contact with the same vendor.",
    }
