"""A plain-text editor that asks the app before any of its text leaves by copy, cut or drag.

Typing stays free; only the hand-over is checked. `gate` is a callable returning a CopyDecision
(from DraftsService.decide_copy); when it refuses, nothing reaches the clipboard and
`copy_refused` carries the reason for the window to show. The paths: the Copy/Cut key sequences,
the `copy()`/`cut()` slots, the context menu's Copy/Cut (re-routed to those slots), drag-out and
the X11 selection clipboard (both built by `createMimeDataFromSelection`, which hands out nothing).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPlainTextEdit, QToolTip

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

HELD_TIP = "Cooling off: this draft can't leave the app yet."


class GuardedEditor(QPlainTextEdit):
    copy_refused = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._gate: Callable[[], object] | None = None

    def set_gate(self, gate: Callable[[], object] | None) -> None:
        self._gate = gate

    def _refusal(self) -> str | None:
        if self._gate is None:
            return None
        decision = self._gate()
        if getattr(decision, "allowed", False):
            return None
        return getattr(decision, "message", "This draft can't be copied yet.")

    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802 (Qt override)
        reason = self._refusal()
        if reason is not None:
            # Also asked for the X11 selection clipboard on every mouse selection: only a drag
            # (a button held down) deserves the message; either way nothing is handed out.
            if QGuiApplication.mouseButtons() != Qt.MouseButton.NoButton:
                self.copy_refused.emit(reason)
            return QMimeData()
        return super().createMimeDataFromSelection()

    def keyPressEvent(self, event) -> None:  # noqa: N802
        # Loaded with the first key press: QKeySequence's enums cost the first paint ~2 ms.
        from PySide6.QtGui import QKeySequence

        hand_over = event.matches(QKeySequence.StandardKey.Cut) or event.matches(
            QKeySequence.StandardKey.Copy
        )
        if hand_over and self.textCursor().hasSelection():
            reason = self._refusal()
            if reason is not None:
                # Refuse the whole action: the clipboard keeps what it had, and a refused cut
                # leaves the text where it is (deleting what could not be handed over loses it).
                self.copy_refused.emit(reason)
                return
        super().keyPressEvent(event)

    def copy(self) -> None:
        if self.textCursor().hasSelection():
            reason = self._refusal()
            if reason is not None:
                self.copy_refused.emit(reason)
                return
        super().copy()

    def cut(self) -> None:
        if self.textCursor().hasSelection():
            reason = self._refusal()
            if reason is not None:
                self.copy_refused.emit(reason)
                return
        super().cut()

    def context_menu(self, pos: QPoint) -> QMenu:
        """The standard menu, with Copy and Cut going through the gate (and saying why not)."""
        menu = self.createStandardContextMenu(pos)
        held = self._refusal() is not None
        for action in menu.actions():
            name = action.objectName()
            if name not in ("edit-copy", "edit-cut"):
                continue
            # Qt wires these to the C++ slots, which would skip the gate: route them through ours.
            action.triggered.disconnect()
            action.triggered.connect(self.copy if name == "edit-copy" else self.cut)
            if held:
                action.setText(
                    action.text().split("\t")[0] + " (cooling off)\t" + _shortcut(action)
                )
                action.setToolTip(HELD_TIP)
        menu.setToolTipsVisible(True)
        return menu

    def contextMenuEvent(self, event) -> None:  # noqa: N802
        menu = self.context_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            position = self.cursorForPosition(event.pos()).position()
            for sel in self.extraSelections():
                if sel.cursor.selectionStart() <= position < sel.cursor.selectionEnd():
                    QToolTip.showText(event.globalPos(), sel.format.toolTip(), self)
                    return True
            QToolTip.hideText()
            event.ignore()
            return True
        return super().event(event)


def _shortcut(action) -> str:
    parts = action.text().split("\t", 1)
    return parts[1] if len(parts) == 2 else ""
