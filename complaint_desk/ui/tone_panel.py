"""What the heat is made of: the top contributors and a jump to the hottest sentence."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from complaint_desk.ui.heat_gauge import HeatGauge

if TYPE_CHECKING:
    from complaint_desk.core import tone


class TonePanel(QWidget):
    jump_requested = Signal(int, int)  # start, end (code points) of the hottest sentence

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.gauge = HeatGauge()
        self.contributors = QLabel("Start typing: the heat shows here.")
        self.contributors.setObjectName("contributors")
        self.contributors.setWordWrap(True)
        self.hottest = QPushButton("Hottest sentence")
        self.hottest.setToolTip("Select the sentence that adds the most heat")
        self.hottest.setEnabled(False)
        self.hottest.clicked.connect(self._jump)
        self._hottest_span: tuple[int, int] | None = None
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.gauge, 1)
        row.addWidget(self.hottest)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addWidget(self.contributors)

    def show_report(self, report: tone.ToneReport | None) -> None:
        if report is None:
            self.gauge.set_heat(None)
            self.contributors.setText("Start typing: the heat shows here.")
            self.hottest.setEnabled(False)
            return
        from complaint_desk.core import tone  # loaded with the first report, not at start-up

        self.gauge.set_heat(report.heat)
        self.contributors.setText(_contributors_line(report))
        hot = max(report.sentences, key=lambda s: s.heat, default=None)
        # Worth a jump: a sentence past calm in a draft that is not calm as a whole, or a heated
        # sentence anywhere (one outburst in a long, calm letter).
        worth = hot is not None and (
            (hot.heat >= 25 and report.band != "calm") or tone.band_for(hot.heat) in _HOT_BANDS
        )
        self._hottest_span = (hot.start, hot.end) if hot is not None and worth else None
        self.hottest.setEnabled(self._hottest_span is not None)

    def _jump(self) -> None:
        if self._hottest_span is not None:
            self.jump_requested.emit(*self._hottest_span)


_HOT_BANDS = ("heated", "furious")


def _contributors_line(report: tone.ToneReport) -> str:
    """ "Where the heat comes from: Insults +18, Shouting +9 · Cooling it: Specific facts −4"."""
    from complaint_desk.core import tone

    found = tone.contributors(report)
    hot = [f"{label} +{points:.0f}" for label, points in found if points >= 0.5]
    cool = [f"{label} −{-points:.0f}" for label, points in reversed(found) if points <= -0.5]
    parts = []
    if hot:
        parts.append("Where the heat comes from: " + ", ".join(hot[:5]))
    else:
        parts.append("Nothing reads as hostile.")
    if cool:
        parts.append("Cooling it: " + ", ".join(cool[:3]))
    return "\n".join(parts)
