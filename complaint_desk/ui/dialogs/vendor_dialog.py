"""Add or edit a vendor: name, handles per site, support contacts, notes."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from complaint_desk.core.models import Vendor
from complaint_desk.ui.dialogs.form_dialog import FormDialog

HANDLE_SITES = (
    ("x", "X handle", "@acme"),
    ("bluesky", "Bluesky handle", "acme.bsky.social"),
    ("mastodon", "Mastodon handle", "@acme@mastodon.social"),
    ("threads", "Threads handle", "@acme"),
    ("facebook", "Facebook page", "https://facebook.com/acme"),
    ("linkedin", "LinkedIn page", "https://linkedin.com/company/acme"),
    ("reddit", "Subreddit", "r/acme"),
)


class VendorDialog(FormDialog):
    def __init__(self, vendor: Vendor | None = None, parent=None) -> None:
        super().__init__("Edit vendor" if vendor else "Add vendor", parent)
        self._vendor = vendor
        self.name = QLineEdit(vendor.name if vendor else "")
        self.name.setPlaceholderText("Company name")
        self.handles: dict[str, QLineEdit] = {}
        self.phone = QLineEdit(vendor.phone if vendor else "")
        self.email = QLineEdit(vendor.email if vendor else "")
        self.url = QLineEdit(vendor.url if vendor else "")
        self.url.setPlaceholderText("Support page")
        self.notes = QPlainTextEdit(vendor.notes if vendor else "")
        self.notes.setFixedHeight(70)
        form = self.form
        form.addRow("Name", self.name)
        for site, label, hint in HANDLE_SITES:
            edit = QLineEdit(vendor.handles.get(site, "") if vendor else "")
            edit.setPlaceholderText(hint)
            edit.setObjectName(f"handle_{site}")
            self.handles[site] = edit
            form.addRow(label, edit)
        form.addRow("Support phone", self.phone)
        form.addRow("Support email", self.email)
        form.addRow("Support URL", self.url)
        form.addRow("Notes", self.notes)
        self.finish()

    def validate(self) -> tuple[str, QWidget | None] | None:
        if not self.name.text().strip():
            return "A vendor needs a name.", self.name
        return None

    def vendor(self) -> Vendor:
        return Vendor(
            self._vendor.id if self._vendor else None,
            self.name.text().strip(),
            {site: e.text().strip() for site, e in self.handles.items() if e.text().strip()},
            self.phone.text().strip(),
            self.email.text().strip(),
            self.url.text().strip(),
            self.notes.toPlainText().strip(),
        )
