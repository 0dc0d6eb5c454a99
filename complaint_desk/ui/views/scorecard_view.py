"""The scorecard: how fast and how well each vendor answered, per channel."""

from __future__ import annotations

from functools import partial

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
from complaint_desk.ui.models.scorecard_model import ScorecardModel
from complaint_desk.ui.widgets.response_chart import ResponseChart

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
        tune_table(self.table, precision=24)  # ~15 rows on screen
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
        for signal in (desk.records.timeline_changed, desk.records.vendors_changed):
            signal.connect(self.request_reload)
        desk.records.warmed.connect(self._on_warmed)
        self.request_reload()

    def reload(self, *_args) -> None:
        """One scorecard computation feeds both the table and the chart."""
        if self._fill():
            self._reveal()

    def _fill(self) -> bool:
        """Compute the scorecard into the table and the chart (not shown yet); False while the
        records are loading (the view then says so)."""
        if self.desk.records.warming():
            # The records are loading on a worker thread: `warmed` reloads us when they are in.
            self.splitter.hide()
            self.empty.hide()
            self.loading.show()
            return False
        self._show_card(scorecard(self.desk.records))
        return True

    def _show_card(self, card) -> None:
        self.model.set_rows([r for r in card.rows if r.contacts])
        self.chart.set_card(card)

    def _reveal(self) -> None:
        has_rows = self.model.rowCount() > 0
        self.loading.hide()
        self.splitter.setVisible(has_rows)
        self.empty.setVisible(not has_rows)

    def _on_warmed(self) -> None:
        """The records are in: the figures are computed now, put into the table and the chart
        on the next pass of the event loop, behind the loading note, and shown on the pass after
        (computing, filling and laying out are each ~10-30 ms at 10,000 drafts: one long stall
        of the window becomes three short ones; the event loop goes round, input and painting,
        in between)."""
        if not self.isVisible():
            self._stale = True  # reloaded when shown
            return
        self._stale = False
        if self.desk.records.warming():
            self._fill()  # a new load started: the note stays
            return
        self.on_next_pass(partial(self._fill_with, scorecard(self.desk.records)))

    def _fill_with(self, card) -> None:
        if self.desk.records.warming():
            return  # a new load started: the note stays, `warmed` comes again
        self._show_card(card)
        self.on_next_pass(self._reveal_if_filled)

    def _reveal_if_filled(self) -> None:
        if self.desk.records.warming():
            return  # a new load started: the note stays
        # The table first, the chart on the pass after: laying out and painting both in one
        # pass took ~70 ms at 10,000 drafts (1,400 rows), each alone about half.
        self.chart_scroll.hide()
        self._reveal()
        self.on_next_pass(self.chart_scroll.show)
