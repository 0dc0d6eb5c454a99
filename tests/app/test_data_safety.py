"""The data service: a staged restore is carried out by the next start; daily backups."""

from __future__ import annotations

from complaint_desk.app.desk import open_desk
from complaint_desk.core.models import Vendor


def test_the_next_start_carries_out_a_staged_restore(tmp_path, qapp):
    desk = open_desk(tmp_path)
    desk.records.save_vendor(Vendor(None, "Before"))
    backup = desk.data.back_up_to(tmp_path / "elsewhere" / "b.sqlite3")
    desk.records.save_vendor(Vendor(None, "After"))
    info = desk.data.stage_restore(backup)
    assert info.counts["vendors"] == 1
    desk.close()

    again = open_desk(tmp_path)
    try:
        assert again.restored is not None and again.restored.kept_as is not None
        assert [v.name for v in again.records.vendors()] == ["Before"]
    finally:
        again.close()
    third = open_desk(tmp_path)  # the marker is gone: nothing is restored twice
    try:
        assert third.restored is None
    finally:
        third.close()


def test_daily_backup_once_a_day_into_the_backups_folder(tmp_path, qapp):
    desk = open_desk(tmp_path)
    try:
        first = desk.data.daily_backup()
        assert first is not None and first.parent == desk.data.backups_folder
        assert desk.data.daily_backup() is None  # one a day
        assert [p for p, _when in desk.data.newest_backups()] == [first]
    finally:
        desk.close()


def test_kept_files_survive_backup_and_restore_onto_a_fresh_folder_byte_for_byte(tmp_path, qapp):
    from datetime import UTC, datetime

    from complaint_desk.core.models import Case

    photo = tmp_path / "hinge.jpg"
    photo.write_bytes(bytes(range(256)) * 300)  # any bytes, NULs included
    old = open_desk(tmp_path / "old")
    vendor = old.records.save_vendor(Vendor(None, "Acme"))
    case = old.records.save_case(Case(None, vendor.id, "Kettle", datetime(2026, 3, 2, tzinfo=UTC)))
    (kept,) = old.evidence.attach_paths(case.id, [photo]).added
    backup = old.data.back_up_to(tmp_path / "usb" / "backup.sqlite3")
    old.close()
    photo.unlink()

    fresh = open_desk(tmp_path / "new computer")
    assert fresh.data.stage_restore(backup).counts["vendors"] == 1
    fresh.close()
    restored = open_desk(tmp_path / "new computer")
    try:
        (back,) = restored.evidence.files(case.id)
        assert back == kept
        assert restored.evidence.data(back) == bytes(range(256)) * 300
    finally:
        restored.close()
