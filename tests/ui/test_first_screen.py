"""A window opened on many drafts paints its first screen of rows, then every row arrives below it.

The first frame shows real rows (the first ones of the full list, in its order, the first one
selected and open); once it has painted, the others are appended: search, sort and selection then
see every draft, and nothing the user was looking at moved.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QSplitter

from complaint_desk.core.hold import Revision, required_wait
from complaint_desk.core.models import Case, Draft, Vendor
from complaint_desk.ui.main_window import MainWindow
from complaint_desk.ui.models.drafts_model import DraftsModel
from tests.ui.conftest import T0

DRAFTS = 300


def _seed(desk, n=DRAFTS):
    vendor = desk.records.save_vendor(Vendor(None, "Acme"))
    case = desk.records.save_case(Case(None, vendor.id, "Kettle", T0))
    store = desk.store
    ids = store.drafts.add_many(
        Draft(None, case.id, f"Draft {i:03}", T0 + timedelta(minutes=i % 11)) for i in range(n)
    )
    items = []
    for i, draft_id in enumerate(ids):
        if i % 6 == 0:
            continue  # never written: not held, sorts last
        saved = T0 + timedelta(hours=i % 5)
        # What the hold rule gives one revision of heat 40 (opening a draft in the editor folds
        # its history again; a seeded end the rule does not give would change its row then).
        # Many drafts share a hold end.
        ready = saved + required_wait(40.0)
        items.append((draft_id, Revision(saved, f"Text {i}", 40.0, -0.1), ready, saved))
    store.drafts.add_revisions_many(items)
    return ids


class _AtFirstPaint(QObject):
    """Records what the drafts list holds when its window paints for the first time."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.seen: dict | None = None
        window.installEventFilter(self)

    def eventFilter(self, watched, event):  # noqa: N802
        if event.type() == QEvent.Type.Paint and self.seen is None:
            view = self.window.drafts_view
            self.seen = {
                "ids": [s.draft_id for s in view.model.rows()],
                "current": view.table.currentIndex().row(),
                "open": view.open_draft_id,
                # The editor is built just after the first paint, in the place kept for it.
                "editor built": view.built_editor() is not None,
                "splitter": view.findChildren(QSplitter)[0].sizes(),
            }
        return False


def _full_order(desk, column=DraftsModel.HOLD, order=Qt.SortOrder.DescendingOrder):
    model = DraftsModel(desk.now)
    model.sort(column, order)
    model.set_rows(desk.store.drafts.summaries())
    return [s.draft_id for s in model.rows()]


def _open(qtbot, desk):
    window = MainWindow(desk)
    qtbot.addWidget(window)
    probe = _AtFirstPaint(window)
    window.show()
    qtbot.waitUntil(lambda: probe.seen is not None)
    return window, probe.seen


def test_the_first_frame_shows_the_first_rows_then_every_row_follows(qtbot, desk):
    _seed(desk)
    full = _full_order(desk)
    window, seen = _open(qtbot, desk)
    view = window.drafts_view
    first = seen["ids"]
    assert 0 < len(first) < DRAFTS  # a screenful at least, not all
    assert first == full[: len(first)]
    visible_rows = view.table.viewport().height() // view.table.rowHeight(0)
    assert len(first) >= visible_rows
    assert seen["current"] == 0 and seen["open"] == full[0] and not seen["editor built"]
    qtbot.waitUntil(lambda: view.model.rowCount() == DRAFTS)
    assert [s.draft_id for s in view.model.rows()] == full
    assert view.proxy.rowCount() == DRAFTS
    assert view.table.currentIndex().row() == 0 and view.editor.draft_id == full[0]
    assert view.table.selectionModel().selectedRows() == [view.proxy.index(0, 0)]


def test_search_and_sort_see_every_row_once_it_has_painted(qtbot, desk):
    _seed(desk)
    window, seen = _open(qtbot, desk)
    view = window.drafts_view
    qtbot.waitUntil(lambda: view.model.rowCount() == DRAFTS)
    last = desk.drafts.draft(_full_order(desk)[-1])
    assert last.id not in seen["ids"]  # it came with the rest
    qtbot.keyClicks(view.search, last.title)
    assert view.proxy.rowCount() == 1
    assert view.proxy.index(0, 0).data() == last.title
    view.search.clear()
    view.table.sortByColumn(DraftsModel.TITLE, Qt.SortOrder.AscendingOrder)
    assert [s.draft_id for s in view.model.rows()] == _full_order(
        desk, DraftsModel.TITLE, Qt.SortOrder.AscendingOrder
    )
    view.table.scrollToBottom()
    assert view.proxy.index(DRAFTS - 1, 0).data() == f"Draft {DRAFTS - 1:03}"


