"""The checks shown before copy-out on one site: length, personal data (with Redact), the site's
rules and the heat. It shows what the app service found and forwards the user's redactions."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from complaint_desk.app.copy_out import MAX_THREAD_PARTS, CopyPreview
from complaint_desk.ui import a11y, palette
from complaint_desk.ui.widgets.copy_length_meter import LengthMeter
from complaint_desk.ui.widgets.heat_gauge import HeatGauge

MAX_ROWS = MAX_THREAD_PARTS  # rows of findings or issues built at most (a line says the rest)

# severity -> (icon, palette role of the text, palette role of its background)
SEVERITY = {
    "error": ("✖", "text_error", "error_bg"),
    "warning": ("⚠", "text_warning", "warning_bg"),
    "info": ("ℹ", "text_info", "info_bg"),
}


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("checksHeading")  # coloured by the panel's style sheet
    return label


def _clear(layout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item.widget() is not None:
            item.widget().hide()
            item.widget().deleteLater()
        elif item.layout() is not None:
            _clear(item.layout())


class ChecksPanel(QFrame):
    redact_requested = Signal(str)  # the exact text of one finding
    redact_all_requested = Signal()
    undo_redactions_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("checksPanel")
        self._preview: CopyPreview | None = None
        self._restyle()
        palette.on_theme_change(self, self._restyle)
        self.title = QLabel()
        self.title.setStyleSheet("font-size:14px; font-weight:bold;")
        self.meter = LengthMeter()
        self.heat = HeatGauge()
        self.redact_all = QPushButton("Redact a&ll")
        a11y.name(self.redact_all, "Redact all personal data")
        self.redact_all.clicked.connect(self.redact_all_requested)
        self.undo = QPushButton("&Undo redactions")
        a11y.name(self.undo, "Undo redactions")
        self.undo.setFlat(True)
        self.undo.clicked.connect(self.undo_redactions_requested)
        self.pii_summary = QLabel()
        self.pii_summary.setWordWrap(True)
        self.pii_box = QVBoxLayout()
        self.pii_box.setSpacing(4)
        self.rules_box = QVBoxLayout()
        self.rules_box.setSpacing(4)
        self.redact_buttons: dict[str, QPushButton] = {}
        self.issue_labels: list[QLabel] = []

        pii_head = QHBoxLayout()
        pii_head.addWidget(_heading("Personal data"))
        pii_head.addStretch(1)
        pii_head.addWidget(self.undo)
        pii_head.addWidget(self.redact_all)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.title)
        layout.addWidget(_heading("Length"))
        layout.addWidget(self.meter)
        layout.addLayout(pii_head)
        layout.addWidget(self.pii_summary)
        layout.addLayout(self.pii_box)
        layout.addWidget(_heading("Site rules"))
        layout.addLayout(self.rules_box)
        layout.addWidget(_heading("Heat"))
        layout.addWidget(self.heat)
        layout.addStretch(1)

    def _restyle(self) -> None:
        self.setStyleSheet(
            f"#checksPanel {{ background:{palette.colour('panel_bg')}; border:1px solid "
            f"{palette.colour('card_border')}; border-radius:8px; }}"
            f" #checksPanel QLabel {{ color:{palette.colour('box_text')}; }}"
            f" #checksPanel QLabel#checksHeading {{ font-weight:bold; margin-top:6px;"
            f" color:{palette.colour('text_heading')}; }}"
        )
        if self._preview is not None:  # rich text and issue rows carry colours of their own
            self.set_preview(self._preview)

    def set_preview(self, preview: CopyPreview) -> None:
        self._preview = preview
        self.title.setText(f"Checks for {preview.site_name}")
        parts = preview.parts
        if preview.too_long:
            self.meter.set_length(
                preview.total_chars, preview.limit, "characters: too long for any site"
            )
        elif len(parts) > 1:
            longest = max(preview.part_counts)
            self.meter.set_length(
                longest, preview.limit, f"longest of {len(parts)} parts ({preview.count:,} in all)"
            )
        else:
            self.meter.set_length(preview.count, preview.limit, "as the site counts it")
        self.heat.set_heat(preview.heat)
        self._show_pii(preview)
        self._show_rules(preview)

    def _show_pii(self, preview: CopyPreview) -> None:
        _clear(self.pii_box)
        self.redact_buttons = {}
        self.redact_all.setVisible(bool(preview.pii))
        self.undo.setVisible(bool(preview.redacted))
        if not preview.pii and not preview.redacted:
            self.pii_summary.setText(palette.span("✓ None found.", "text_ok"))
        elif not preview.pii:
            self.pii_summary.setText(
                palette.span(f"✓ {len(preview.redacted)} redacted; none left.", "text_ok")
            )
        else:
            self.pii_summary.setText(
                palette.span("Anyone can read this once it is posted.", "text_warning")
            )
        # One row per distinct text (a phone number given ten times is one thing to redact).
        times: dict[str, int] = {}
        firsts = []
        for finding in preview.pii:
            if finding.text not in times:
                firsts.append(finding)
            times[finding.text] = times.get(finding.text, 0) + 1
        for finding in firsts[:MAX_ROWS]:
            row = QHBoxLayout()
            repeat = times[finding.text]
            label = QLabel(
                f"{palette.span(escape(finding.label), 'text_muted')}&nbsp; "
                f"<b>{escape(finding.text)}</b>"
                + (f" {palette.span(f'×{repeat}', 'text_muted')}" if repeat > 1 else "")
            )
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            button = QPushButton("Redact")
            button.setToolTip(f"Replace “{finding.text}” in what is copied")
            a11y.name(button, f"Redact {finding.label}: {finding.text}")
            button.clicked.connect(lambda _=False, t=finding.text: self.redact_requested.emit(t))
            self.redact_buttons.setdefault(finding.text, button)
            row.addWidget(label, 1)
            row.addWidget(button)
            self.pii_box.addLayout(row)
        if len(firsts) > MAX_ROWS:
            more = QLabel(f"… and {len(firsts) - MAX_ROWS:,} more (Redact all covers them).")
            more.setStyleSheet(f"color:{palette.colour('text_warning')};")
            self.pii_box.addWidget(more)

    def _show_rules(self, preview: CopyPreview) -> None:
        _clear(self.rules_box)
        self.issue_labels = []
        # Personal-data warnings are the list above; a site's own ban on them stays here.
        issues = [i for i in preview.issues if i.rule not in ("personal_data", "heat")]
        if not issues:
            ok = QLabel(palette.span(f"✓ Nothing against {preview.site_name}'s rules.", "text_ok"))
            self.rules_box.addWidget(ok)
            return
        if len(issues) > MAX_ROWS:
            more = QLabel(f"… and {len(issues) - MAX_ROWS:,} more.")
            issues = issues[:MAX_ROWS]
        else:
            more = None
        for issue in issues:
            icon, colour_role, background_role = SEVERITY.get(issue.severity, SEVERITY["info"])
            colour, background = palette.colour(colour_role), palette.colour(background_role)
            label = QLabel(f"{icon}  {issue.message}")
            label.setWordWrap(True)
            label.setProperty("severity", issue.severity)
            label.setStyleSheet(
                f"color:{colour}; background:{background}; border-radius:4px; padding:4px 6px;"
            )
            self.rules_box.addWidget(label)
            self.issue_labels.append(label)
        if more is not None:
            self.rules_box.addWidget(more)

    def issue_texts(self, severity: str | None = None) -> list[str]:
        return [
            label.text()
            for label in self.issue_labels
            if severity is None or label.property("severity") == severity
        ]
