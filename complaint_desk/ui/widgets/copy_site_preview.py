"""A preview of the post close to how the site shows it: one card per thread part, each with its
own count and copy button. It shows the text the app service built; it never edits it.

At most `MAX_THREAD_PARTS` cards are built (a line says how many more parts there are): a huge
draft's thousands of parts would take minutes to build as widgets."""

from __future__ import annotations

import re
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from complaint_desk.app.copy_out import MAX_THREAD_PARTS, CopyPreview
from complaint_desk.ui import a11y, palette
from complaint_desk.ui.widgets.copy_length_meter import meter_colour

# What a site shows as a link: @mentions, #hashtags, web addresses, and the redaction marks.
_LINKISH = re.compile(r"(?<!\w)[@#][\w.@-]*\w|https?://\S+|\[[a-z ]+ removed\]")


class _PartText(QPlainTextEdit):
    """Read-only post text that grows to fit (no inner scrollbar)."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.setReadOnly(True)
        self.setTabChangesFocus(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setStyleSheet(
            f"background:transparent; font-size:14px; color:{palette.colour('box_text')};"
        )
        self._highlight()
        self.document().documentLayout().documentSizeChanged.connect(self._fit)

    def _highlight(self) -> None:
        text = self.toPlainText()
        for m in _LINKISH.finditer(text):
            fmt = QTextCharFormat()
            removed = m.group().startswith("[")
            fmt.setForeground(palette.qcolour("text_warning" if removed else "text_link"))
            if removed:
                fmt.setBackground(palette.qcolour("warning_bg"))
            cursor = QTextCursor(self.document())
            cursor.setPosition(m.start())
            cursor.setPosition(m.end(), QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(fmt)

    def _fit(self, *_args) -> None:
        lines = max(2, int(self.document().size().height()))
        height = int(lines * self.fontMetrics().lineSpacing() + 12)
        self.setFixedHeight(min(height, 420))

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()


class SitePreview(QScrollArea):
    copy_part_requested = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.box = QWidget()
        self.box.setObjectName("previewBox")
        self.layout_ = QVBoxLayout(self.box)
        self.layout_.setContentsMargins(0, 0, 4, 0)
        self.layout_.setSpacing(10)
        self.setWidget(self.box)
        a11y.name(self, "Post preview", "The text as the site will show it, part by part")
        self.part_frames: list[QFrame] = []
        self.part_buttons: list[QPushButton] = []
        self.part_counts: list[QLabel] = []
        self.more_label: QLabel | None = None
        self._preview: CopyPreview | None = None
        # The cards' colours are baked in when built: rebuild them when the scheme flips.
        palette.on_theme_change(self, self._rebuild)

    def _rebuild(self) -> None:
        if self._preview is not None:
            self.set_preview(self._preview)

    def set_preview(self, preview: CopyPreview) -> None:
        self._preview = preview
        while self.layout_.count():
            item = self.layout_.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.part_frames, self.part_buttons, self.part_counts = [], [], []
        self.more_label = None
        review = _is_review(preview)
        n = len(preview.parts)
        for i, part in enumerate(preview.parts[:MAX_THREAD_PARTS]):
            frame = QFrame()
            frame.setObjectName("postCard")
            frame.setStyleSheet(
                f"#postCard {{ background:{palette.colour('card_bg')}; border:1px solid "
                f"{palette.colour('card_border')}; border-radius:10px; }}"
                f" #postCard QLabel {{ color:{palette.colour('box_text')}; }}"
            )
            card = QVBoxLayout(frame)
            card.setContentsMargins(12, 10, 12, 8)
            card.addLayout(self._card_head(preview, i, n, review))
            part_text = _PartText(part)
            a11y.name(part_text, f"Post text, part {i + 1} of {n}" if n > 1 else "Post text")
            card.addWidget(part_text)
            foot = QHBoxLayout()
            count = preview.part_counts[i] if i < len(preview.part_counts) else 0
            colour = meter_colour(count, preview.limit)
            shown = f"{count:,} / {preview.limit:,}"
            total = "" if preview.too_long else f" of {n}"
            of = f"Part {i + 1}{total} · " if n > 1 else ""
            label = QLabel(of + palette.span(shown, _meter_role(colour), bold=True))
            button = QPushButton(f"Copy part {i + 1}" if n > 1 else "Copy")
            button.setMinimumWidth(110)
            a11y.name(button, f"Copy part {i + 1}" if n > 1 else "Copy the post", shown)
            button.setEnabled(not preview.too_long)
            button.clicked.connect(lambda _=False, k=i: self.copy_part_requested.emit(k))
            foot.addWidget(label)
            foot.addStretch(1)
            foot.addWidget(button)
            card.addLayout(foot)
            self.layout_.addWidget(frame)
            self.part_frames.append(frame)
            self.part_buttons.append(button)
            self.part_counts.append(label)
        more = _more_words(preview)
        if more:
            self.more_label = QLabel(more)
            self.more_label.setObjectName("moreParts")
            self.more_label.setWordWrap(True)
            self.more_label.setStyleSheet(
                f"color:{palette.colour('text_error')}; background:{palette.colour('error_bg')};"
                " border-radius:6px; padding:8px;"
            )
            self.layout_.addWidget(self.more_label)
        self.layout_.addStretch(1)

    def _card_head(self, preview: CopyPreview, i: int, n: int, review: bool) -> QHBoxLayout:
        head = QHBoxLayout()
        avatar = QLabel("★" if review else "You")
        avatar.setFixedSize(34, 34)
        avatar.setAlignment(Qt.AlignmentFlag.AlignCenter)
        avatar.setStyleSheet(
            f"background:{palette.colour('avatar_bg')}; color:{palette.colour('avatar_text')};"
            " border-radius:17px; font-size:11px; font-weight:bold;"
        )
        if review:
            vendor = escape(preview.vendor_name or "the vendor")
            who = f"<b>Your review</b> of {vendor} on {preview.site_name}"
        else:
            to = f" · to {preview.handle}" if preview.handle and i == 0 else ""
            numbering = f" · {i + 1}/{'…' if preview.too_long else n}" if n > 1 else ""
            where = escape(f"· now on {preview.site_name}{to}{numbering}")
            who = f"<b>You</b> {palette.span(where, 'text_muted')}"
        head.addWidget(avatar)
        head.addWidget(QLabel(who), 1)
        return head

    def mark_copied(self, part: int) -> None:
        if 0 <= part < len(self.part_buttons):
            button = self.part_buttons[part]
            button.setText("Copied ✓")
            button.setStyleSheet(f"color:{palette.colour('text_ok')}; font-weight:bold;")


def _meter_role(meter_hex: str) -> str:
    """The length meter's green/amber/red as the palette's text role for this scheme."""
    from complaint_desk.ui.widgets.copy_length_meter import role_of

    return role_of(meter_hex)


def _is_review(preview: CopyPreview) -> bool:
    return preview.site_kind == "review"


def _more_words(preview: CopyPreview) -> str:
    """The line under the cards when not everything is shown ("" when it is)."""
    if preview.too_long:
        return (
            f"… and the rest of the draft: {preview.total_chars:,} characters in all, too long "
            "for any site. Shorten it in Drafts; nothing can be copied out as it is."
        )
    hidden = len(preview.parts) - MAX_THREAD_PARTS
    if hidden > 0:
        return (
            f"… and {hidden:,} more parts (the text is too long for {preview.site_name}: "
            "shorten it)."
        )
    return ""