def test_a_change_before_the_rest_arrives_reloads_every_row(qtbot, desk):
    _seed(desk)
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    view = window.drafts_view
    assert 0 < view.model.rowCount() < DRAFTS  # shown, not painted yet
    first = view.model.row_record(0)
    desk.drafts.rename(first.draft_id, "Renamed first")
    qtbot.waitUntil(lambda: view.model.rowCount() == DRAFTS)
    assert [s.draft_id for s in view.model.rows()] == _full_order(desk)
    assert view.model.row_record(0).title == "Renamed first"
    assert view.editor.draft_id == first.draft_id


def test_a_list_that_fits_is_all_in_the_first_frame_and_stays_as_it_is(qtbot, desk):
    _seed(desk, 12)
    window, seen = _open(qtbot, desk)
    view = window.drafts_view
    assert seen["ids"] == _full_order(desk)
    resets: list[int] = []
    view.model.modelReset.connect(lambda: resets.append(1))
    view.model.rowsInserted.connect(lambda *_args: resets.append(2))
    qtbot.wait(50)  # the full read after the first paint finds nothing more
    assert resets == [] and [s.draft_id for s in view.model.rows()] == seen["ids"]


def test_growing_the_rows_appends_after_a_matching_prefix_and_refuses_otherwise(qtbot, desk):
    _seed(desk, 40)
    every = desk.store.drafts.summaries()
    model = DraftsModel(desk.now)
    model.sort(DraftsModel.HOLD, Qt.SortOrder.DescendingOrder)
    model.set_rows(desk.store.drafts.last_ready_first(10))
    shown = model.rows()
    signals: list[str] = []
    model.modelReset.connect(lambda: signals.append("reset"))
    model.rowsInserted.connect(lambda _p, first, last: signals.append(f"rows {first}-{last}"))
    gone = shown[3].draft_id
    assert not model.grow_rows([s for s in every if s.draft_id != gone])  # a shown row is gone
    assert model.rows() == shown and signals == []
    assert model.grow_rows(every)
    assert signals == ["rows 10-39"]
    assert [s.draft_id for s in model.rows()] == _full_order(desk)


def test_what_waits_for_the_first_paint_is_there_just_after_it(qtbot, desk):
    _seed(desk, 5)
    window, seen = _open(qtbot, desk)
    view = window.drafts_view
    editor = view.editor
    assert editor.draft_id == seen["open"] and editor._case_id is not None
    qtbot.waitUntil(view.search.isClearButtonEnabled)
    # The open draft's case log (the checklist's facts) is read just after the first paint.
    qtbot.waitUntil(lambda: editor._case_facts is not None)
    assert editor._case_id in editor._case_facts._cache


def test_a_window_shown_long_after_it_was_made_reads_every_row(qtbot, desk):
    _seed(desk)
    window = MainWindow(desk)
    qtbot.addWidget(window)
    view = window.drafts_view
    qtbot.waitUntil(lambda: view._painted, timeout=3000)  # the hook gave up waiting for a paint
    window.show()
    assert view.model.rowCount() == DRAFTS


def test_the_message_strip_is_made_with_the_first_message_above_the_tabs(qtbot, desk):
    from complaint_desk.ui.widgets.banner import Banner

    window, _seen = _open(qtbot, desk)
    assert window.findChildren(Banner) == []  # nothing to say yet: not built for the first frame
    desk.problems.problem.emit("The disk is full.")
    banner = window.banner
    qtbot.waitUntil(banner.isVisible)
    assert window.findChildren(Banner) == [banner]
    assert banner.text() == "The disk is full." and banner.kind == "error"
    assert banner.geometry().bottom() < window.tabs.geometry().top()


def test_the_editor_takes_the_place_kept_for_it_without_moving_the_list(qtbot, desk):
    _seed(desk, 5)
    window, seen = _open(qtbot, desk)
    view = window.drafts_view
    qtbot.waitUntil(lambda: view.built_editor() is not None)
    qtbot.wait(20)
    splitter = view.findChildren(QSplitter)[0]
    assert splitter.widget(1) is view.editor and splitter.count() == 2
    assert splitter.sizes() == seen["splitter"]  # no jump when the editor arrives
    left, right = splitter.sizes()
    window.resize(window.width() + 250, window.height())
    qtbot.waitUntil(lambda: splitter.sizes() != [left, right])
    grown = splitter.sizes()
    assert grown[0] > left and grown[1] > right  # both sides share a wider window, as before


def test_an_editor_asked_for_before_the_first_paint_does_not_hold_the_other_rows_back(qtbot, desk):
    _seed(desk)
    window = MainWindow(desk)
    qtbot.addWidget(window)
    view = window.drafts_view
    assert view.editor is view.built_editor()  # built at once when asked for
    window.show()
    # Not the first-paint hook's fallback (a second): just after the paint.
    qtbot.waitUntil(lambda: view.model.rowCount() == DRAFTS, timeout=500)
