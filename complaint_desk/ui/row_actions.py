"""What a list's rows offer by keyboard and right-click: Delete, and a menu of actions."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QMenu, QWidget


def on_delete_key(table: QAbstractItemView, slot: Callable[[], object]) -> None:
    """The Delete key on the table (only while it has the focus) calls `slot`."""
    key = QShortcut(QKeySequence.StandardKey.Delete, table)
    key.setContext(Qt.ShortcutContext.WidgetShortcut)
    key.activated.connect(slot)


def row_menu(
    parent: QWidget,
    table: QAbstractItemView,
    pos: QPoint,
    actions: Sequence[tuple[str, Callable[[], object]] | None],
) -> bool:
    """Select the row under `pos` and pop up `actions` (None: a separator); False off a row."""
    index = table.indexAt(pos)
    if not index.isValid():
        return False
    table.setCurrentIndex(index)
    menu = QMenu(parent)
    for item in actions:
        if item is None:
            menu.addSeparator()
        else:
            menu.addAction(item[0], item[1])
    menu.popup(table.viewport().mapToGlobal(pos))
    return True
