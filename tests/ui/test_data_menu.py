"""File menu: back up now, restore a backup (seeing what it holds first), export, data folder."""

from __future__ import annotations

import os
import stat

from PySide6.QtWidgets import QFileDialog, QMessageBox

from complaint_desk.core.models import Case, Vendor
from complaint_desk.store import restore
from complaint_desk.store.store import open_store
from complaint_desk.ui import data_menu
from complaint_desk.ui.data_menu import BackupPicker
from tests.ui.conftest import T0, answer_dialog


def _file_menu(window, qtbot):
    qtbot.waitUntil(lambda: len(window.menuBar().actions()[0].menu().actions()) > 5)
    return [a.text() for a in window.menuBar().actions()[0].menu().actions()]


def _answer_file(qtbot, path):
    def fill(dialog):
        assert isinstance(dialog, QFileDialog)
        dialog.selectFile(str(path))
        dialog.accept()

    return answer_dialog(qtbot, fill)


def test_the_file_menu_has_the_data_entries(qtbot, window):
    texts = _file_menu(window, qtbot)
    for text in (
        "&Back up now…",
        "&Restore from backup…",
        "&Export all data…",
        "Replace data with an e&xport…",
        "Open data &folder",
    ):
        assert text in texts


def test_back_up_now_writes_a_private_copy_and_says_where(qtbot, window, desk, tmp_path):
    desk.records.save_vendor(Vendor(None, "Acme"))
    target = tmp_path / "mine.sqlite3"
    done = _answer_file(qtbot, target)
    written = window.data_actions.back_up_now()
    assert done["ran"] and written == target
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    assert "Backed up to" in window.banner.text()
    assert desk.data.describe(target).counts["vendors"] == 1


def test_restore_shows_what_the_backup_holds_then_stages_it_and_restarts(
    qtbot, window, desk, tmp_path, monkeypatch
):
    restarts = []
    monkeypatch.setattr(data_menu, "restart_app", lambda: restarts.append(True))
    desk.records.save_vendor(Vendor(None, "Kept"))
    backup = desk.data.back_up_to(tmp_path / "complaint-desk-20261201T090000Z.sqlite3")
    vendor = desk.records.save_vendor(Vendor(None, "Later"))
    desk.records.save_case(Case(None, vendor.id, "Later case", T0))
    seen = {}

    def confirm(box):
        assert isinstance(box, QMessageBox)
        seen["text"] = box.text()
        go = next(b for b in box.buttons() if b.text() == "Restore and restart")
        go.click()

    def pick(dialog):
        assert isinstance(dialog, BackupPicker)
        seen["listed"] = [dialog.list.item(i).text() for i in range(dialog.list.count())]
        answer_dialog(qtbot, confirm)
        dialog._accept_current()

    done = answer_dialog(qtbot, pick)
    assert window.data_actions.restore_from_backup()
    assert done["ran"] and restarts == [True]
    assert any(backup.name in text for text in seen["listed"])
    assert "1 vendor, 0 cases" in seen["text"] and "kept as a backup first" in seen["text"]
    db = desk.store.path
    assert restore.pending(db) == backup.resolve()

    desk.close()  # what quitting does; the next start carries the restore out
    restore.apply_pending(db, latest_version=desk.store.schema_version)
    with open_store(db) as store:
        assert [v.name for v in store.vendors.list()] == ["Kept"]


def test_a_file_that_is_not_a_backup_is_refused_with_nothing_staged(
    qtbot, window, desk, tmp_path, monkeypatch
):
    monkeypatch.setattr(data_menu, "restart_app", lambda: None)
    junk = tmp_path / "notes.sqlite3"
    junk.write_text("just some notes")
    seen = {}

    def warned(box):
        seen["text"] = box.text()
        box.accept()

    answer_dialog(qtbot, warned)
    assert not window.data_actions._confirm_and_stage(junk, "Restore this backup?")
    assert "can't be restored" in seen["text"] and "Nothing was changed" in seen["text"]
    assert restore.pending(desk.store.path) is None
