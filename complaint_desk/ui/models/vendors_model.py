"""The vendors list: name, handles, open cases, contacts, last contact."""

from __future__ import annotations

from complaint_desk.app.record_rows import VendorRow
from complaint_desk.core.formatting import name_order
from complaint_desk.ui import palette
from complaint_desk.ui.models.table_model import RecordTableModel


def _handles(row: VendorRow) -> str:
    shown = ("x", "bluesky", "mastodon")
    return "  ".join(f"{k}: {v}" for k, v in sorted(row.vendor.handles.items()) if k in shown)


class VendorsModel(RecordTableModel[VendorRow]):
    NAME, HANDLES, OPEN, CONTACTS, LAST, WAITING = range(6)
    COLUMNS = (
        ("Vendor", lambda r: r.vendor.name),
        ("Handles", _handles),
        ("Open cases", lambda r: r.open_cases),
        ("Contacts", lambda r: r.contacts),
        (
            "Last contact",
            lambda r: r.last_contact.astimezone().strftime("%d %b %Y") if r.last_contact else "—",
        ),
        ("Waiting for a reply", lambda r: r.waiting_text),
    )

    def sort_key(self, record: VendorRow, column: int):
        if column == self.LAST:
            return record.last_contact.timestamp() if record.last_contact else 0.0
        if column == self.NAME:
            return name_order(record.vendor.name)
        return super().sort_key(record, column)

    def foreground(self, record: VendorRow, column: int):
        if column == self.WAITING and record.quiet:
            return palette.qcolour("text_error")
        return None

    def tooltip(self, record: VendorRow, column: int):
        if column == self.WAITING and record.waiting:
            lines = [w.text for w in record.waiting]
            if record.quiet:
                lines.append("Past a fair reply time: see the case for the next step.")
            return "\n".join(lines)
        return None

    def row_of(self, vendor_id: int) -> int:
        for i, r in enumerate(self._rows):
            if r.vendor.id == vendor_id:
                return i
        return -1
