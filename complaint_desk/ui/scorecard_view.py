"""The scorecard: how fast and how well each vendor answered, per channel."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from complaint_desk.app.desk import Desk
from complaint_desk.app.records import scorecard
from complaint_desk.ui import a11y
from complaint_desk.ui.lazy_reload import LazyReload, tune_table
from complaint_desk.ui.response_chart import ResponseChart
from complaint_desk.ui.scorecard_model import ScorecardModel

LEGEND = (
    "Median first reply is coloured against published service figures: social ≤ 1 h excellent, "
    "≤ 24 h fair, over 72 h poor; email ≤ 24 h good, ≤ 3 days fair, over 15 days poor."
)


class ScorecardView(LazyReload, QWidget):
    def __init__(self, desk: Desk, parent=None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.model = ScorecardModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        tune_table(self.table)
        header.setStretchLastSection(True)
        a11y.table(
            self.table,
            "Scorecard",
            "Per vendor and channel: reply rate, median and 90th-percentile first reply",
        )
        self.chart = ResponseChart()
        self.chart_scroll = QScrollArea()
        self.chart_scroll.setWidget(self.chart)
        self.chart_scroll.setWidgetResizable(True)
        self.chart_scroll.setFrameShape(QScrollArea.Shape.StyledPanel)
        a11y.name(self.chart_scroll, "Response times chart", "The scorecard's figures, drawn")
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.chart_scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        QWidget.setTabOrder(self.table, self.chart_scroll)  # the table first, as laid out
        self.legend = QLabel(LEGEND)
        self.legend.setWordWrap(True)
        self.empty = QLabel("No contacts logged yet: the scorecard fills in as you log them.")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setObjectName("emptyState")
        self.loading = QLabel("Loading your records…")
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.loading.setObjectName("loadingState")
        self.loading.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.loading, 1)
        layout.addWidget(self.legend)
        for signal in (
            desk.records.timeline_changed,
            desk.records.vendors_changed,
            desk.records.warmed,
        ):
            signal.connect(self.request_reload)
        self.request_reload()

    def reload(self, *_args) -> None:
        """One scorecard computation feeds both the table and the chart."""
        if self.desk.records.warming():
            # The records are loading on a worker thread: `warmed` reloads us when they are in.
            self.splitter.hide()
            self.empty.hide()
            self.loading.show()
            return
        self.loading.hide()
        card = scorecard(self.desk.records)
        rows = [r for r in card.rows if r.contacts]
        self.model.set_rows(rows)
        self.chart.set_card(card)
        self.splitter.setVisible(bool(rows))
        self.empty.setVisible(not rows)
