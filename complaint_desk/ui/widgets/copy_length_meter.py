"""A length meter for one post: a green, amber (from 90 %) or red (over) bar with "212 / 280"."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath
from PySide6.QtWidgets import QSizePolicy, QWidget

from complaint_desk.ui import palette

# The palette's text roles (a light/dark pair each, AA on the window, the card and the track).
GREEN, AMBER, RED = "text_ok", "text_warning", "text_error"
NEAR = 0.9


def meter_role(count: int, limit: int) -> str:
    """Green within the limit, amber from 90 % of it, red over it (a palette role)."""
    if count > limit:
        return RED
    if count >= NEAR * limit:
        return AMBER
    return GREEN


def meter_colour(count: int, limit: int, dark: bool | None = None) -> str:
    """The meter's colour as "#rrggbb" in the scheme on screen (or the one given)."""
    return palette.colour(meter_role(count, limit), dark)


def role_of(colour: str) -> str:
    """The role a `meter_colour` came from, whichever scheme it was taken in."""
    for role in (GREEN, AMBER):
        if colour.lower() in (c.lower() for c in palette.COLOURS[role]):
            return role
    return RED


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
        return meter_colour(self._count, self._limit, palette.is_dark(self.palette()))

    def paintEvent(self, _event) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1, 2, -1, -2)
        track = QPainterPath()
        track.addRoundedRect(rect, 5, 5)
        dark = palette.is_dark(self.palette())
        p.fillPath(track, palette.qcolour("track", dark))
        p.setPen(self.palette().mid().color())
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
            # The share as a solid line in the band's colour (3:1 on the track in both schemes).
            line = QRectF(fill.left() + 2, rect.bottom() - 3, max(2.0, fill.width() - 4), 3)
            p.fillRect(line, QColor(self.colour()))
        # The figure in the window's text colour: it reads on the track and on the tint alike.
        p.setPen(self.palette().windowText().color())
        font = p.font()
        font.setBold(True)
        p.setFont(font)
        p.drawText(rect.adjusted(8, 0, -8, 0), Qt.AlignmentFlag.AlignVCenter, self.text())
        p.end()
