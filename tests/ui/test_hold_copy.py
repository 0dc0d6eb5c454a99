"""A held draft cannot leave the editor by any path; when the hold ends the user is told."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QGuiApplication, QKeySequence

from complaint_desk.app.desk import Desk, trusted_clock_for
from complaint_desk.core.hold import required_wait
from complaint_desk.core.models import Case, Vendor
from complaint_desk.store.store import open_store
from complaint_desk.ui.main_window import MainWindow
from tests.app.fakes import Clipboard, FakeScorer
from tests.ui.conftest import T0

ANGRY = "You people are USELESS. Nine days without a kettle!!! Worst company ever."


def _held_draft(window, desk):
    vendor = desk.records.save_vendor(Vendor(None, "Acme", {"x": "acme"}))
    case = desk.records.save_case(Case(None, vendor.id, "Broken kettle", T0))
    draft = desk.drafts.new_draft(case.id, "Kettle post", ANGRY)
    window.show_view("drafts")
    window.drafts_view.select_draft(draft.id)
    return draft.id, window.drafts_view.editor


def _menu_action(editor, name):
    menu = editor.editor.context_menu(QPoint(5, 5))
    return menu, next(a for a in menu.actions() if a.objectName() == name)


def _try_every_path(qtbot, editor):
    """Copy/cut by keys, slots, context menu and drag; returns what each put out."""
    text = editor.editor
    board = QGuiApplication.clipboard()
    results = {}
    for name, act in (
        ("copy key", lambda: qtbot.keySequence(text, QKeySequence.StandardKey.Copy)),
        ("cut key", lambda: qtbot.keySequence(text, QKeySequence.StandardKey.Cut)),
        ("copy slot", text.copy),
        ("menu copy", lambda: _menu_action(editor, "edit-copy")[1].trigger()),
        ("menu cut", lambda: _menu_action(editor, "edit-cut")[1].trigger()),
    ):
        board.setText("before")
        text.selectAll()
        act()
        results[name] = board.text()
        if text.toPlainText() != ANGRY:  # an allowed cut: put the words back for the next path
            text.setPlainText(ANGRY)
    text.selectAll()
    results["drag"] = text.createMimeDataFromSelection().text()
    return results


def test_every_path_refused_then_allowed_when_the_hold_ends(qtbot, window, desk, clock):
    draft_id, editor = _held_draft(window, desk)
    assert editor.badge.state == "held"
    assert all(out in ("before", "") for out in _try_every_path(qtbot, editor).values())
    assert editor.editor.toPlainText() == ANGRY, "a refused cut keeps the text"
    assert "Still cooling off until" in window.banner.text()
    _, menu_copy = _menu_action(editor, "edit-copy")
    assert "cooling off" in menu_copy.text()
    row = window.drafts_view.model.row_of(draft_id)
    assert window.drafts_view.model.data(window.drafts_view.model.index(row, 3)).endswith("left")

    ready = desk.drafts.hold_state(draft_id).ready_at
    clock.set(ready - timedelta(minutes=1))
    assert desk.check_releases() == []
    clock.set(ready)
    with qtbot.waitSignal(desk.releases):
        desk.check_releases()
    assert "1 draft is ready to review" in window.banner.text()
    assert window.tray.last_message == "“Kettle post” has cooled off and is ready to review."
    assert editor.badge.state == "ready"
    assert window.drafts_view.model.data(window.drafts_view.model.index(row, 3)) == "Ready"

    results = _try_every_path(qtbot, editor)
    assert set(results.values()) == {ANGRY}, results
    _, menu_copy = _menu_action(editor, "edit-copy")
    assert "cooling off" not in menu_copy.text()


def test_selecting_text_alone_shows_no_message(qtbot, window, desk):
    _held_draft(window, desk)
    window.banner.hide()
    editor = window.drafts_view.editor.editor
    editor.selectAll()
    assert editor.createMimeDataFromSelection().formats() == []
    assert window.banner.text() == ""  # only a drag or a copy explains itself


def test_countdowns_refresh_on_their_own(qtbot, window, desk, clock):
    draft_id, editor = _held_draft(window, desk)
    view = window.drafts_view
    row = view.model.row_of(draft_id)
    before = view.model.data(view.model.index(row, 3))
    clock.advance(timedelta(hours=2))
    assert view._tick.interval() == 30_000 and editor._tick.interval() == 30_000
    view._tick.timeout.emit()
    editor._tick.timeout.emit()
    after = view.model.data(view.model.index(row, 3))
    assert before != after and after.endswith("left")
    assert editor.badge.headline.text().endswith(after)


def test_startup_summary_counts_ready_active_drafts(qtbot, window, desk, clock):
    vendor = desk.records.save_vendor(Vendor(None, "Acme"))
    case = desk.records.save_case(Case(None, vendor.id, "Kettle", T0))
    for text in ("Still broken.", "No answer yet.", "Third note."):
        desk.drafts.new_draft(case.id, "Post", text)
    clock.advance(timedelta(hours=1))
    window.announce_ready()
    assert window.banner.text() == ""
    clock.advance(required_wait(100))
    window.announce_ready()
    assert window.banner.text() == "3 drafts are ready to review."


class Sources:
    def __init__(self) -> None:
        self.wall_time = T0
        self.mono = 100.0

    def wall(self):
        return self.wall_time

    def monotonic(self):
        return self.mono


@pytest.fixture
def trusted(tmp_path, qapp, qtbot):
    src = Sources()
    store = open_store(tmp_path / "trusted.sqlite3")
    clock = trusted_clock_for(store, wall=src.wall, monotonic=src.monotonic)
    desk = Desk(store, clock, set_clipboard=Clipboard(), scorer=FakeScorer({ANGRY: (80, -0.8)}))
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    yield src, desk, window
    window.close()
    desk.close()


def test_changing_the_system_clock_releases_nothing(qtbot, trusted):
    src, desk, window = trusted
    draft_id, editor = _held_draft(window, desk)
    src.wall_time -= timedelta(days=7)  # rolled back
    src.mono += 3600
    assert desk.check_releases() == []
    src.wall_time += timedelta(days=30)  # and far forward
    src.mono += 60
    assert desk.check_releases() == []
    editor.refresh_hold()
    assert editor.badge.state == "held"
    assert not desk.drafts.decide_copy(draft_id).allowed
    QGuiApplication.clipboard().setText("before")
    editor.editor.selectAll()
    editor.editor.copy()
    assert QGuiApplication.clipboard().text() == "before"
    src.mono += required_wait(80).total_seconds()  # the real time passes
    assert desk.check_releases() == [draft_id]
    assert "ready to review" in window.banner.text()
