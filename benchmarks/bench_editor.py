"""What the GUI thread does after typing in a 5,000-character draft (budget: never over 50 ms).

editor_rescore_ms: the debounced re-score (incremental tone + highlights + checklist) after one
keystroke; editor_autosave_ms: the autosave that follows (scoring, hold rule, one revision written,
the drafts list row patched). Medians over 30 keystrokes, with 100 revisions already saved.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

SENTENCE = (
    "On 3 March I called about order A-1234 and was told the refund of £49.99 would come in "
    "five days, but nothing arrived and you people never answered my emails! "
)


def run() -> dict[str, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from complaint_desk.app.clock import FakeClock
    from complaint_desk.app.desk import Desk
    from complaint_desk.core.models import Case, Vendor
    from complaint_desk.store.store import open_store
    from complaint_desk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        clock = FakeClock(datetime(2026, 3, 1, tzinfo=UTC))
        desk = Desk(open_store(Path(tmp) / "db.sqlite3"), clock)
        vendor = desk.records.save_vendor(Vendor(None, "Acme"))
        case = desk.records.save_case(Case(None, vendor.id, "Refund", clock.now()))
        text = (SENTENCE * (5000 // len(SENTENCE) + 1))[:5000]
        draft = desk.drafts.new_draft(case.id, "Long", text)
        for i in range(100):
            clock.advance(timedelta(seconds=5))
            text = text[:2500] + str(i % 10) + text[2500:]
            desk.drafts.save_text(draft.id, text)
        window = MainWindow(desk)
        window.show()
        window.drafts_view.select_draft(draft.id)
        editor = window.drafts_view.editor
        app.processEvents()
        editor.rescore_now()
        rescore, autosave = [], []
        cursor = editor.editor.textCursor()
        for i in range(30):
            cursor.setPosition(1000 + i)
            cursor.insertText("x")
            clock.advance(timedelta(seconds=2))
            t = time.perf_counter()
            editor.rescore_now()
            rescore.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            editor.save_now()
            autosave.append((time.perf_counter() - t) * 1000)
        window.close()
        desk.close()
    return {
        "editor_rescore_ms": statistics.median(rescore),
        "editor_rescore_max_ms": max(rescore),
        "editor_autosave_ms": statistics.median(autosave),
        "editor_autosave_max_ms": max(autosave),
    }
