"""Edge cases: odd text, backups that fail, writing over the live file, other threads."""

from __future__ import annotations

import sqlite3
import threading
from datetime import timedelta

import pytest

from complaint_desk.core.hold import Revision
from complaint_desk.core.models import Case, Draft, Vendor
from complaint_desk.store.errors import StoreError, StoreErrorKind
from complaint_desk.store.importer import import_json
from complaint_desk.store.migrations import MIGRATIONS, Migration
from complaint_desk.store.store import open_store

from .conftest import T0, FaultyConnection


def test_lone_surrogates_do_not_stop_an_autosave(store, case):
    d = store.drafts.add(Draft(None, case.id, "title \ud800", T0))
    text = "pasted \udc00 text with a split pair \ud83d\ude00"
    store.drafts.add_revision(d.id, Revision(T0, text, 10.0, 0.0), ready_at=None, clock_start=None)
    saved = store.drafts.latest_revision(d.id).text
    assert saved == "pasted \ufffd text with a split pair 😀"
    assert store.drafts.get(d.id).title == "title \ufffd"
    assert store.drafts.preview(d.id) == saved


def test_a_failed_pre_migration_backup_stops_the_migration(db_path):
    with open_store(db_path) as store:
        store.vendors.add(Vendor(None, "Acme"))

    class FullDisk(FaultyConnection):
        def backup(self, *args, **kwargs):
            raise sqlite3.OperationalError("database or disk is full")

    def connect(path, timeout):
        return FullDisk(sqlite3.connect(path, timeout=timeout, isolation_level=None))

    v_next = Migration(len(MIGRATIONS) + 1, "x", ("ALTER TABLE vendors ADD COLUMN x INTEGER",))
    with pytest.raises(StoreError) as err:
        open_store(db_path, connect=connect, migrations=(*MIGRATIONS, v_next))
    assert err.value.kind is StoreErrorKind.DISK_FULL
    assert [p.name for p in db_path.parent.iterdir() if "backup" in p.name] == []
    with open_store(db_path) as store:
        assert store.schema_version == len(MIGRATIONS)
        assert [v.name for v in store.vendors.list()] == ["Acme"]


def test_backup_and_export_refuse_to_overwrite_the_live_file(store, db_path):
    with pytest.raises(ValueError):
        store.backup_to(db_path)
    with pytest.raises(ValueError):
        store.export_json(db_path.with_name(db_path.name + "-wal"))


def test_export_to_a_folder_picks_a_name(store, tmp_path, vendor):
    out = store.export_json(tmp_path)
    assert out.parent == tmp_path and out.name.startswith("complaint-desk-export-")
    assert out.suffix == ".json"


def test_export_into_an_unwritable_place_is_an_environment_error(store, tmp_path):
    blocker = tmp_path / "blocker"
    blocker.write_text("a file, not a folder")
    with pytest.raises(StoreError) as err:
        store.export_json(blocker / "export.json")
    assert err.value.kind is StoreErrorKind.UNAVAILABLE


def test_a_worker_thread_exports_through_its_own_store(store, db_path, tmp_path, case):
    d = store.drafts.add(Draft(None, case.id, "d", T0))
    store.drafts.add_revision(d.id, Revision(T0, "x", 1.0, 0.0), ready_at=None, clock_start=None)
    results: list[object] = []

    def work() -> None:
        try:
            with open_store(store.path) as own:
                results.append(own.export_json(tmp_path / "export.json"))
        except Exception as exc:  # pragma: no cover - reported below
            results.append(exc)

    worker = threading.Thread(target=work)
    worker.start()
    worker.join(10)
    assert results == [tmp_path / "export.json"]
    store.meta.set("still", "usable")  # the GUI thread's store is unaffected
    with open_store(tmp_path / "again.sqlite3") as fresh:
        assert import_json(results[0], fresh)["revisions"] == 1


def test_the_store_refuses_use_from_another_thread(store):
    errors: list[BaseException] = []
    worker = threading.Thread(target=lambda: _capture(errors, store.vendors.list))
    worker.start()
    worker.join(10)
    assert len(errors) == 1 and isinstance(errors[0], sqlite3.ProgrammingError)


def _capture(errors, fn):
    try:
        fn()
    except BaseException as exc:
        errors.append(exc)


def test_many_revisions_of_one_draft(store, case):
    d = store.drafts.add(Draft(None, case.id, "d", T0))
    revs = [
        (d.id, Revision(T0 + timedelta(seconds=i), f"text {i}", i % 100, 0.0), None, None)
        for i in range(2000)
    ]
    store.drafts.add_revisions_many(revs)
    s = store.drafts.summary(d.id)
    assert s.revision_count == 2000 and store.drafts.preview(d.id) == "text 1999"
    assert len(store.drafts.revisions(d.id)) == 2000


def test_a_case_with_a_second_vendor_moves(store, vendor, case):
    other = store.vendors.add(Vendor(None, "Other"))
    store.cases.update(Case(case.id, other.id, case.title, case.opened_at))
    assert store.cases.list(other.id)[0].id == case.id
    assert store.cases.list(vendor.id) == []
