"""What a screen reader gets: every control of every view and dialog has a name, labels are
their fields' buddies, tables and their headers are named, and the heat gauge and the hold
countdown expose their value and say changes once they settle (not on every keystroke).

The same check through AT-SPI, the way Orca sees the app, is tools/a11y_walk.py
(`test_the_atspi_walk_finds_no_unnamed_control`, skipped where the bus or pyatspi is missing).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QFormLayout, QLabel

from complaint_desk.app.demo import build
from complaint_desk.ui import palette
from complaint_desk.ui.a11y import PoliteAnnouncer
from complaint_desk.ui.main_window import VIEWS
from tests.ui.a11y_surfaces import dialogs, focusable

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def demo(window, desk, clock, qtbot):
    build(desk.store, clock.now())
    window.view("drafts").reload()
    return window


def _name(widget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    assert iface is not None, widget
    return iface.text(QAccessible.Text.Name).strip()


def _unnamed(root) -> list[str]:
    out = []
    for w in focusable(root):
        if isinstance(w, QComboBox) and w.count() == 0:
            continue  # an empty list box is named by its current text, which it has not
        if not _name(w):
            out.append(f"{type(w).__name__} {w.objectName()!r}")
    return out


def _surfaces(window, qtbot):
    for name in VIEWS:
        window.show_view(name)
        qtbot.wait(20)
        yield name, window.view(name)
    for name, make in dialogs(window):
        dialog = make()
        dialog.show()
        qtbot.waitExposed(dialog)
        yield name, dialog
        dialog.close()
        dialog.deleteLater()


def test_every_focusable_control_of_every_view_and_dialog_has_a_name(demo, qtbot):
    problems = []
    counted = 0
    for name, root in _surfaces(demo, qtbot):
        counted += len(focusable(root))
        problems += [f"{name}: {what}" for what in _unnamed(root)]
    assert counted > 100  # the views and 13 dialogs, not an empty walk
    assert not problems, "\n".join(problems)


def test_labels_are_buddies_and_tables_are_named_and_left_with_tab(demo, qtbot):
    problems = []
    for name, root in _surfaces(demo, qtbot):
        for label in root.findChildren(QLabel):
            if re.search(r"(?<!&)&[^&\s]", label.text()) and not label.text().startswith("<"):
                if label.buddy() is None:
                    problems.append(f"{name}: label {label.text()!r} has a mnemonic, no buddy")
        for form in root.findChildren(QFormLayout):
            for row in range(form.rowCount()):
                item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
                field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
                label = item.widget() if item else None
                widget = field.widget() if field else None
                if (
                    isinstance(label, QLabel)
                    and widget is not None
                    and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
                    and label.buddy() is not widget
                ):
                    problems.append(f"{name}: form label {label.text()!r} is not its buddy")
        for view in root.findChildren(QAbstractItemView):
            if not view.isVisibleTo(root) or view.parentWidget() is None:
                continue
            if type(view).__name__ in ("QListView",) and view.objectName().startswith("qt_"):
                continue
            header = getattr(view, "horizontalHeader", None)
            if header is None:
                continue
            if not view.accessibleName():
                problems.append(f"{name}: table {type(view).__name__} has no name")
            if not header().accessibleName():
                problems.append(f"{name}: {view.accessibleName()!r} headers have no name")
            if view.tabKeyNavigation():
                problems.append(f"{name}: Tab walks the cells of {view.accessibleName()!r}")
    assert not problems, "\n".join(problems)


def test_the_table_headers_name_each_column(demo, qtbot):
    demo.show_view("scorecard")
    table = demo.scorecard_view.table
    iface = QAccessible.queryAccessibleInterface(table)
    headers = [
        child.text(QAccessible.Text.Name)
        for child in (iface.child(i) for i in range(iface.childCount()))
        if child is not None and child.role() == QAccessible.Role.ColumnHeader
    ]
    assert headers[:4] == ["Vendor", "Channel", "Contacts", "Reply rate"]


def test_announcer_waits_for_the_value_to_settle_and_says_it_once(qtbot, qapp):
    from PySide6.QtWidgets import QWidget

    widget = QWidget()
    qtbot.addWidget(widget)
    announcer = PoliteAnnouncer(widget, delay_ms=60)
    announcer.update("Heat 10 · calm", ("calm", 10))
    announcer.flush()  # the first value is the description, not news
    assert widget.accessibleDescription() == "Heat 10 · calm" and announcer.announced == []
    for heat in range(11, 60, 3):  # keystrokes, one re-score each
        announcer.update(f"Heat {heat} · firm", ("firm", heat))
        assert announcer.announced == []
    qtbot.waitUntil(lambda: not announcer.pending(), timeout=2000)
    assert announcer.announced == ["Heat 59 · firm"]
    assert widget.accessibleDescription() == "Heat 59 · firm"


def test_heat_gauge_and_hold_badge_expose_their_value_and_speak_politely(demo, desk, qtbot):
    demo.show_view("drafts")
    editor = demo.drafts_view.editor
    gauge = editor.tone.gauge
    badge = editor.badge
    assert gauge.accessibleName() == "Heat gauge" and badge.accessibleName() == "Cooling-off hold"
    gauge.announcer.flush()
    badge.announcer.flush()
    said = len(gauge.announcer.announced)
    editor.editor.setFocus()
    editor.editor.selectAll()
    for ch in "YOU PEOPLE ARE USELESS CLOWNS!!! I WANT MY MONEY BACK NOW!!!":
        qtbot.keyClick(editor.editor, ch)
    editor.rescore_now()
    assert len(gauge.announcer.announced) == said  # nothing said while typing goes on
    qtbot.waitUntil(lambda: not gauge.announcer.pending(), timeout=5000)
    assert gauge.accessibleDescription() == gauge.text()
    assert gauge.accessibleDescription().startswith("Heat ")
    assert len(gauge.announcer.announced) <= said + 1
    editor.save_now()
    badge.announcer.flush()
    assert badge.headline.text() in badge.accessibleDescription()


# -- colours drawn outside labels and models (the contrast test reads those) --------------


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_underlines_meter_and_history_marks_read_in_both_schemes(dark):
    from complaint_desk.ui.widgets import copy_length_meter, signal_highlights

    surface = palette.dark_palette() if dark else palette.light_palette()
    base = surface.color(surface.ColorRole.Base).name()
    for kind in signal_highlights.KIND_COLOURS:
        colour = signal_highlights.colour_for(kind, 1.0, dark).name()
        assert palette.contrast(colour, base) >= 3.0, (kind, colour)
    personal = signal_highlights.PERSONAL_COLOUR_DARK if dark else signal_highlights.PERSONAL_COLOUR
    assert palette.contrast(personal, base) >= 3.0, personal
    for count in (10, 95, 120):
        colour = copy_length_meter.meter_colour(count, 100, dark)
        assert palette.contrast(colour, palette.colour("track", dark)) >= 3.0
        assert copy_length_meter.role_of(colour) == copy_length_meter.meter_role(count, 100)
    assert (
        palette.contrast(palette.colour("text_error", dark), palette.colour("error_bg", dark))
        >= 4.5
    )
    assert (
        palette.contrast(palette.colour("text_ok", dark), palette.colour("success_bg", dark)) >= 4.5
    )


def test_history_diff_marks_follow_the_scheme(qapp):
    from complaint_desk.ui.dialogs.history_dialog import word_diff_html

    try:
        palette.apply_theme("dark")
        html = word_diff_html("a calm kettle", "a broken kettle")
        assert palette.colour("error_bg", dark=True) in html
        assert palette.colour("text_ok", dark=True) in html
        assert "underline" in html and "line-through" in html  # not by colour alone
        assert QColor(palette.colour("text_ok", dark=True)).isValid()
    finally:
        palette.apply_theme("system")


# -- the AT-SPI walk ----------------------------------------------------------------------


def _walk_needs() -> str | None:
    """Why the AT-SPI walk cannot run here (None: it can)."""
    if not sys.platform.startswith("linux"):
        return "AT-SPI is Linux's accessibility bus"
    for tool in ("Xvfb", "dbus-run-session"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (apt install xvfb dbus-x11)"
    if not Path("/usr/libexec/at-spi-bus-launcher").exists() and not shutil.which(
        "at-spi-bus-launcher"
    ):
        return "at-spi2-core is not installed (apt install at-spi2-core)"
    probe = subprocess.run(
        ["/usr/bin/python3", "-c", "import pyatspi"], capture_output=True, check=False
    )
    if probe.returncode != 0:
        return "the system python has no pyatspi (apt install python3-pyatspi)"
    return None


def test_the_atspi_walk_finds_no_unnamed_control(tmp_path):
    why = _walk_needs()
    if why is not None:
        pytest.skip(f"AT-SPI walk not possible here: {why}")
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)
    result = subprocess.run(
        ["/usr/bin/python3", str(ROOT / "tools" / "a11y_walk.py"), "--python", sys.executable],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    out = result.stdout + result.stderr
    assert result.returncode == 0, out[-4000:]
    assert "unnamed focusable objects: 0" in out
