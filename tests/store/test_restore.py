"""Backups a person can bring back: what a backup holds, daily copies, staged restores."""

from __future__ import annotations

import hashlib
import json
import os
import stat
from datetime import UTC, datetime, timedelta

import pytest

from complaint_desk.core.models import Case, Vendor
from complaint_desk.store import restore
from complaint_desk.store.errors import StoreError
from complaint_desk.store.schema_version import LATEST_VERSION
from complaint_desk.store.store import open_store

from .conftest import T0


def _fill(store, vendors=2):
    for i in range(vendors):
        v = store.vendors.add(Vendor(None, f"Vendor {i}"))
        store.cases.add(Case(None, v.id, f"Case {i}", T0))


def test_describe_names_what_a_backup_holds_without_changing_it(store, tmp_path):
    _fill(store, 3)
    backup = store.backup_to(tmp_path / "b.sqlite3")
    before = hashlib.sha256(backup.read_bytes()).hexdigest()
    info = restore.describe(backup, latest_version=LATEST_VERSION)
    assert info.kind == "sqlite" and info.schema_version == LATEST_VERSION
    assert info.counts["vendors"] == 3 and info.counts["cases"] == 3
    assert "3 vendors, 3 cases" in info.summary()
    assert hashlib.sha256(backup.read_bytes()).hexdigest() == before


def test_describe_refuses_damaged_foreign_and_newer_files(tmp_path, store):
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all")
    with pytest.raises(StoreError, match="can't be restored"):
        restore.describe(junk, latest_version=LATEST_VERSION)
    backup = store.backup_to(tmp_path / "b.sqlite3")
    with pytest.raises(StoreError, match="newer version"):
        restore.describe(backup, latest_version=LATEST_VERSION - 1)
    store.vendors.add_many(Vendor(None, f"Vendor {i}", notes="n" * 500) for i in range(200))
    damaged = store.backup_to(tmp_path / "damaged.sqlite3")
    raw = bytearray(damaged.read_bytes())
    page = 4096
    leaves = [n for n in range(2, len(raw) // page) if raw[(n - 1) * page] == 0x0D]
    at = (leaves[len(leaves) // 2] - 1) * page
    raw[at + 8 : at + 10] = (page - 3).to_bytes(2, "big")  # a cell pointing past its page
    damaged.write_bytes(bytes(raw))
    with pytest.raises(StoreError, match="damaged"):
        restore.describe(damaged, latest_version=LATEST_VERSION)


def test_daily_backup_makes_one_a_day_and_keeps_the_newest(store):
    now = datetime(2026, 12, 1, 9, tzinfo=UTC)
    made = [
        store.daily_backup(now + timedelta(days=d, hours=h), keep=3)
        for d in range(5)
        for h in (0, 5)
    ]
    assert sum(1 for m in made if m is not None) == 5  # once a day, not twice
    kept = sorted((store.path.parent / "backups").glob("complaint-desk-daily-*.sqlite3"))
    assert [p.name[21:29] for p in kept] == ["20261203", "20261204", "20261205"]
    assert stat.S_IMODE(os.stat(kept[0]).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(kept[0].parent).st_mode) == 0o700


def test_a_staged_restore_keeps_the_current_file_then_brings_the_backup_in(tmp_path):
    db = tmp_path / "data" / "complaint-desk.db"
    with open_store(db) as store:
        _fill(store, 1)
        backup = store.backup_to(tmp_path / "old.sqlite3")
        _fill(store, 4)  # five vendors now; the backup holds one
        info = restore.stage(db, backup, latest_version=LATEST_VERSION)
        assert info.counts["vendors"] == 1
    assert restore.pending(db) == backup.resolve()
    result = restore.apply_pending(db, latest_version=LATEST_VERSION)
    assert result is not None and result.restored_from == backup.resolve()
    assert restore.pending(db) is None
    with open_store(db) as store:
        assert len(store.vendors.list()) == 1
    with open_store(result.kept_as) as before:
        assert len(before.vendors.list()) == 5  # what there was, kept


def test_a_restore_whose_backup_went_missing_changes_nothing(tmp_path):
    db = tmp_path / "data" / "complaint-desk.db"
    with open_store(db) as store:
        _fill(store, 2)
        backup = store.backup_to(tmp_path / "old.sqlite3")
        restore.stage(db, backup, latest_version=LATEST_VERSION)
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    backup.unlink()
    with pytest.raises(StoreError, match="can't be restored"):
        restore.apply_pending(db, latest_version=LATEST_VERSION)
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    assert restore.pending(db) is None


def test_an_export_can_replace_the_data(tmp_path):
    db = tmp_path / "data" / "complaint-desk.db"
    with open_store(db) as store:
        _fill(store, 2)
        export = store.export_json(tmp_path / "export.json")
        _fill(store, 1)
    assert json.loads(export.read_text())["format"] == "complaint-desk-export"
    info = restore.stage(db, export, latest_version=LATEST_VERSION)
    assert info.kind == "json" and info.counts["vendors"] == 2
    restore.apply_pending(db, latest_version=LATEST_VERSION)
    with open_store(db) as store:
        assert [v.name for v in store.vendors.list()] == ["Vendor 0", "Vendor 1"]
