"""The whole draft rewritten calmly, side by side with the original, taken sentence by sentence."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from complaint_desk.ui import a11y


class CalmVersionDialog(QDialog):
    """Rows: original sentence | calmer sentence (with both heats) | a tick to use it.

    "Use ticked" emits `accepted_edit(start, end, replacement)`: the one span of the draft that
    changes (from the first to the last ticked sentence), so the editor applies every accepted
    sentence as a single undoable edit."""

    accepted_edit = Signal(int, int, str)

    def __init__(self, text: str, facts=None, parent=None, worked_out=None) -> None:
        """`worked_out`: `calm_suggestions(text, facts)` already computed (on a worker, for a
        long draft); None works it out here."""
        super().__init__(parent)
        from complaint_desk.app.scoring import calm_suggestions

        self.setWindowTitle("Calm version")
        self.resize(900, 480)
        self.text = text
        items, before, after = worked_out or calm_suggestions(text, facts)
        self.items: list = items
        self.summary = QLabel(
            f"Heat {before:.0f} now; {after:.0f} with every calmer sentence. Numbers, dates, "
            "references, amounts, @handles and links are kept as you wrote them. Untick what "
            "you want to keep."
            if self.items
            else "Nothing to calm: every sentence already reads calm."
        )
        self.summary.setWordWrap(True)
        self.table = QTableWidget(len(self.items), 3)
        self.table.setObjectName("calmTable")
        self.table.setHorizontalHeaderLabels(["Your sentence", "Calmer", "Use"])
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(True)
        a11y.table(
            self.table,
            "Calmer sentences",
            "Your sentence, the calmer one, and a tick to use it (Space ticks or unticks)",
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        for row, item in enumerate(self.items):
            was = text[item.start : item.end].strip() or "(added)"
            original = QTableWidgetItem(f"{was}\n(heat {item.heat_before:.0f})")
            calmer = item.replacement.strip() or "(left out: nothing in it to act on)"
            new = QTableWidgetItem(f"{calmer}\n(heat {item.heat_after:.0f}) — {item.reason}")
            for cell in (original, new):
                cell.setFlags(Qt.ItemFlag.ItemIsEnabled)
            tick = QTableWidgetItem()
            tick.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            tick.setCheckState(Qt.CheckState.Checked)
            self.table.setItem(row, 0, original)
            self.table.setItem(row, 1, new)
            self.table.setItem(row, 2, tick)
        self.table.resizeRowsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.use_button = buttons.addButton("&Use ticked", QDialogButtonBox.ButtonRole.AcceptRole)
        a11y.name(self.use_button, "Use the ticked sentences")
        self.use_button.setEnabled(bool(self.items))
        buttons.accepted.connect(self._use)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def ticked(self) -> list:
        return [
            item
            for row, item in enumerate(self.items)
            if self._tick(row).checkState() == Qt.CheckState.Checked
        ]

    def set_ticked(self, rows: set[int]) -> None:
        for row in range(len(self.items)):
            state = Qt.CheckState.Checked if row in rows else Qt.CheckState.Unchecked
            self._tick(row).setCheckState(state)

    def _tick(self, row: int):
        """The row's tick box (every row is made with one)."""
        item = self.table.item(row, 2)
        assert item is not None
        return item

    def result_text(self) -> str:
        """The draft with the ticked sentences used (what the editor will show)."""
        chosen = sorted(self.ticked(), key=lambda i: -i.start)
        out = self.text
        for item in chosen:
            out = out[: item.start] + item.replacement + out[item.end :]
        return out

    def _use(self) -> None:
        chosen = self.ticked()
        if chosen:
            start = min(i.start for i in chosen)
            end = max(i.end for i in chosen)
            new = self.result_text()
            tail = len(self.text) - end
            self.accepted_edit.emit(start, end, new[start : len(new) - tail])
        self.accept()
