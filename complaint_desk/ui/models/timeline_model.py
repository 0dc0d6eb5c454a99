"""The case timeline, newest first: contacts and responses with their response-time words, and
the files kept with the case (a photo with its thumbnail)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt

from complaint_desk.app.record_rows import TimelineEntry
from complaint_desk.core.models import Contact, Evidence
from complaint_desk.ui import palette
from complaint_desk.ui.models.table_model import RecordTableModel


def _who(e: TimelineEntry) -> str:
    return "Vendor" if e.kind == "response" else "You"


def _file_kind(e: Evidence) -> str:
    if e.is_image:
        return "Photo or screenshot"
    if e.mime == "application/pdf":
        return "PDF"
    if e.mime.startswith("text/") or e.mime == "message/rfc822":
        return "Text"
    return "File"


def _what(e: TimelineEntry) -> str:
    r = e.record
    if isinstance(r, Evidence):
        return f"{_file_kind(r)} · {e.answer}"
    if isinstance(r, Contact):
        bits = [r.channel.label]
        if r.duration_min:
            bits.append(f"{r.duration_min} min")
        if r.rep:
            bits.append(f"with {r.rep}")
        return " · ".join(bits)
    bits = [r.channel.label, r.outcome.label]
    if r.who:
        bits.append(r.who)
    return " · ".join(bits)


def _summary(e: TimelineEntry) -> str:
    r = e.record
    if isinstance(r, Evidence):
        return r.name
    text = r.summary or getattr(r, "text", "")
    return " ".join(text.split())[:200]


class TimelineLook:
    """Sorting by time and the you/vendor and no-answer colours, shared by every timeline list.

    Mixed into a RecordTableModel whose columns define WHEN, WHO and ANSWER.
    """

    WHEN: int
    WHO: int
    ANSWER: int

    def sort_key(self, record: TimelineEntry, column: int):
        if column == self.WHEN:
            return record.at.timestamp()
        return super().sort_key(record, column)  # type: ignore[misc]

    def sort_keys(self, rows: list[TimelineEntry], column: int) -> list:
        # Aware datetimes order as their timestamps do, compared in C: no call per row.
        if column == self.WHEN:
            return [r.at for r in rows]
        return super().sort_keys(rows, column)  # type: ignore[misc]

    def foreground(self, record: TimelineEntry, column: int):
        if column == self.WHO:
            return palette.qcolour("text_ok" if record.kind == "response" else "text_info")
        if column == self.ANSWER and record.late:  # past the channel's fair reply time
            return palette.qcolour("text_error")
        return None


class TimelineModel(TimelineLook, RecordTableModel[TimelineEntry]):
    WHEN, WHO, WHAT, SUMMARY, ANSWER, ANSWERS = range(6)
    COLUMNS = (
        ("When", lambda e: e.at.astimezone().strftime("%a %d %b %Y, %H:%M")),
        ("Who", _who),
        ("What", _what),
        ("Summary", _summary),
        ("Response time", lambda e: "" if e.kind == "evidence" else e.answer),
        ("Answers", lambda e: e.answers_label),
    )
    # A kept photo's thumbnail beside its row (set by the view; None: no pictures).
    thumbnail: Callable[[Evidence], object] | None = None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if (
            role == Qt.ItemDataRole.DecorationRole
            and index.isValid()
            and index.column() == self.WHAT
            and self.thumbnail is not None
        ):
            record = self._rows[index.row()].record
            if isinstance(record, Evidence) and record.is_image:
                return self.thumbnail(record)
            return None
        return super().data(index, role)

    def tooltip(self, record: TimelineEntry, column: int):
        r = record.record
        if isinstance(r, Evidence):
            return f"{r.name}, {record.answers_label}. Enter opens it."
        if column == self.ANSWERS and record.kind == "response":
            return "Which contact this answers. Right-click or press “Answers…” to change it."
        text = r.summary or getattr(r, "text", "")
        link = getattr(r, "link", "")
        if link:
            text = f"{text}\nLive post: {link}" if text else f"Live post: {link}"
        return text or None
