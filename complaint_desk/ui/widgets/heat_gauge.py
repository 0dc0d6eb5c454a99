"""The heat gauge: a 0-100 bar in the band's colour with the number and band name."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPainterPath
from PySide6.QtWidgets import QSizePolicy, QWidget

from complaint_desk.ui import palette
from complaint_desk.ui.a11y import PoliteAnnouncer
from complaint_desk.ui.palette import band_colour, band_for


def _worth_saying(old, new) -> bool:
    if old is None or new is None:
        return old != new
    return old[0] != new[0] or abs(old[1] - new[1]) >= 5


class HeatGauge(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._heat: float | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName("Heat gauge")
        self.setAccessibleDescription(self.text())
        # Said once the heat settles (not per keystroke), when its band or 5 points changed.
        self.announcer = PoliteAnnouncer(self, worth_saying=_worth_saying)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(220, 30)

    def set_heat(self, heat: float | None) -> None:
        self._heat = heat
        self.setToolTip(self.text())
        key = None if heat is None else (band_for(heat), round(heat))
        self.announcer.update(self.text(), key)
        self.update()

    def heat(self) -> float | None:
        return self._heat

    def text(self) -> str:
        if self._heat is None:
            return "Heat: –"
        return f"Heat {round(self._heat)} · {band_for(self._heat)}"

    def paintEvent(self, _event) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1, 4, -1, -4)
        track = QPainterPath()
        track.addRoundedRect(rect, 6, 6)
        dark = palette.is_dark(self.palette())
        p.fillPath(track, palette.qcolour("track", dark))
        p.setPen(self.palette().mid().color())
        p.drawPath(track)
        font = p.font()
        font.setBold(True)
        p.setFont(font)
        text_rect = rect.adjusted(10, 0, -10, 0)
        align = Qt.AlignmentFlag.AlignVCenter
        # The label in the window's text colour over the track…
        p.setPen(self.palette().windowText().color())
        p.drawText(text_rect, align, self.text())
        if self._heat is not None:
            fill = QRectF(rect)
            fill.setWidth(max(8.0, rect.width() * min(100.0, max(0.0, self._heat)) / 100.0))
            path = QPainterPath()
            path.addRoundedRect(fill, 6, 6)
            p.fillPath(path, band_colour(self._heat, dark))
            # …and in the colour that reads on the band where the fill covers it.
            p.setClipPath(path)
            p.setPen(palette.qcolour("on_band", dark))
            p.drawText(text_rect, align, self.text())
        p.end()
