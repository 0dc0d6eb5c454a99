"""The contact and response dialogs default to the real local time, even after the app has seen
a clock that was ahead (the trusted clock's stored high-water mark is in the future)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from complaint_desk.app import settings
from complaint_desk.app.desk import open_desk
from complaint_desk.core.models import Case, Channel, Contact, Vendor
from complaint_desk.paths import database_path
from complaint_desk.store.store import open_store
from complaint_desk.ui.views.case_view import CaseView
from tests.ui.conftest import answer_dialog

MINUTE = timedelta(minutes=1)


@pytest.fixture
def desk_seen_ahead(tmp_path, qapp):
    """A real desk on a real trusted clock whose stored high-water mark is 30 days ahead."""
    data = tmp_path / "data"
    data.mkdir()
    store = open_store(database_path(data))
    settings.write(store, settings.LATEST_SEEN, datetime.now(UTC) + timedelta(days=30))
    store.close()
    desk = open_desk(data)
    yield desk
    desk.close()


def _dialog_default(qtbot, open_it) -> datetime:
    seen = {}

    def read(dialog):
        seen["when"] = datetime.fromtimestamp(dialog.when.dateTime().toSecsSinceEpoch(), tz=UTC)
        dialog.reject()

    done = answer_dialog(qtbot, read)
    open_it()
    assert done["ran"]
    return seen["when"]


def test_contact_and_response_default_to_the_real_time(qtbot, desk_seen_ahead):
    desk = desk_seen_ahead
    real = datetime.now(UTC)
    assert desk.now() > real + timedelta(days=29), "the hold's clock has seen the clock ahead"
    vendor = desk.records.save_vendor(Vendor(None, "Acme"))
    case = desk.records.save_case(Case(None, vendor.id, "Kettle", real))
    assert abs(case.opened_at - real) < MINUTE
    desk.records.log_contact(Contact(None, case.id, Channel.EMAIL, real - timedelta(hours=3)))
    view = CaseView(desk)
    qtbot.addWidget(view)
    view.show()
    view.select_case(case.id)

    assert abs(_dialog_default(qtbot, view.log_contact) - datetime.now(UTC)) < MINUTE
    assert abs(_dialog_default(qtbot, view.log_response) - datetime.now(UTC)) < MINUTE
    assert desk.now() > datetime.now(UTC) + timedelta(days=29), "and the hold keeps its mark"
