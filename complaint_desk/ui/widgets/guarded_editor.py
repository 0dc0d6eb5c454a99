"""A plain-text editor that asks the app before any of its text leaves by copy, cut or drag.

Typing stays free; only the hand-over is checked. `gate` is a callable returning a CopyDecision
(from DraftsService.decide_copy, which first saves the text on screen as a version and judges
that); when it refuses, nothing reaches the clipboard, the text is left as it was, and
`copy_refused` carries the reason for the window to show. The paths: the Copy/Cut key sequences,
the `copy()`/`cut()` slots, the context menu's Copy/Cut (re-routed to those slots), the X11
selection clipboard (built by `createMimeDataFromSelection`) and drag-out.

Drag never moves text: Qt's own drag would delete the selection when another window accepts it
as a move (and delete it even when the gate handed out nothing). Here a drag from the selection
is started by this class, as a copy only, with the gated data; a refused drag does not start.

Pastes and drops larger than `MAX_TEXT` are refused with a message instead of freezing the
window: no site takes a post anywhere near that long.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QToolTip

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

HELD_TIP = "Cooling off: this draft can't leave the app yet."
# The longest text a draft takes. Reddit's 40,000-character body is the longest any site accepts;
# a letter with its whole timeline stays well under this. Larger pastes are refused, not cut.
MAX_TEXT = 100_000


class GuardedEditor(QPlainTextEdit):
    copy_refused = Signal(str)
    paste_refused = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._gate: Callable[[], object] | None = None
        self._press_in_selection: QPoint | None = None
        self.setTabChangesFocus(True)  # Tab moves on; a draft has no use for tab characters

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

    # -- drag: a copy of what the gate allows, never a move ---------------------------------
    def _in_selection(self, pos: QPoint) -> bool:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return False
        at = self.cursorForPosition(pos).position()
        return cursor.selectionStart() <= at < cursor.selectionEnd()

    def mousePressEvent(self, event) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton and self._in_selection(
            event.position().toPoint()
        ):
            # Qt would arm its own drag here (a move that deletes the selection when dropped in
            # another window): remember the press and decide on the next move or release.
            self._press_in_selection = event.position().toPoint()
            event.accept()
            return
        self._press_in_selection = None
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        start = self._press_in_selection
        if start is not None:
            if (event.position().toPoint() - start).manhattanLength() >= (
                QApplication.startDragDistance()
            ):
                self._press_in_selection = None
                self._start_copy_drag()
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        start, self._press_in_selection = self._press_in_selection, None
        if start is not None:
            # A click in the selection without a drag: put the cursor there, as Qt would.
            self.setTextCursor(self.cursorForPosition(event.position().toPoint()))
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def _start_copy_drag(self) -> None:
        from PySide6.QtGui import QDrag

        reason = self._refusal()
        if reason is not None:
            self.copy_refused.emit(reason)
            return
        data = QMimeData()
        data.setText(self.textCursor().selectedText().replace("\u2029", "\n"))
        drag = QDrag(self)
        drag.setMimeData(data)
        drag.exec(Qt.DropAction.CopyAction)  # only ever a copy: the text stays here

    # -- paste and drop: bounded ------------------------------------------------------------
    def insertFromMimeData(self, source) -> None:  # noqa: N802
        if source is not None and source.hasText():
            incoming = len(source.text())
            selected = len(self.textCursor().selectedText())
            total = len(self.toPlainText()) - selected + incoming
            if total > MAX_TEXT:
                self.paste_refused.emit(
                    f"That paste is {incoming:,} characters; a draft holds up to {MAX_TEXT:,} "
                    "(no site takes a post longer than 40,000). Nothing was pasted: paste the "
                    "part you want to say."
                )
                return
        super().insertFromMimeData(source)

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
