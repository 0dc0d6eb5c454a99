"""The copy-out view: pick a released draft and a site, check it, copy it (part by part)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from complaint_desk.app.copy_out import CopyOptions, CopyPreview
from complaint_desk.app.desk import Desk
from complaint_desk.core import platforms
from complaint_desk.core.models import DraftStatus

SEVERITY_COLOURS = {"error": "#b71c1c", "warning": "#9e6a00", "info": "#1565c0"}


def meter_colour(count: int, limit: int) -> str:
    if count > limit:
        return "#b71c1c"
    if count > 0.9 * limit:
        return "#b26a00"
    return "#2e7d32"


class CopyView(QWidget):
    message = Signal(str)

    def __init__(self, desk: Desk, parent=None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.draft_box = QComboBox()
        self.draft_box.setMinimumContentsLength(28)
        self.site_box = QComboBox()
        for pid, profile in platforms.PLATFORMS.items():
            self.site_box.addItem(profile.name, pid)
        self.handle_check = QCheckBox("Add the vendor's handle")
        self.handle_check.setChecked(True)
        self.redact_check = QCheckBox("Remove personal data")
        self.hashtags = QLineEdit()
        self.hashtags.setPlaceholderText("Hashtags (optional)")
        for w in (self.draft_box, self.site_box):
            w.currentIndexChanged.connect(self.refresh)
        for w in (self.handle_check, self.redact_check):
            w.toggled.connect(self.refresh)
        self.hashtags.textChanged.connect(self.refresh)

        self.locked = QLabel()
        self.locked.setObjectName("lockedState")
        self.locked.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.locked.setWordWrap(True)
        self.locked.setStyleSheet(
            "#lockedState { background:#fff4e5; border:1px solid #f0b35b; border-radius:8px;"
            " padding:24px; font-size:15px; }"
        )

        self.counter = QLabel()
        self.counter.setObjectName("counter")
        self.checks = QLabel()
        self.checks.setWordWrap(True)
        self.checks.setTextFormat(Qt.TextFormat.RichText)
        self.parts_box = QWidget()
        self.parts_layout = QVBoxLayout(self.parts_box)
        self.parts_layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.parts_box)
        self.copy_all = QPushButton("Copy all")
        self.copy_all.clicked.connect(lambda: self.copy(None))
        self.compose = QPushButton("Copy and open the site")
        self.compose.clicked.connect(self.open_compose)
        ready = QWidget()
        ready_layout = QVBoxLayout(ready)
        ready_layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(self.counter)
        head.addStretch(1)
        head.addWidget(self.copy_all)
        head.addWidget(self.compose)
        ready_layout.addLayout(head)
        ready_layout.addWidget(self.checks)
        ready_layout.addWidget(scroll, 1)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.locked)
        self.stack.addWidget(ready)

        grid = QGridLayout()
        grid.addWidget(QLabel("Draft"), 0, 0)
        grid.addWidget(self.draft_box, 0, 1)
        grid.addWidget(QLabel("Site"), 0, 2)
        grid.addWidget(self.site_box, 0, 3)
        grid.addWidget(self.handle_check, 1, 1)
        grid.addWidget(self.redact_check, 1, 3)
        grid.addWidget(self.hashtags, 2, 1, 1, 3)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(3, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(grid)
        layout.addWidget(self.stack, 1)

        self.preview: CopyPreview | None = None
        self.part_buttons: list[QPushButton] = []
        desk.drafts.drafts_changed.connect(self.reload_drafts)
        desk.releases.connect(lambda _ids: self.refresh())
        self._tick = QTimer(self, interval=30_000)
        self._tick.timeout.connect(self.refresh)
        self._tick.start()
        self.reload_drafts()

    @property
    def draft_id(self) -> int | None:
        data = self.draft_box.currentData()
        return int(data) if data is not None else None

    @property
    def platform_id(self) -> str:
        return str(self.site_box.currentData())

    def options(self) -> CopyOptions:
        return CopyOptions(
            self.handle_check.isChecked(), self.redact_check.isChecked(), self.hashtags.text()
        )

    def reload_drafts(self) -> None:
        current = self.draft_id
        self.draft_box.blockSignals(True)
        self.draft_box.clear()
        for s in self.desk.drafts.summaries():
            if s.status is DraftStatus.WITHDRAWN or not s.revision_count:
                continue
            self.draft_box.addItem(f"{s.title} · {s.vendor_name}", s.draft_id)
        if current is not None and self.draft_box.findData(current) >= 0:
            self.draft_box.setCurrentIndex(self.draft_box.findData(current))
        self.draft_box.blockSignals(False)
        self.refresh()

    def select(self, draft_id: int, platform_id: str | None = None) -> None:
        index = self.draft_box.findData(draft_id)
        if index >= 0:
            self.draft_box.setCurrentIndex(index)
        if platform_id:
            self.site_box.setCurrentIndex(max(0, self.site_box.findData(platform_id)))
        self.refresh()

    def refresh(self, *_args) -> None:
        if self.draft_id is None:
            self.preview = None
            self.locked.setText("No draft to copy yet.\nWrite one in Drafts; it appears here.")
            self.stack.setCurrentWidget(self.locked)
            return
        decision = self.desk.copy_out.decide(self.draft_id)
        if not decision.allowed:
            self.preview = None
            self.locked.setText(f"Locked while cooling off\n\n{decision.message}")
            self.stack.setCurrentWidget(self.locked)
            return
        self.preview = self.desk.copy_out.preview(self.draft_id, self.platform_id, self.options())
        self._show_preview(self.preview)
        self.stack.setCurrentIndex(1)

    def _show_preview(self, preview: CopyPreview) -> None:
        colour = meter_colour(preview.count, preview.limit)
        profile = self.desk.copy_out.profile(preview.platform_id)
        threaded = f" · {len(preview.parts)} parts" if len(preview.parts) > 1 else ""
        self.counter.setText(
            f"<span style='color:{colour}; font-weight:bold'>{preview.count:,} / {preview.limit:,}</span>"
            f" characters as {profile.name} counts them{threaded}"
        )
        lines = []
        for issue in preview.issues:
            c = SEVERITY_COLOURS.get(issue.severity, "#333")
            lines.append(f"<span style='color:{c}'>● {issue.message}</span>")
        if preview.pii:
            kinds = sorted({f.kind for f in preview.pii})
            lines.append(
                "<span style='color:#9e6a00'>● Personal data in the text: "
                + ", ".join(kinds)
                + ". Tick “Remove personal data” to redact it.</span>"
            )
        lines.append(f"Heat {round(preview.heat)}")
        self.checks.setText("<br>".join(lines))
        while self.parts_layout.count():
            item = self.parts_layout.takeAt(0)
            old = item.widget()
            if old is not None:
                old.hide()
                old.deleteLater()
        self.part_frames: list[QFrame] = []
        self.part_buttons = []
        for i, part in enumerate(preview.parts):
            frame = QFrame()
            frame.setFrameShape(QFrame.Shape.StyledPanel)
            box = QVBoxLayout(frame)
            text = QPlainTextEdit(part)
            text.setReadOnly(True)
            text.setFixedHeight(96)
            row = QHBoxLayout()
            n = profile.count(part)
            label = QLabel(
                f"Part {i + 1} of {len(preview.parts)} · "
                f"<span style='color:{meter_colour(n, profile.limit)}'>{n} / {profile.limit}</span>"
            )
            button = QPushButton(f"Copy part {i + 1}" if len(preview.parts) > 1 else "Copy")
            button.clicked.connect(lambda _=False, k=i: self.copy(k))
            self.part_buttons.append(button)
            row.addWidget(label)
            row.addStretch(1)
            row.addWidget(button)
            box.addLayout(row)
            box.addWidget(text)
            self.parts_layout.addWidget(frame)
            self.part_frames.append(frame)
        self.parts_layout.addStretch(1)
        self.compose.setEnabled(profile.compose_url("x") is not None)

    def copy(self, part: int | None) -> None:
        if self.draft_id is None:
            return
        decision = self.desk.copy_out.copy(self.draft_id, self.platform_id, self.options(), part)
        if not decision.allowed:
            self.message.emit(decision.message)
            self.refresh()
            return
        if part is not None and 0 <= part < len(self.part_buttons):
            self.part_buttons[part].setText("Copied ✓")
        else:
            self.copy_all.setText("Copied ✓")
            QTimer.singleShot(2000, lambda: self.copy_all.setText("Copy all"))
        self.message.emit("Copied. The post is recorded on the case; the vendor's clock has started.")

    def open_compose(self) -> None:
        if self.draft_id is None:
            return
        decision = self.desk.copy_out.open_compose(self.draft_id, self.platform_id, self.options())
        if not decision.allowed:
            self.message.emit(decision.message)
