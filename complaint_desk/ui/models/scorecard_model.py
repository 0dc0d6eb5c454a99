"""Scorecard rows: per vendor and channel, response times with their reference band colours."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from complaint_desk.core.formatting import format_duration, reply_rate_text
from complaint_desk.core.records.history import ScoreRow
from complaint_desk.ui import palette
from complaint_desk.ui.models.table_model import RecordTableModel

_FONT_ROLE = Qt.ItemDataRole.FontRole

# Light shades, kept for readers of the table; cells use palette.reply_shade (light/dark).
BAND_SHADES = {
    "green": "#c8e6c9",
    "light-green": "#dcedc8",
    "amber": "#fff3c4",
    "orange": "#ffe0b2",
    "red": "#ffcdd2",
}


def _rate(value: float | None) -> str:
    return "—" if value is None else f"{value:.0%}"


class ScorecardModel(RecordTableModel[ScoreRow]):
    VENDOR, CHANNEL, CONTACTS, REPLY, MEDIAN, P90, RESOLVED, RESOLUTION = range(8)
    COLUMNS = (
        ("Vendor", lambda r: "" if r.channel else r.vendor_name),
        ("Channel", lambda r: f"   {r.channel.label}" if r.channel else "All channels"),
        ("Contacts", lambda r: r.contacts),
        ("Reply rate", lambda r: reply_rate_text(r.reply_rate, r.pending)),
        ("Median first reply", lambda r: format_duration(r.median_first_response)),
        ("90th percentile", lambda r: format_duration(r.p90_first_response)),
        ("Resolved", lambda r: _rate(r.resolution_rate)),
        ("Median to resolution", lambda r: format_duration(r.median_resolution)),
    )

    def sort_key(self, record: ScoreRow, column: int):
        if column == self.VENDOR:
            return record.vendor_name.lower()
        return super().sort_key(record, column)

    def background(self, record: ScoreRow, column: int):
        if column == self.MEDIAN and record.band is not None:
            return palette.reply_shade(record.band.colour)  # the scheme's shade (or none)
        return None

    def tooltip(self, record: ScoreRow, column: int):
        if column == self.MEDIAN and record.band is not None and record.channel is not None:
            return f"{record.band.label} for {record.channel.label.lower()}"
        if column in (self.VENDOR, self.CHANNEL):
            return record.vendor_name
        return None

    _bold: QFont | None = None

    def data(self, index, role=0):
        # Asked for every cell and role on each refresh: no import or enum lookup per call.
        if role == _FONT_ROLE and index.isValid():
            if self._rows[index.row()].channel is None:
                if ScorecardModel._bold is None:
                    font = QFont()
                    font.setBold(True)
                    ScorecardModel._bold = font
                return ScorecardModel._bold
        return super().data(index, role)
