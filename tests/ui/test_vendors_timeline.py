"""Vendor view: waiting clocks, and one vendor's timeline across cases with search and filters."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDate, Qt

from complaint_desk.core.models import Case, Channel, Contact, Outcome, Response, Vendor
from tests.ui.conftest import T0

H = timedelta(hours=1)


def _shown(panel, column):
    return [panel.proxy.index(r, column).data() for r in range(panel.proxy.rowCount())]


def test_vendor_view_waiting_clock_and_filtered_timeline(qtbot, window, desk, clock):
    acme = desk.records.save_vendor(Vendor(None, "Acme"))
    desk.records.save_vendor(Vendor(None, "Zed Ltd"))
    kettle = desk.records.save_case(Case(None, acme.id, "Kettle", T0))
    toaster = desk.records.save_case(Case(None, acme.id, "Toaster", T0))
    desk.records.log_contact(Contact(None, kettle.id, Channel.PHONE, T0, summary="Rang about it"))
    desk.records.log_response(
        Response(None, kettle.id, T0 + H, Channel.PHONE, Outcome.REFUSED, summary="No refund")
    )
    desk.records.log_contact(
        Contact(None, toaster.id, Channel.EMAIL, T0 + 48 * H, summary="Sparks everywhere")
    )
    clock.advance(48 * H + 14 * H)
    window.show_view("vendors")
    view = window.vendors_view
    view.reload()
    view.select_vendor(acme.id)
    row = view.model.row_of(acme.id)
    waiting = view.model.index(row, view.model.WAITING).data()
    assert waiting == "no reply for 14 h on email"

    panel = view.timeline
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 3)
    assert "Acme" in panel.title.text()
    assert _shown(panel, panel.model.CASE) == ["Toaster", "Kettle", "Kettle"]  # newest first

    qtbot.keyClicks(panel.search, "spark")
    assert _shown(panel, panel.model.SUMMARY) == ["Sparks everywhere"]
    panel.search.clear()

    panel.channel.setCurrentIndex(panel.channel.findData(Channel.PHONE.value))
    assert _shown(panel, panel.model.SUMMARY) == ["No refund", "Rang about it"]
    panel.outcome.setCurrentIndex(panel.outcome.findData(Outcome.REFUSED.value))
    assert _shown(panel, panel.model.SUMMARY) == ["No refund"]
    panel.channel.setCurrentIndex(0)
    panel.outcome.setCurrentIndex(panel.outcome.findData("contacts"))
    assert _shown(panel, panel.model.WHO) == ["You", "You"]
    panel.outcome.setCurrentIndex(0)

    qtbot.mouseClick(panel.use_dates, Qt.MouseButton.LeftButton)
    assert panel.start.isEnabled()
    day2 = (T0 + 48 * H).date()
    panel.start.setDate(QDate(day2.year, day2.month, day2.day))
    assert _shown(panel, panel.model.CASE) == ["Toaster"]
    panel.end.setDate(QDate(T0.year, T0.month, T0.day))  # an empty range
    assert panel.empty.isVisible() and "Nothing matches" in panel.empty.text()

    other = view.model.row_of(next(v.id for v in desk.records.vendors() if v.name == "Zed Ltd"))
    view.table.setCurrentIndex(view.proxy.mapFromSource(view.model.index(other, 0)))
    assert "Zed Ltd" in panel.title.text()
    assert panel.model.rowCount() == 0


def test_a_long_history_is_read_on_a_worker_and_shown_when_in(
    qtbot, window, desk, clock, monkeypatch
):
    # A vendor with thousands of records is read on a worker (the window never waits on it); here
    # "long" starts at 3 contacts so a small case takes that path.
    monkeypatch.setattr(type(desk.records), "WORKER_TIMELINE_CONTACTS", 3)
    acme = desk.records.save_vendor(Vendor(None, "Acme"))
    kettle = desk.records.save_case(Case(None, acme.id, "Kettle", T0))
    for i in range(4):
        desk.records.log_contact(
            Contact(None, kettle.id, Channel.EMAIL, T0 + i * H, summary=f"E{i}")
        )
    clock.advance(10 * H)
    window.show_view("vendors")
    view = window.vendors_view
    view.reload()
    view.select_vendor(acme.id)
    panel = view.timeline
    assert panel.empty.isVisible() and panel.empty.text() == "Reading Acme's timeline…"
    assert view.filling()
    # The filters wait for the rows (the date boxes would show another vendor's days meanwhile).
    assert not panel.use_dates.isEnabled() and not panel.search.isEnabled()
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 4)
    assert not view.filling() and not panel.empty.isVisible()
    assert panel.use_dates.isEnabled() and panel.search.isEnabled()
    first = (T0).astimezone().date()
    assert panel.start.date() == QDate(first.year, first.month, first.day)
    assert _shown(panel, panel.model.SUMMARY) == ["E3", "E2", "E1", "E0"]
    assert [e.record for e in panel.model.rows()] == [
        e.record for e in desk.records.vendor_timeline(acme.id)
    ]

    # A contact logged while a read is under way: that read is not kept (its stamps are old),
    # and the timeline ends up showing the new contact.
    desk.records.log_contact(Contact(None, kettle.id, Channel.PHONE, T0 + 9 * H, summary="Rang"))
    desk.records.log_contact(Contact(None, kettle.id, Channel.EMAIL, T0 + 9.5 * H, summary="Late"))
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 6)
    assert _shown(panel, panel.model.SUMMARY)[:2] == ["Late", "Rang"]


def test_when_the_worker_cannot_read_the_timeline_is_read_here(qtbot, window, desk, monkeypatch):
    # The worker's own connection fails (a locked or vanished file): the timeline is then read on
    # the GUI thread, where a problem would be reported as usual; nothing is left "Reading…".
    from complaint_desk.app import timeline_read
    from complaint_desk.store.errors import StoreError, StoreErrorKind

    def no_reader(path):
        raise StoreError(StoreErrorKind.LOCKED, "busy")

    monkeypatch.setattr(timeline_read, "open_reader", no_reader)
    monkeypatch.setattr(type(desk.records), "WORKER_TIMELINE_CONTACTS", 1)
    acme = desk.records.save_vendor(Vendor(None, "Acme"))
    kettle = desk.records.save_case(Case(None, acme.id, "Kettle", T0))
    for i in range(3):
        desk.records.log_contact(
            Contact(None, kettle.id, Channel.EMAIL, T0 + i * H, summary=f"E{i}")
        )
    window.show_view("vendors")
    view = window.vendors_view
    view.reload()
    view.select_vendor(acme.id)
    panel = view.timeline
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 3)
    assert not view.filling()
    assert _shown(panel, panel.model.SUMMARY) == ["E2", "E1", "E0"]
