"""When the disk fills or the folder turns read-only mid-session, nothing typed is lost."""

from __future__ import annotations

import sqlite3

import pytest

from complaint_desk.app.clock import FakeClock
from complaint_desk.app.desk import Desk
from complaint_desk.core.models import Case, Vendor
from complaint_desk.store.store import open_store
from complaint_desk.ui.main_window import MainWindow
from tests.app.fakes import Clipboard, FakeScorer
from tests.store.conftest import FaultyConnection
from tests.ui.conftest import T0


@pytest.fixture
def failing(tmp_path, qtbot, qapp):
    holder: list[FaultyConnection] = []

    def connect(path, timeout):
        conn = FaultyConnection(sqlite3.connect(path, timeout=timeout, isolation_level=None))
        holder.append(conn)
        return conn

    store = open_store(tmp_path / "db.sqlite3", connect=connect)
    desk = Desk(store, FakeClock(T0), set_clipboard=Clipboard())
    desk.scorer.score("warm-up", "Models loaded before the test.")
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    yield desk, window, holder[0]
    window.close()
    desk.close()


@pytest.mark.parametrize(
    ("error", "words"),
    [
        ("database or disk is full", "full"),
        ("attempt to write a readonly database", "read-only"),
    ],
)
def test_typing_survives_a_failing_disk(qtbot, failing, error, words):
    desk, window, conn = failing
    vendor = desk.records.save_vendor(Vendor(None, "Acme"))
    case = desk.records.save_case(Case(None, vendor.id, "Kettle", T0))
    draft = desk.drafts.new_draft(case.id, "Post", "First version.")
    window.show_view("drafts")
    window.drafts_view.select_draft(draft.id)
    editor = window.drafts_view.editor

    conn.fail_with = error
    editor.editor.moveCursor(editor.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor.editor, " Second thoughts, typed while the disk is failing.")
    assert editor.save_now() is False
    assert editor.editor.toPlainText().endswith("disk is failing."), "the text is still there"
    assert "Not saved" in editor.save_state.text()
    assert words in window.banner.text().lower()
    assert window.banner.kind == "error"

    desk.drafts.summaries()  # the list reads fine on a full disk
    assert words in window.banner.text().lower(), "reading the list does not hide the problem"

    conn.fail_with = None  # space freed / folder writable again
    assert editor.save_now() is True
    assert desk.drafts.latest_text(draft.id).endswith("disk is failing.")
    assert editor.save_state.text() == "Saved"
    assert window.banner.text() == "", "the save went through: the red banner is gone"
    assert not window.banner.isVisible()


def test_a_huge_odd_paste_is_kept_and_scored(qtbot, failing):
    desk, window, _conn = failing
    vendor = desk.records.save_vendor(Vendor(None, "Acme"))
    case = desk.records.save_case(Case(None, vendor.id, "Kettle", T0))
    draft = desk.drafts.new_draft(case.id, "Paste")
    window.show_view("drafts")
    window.drafts_view.select_draft(draft.id)
    editor = window.drafts_view.editor
    chunk = "YOU PEOPLE are useless!!! 👨‍👩‍👧‍👦 مرحبا \u200f e\u0301 \x00 "
    huge = chunk * (200_000 // len(chunk))
    editor.editor.insertPlainText(huge)
    editor.rescore_now()
    assert editor.tone.gauge.heat() is not None and editor.tone.gauge.heat() > 50
    assert editor.save_now() is True
    saved = desk.drafts.latest_text(draft.id)
    assert len(saved) == len(editor.editor.toPlainText()) >= 199_000


def test_a_read_only_data_file_shows_a_lasting_banner_at_start(tmp_path, qtbot, qapp):
    path = tmp_path / "db.sqlite3"
    with open_store(path) as store:
        store.vendors.add(Vendor(None, "Acme"))

    def read_only(p, timeout):
        return sqlite3.connect(f"file:{p}?mode=ro", uri=True, timeout=timeout, isolation_level=None)

    desk = Desk(
        open_store(path, connect=read_only),
        FakeClock(T0),
        set_clipboard=Clipboard(),
        scorer=FakeScorer(),  # no model warm-up left running after the test
    )
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    try:
        desk.start()
        text = window.banner.text()
        assert text.startswith("Your data file is read-only: nothing you change can be saved.")
        assert window.banner.kind == "error"
        desk.drafts.summaries()  # reads work and do not take the warning down
        assert window.banner.text() == text
    finally:
        window.close()
        desk.close()
