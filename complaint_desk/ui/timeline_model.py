"""The case timeline, newest first: contacts and responses with their response-time words."""

from __future__ import annotations

from complaint_desk.app.record_rows import TimelineEntry
from complaint_desk.core.models import Contact
from complaint_desk.ui import palette
from complaint_desk.ui.table_model import RecordTableModel


def _who(e: TimelineEntry) -> str:
    return "You" if e.kind == "contact" else "Vendor"


def _what(e: TimelineEntry) -> str:
    r = e.record
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

    def foreground(self, record: TimelineEntry, column: int):
        if column == self.WHO:
            return palette.qcolour("text_info" if record.kind == "contact" else "text_ok")
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
        ("Response time", lambda e: e.answer),
        ("Answers", lambda e: e.answers_label),
    )

    def tooltip(self, record: TimelineEntry, column: int):
        if column == self.ANSWERS and record.kind == "response":
            return "Which contact this answers. Right-click or press “Answers…” to change it."
        r = record.record
        text = r.summary or getattr(r, "text", "")
        link = getattr(r, "link", "")
        if link:
            text = f"{text}\nLive post: {link}" if text else f"Live post: {link}"
        return text or None
