"""The data file in a hostile environment: read-only, busy, damaged, someone else's, too new,
a crash that loses the -wal, and other local users (issue 11)."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import stat
import subprocess
import tempfile
import textwrap
import time
from pathlib import Path

import pytest

from complaint_desk.core.models import Vendor
from complaint_desk.store import connection
from complaint_desk.store.errors import (
    MESSAGES,
    OPEN_MESSAGES,
    StoreError,
    StoreErrorKind,
)
from complaint_desk.store.store import open_store
from tests.another_user import as_another_user

REPO = Path(__file__).resolve().parents[2]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _read_only(path, timeout):
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=timeout, isolation_level=None)


def _names(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT name FROM vendors ORDER BY id")]
    finally:
        conn.close()


# --- words ------------------------------------------------------------------------------------


def test_no_message_speaks_of_a_draft():
    for text in (*MESSAGES.values(), *OPEN_MESSAGES.values()):
        assert "draft" not in text.lower()
        assert text.endswith(".") and "!" not in text and len(text) < 300
    for kind in (StoreErrorKind.LOCKED, StoreErrorKind.DISK_FULL, StoreErrorKind.READ_ONLY):
        assert "still on screen" in MESSAGES[kind]  # true of a vendor, a case or a draft
    for text in OPEN_MESSAGES.values():  # at start-up nothing has been typed yet
        assert "typed" not in text and "still open" not in text


def test_a_start_up_failure_is_worded_for_start_up(db_path):
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"")
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("PRAGMA journal_mode = DELETE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreError) as err:
            open_store(db_path, timeout=0.05)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert err.value.kind is StoreErrorKind.LOCKED
    assert err.value.user_message == OPEN_MESSAGES[StoreErrorKind.LOCKED]


# --- 1. a read-only data file in a writable folder ------------------------------------------


def test_a_read_only_file_opens_with_a_warning_for_the_whole_session(db_path):
    with open_store(db_path) as store:
        store.vendors.add(Vendor(None, "Acme"))
    with open_store(db_path) as store:
        assert store.warning is None and not store.read_only
    with open_store(db_path, connect=_read_only) as store:
        assert store.read_only
        assert store.warning is not None
        assert store.warning.startswith(
            "Your data file is read-only: nothing you change can be saved."
        )
        assert str(db_path) in store.warning and "writable" in store.warning
        assert [v.name for v in store.vendors.list()] == ["Acme"]
        with pytest.raises(StoreError) as err:
            store.vendors.add(Vendor(None, "Lost"))
        assert err.value.kind is StoreErrorKind.READ_ONLY
        assert "draft" not in err.value.user_message


def _as_nobody(code: str, folder: Path) -> subprocess.CompletedProcess[str]:
    """Run `code` as an unprivileged user (root ignores file modes), from this checkout."""
    python, kwargs = as_another_user([REPO])
    return subprocess.run(
        [python, "-c", textwrap.dedent(code), str(folder)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONPATH": str(REPO), "HOME": str(folder)},
        **kwargs,
    )


def test_a_file_the_user_cannot_write_is_detected_for_real():
    folder = Path(tempfile.mkdtemp(prefix="cd-ro-"))
    try:
        folder.chmod(0o777)
        db = folder / "complaint-desk.db"
        with open_store(db) as store:
            store.vendors.add(Vendor(None, "Acme"))
        db.chmod(0o644)  # readable by the other user, writable only by its owner
        if os.geteuid() != 0:
            db.chmod(0o444)
        folder.chmod(0o777)
        before = _digest(db)
        done = _as_nobody(
            """
            import sys
            from pathlib import Path
            from complaint_desk.store.store import open_store
            with open_store(Path(sys.argv[1]) / "complaint-desk.db") as s:
                print(s.read_only, [v.name for v in s.vendors.list()])
                print(s.warning)
            """,
            folder,
        )
        assert done.returncode == 0, done.stderr
        first, warning = done.stdout.splitlines()[:2]
        assert first == "True ['Acme']"
        assert warning.startswith("Your data file is read-only")
        assert _digest(db) == before
    finally:
        shutil.rmtree(folder, ignore_errors=True)


# --- 2. checkpoints: losing the -wal after a crash loses little -------------------------------


def _crash_copy(db_path: Path, dest: Path) -> Path:
    """What is left if the -wal and -shm files are deleted after a crash: the main file only."""
    dest.mkdir()
    shutil.copyfile(db_path, dest / db_path.name)
    return dest / db_path.name


def test_a_checkpoint_puts_what_was_saved_into_the_main_file(db_path, tmp_path):
    with open_store(db_path) as store:
        store.database.conn.execute("PRAGMA wal_autocheckpoint = 0")  # only ours count
        assert _names(_crash_copy(db_path, tmp_path / "new")) == []  # the schema is in
        for name in ("Acme", "Globex", "Initech"):
            store.vendors.add(Vendor(None, name))
        assert _names(_crash_copy(db_path, tmp_path / "before")) == []  # all in the -wal
        assert store.checkpoint() is True
        assert _names(_crash_copy(db_path, tmp_path / "after")) == ["Acme", "Globex", "Initech"]
        store.vendors.add(Vendor(None, "Hooli"))
        assert store.checkpoint() is True
        assert store.checkpoint() is True  # nothing new: nothing to do
        assert _names(_crash_copy(db_path, tmp_path / "later"))[-1] == "Hooli"


def test_every_so_many_commits_checkpoint_by_themselves(db_path, tmp_path):
    with open_store(db_path) as store:
        store.database.conn.execute("PRAGMA wal_autocheckpoint = 0")
        for i in range(connection.CHECKPOINT_EVERY):
            store.meta.set(f"k{i}", "v")
        store.vendors.add(Vendor(None, "After"))
        copy = _crash_copy(db_path, tmp_path / "crash")
    conn = sqlite3.connect(copy)
    try:
        assert (
            conn.execute("SELECT count(*) FROM meta").fetchone()[0] == connection.CHECKPOINT_EVERY
        )
    finally:
        conn.close()


# --- 4. nothing is written to a file about to be refused -------------------------------------


def _rollback_journal_file(db_path: Path, statements: list[str]) -> None:
    db_path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(db_path, isolation_level=None)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        for sql in statements:
            conn.execute(sql)
    finally:
        conn.close()


@pytest.mark.parametrize(
    ("statements", "kind"),
    [
        (
            [
                "CREATE TABLE vendors (id INTEGER PRIMARY KEY, name TEXT)",
                "PRAGMA user_version = 99",
            ],
            StoreErrorKind.TOO_NEW,
        ),
        (["CREATE TABLE photos (id INTEGER PRIMARY KEY, at TEXT)"], StoreErrorKind.CORRUPT),
    ],
    ids=["too-new", "foreign"],
)
def test_a_refused_rollback_journal_file_is_not_written(db_path, statements, kind):
    _rollback_journal_file(db_path, statements)
    db_path.chmod(0o644)
    before, mode = _digest(db_path), _mode(db_path)
    with pytest.raises(StoreError) as err:
        open_store(db_path)
    assert err.value.kind is kind
    assert "Nothing was changed" in err.value.user_message
    assert _digest(db_path) == before
    assert _mode(db_path) == mode
    assert sorted(p.name for p in db_path.parent.iterdir()) == [db_path.name]  # no -wal
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        conn.close()


# --- 5. quick_check at open ----------------------------------------------------------------


def _damage_one_page(db_path: Path) -> None:
    """Point the first cell of one table leaf page past the end of the page."""
    conn = sqlite3.connect(db_path)
    try:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()
    data = bytearray(db_path.read_bytes())
    leaves = [n for n in range(2, len(data) // page_size) if data[(n - 1) * page_size] == 0x0D]
    offset = (leaves[len(leaves) // 2] - 1) * page_size
    data[offset + 8 : offset + 10] = (page_size - 3).to_bytes(2, "big")
    db_path.write_bytes(bytes(data))


def _filled(db_path: Path) -> None:
    with open_store(db_path) as store:
        store.vendors.add_many(Vendor(None, f"Vendor {i}", notes="n" * 500) for i in range(200))


def test_a_damaged_page_is_reported_at_open_and_the_file_kept_byte_for_byte(db_path):
    _filled(db_path)
    _damage_one_page(db_path)
    (db_path.parent / "complaint-desk-20990101T000000Z.sqlite3").write_bytes(b"junk" * 300)
    before = _digest(db_path)
    with pytest.raises(StoreError) as err:
        open_store(db_path)
    assert err.value.kind is StoreErrorKind.CORRUPT
    message = err.value.user_message
    assert "damaged" in message and "kept exactly as it is" in message
    assert "no backup" in message  # the junk file is not a backup worth offering
    assert _digest(db_path) == before


def test_the_damaged_file_message_offers_the_newest_real_backup_with_its_date(db_path):
    _filled(db_path)
    with open_store(db_path) as store:
        store.backup_to(db_path.parent / "complaint-desk-20250301T093005Z.sqlite3")
        store.backup_to(db_path.parent / f"{db_path.name}.backup-v1-20250402T101500Z.sqlite")
    (db_path.parent / "complaint-desk-20990101T000000Z.sqlite3").write_bytes(b"junk" * 300)
    _damage_one_page(db_path)
    with pytest.raises(StoreError) as err:
        open_store(db_path)
    message = err.value.user_message
    assert f"{db_path.name}.backup-v1-20250402T101500Z.sqlite" in message
    assert "2 April 2025 at 10:15 UTC" in message
    assert "20990101" not in message and "no backup" not in message


def test_checked_alongside_a_sound_file_opens_at_once_and_writes(db_path):
    _filled(db_path)
    with open_store(db_path, check_alongside=True) as store:
        assert store.integrity_findings() == []
        store.vendors.add(Vendor(None, "Written"))
    with open_store(db_path) as store:
        assert "Written" in {v.name for v in store.vendors.list()}


def test_checked_alongside_a_damaged_file_opens_but_its_first_write_is_refused_untouched(
    db_path,
):
    _filled(db_path)
    _damage_one_page(db_path)
    before = _digest(db_path)
    store = open_store(db_path, check_alongside=True)  # no wait for the check: it runs meanwhile
    try:
        with pytest.raises(StoreError) as err:
            store.vendors.add(Vendor(None, "Not written"))  # waits for the check, then refuses
        assert err.value.kind is StoreErrorKind.CORRUPT
        assert "damaged" in err.value.user_message
        assert store.integrity_findings(), "the findings are kept for the window to report"
    finally:
        store.close()  # neither checkpointed nor optimised
    assert _digest(db_path) == before


def test_a_damaged_file_that_opening_would_write_to_is_checked_at_open_even_alongside(db_path):
    # Out of WAL mode, opening would switch it back (a write): so the check comes first.
    _filled(db_path)
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    _damage_one_page(db_path)
    before = _digest(db_path)
    with pytest.raises(StoreError) as err:
        open_store(db_path, check_alongside=True)
    assert err.value.kind is StoreErrorKind.CORRUPT
    assert _digest(db_path) == before


def test_random_bytes_say_there_is_no_backup(db_path):
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(os.urandom(8192))
    with pytest.raises(StoreError) as err:
        open_store(db_path)
    assert err.value.kind is StoreErrorKind.CORRUPT
    assert "no backup" in err.value.user_message


# --- 7. a lock held elsewhere fails fast ----------------------------------------------------


def test_a_write_meeting_another_writer_fails_fast_as_busy(db_path):
    with open_store(db_path) as store:
        store.vendors.add(Vendor(None, "Acme"))
        other = sqlite3.connect(db_path, isolation_level=None, timeout=0)
        other.execute("BEGIN IMMEDIATE")
        try:
            started = time.perf_counter()
            with pytest.raises(StoreError) as err:
                store.vendors.add(Vendor(None, "Waiting"))
            took = time.perf_counter() - started
        finally:
            other.execute("ROLLBACK")
            other.close()
        assert err.value.kind is StoreErrorKind.LOCKED
        assert took < 0.1 + 0.05  # 50 ms busy timeout, plus slack for a loaded machine
        assert "busy" in err.value.user_message and "again" in err.value.user_message
        store.vendors.add(Vendor(None, "Later"))  # the retry, once the lock is gone
        assert [v.name for v in store.vendors.list()] == ["Acme", "Later"]


# --- 8. private on disk, whatever the umask ---------------------------------------------------


@pytest.mark.parametrize("umask", [0o022, 0o000])
def test_everything_the_store_writes_is_private(tmp_path, umask):
    old = os.umask(umask)
    try:
        folder = tmp_path / "nested" / "data"
        db_path = folder / "complaint-desk.db"
        with open_store(db_path) as store:
            store.vendors.add(Vendor(None, "Acme"))
            assert _mode(folder) == 0o700
            assert _mode(db_path) == 0o600
            for suffix in ("-wal", "-shm"):
                assert _mode(db_path.with_name(db_path.name + suffix)) == 0o600
            backup = store.backup_to(tmp_path / "backups")
            export = store.export_json(tmp_path / "exports" / "all.json")
        assert _mode(backup) == 0o600 and _mode(backup.parent) == 0o700
        assert _mode(export) == 0o600 and _mode(export.parent) == 0o700
    finally:
        os.umask(old)


def test_an_existing_open_file_and_folder_are_made_private(tmp_path):
    folder = tmp_path / "data"
    db_path = folder / "complaint-desk.db"
    with open_store(db_path) as store:
        store.vendors.add(Vendor(None, "Acme"))
    folder.chmod(0o755)
    db_path.chmod(0o644)
    with open_store(db_path):
        assert _mode(db_path) == 0o600
        assert _mode(folder) == 0o700


def test_a_migration_backup_is_private(db_path):
    old = os.umask(0o000)
    try:
        from complaint_desk.store.migrations import MIGRATIONS, Migration

        with open_store(db_path, migrations=MIGRATIONS[:1]) as store:
            store.vendors.add(Vendor(None, "Acme"))
        with open_store(db_path, migrations=(*MIGRATIONS[:1], Migration(2, "x", ("SELECT 1",)))):
            pass
    finally:
        os.umask(old)
    (backup,) = db_path.parent.glob("*.backup-v1-*.sqlite")
    assert _mode(backup) == 0o600


# --- 11. a data-folder path that is a file -----------------------------------------------------


@pytest.mark.parametrize("below", [False, True], ids=["the-folder", "a-parent"])
def test_a_data_folder_that_is_a_file_is_named_as_such(tmp_path, below):
    blocker = tmp_path / "data"
    blocker.write_text("not a folder")
    folder = blocker / "inner" if below else blocker
    with pytest.raises(StoreError) as err:
        open_store(folder / "complaint-desk.db")
    message = err.value.user_message
    assert f"{blocker} is a file, not a folder" in message and "--data-dir" in message
    assert "File exists" not in message
    assert blocker.read_text() == "not a folder"
