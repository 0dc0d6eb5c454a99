"""The way to the first paint: no `Qt` namespace, no integrity check in the way, no write.

PySide makes all of the `Qt` namespace's enum types the first time any of them is touched (about
20 ms); the first frame does without them (ui.first_paint), so each check runs in a fresh process:
this one has long made them.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from complaint_desk.app.demo import build
from complaint_desk.paths import database_path
from complaint_desk.store.store import open_store

_FIRST_FRAME = """
import json, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from PySide6 import QtCore, QtGui
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from complaint_desk.app.desk import open_desk
from complaint_desk.ui.main_window import MainWindow
seen = {}
def made():
    return "Qt" in vars(QtCore)
class Probe(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and "at_paint" not in seen:
            seen["at_paint"] = made()
            seen["a11y_at_paint"] = "QAccessible" in vars(QtGui)
            header = w.drafts_view.table.horizontalHeader()
            seen["widths_at_paint"] = [header.sectionSize(i) for i in (2, 3)]
            QTimer.singleShot(300, report)
        return False
def report():
    view = w.drafts_view
    header = view.table.horizontalHeader()
    seen["after"] = made()
    seen["a11y_after"] = "QAccessible" in vars(QtGui)
    seen["labels"] = [header.model().headerData(i, QtCore.Qt.Orientation.Horizontal)
                      for i in range(header.count())]
    seen["header_model_is_table_model"] = header.model() is view.table.model()
    seen["sort"] = [header.sortIndicatorSection(), header.sortIndicatorOrder().name,
                    view.table.isSortingEnabled()]
    seen["menu_policy"] = view.table.contextMenuPolicy().name
    seen["widths_after"] = [header.sectionSize(i) for i in (2, 3)]
    seen["modes_after"] = [header.sectionResizeMode(i).name for i in (2, 3)]
    seen["banner"] = w.banner.text()
    print(json.dumps(seen)); sys.stdout.flush(); os._exit(0)
desk = open_desk(Path(sys.argv[1]))
seen["before"] = made()
w = MainWindow(desk)
seen["built"] = made()
probe = Probe(); w.installEventFilter(probe); w.show()
w.announce_ready()
app.exec()
"""


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("first-frame")
    store = open_store(database_path(folder))
    try:
        build(store, datetime.now(UTC))
    finally:
        store.close()
    return folder


def _first_frame(folder: Path) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", _FIRST_FRAME, str(folder)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def test_the_first_frame_paints_without_the_qt_namespace_and_it_is_all_there_just_after(
    demo_folder,
):
    seen = _first_frame(demo_folder)
    assert seen["before"] is False and seen["built"] is False
    assert seen["at_paint"] is False, "something on the way to the first paint named a Qt enum"
    # The "N drafts ready" banner is said to screen readers once it is on screen, not before:
    # Qt's accessibility types cost a few ms to make.
    assert seen["a11y_at_paint"] is False and seen["a11y_after"] is True
    # The probe can see it made: just after the paint the drafts view makes it itself.
    assert seen["after"] is True
    # ...and by then the list is as a user expects it: labelled, sorted by hold, menu on it.
    assert seen["labels"] == ["Draft", "Vendor", "Heat", "Hold"]
    assert seen["header_model_is_table_model"] is True
    assert seen["sort"] == [3, "DescendingOrder", True]
    assert seen["menu_policy"] == "CustomContextMenu"
    # Heat and Hold: sized from their text in the first frame, fitted by Qt after it, and with
    # this style (Fusion) the two agree: nothing moves once the window is up.
    assert seen["modes_after"] == ["ResizeToContents", "ResizeToContents"]
    assert seen["widths_at_paint"] == seen["widths_after"]
    assert "ready to review" in seen["banner"]


def test_the_header_shows_its_labels_in_the_first_frame(qtbot, desk):
    # In this process the namespace exists already; what matters here is what the header shows
    # before the hand-back: the labels, from the model that holds them.
    from complaint_desk.ui.views.drafts_view import DraftsView

    view = DraftsView(desk)
    qtbot.addWidget(view)
    header = view.table.horizontalHeader()
    assert header.model() is not view.table.model()  # the labels' holder, until the paint
    labels = [header.model().headerData(i, _horizontal()) for i in range(header.count())]
    assert labels == ["Draft", "Vendor", "Heat", "Hold"]
    assert not view.table.isSortingEnabled()
    view.show()
    qtbot.waitUntil(lambda: view.table.isSortingEnabled())
    assert header.model() is view.table.model()
    assert [header.model().headerData(i, _horizontal()) for i in range(4)] == labels
    # Sorting works from the header as before: a click on Heat sorts by heat.
    from PySide6.QtCore import QPoint, Qt

    x = header.sectionViewportPosition(2) + header.sectionSize(2) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert header.sortIndicatorSection() == 2
    assert view.model.sorted_by()[0] == 2


def _horizontal():
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def test_the_item_roles_the_models_name_by_number_are_qt_s_own():
    from PySide6.QtCore import Qt

    from complaint_desk.ui.models import table_model as tm

    role = Qt.ItemDataRole
    assert (tm.DISPLAY_ROLE, tm.TOOLTIP_ROLE) == (role.DisplayRole.value, role.ToolTipRole.value)
    assert (tm.BACKGROUND_ROLE, tm.FOREGROUND_ROLE) == (
        role.BackgroundRole.value,
        role.ForegroundRole.value,
    )
    assert tm.USER_ROLE == role.UserRole.value


def test_sorting_by_another_column_keeps_the_open_draft_selected(qtbot, desk):
    from PySide6.QtCore import QPoint, Qt

    from complaint_desk.core.models import Case, Vendor
    from complaint_desk.ui.main_window import MainWindow

    vendor = desk.records.save_vendor(Vendor(None, "Acme"))
    case = desk.records.save_case(Case(None, vendor.id, "Late parcel", desk.now()))
    # The hottest is held longest, so first by hold; by title it is the middle one.
    texts = ["Fine, thanks.", "This is OUTRAGEOUS!!! Useless.", "A bit annoyed about the wait."]
    for i, text in enumerate(texts):
        draft = desk.drafts.new_draft(case.id, f"Draft {i}")
        assert draft is not None and draft.id is not None
        desk.drafts.save_text(draft.id, text)
    # A window started on these drafts, as at start-up: the first screen's rows, then the rest
    # read after the paint (equal records, other objects), then a sort.
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    view = window.drafts_view
    qtbot.waitUntil(lambda: view.all_rows_read and view.table.isSortingEnabled())
    order = [view.model.row_record(r).draft_id for r in range(3)]
    opened = view.open_draft_id
    assert opened == order[0]  # the first row is selected and open
    header = view.table.horizontalHeader()
    x = header.sectionViewportPosition(0) + header.sectionSize(0) // 2  # by title
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert header.sortIndicatorSection() == 0
    assert [view.model.row_record(r).draft_id for r in range(3)].index(opened) != 0  # it moved
    current = view.table.currentIndex()
    shown = view.model.row_record(view.proxy.mapToSource(current).row())
    assert shown is not None and shown.draft_id == opened == view.open_draft_id
    selected = view.table.selectionModel().selectedRows()
    assert [view.model.row_record(view.proxy.mapToSource(i).row()).draft_id for i in selected] == [
        opened
    ]
    # Once more, by heat: the rows the list holds now are the ones it sorted.
    x = header.sectionViewportPosition(2) + header.sectionSize(2) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    current = view.table.currentIndex()
    assert view.model.row_record(view.proxy.mapToSource(current).row()).draft_id == opened
