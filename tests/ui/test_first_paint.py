"""Work held until the first paint runs once, after it; the menus fill in then (or when opened)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from complaint_desk.ui.first_paint import after_first_paint
from complaint_desk.ui.main_window import MainWindow


def test_runs_once_just_after_the_first_paint(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    calls = []
    after_first_paint(widget, lambda: calls.append(widget.isVisible()))
    qtbot.wait(20)
    assert calls == []  # not shown, not painted: nothing yet
    widget.show()
    qtbot.waitUntil(lambda: calls == [True])
    widget.update()
    qtbot.wait(50)
    assert calls == [True]


def test_runs_anyway_when_the_window_never_paints(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    calls = []
    after_first_paint(widget, lambda: calls.append(1), fallback_ms=30)
    qtbot.waitUntil(lambda: calls == [1])


def _menu_texts(window):
    return {
        action.text(): [(a.text(), a.shortcut().toString()) for a in action.menu().actions()]
        for action in window.menuBar().actions()
    }


def test_menus_and_shortcuts_are_there_once_the_window_has_painted(qtbot, window):
    # 5 views, a line, Theme, Find (Ctrl+F)
    qtbot.waitUntil(lambda: len(_menu_texts(window)["&View"]) == 8)
    menus = _menu_texts(window)
    assert list(menus) == ["&File", "&Edit", "&View", "&Help"]
    assert ("New &draft…", "Ctrl+N") in menus["&File"]
    assert "&Quit" in [text for text, _shortcut in menus["&File"]]  # the platform's shortcut
    assert [shortcut for _text, shortcut in menus["&View"][:5]] == [
        f"Ctrl+{i}" for i in range(1, 6)
    ]
    assert menus["&View"][6][0] == "&Theme"
    assert menus["&View"][7] == ("&Find in this view", "Ctrl+F")
    assert menus["&Help"] == [
        ("How the hold &works", "F1"),
        ("Explore with &sample data", ""),
        ("", ""),
        ("&About", ""),
    ]


def test_a_menu_opened_before_the_first_paint_is_filled(qtbot, desk):
    window = MainWindow(desk)
    qtbot.addWidget(window)
    view_menu = window.menuBar().actions()[2].menu()
    assert view_menu.actions() == []
    view_menu.aboutToShow.emit()
    assert len(view_menu.actions()) == 8


def test_garbage_collection_is_held_until_the_first_paint_then_put_back(qtbot):
    import gc

    from complaint_desk.ui import first_paint

    before = gc.get_threshold()
    widget = QWidget()
    qtbot.addWidget(widget)
    first_paint.hold_gc_until_first_paint(widget)
    assert gc.get_threshold()[0] >= first_paint.START_UP_GC_THRESHOLD
    first_paint.hold_gc_until_first_paint(QWidget())  # held already: nothing more to put back
    widget.show()
    qtbot.waitUntil(lambda: gc.get_threshold() == before)


def test_garbage_collection_comes_back_when_the_window_never_paints(qtbot):
    import gc

    from complaint_desk.ui import first_paint

    before = gc.get_threshold()
    widget = QWidget()
    first_paint.hold_gc_until_first_paint(widget, fallback_ms=30)
    widget.deleteLater()
    qtbot.waitUntil(lambda: gc.get_threshold() == before)


def test_a_hold_taken_before_the_imports_is_put_back_by_the_first_window_s_paint(qtbot):
    # As complaint_desk.__main__ does: hold_gc() before the app's modules load, then the window.
    import gc

    from complaint_desk.ui import first_paint

    before = gc.get_threshold()
    first_paint.hold_gc()
    assert gc.get_threshold()[0] >= first_paint.START_UP_GC_THRESHOLD
    widget = QWidget()
    qtbot.addWidget(widget)
    first_paint.hold_gc_until_first_paint(widget)
    widget.show()
    qtbot.waitUntil(lambda: gc.get_threshold() == before)
