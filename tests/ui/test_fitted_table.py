"""FittedTable gives the widths a plain QTableView gives, measuring each state once."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QTableView

from complaint_desk.ui.widgets.fitted_table import FittedTable


class Words(QAbstractTableModel):
    def __init__(self, rows: list[str]) -> None:
        super().__init__()
        self.rows = rows
        self.reads = 0

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 1

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        self.reads += 1
        return self.rows[index.row()] if role == Qt.ItemDataRole.DisplayRole else None

    def set_row(self, row: int, text: str) -> None:
        self.rows[row] = text
        self.dataChanged.emit(self.index(row, 0), self.index(row, 0))

    def append(self, text: str) -> None:
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows))
        self.rows.append(text)
        self.endInsertRows()

    def reset(self, rows: list[str]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()


def _pair(qtbot, rows):
    model = Words(rows)
    fitted, plain = FittedTable(), QTableView()
    for table in (fitted, plain):
        qtbot.addWidget(table)
        table.horizontalHeader().setResizeContentsPrecision(40)
        table.setModel(model)
        table.resize(300, 200)
    return model, fitted, plain


def test_widths_follow_every_change_like_a_plain_table(qtbot):
    model, fitted, plain = _pair(qtbot, ["x" * (i % 13) for i in range(200)])

    def same() -> None:
        assert fitted.sizeHintForColumn(0) == plain.sizeHintForColumn(0)

    same()
    model.set_row(3, "a much longer line than any other")
    same()
    model.append("y")
    same()
    model.reset(["short"] * 5)
    same()
    model.reset(["x" * (i % 60) for i in range(200)])
    for table in (fitted, plain):
        table.show()
    qtbot.waitExposed(fitted)
    same()
    for table in (fitted, plain):
        table.verticalScrollBar().setValue(70)  # the rows measured are the ones in view
    same()
    font = fitted.font()
    font.setPointSize(font.pointSize() + 6)
    for table in (fitted, plain):
        table.setFont(font)
    same()


def test_a_layout_pass_with_nothing_changed_reads_no_data(qtbot):
    model, fitted, _plain = _pair(qtbot, [f"row {i}" for i in range(100)])
    fitted.sizeHintForColumn(0)
    before = model.reads
    fitted.resize(300, 500)  # more rows in view: scrolled to the top, the same rows are measured
    assert fitted.sizeHintForColumn(0) == fitted.sizeHintForColumn(0)
    assert model.reads == before
    model.set_row(0, "changed")
    fitted.sizeHintForColumn(0)
    assert model.reads > before
