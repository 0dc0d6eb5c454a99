"""A length meter for one post: a green, amber (from 90 %) or red (over) bar with "212 / 280"."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath
from PySide6.QtWidgets import QSizePolicy, QWidget

GREEN, AMBER, RED = "#2e7d32", "#b26a00", "#b71c1c"
NEAR = 0.9


def meter_colour(count: int, limit: int) -> str:
    """Green within the limit, amber from 90 % of it, red over it."""
    if count > limit:
        return RED
    if count >= NEAR * limit:
        return AMBER
    return GREEN


class LengthMeter(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._count = 0
        self._limit = 1
        self._caption = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName("Length meter")

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(240, 26)

    def set_length(self, count: int, limit: int, caption: str = "") -> None:
        self._count, self._limit, self._caption = count, max(1, limit), caption
        self.setToolTip(self.text())
        self.setAccessibleDescription(self.text())
        self.update()

    def text(self) -> str:
        shown = f"{self._count:,} / {self._limit:,}"
        return f"{shown} · {self._caption}" if self._caption else shown

    def colour(self) -> str:
        return meter_colour(self._count, self._limit)

    def paintEvent(self, _event) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1, 2, -1, -2)
        track = QPainterPath()
        track.addRoundedRect(rect, 5, 5)
        p.fillPath(track, QColor("#eceff1"))
        p.setPen(QColor("#cfd8dc"))
        p.drawPath(track)
        share = min(1.0, self._count / self._limit)
        if share > 0:
            fill = QRectF(rect)
            fill.setWidth(max(6.0, rect.width() * share))
            path = QPainterPath()
            path.addRoundedRect(fill, 5, 5)
            colour = QColor(self.colour())
            colour.setAlpha(70)
            p.fillPath(path, colour)
        p.setPen(QColor(self.colour()))
        font = p.font()
        font.setBold(True)
        p.setFont(font)
        p.drawText(rect.adjusted(8, 0, -8, 0), Qt.AlignmentFlag.AlignVCenter, self.text())
        p.end()
