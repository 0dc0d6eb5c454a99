"""The drafts list: title, vendor, heat and hold countdown for every draft."""

from __future__ import annotations

import textwrap
from datetime import datetime

from complaint_desk.core.draft_types import DraftSummary
from complaint_desk.core.formatting import hold_order, hold_status
from complaint_desk.ui.models.table_model import RecordTableModel
from complaint_desk.ui.palette import band_colour, qcolour

TOOLTIP_WIDTH = 60  # characters per line of a row's tooltip


class DraftsModel(RecordTableModel[DraftSummary]):
    TITLE, VENDOR, HEAT, HOLD = range(4)
    COLUMNS = (
        ("Draft", lambda s: s.title),
        ("Vendor", lambda s: s.vendor_name),
        ("Heat", lambda s: None if s.heat is None else round(s.heat)),
        ("Hold", lambda s: s.ready_at),
    )

    PATCH_RELOADS = True  # arrival_key orders ties as the store hands rows over
    ROW_KEY = "draft_id"

    def __init__(self, now, parent=None, preview=None) -> None:
        super().__init__(parent)
        self._now = now  # callable returning the desk's trusted "now"
        self._preview = preview  # callable: draft id -> the start of its text (the tooltip)

    def refresh_countdowns(self) -> None:
        if self._rows:
            top = self.index(0, self.HOLD)
            bottom = self.index(len(self._rows) - 1, self.HOLD)
            self.dataChanged.emit(top, bottom)

    def hold_text(self, s: DraftSummary, now: datetime) -> str:
        return hold_status(s, now)

    def display(self, record: DraftSummary, column: int) -> str:
        if column == self.HOLD:
            return self.hold_text(record, self._now())
        return super().display(record, column)

    def sort_key(self, record: DraftSummary, column: int):
        if column == self.HOLD:
            return hold_order(record)
        if column == self.HEAT:
            return -1.0 if record.heat is None else record.heat
        return super().sort_key(record, column).__str__().lower()

    def sort_keys(self, rows: list[DraftSummary], column: int) -> list:
        if column == self.HOLD:
            return list(map(hold_order, rows))
        return super().sort_keys(rows, column)

    def arrival_key(self, record: DraftSummary):
        # The store's order: latest edit (or creation) first, then the highest id.
        when = record.updated_at or record.created_at
        return (when is not None, when.timestamp() if when else 0.0, record.draft_id)

    def foreground(self, record: DraftSummary, column: int):
        if column == self.HEAT and record.heat is not None:
            return band_colour(record.heat)
        if column == self.HOLD and self.hold_text(record, self._now()) == "Ready":
            return qcolour("text_ok")
        return None

    def tooltip(self, record: DraftSummary, column: int):
        # The start of the text, in lines of a readable width (a tooltip does not wrap by itself).
        preview = self._preview(record.draft_id) if self._preview else ""
        return "\n".join(textwrap.wrap(preview, TOOLTIP_WIDTH)) or None

    def row_of(self, draft_id: int) -> int:
        for row, s in enumerate(self._rows):
            if s.draft_id == draft_id:
                return row
        return -1
