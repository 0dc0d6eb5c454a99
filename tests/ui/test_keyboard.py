"""Without a mouse: Tab walks every control of each view in the order they are laid out and
leaves every text box, every action has a shortcut or an Alt+letter, no two share one, F1
opens the hold's rules, Esc closes every dialog, and Ctrl+Tab leaves the Scorecard's table."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QPlainTextEdit,
    QTextEdit,
)

from complaint_desk.app.demo import build
from complaint_desk.ui.main_window import VIEWS
from tests.ui.a11y_surfaces import dialogs, focusable
from tests.ui.conftest import answer_dialog

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def demo(window, desk, clock, qtbot):
    build(desk.store, clock.now())
    window.view("drafts").reload()
    window._fill_menus()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    return window


def _tab_stops(root):
    return [
        w
        for w in focusable(root)
        if w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
    ]


def _walk_with_tab(qtbot, start, limit=80):
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=2000)
    seen = []
    for _ in range(limit):
        widget = QApplication.focusWidget()
        if widget in seen:
            break
        seen.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    return seen


@pytest.mark.parametrize("name", VIEWS)
def test_tab_reaches_every_control_of_each_view_in_layout_order(demo, qtbot, name):
    demo.show_view(name)
    qtbot.wait(30)
    root = demo.view(name)
    stops = _tab_stops(root)
    assert stops, name
    seen = _walk_with_tab(qtbot, stops[0])
    missing = [f"{type(w).__name__} {w.accessibleName()!r}" for w in stops if w not in seen]
    assert not missing, f"{name}: Tab never reaches {missing}"
    # Layout order: from the tab bar, each stop in the view is below the one before, or to its
    # right on the same band, or at the top of the next column (a splitter's right side).
    ordered = [w for w in seen if root.isAncestorOf(w)]
    tab_bar = demo.tabs.tabBar()
    assert tab_bar in seen  # Tab goes round the window, through the views' tabs
    start = seen.index(tab_bar)
    ordered = [w for w in seen[start + 1 :] + seen[:start] if root.isAncestorOf(w)]
    points = [w.mapTo(demo, w.rect().topLeft()) for w in ordered]
    for (a, b), (wa, wb) in zip(
        zip(points, points[1:], strict=False), zip(ordered, ordered[1:], strict=False), strict=True
    ):
        same_band = abs(a.y() - b.y()) <= 12
        backwards = b.y() < a.y() - 12 and b.x() <= a.x()
        assert not backwards or not same_band, name
        assert not (same_band and b.x() < a.x()), (
            f"{name}: Tab goes left from {wa.accessibleName()!r} to {wb.accessibleName()!r}"
        )


def _text_boxes(root):
    return [
        w
        for w in root.findChildren(QPlainTextEdit) + root.findChildren(QTextEdit)
        if w.isVisibleTo(root) and w.focusPolicy() != Qt.FocusPolicy.NoFocus
    ]


def test_tab_and_shift_tab_leave_every_text_box(demo, qtbot):
    boxes = []
    for name in VIEWS:
        demo.show_view(name)
        boxes += [(name, b) for b in _text_boxes(demo.view(name))]
    made = []
    for name, make in dialogs(demo):
        dialog = make()
        made.append(dialog)
        dialog.show()
        boxes += [(name, b) for b in _text_boxes(dialog)]
    assert len(boxes) >= 8
    stuck = [f"{name}: {b.accessibleName() or type(b).__name__}" for name, b in boxes]
    stuck = [s for s, (_n, b) in zip(stuck, boxes, strict=True) if not b.tabChangesFocus()]
    assert not stuck, stuck
    for dialog in made:
        dialog.close()
        dialog.deleteLater()


def test_tab_in_the_draft_editor_moves_on_and_types_no_tab(demo, qtbot):
    demo.show_view("drafts")
    box = demo.drafts_view.editor.editor
    box.setFocus()
    qtbot.waitUntil(box.hasFocus, timeout=2000)
    before = box.toPlainText()
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert not box.hasFocus() and "\t" not in box.toPlainText()
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert not box.hasFocus() and box.toPlainText() == before


def test_ctrl_tab_leaves_the_scorecard_table_for_the_next_view(demo, qtbot):
    demo.show_view("scorecard")
    table = demo.scorecard_view.table
    table.setFocus()
    qtbot.waitUntil(table.hasFocus, timeout=2000)
    qtbot.keyClick(table, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert demo.current_view() == "copy"
    assert not demo.scorecard_view.table.tabKeyNavigation()


def _mnemonic(text: str) -> bool:
    return re.search(r"(?<!&)&[^&\s]", text) is not None


# One per item (a part, a finding, a calmer sentence): Tab reaches them; no letter could be
# their own.
PER_ITEM = ("Copy part", "Copy", "Redact", "Copied ✓", "Open", "Use this")
# The handle box names the vendor's handle itself ("Add @acme"): Tab reaches it.
DYNAMIC = ("Add @", "Add the vendor", "Reviews take no")


def test_every_action_has_a_shortcut_or_a_mnemonic_and_none_is_shared(demo, qtbot):
    missing = []
    for action in demo.menuBar().actions():
        for item in action.menu().actions():
            if item.isSeparator() or item.menu() is not None:
                continue
            if item.shortcut().isEmpty() and not _mnemonic(item.text()):
                missing.append(f"menu {item.text()!r}")
    window_keys = [a.shortcut() for a in demo.findChildren(type(demo.menuBar().actions()[0]))]
    window_keys = [k.toString() for k in window_keys if not k.isEmpty()]
    for name in VIEWS:
        demo.show_view(name)
        qtbot.wait(20)
        keys = list(window_keys)
        letters = []
        for button in demo.view(name).findChildren(QAbstractButton):
            if not button.isVisibleTo(demo.view(name)) or not button.text():
                continue
            if isinstance(button.parentWidget(), QDialogButtonBox):
                continue
            if not button.shortcut().isEmpty():
                keys.append(button.shortcut().toString())
            if _mnemonic(button.text()):
                letters.append(re.search(r"(?<!&)&([^&\s])", button.text()).group(1).lower())
            elif button.shortcut().isEmpty() and not button.text().startswith(PER_ITEM + DYNAMIC):
                missing.append(f"{name}: {button.text()!r}")
        shared = {k for k in keys if keys.count(k) > 1}
        assert not shared, f"{name}: shortcuts used twice: {shared}"
        for letter in ("f", "e", "v", "h"):  # the menu bar's own Alt+letters
            assert letter not in letters, f"{name}: Alt+{letter} is a menu's"
    assert not missing, missing
    # The named ones, with the keys the issue asked about.
    editor = demo.drafts_view.editor
    assert editor.history_button.shortcut() == QKeySequence("Ctrl+H")
    assert editor.copy_button.shortcut() == QKeySequence("Ctrl+Shift+C")
    assert editor.tone.hottest.shortcut() == QKeySequence("Ctrl+J")
    assert demo.case_view.contact_button.shortcut() == QKeySequence("Ctrl+L")
    assert demo.case_view.response_button.shortcut() == QKeySequence("Ctrl+Shift+L")
    assert _mnemonic(demo.case_view.new_case_button.text())


def test_f1_opens_how_the_hold_works_and_esc_closes_it(demo, qtbot):
    from complaint_desk.ui.dialogs.help_dialog import HOLD_RULES, HelpDialog

    seen = {}

    def read_and_close(dialog):
        seen["dialog"] = isinstance(dialog, HelpDialog)
        seen["text"] = dialog.plain_text()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    done = answer_dialog(qtbot, read_and_close)
    qtbot.keyClick(demo, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: done["ran"], timeout=3000)
    assert seen["dialog"]
    assert "24 hours, plus up to 24 more" in seen["text"]
    assert QApplication.activeModalWidget() is None
    # The help says what the README says, word for word.
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = re.search(r"^## The cooling-off rule, in plain words\n(.*?)^## ", readme, re.S | re.M)
    assert section is not None
    assert " ".join(section.group(1).split()) == " ".join(HOLD_RULES.split())


def test_esc_closes_every_dialog(demo, qtbot):
    for name, make in dialogs(demo):
        dialog = make()
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        target = QApplication.focusWidget() or dialog
        if target.window() is not dialog:
            target = dialog
        qtbot.keyClick(target, Qt.Key.Key_Escape)
        assert not dialog.isVisible(), f"Esc left the {name} dialog open"
        dialog.deleteLater()
