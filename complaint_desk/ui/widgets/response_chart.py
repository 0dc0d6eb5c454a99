"""Response-time chart drawn with QPainter: median first reply per channel, and vendors compared.

Both panels share a log time axis (1 min … 30 days, ticks "5 min, 1 h, 1 day, 1 week") because
reply times span four orders of magnitude. Colours are the reference bands the table uses.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from complaint_desk.core.formatting import format_duration
from complaint_desk.core.records.history import Scorecard, ScoreRow
from complaint_desk.ui import palette

AXIS_MIN = 60.0  # 1 min, in seconds
AXIS_MAX = 30 * 86400.0  # 30 days
TICKS = (
    (60.0, "1 min"),
    (300.0, "5 min"),
    (3600.0, "1 h"),
    (86400.0, "1 day"),
    (604800.0, "1 week"),
)
# Bar colours per reply band: light/dark pairs in ui.palette.REPLY_BARS (3:1 on the chart).
ROW_H = 22
GAP = 6
TITLE_H = 24
AXIS_H = 22


def axis_fraction(value: timedelta) -> float:
    """Where a duration sits on the log axis, 0 (≤ 1 min) … 1 (≥ 30 days)."""
    seconds = min(max(value.total_seconds(), AXIS_MIN), AXIS_MAX)
    return math.log(seconds / AXIS_MIN) / math.log(AXIS_MAX / AXIS_MIN)


TAG_GAP = 4.0  # pixels kept between two channel tags on a vendor's row


def merged_tags(
    tags: list[tuple[float, str]], width: Callable[[str], float]
) -> list[tuple[float, str]]:
    """Channel tags centred over their dots, merged where they would overlap.

    Dots of channels answered in about the same time sit on top of each other, and their tags
    ran together ("Phone" and "Chat" read "PCone"). Tags whose text would touch become one,
    centred over their dots: "Phone · Chat", or "Phone +2" for three or more."""
    groups: list[list[tuple[float, str]]] = [[t] for t in sorted(tags)]

    def label(group: list[tuple[float, str]]) -> str:
        names = [name for _x, name in group]
        return " · ".join(names) if len(names) <= 2 else f"{names[0]} +{len(names) - 1}"

    def centre(group: list[tuple[float, str]]) -> float:
        return (group[0][0] + group[-1][0]) / 2

    merged = True
    while merged:  # a merged tag is wider: it may now touch its other neighbour
        merged = False
        for i in range(len(groups) - 1):
            left, right = groups[i], groups[i + 1]
            left_end = centre(left) + width(label(left)) / 2
            right_start = centre(right) - width(label(right)) / 2
            if right_start < left_end + TAG_GAP:
                groups[i : i + 2] = [left + right]
                merged = True
                break
    return [(centre(g), label(g)) for g in groups]


def _colour(row: ScoreRow, dark: bool | None = None) -> QColor:
    band = row.band
    return palette.reply_bar(band.colour if band else None, dark)


class ResponseChart(QWidget):
    """Left: one bar per channel (all vendors). Right: one line per vendor, a dot per channel."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.channel_rows: list[ScoreRow] = []
        self.vendor_rows: list[tuple[str, list[ScoreRow]]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName("Response-time chart")

    def set_card(self, card: Scorecard) -> None:
        self.channel_rows = [
            r for r in card.channel_rows if r.channel is not None and r.median_first_response
        ]
        self.channel_rows += [
            r for r in card.channel_rows if r.channel is not None and not r.median_first_response
        ]
        by_vendor: dict[int | None, list[ScoreRow]] = {}
        names: dict[int | None, str] = {}
        for r in card.rows:
            if r.channel is not None and r.median_first_response is not None:
                by_vendor.setdefault(r.vendor_id, []).append(r)
                names[r.vendor_id] = r.vendor_name
        self.vendor_rows = [(names[v], rows) for v, rows in by_vendor.items()]
        self.setToolTip(self.summary())
        self.updateGeometry()
        self.update()

    def summary(self) -> str:
        """The chart in words (tooltip and accessibility)."""
        parts = [
            f"{r.channel.label}: {format_duration(r.median_first_response)}"
            for r in self.channel_rows
            if r.channel is not None and r.median_first_response is not None
        ]
        return "Median first reply — " + ", ".join(parts) if parts else "No replies yet"

    def tip_at(self, pos: QPointF) -> str:
        """Words for the point under the pointer: on a vendor's row of "Vendors compared", its
        channels by median first reply (tags of close dots are merged there: "Chat +2" names
        one of three); elsewhere the chart in words."""
        plot = self._vendors_plot()
        step = ROW_H + GAP
        if not self.vendor_rows or pos.y() < plot.top() or pos.x() < plot.left() - 12:
            return self.summary()
        index = int((pos.y() - plot.top()) // step)
        if index >= len(self.vendor_rows):
            return self.summary()
        name, rows = self.vendor_rows[index]
        timed = [r for r in rows if r.median_first_response is not None and r.channel]
        timed.sort(key=lambda r: r.median_first_response or timedelta(0))
        parts = [
            f"{r.channel.label} {format_duration(r.median_first_response)}"
            for r in timed
            if r.channel is not None and r.median_first_response is not None
        ]
        return f"{name}, median first reply: " + ", ".join(parts)

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ToolTip:
            QToolTip.showText(e.globalPos(), self.tip_at(QPointF(e.pos())), self)  # type: ignore[attr-defined]
            return True
        return super().event(e)

    def sizeHint(self) -> QSize:  # noqa: N802
        rows = max(len(self.channel_rows), len(self.vendor_rows), 3)
        return QSize(900, TITLE_H + AXIS_H + rows * (ROW_H + GAP) + 12)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(500, 140)

    def paintEvent(self, event) -> None:  # noqa: N802
        # Only the rows in the part being painted: in its scroll area a chart of a few hundred
        # vendors shows a handful at a time, and drawing all of them took tens of milliseconds.
        exposed = QRectF(event.rect()) if event is not None else QRectF(self.rect())
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), self.palette().base())
        left, right = self._panels()
        self._channels(p, left)
        self._vendors(p, right, exposed)
        p.end()

    # -- panels ---------------------------------------------------------------------------------
    def _labels_width(self, fm: QFontMetrics, labels: list[str]) -> float:
        return min(180.0, max([fm.horizontalAdvance(t) for t in labels] + [40]) + 10)

    def _panels(self) -> tuple[QRectF, QRectF]:
        """The two panels: by channel (left) and vendors compared (right)."""
        rect = QRectF(self.rect()).adjusted(8, 4, -8, -4)
        half = rect.width() / 2
        left = QRectF(rect.left(), rect.top(), half - 12, rect.height())
        right = QRectF(rect.left() + half + 12, rect.top(), half - 12, rect.height())
        return left, right

    def _plot_rect(self, rect: QRectF, labels: list[str]) -> QRectF:
        label_w = self._labels_width(QFontMetrics(self.font()), labels)
        rows_h = max(1, len(labels)) * (ROW_H + GAP)
        return QRectF(
            rect.left() + label_w, rect.top() + TITLE_H, rect.width() - label_w - 20, rows_h
        )

    def _vendors_plot(self) -> QRectF:
        return self._plot_rect(self._panels()[1], [name for name, _rows in self.vendor_rows])

    def _frame(self, p: QPainter, rect: QRectF, title: str, labels: list[str]) -> QRectF:
        """Draw the title, tick lines and tick labels; the plot area (bars go inside)."""
        fm = QFontMetrics(self.font())
        bold = self.font()
        bold.setBold(True)
        p.setFont(bold)
        p.setPen(self.palette().text().color())
        p.drawText(QRectF(rect.left(), rect.top(), rect.width(), TITLE_H), title)
        p.setFont(self.font())
        plot = self._plot_rect(rect, labels)
        grid = QPen(palette.qcolour("grid", palette.is_dark(self.palette())))
        grid.setStyle(Qt.PenStyle.DashLine)
        muted = self.palette().placeholderText().color()
        for seconds, text in TICKS:
            x = plot.left() + plot.width() * axis_fraction(timedelta(seconds=seconds))
            p.setPen(grid)
            p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            p.setPen(muted)
            w = fm.horizontalAdvance(text)
            p.drawText(QPointF(x - w / 2, plot.bottom() + fm.ascent() + 4), text)
        return plot

    def _row_label(
        self,
        p: QPainter,
        rect: QRectF,
        plot: QRectF,
        y: float,
        text: str,
        fm: QFontMetrics | None = None,
    ) -> None:
        fm = fm if fm is not None else QFontMetrics(self.font())
        p.setPen(self.palette().text().color())
        shown = fm.elidedText(text, Qt.TextElideMode.ElideRight, int(plot.left() - rect.left() - 8))
        p.drawText(
            QRectF(rect.left(), y, plot.left() - rect.left() - 8, ROW_H),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
            shown,
        )

    def _channels(self, p: QPainter, rect: QRectF) -> None:
        labels = [r.channel.label for r in self.channel_rows if r.channel is not None]
        plot = self._frame(p, rect, "Median first reply by channel (all vendors)", labels)
        if not self.channel_rows:
            self._empty(p, plot)
            return
        fm = QFontMetrics(self.font())
        for i, r in enumerate(self.channel_rows):
            y = plot.top() + i * (ROW_H + GAP) + GAP / 2
            self._row_label(p, rect, plot, y, labels[i])
            if r.median_first_response is None:
                p.setPen(self.palette().placeholderText().color())
                p.drawText(
                    QRectF(plot.left() + 4, y, plot.width(), ROW_H),
                    Qt.AlignmentFlag.AlignVCenter,
                    "no replies yet",
                )
                continue
            width = max(3.0, plot.width() * axis_fraction(r.median_first_response))
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(_colour(r))
            p.drawRoundedRect(QRectF(plot.left(), y, width, ROW_H), 3, 3)
            text = format_duration(r.median_first_response)
            p.setPen(self.palette().text().color())
            tx = plot.left() + width + 4
            if tx + fm.horizontalAdvance(text) > plot.right() + 18:
                tx = plot.left() + width - fm.horizontalAdvance(text) - 4
            p.drawText(
                QRectF(tx, y, fm.horizontalAdvance(text) + 2, ROW_H),
                Qt.AlignmentFlag.AlignVCenter,
                text,
            )

    def _vendors(self, p: QPainter, rect: QRectF, exposed: QRectF | None = None) -> None:
        labels = [name for name, _rows in self.vendor_rows]
        plot = self._frame(p, rect, "Vendors compared (median first reply per channel)", labels)
        if not self.vendor_rows:
            self._empty(p, plot)
            return
        small = self.font()
        small.setPointSizeF(max(6.5, small.pointSizeF() * 0.8))
        sfm = QFontMetrics(small)
        fm = QFontMetrics(self.font())
        dark = palette.is_dark(self.palette())
        track = QPen(palette.qcolour("track", dark), 2)
        outline = QPen(palette.qcolour("outline", dark), 1)
        text_colour = self.palette().text().color()
        # The rows the exposed part shows (a row's tags reach a little above it).
        first, last = 0, len(self.vendor_rows) - 1
        if exposed is not None:
            step = ROW_H + GAP
            first = max(0, int((exposed.top() - plot.top() - ROW_H) // step))
            last = min(last, int((exposed.bottom() - plot.top() + ROW_H) // step) + 1)
        for i in range(first, last + 1):
            name, rows = self.vendor_rows[i]
            y = plot.top() + i * (ROW_H + GAP) + GAP / 2
            self._row_label(p, rect, plot, y, name, fm)
            mid = y + ROW_H / 2
            p.setPen(track)
            p.drawLine(QPointF(plot.left(), mid), QPointF(plot.right(), mid))
            tags = []
            for r in rows:
                assert r.median_first_response is not None and r.channel is not None
                x = plot.left() + plot.width() * axis_fraction(r.median_first_response)
                p.setPen(outline)
                p.setBrush(_colour(r, dark))
                p.drawEllipse(QPointF(x, mid), 6, 6)
                tags.append((x, r.channel.label.split()[0]))
            p.setFont(small)
            p.setPen(text_colour)
            for x, tag in merged_tags(tags, sfm.horizontalAdvance):
                p.drawText(QPointF(x - sfm.horizontalAdvance(tag) / 2, y - 1), tag)
            p.setFont(self.font())

    def _empty(self, p: QPainter, plot: QRectF) -> None:
        p.setPen(self.palette().placeholderText().color())
        p.drawText(plot, Qt.AlignmentFlag.AlignCenter, "No replies logged yet")
