"""Schema versions: build from nothing, back up before migrating, refuse what is too new."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from complaint_desk.core.models import Case, Draft, DraftStatus, Vendor
from complaint_desk.store import migrations as mig
from complaint_desk.store.backup import migration_backup_path
from complaint_desk.store.codec import to_micros
from complaint_desk.store.errors import StoreError, StoreErrorKind
from complaint_desk.store.migrations import LATEST_VERSION, MIGRATIONS, Migration
from complaint_desk.store.store import open_store

from .conftest import T0

# A hypothetical next migration, for the tests of how migrations run.
NEXT = LATEST_VERSION + 1
V_NEXT = Migration(NEXT, "vendor rating", ("ALTER TABLE vendors ADD COLUMN rating INTEGER",))


def _pragma(path, name):
    with sqlite3.connect(path) as conn:
        value = conn.execute(f"PRAGMA {name}").fetchone()[0]
    conn.close()
    return value


def _backups(folder):
    return sorted(p.name for p in folder.iterdir() if ".backup-" in p.name)


def test_new_file_is_built_at_the_latest_version(db_path):
    with open_store(db_path) as store:
        assert store.schema_version == LATEST_VERSION == len(MIGRATIONS)
        assert store.path == db_path
        tables = {
            r[0]
            for r in store.database.conn.execute(
                "SELECT name FROM sqlite_schema WHERE type='table'"
            )
        }
        assert {
            "vendors",
            "cases",
            "contacts",
            "responses",
            "drafts",
            "revisions",
            "meta",
        } <= tables
        assert store.database.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert store.database.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert _pragma(db_path, "user_version") == LATEST_VERSION
    assert _backups(db_path.parent) == []  # nothing to back up in an empty file


def test_an_empty_existing_file_is_migrated(db_path):
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"")
    with open_store(db_path) as store:
        assert store.schema_version == LATEST_VERSION
    assert _backups(db_path.parent) == []


def test_required_indexes_exist(store):
    rows = store.database.conn.execute(
        "SELECT tbl_name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL"
    ).fetchall()
    indexed = {(t, sql.split("(", 1)[1].split(")")[0].replace(" ", "")) for t, sql in rows}
    for table, columns in [
        ("cases", "vendor_id"),
        ("contacts", "case_id,at"),
        ("responses", "case_id,at"),
        ("revisions", "draft_id,saved_at"),
        ("drafts", "case_id"),
    ]:
        assert any(t == table and cols.startswith(columns) for t, cols in indexed), table


def test_reopening_at_the_latest_version_changes_nothing(db_path):
    with open_store(db_path) as store:
        store.vendors.add(Vendor(None, "Acme"))
    with open_store(db_path) as store:
        assert [v.name for v in store.vendors.list()] == ["Acme"]
    assert _backups(db_path.parent) == []


def test_existing_data_is_backed_up_before_migrating(db_path):
    with open_store(db_path) as store:
        store.vendors.add(Vendor(None, "Acme"))
    with open_store(db_path, migrations=(*MIGRATIONS, V_NEXT)) as store:
        assert store.schema_version == NEXT
        assert [v.name for v in store.vendors.list()] == ["Acme"]
        cols = [r[1] for r in store.database.conn.execute("PRAGMA table_info(vendors)")]
        assert "rating" in cols
    (backup,) = _backups(db_path.parent)
    assert backup.startswith(f"{db_path.name}.backup-v{LATEST_VERSION}-")
    assert backup.endswith(".sqlite")
    backup_path = db_path.parent / backup
    assert _pragma(backup_path, "user_version") == LATEST_VERSION
    with sqlite3.connect(backup_path) as conn:
        assert conn.execute("SELECT name FROM vendors").fetchall() == [("Acme",)]
    conn.close()
    assert _pragma(db_path, "user_version") == NEXT


def test_backup_name_format():
    name = migration_backup_path(
        Path("/nonexistent/complaint-desk.sqlite3"), 3, datetime(2025, 3, 1, 9, 30, 5, tzinfo=UTC)
    ).name
    assert name == "complaint-desk.sqlite3.backup-v3-20250301T093005Z.sqlite"


def test_a_failing_migration_leaves_the_old_version_intact(db_path):
    with open_store(db_path) as store:
        store.vendors.add(Vendor(None, "Acme"))
    broken = Migration(
        NEXT,
        "half done",
        ("ALTER TABLE vendors ADD COLUMN rating INTEGER", "THIS IS NOT SQL"),
    )
    with pytest.raises(sqlite3.OperationalError):  # a bug in a migration surfaces loudly
        open_store(db_path, migrations=(*MIGRATIONS, broken))
    with open_store(db_path) as store:
        assert store.schema_version == LATEST_VERSION
        cols = [r[1] for r in store.database.conn.execute("PRAGMA table_info(vendors)")]
        assert "rating" not in cols
        assert [v.name for v in store.vendors.list()] == ["Acme"]
    assert len(_backups(db_path.parent)) == 1


def test_a_table_rebuilding_migration_runs_with_foreign_keys_off(db_path):
    with open_store(db_path) as store:
        v = store.vendors.add(Vendor(None, "Acme"))
        store.cases.add(Case(None, v.id, "kept", T0))
    rebuild = Migration(
        NEXT,
        "rebuild vendors",
        (
            "CREATE TABLE vendors_new (id INTEGER PRIMARY KEY, name TEXT NOT NULL, handles TEXT"
            " NOT NULL DEFAULT '{}', phone TEXT NOT NULL DEFAULT '', email TEXT NOT NULL"
            " DEFAULT '', url TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '')",
            "INSERT INTO vendors_new SELECT * FROM vendors",
            "DROP TABLE vendors",  # with foreign keys on, this would delete every case
            "ALTER TABLE vendors_new RENAME TO vendors",
        ),
        foreign_keys_off=True,
    )
    with open_store(db_path, migrations=(*MIGRATIONS, rebuild)) as store:
        assert [c.title for c in store.cases.list()] == ["kept"]
        assert store.database.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_a_newer_database_is_refused_untouched(db_path):
    with open_store(db_path) as store:
        store.vendors.add(Vendor(None, "Acme"))
        store.database.conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 5}")
    before = db_path.read_bytes()
    with pytest.raises(StoreError) as err:
        open_store(db_path)
    assert err.value.kind is StoreErrorKind.TOO_NEW
    assert "newer version of Complaint Desk" in err.value.user_message
    assert str(LATEST_VERSION + 5) in err.value.user_message
    assert db_path.read_bytes() == before
    assert _backups(db_path.parent) == []


def test_a_foreign_sqlite_file_is_not_adopted(db_path):
    db_path.parent.mkdir(parents=True)
    with sqlite3.connect(db_path) as conn:
        conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY)")
    conn.close()
    with pytest.raises(StoreError) as err:
        open_store(db_path)
    assert err.value.kind is StoreErrorKind.CORRUPT


def test_migration_versions_must_be_sequential():
    with pytest.raises(ValueError):
        mig.check_sequence([Migration(1, "a", ()), Migration(3, "c", ())])
    mig.check_sequence(MIGRATIONS)


def test_the_version_an_up_to_date_file_is_checked_against_is_the_last_migration():
    from complaint_desk.store import schema_version

    assert schema_version.LATEST_VERSION == LATEST_VERSION


def test_an_up_to_date_file_opens_without_loading_the_migrations(db_path):
    import subprocess
    import sys

    open_store(db_path).close()  # built at the latest version
    script = (
        "import sys; from pathlib import Path\n"
        "from complaint_desk.store.store import open_store\n"
        "open_store(Path(sys.argv[1])).close()\n"
        "print('complaint_desk.store.migrations' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script, str(db_path)], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "False"


def test_a_version_1_file_gets_the_revision_model_column_and_keeps_its_revisions(db_path):
    from datetime import timedelta

    from complaint_desk.core.hold import Revision
    from complaint_desk.core.models import Case, Draft

    with open_store(db_path, migrations=MIGRATIONS[:1]) as store:  # as the first release wrote it
        v = store.vendors.add(Vendor(None, "Acme"))
        c = store.cases.add(Case(None, v.id, "Late", T0))
        cx = store.database.conn
        d_id = cx.execute(
            "INSERT INTO drafts (case_id, title, created_at, status)"
            " VALUES (?, 'Draft', 0, 'active')",
            (c.id,),
        ).lastrowid
        d = Draft(d_id, c.id, "Draft", T0)
        cols = [r[1] for r in cx.execute("PRAGMA table_info(revisions)")]
        assert "model" not in cols
        cx.execute(
            "INSERT INTO revisions (draft_id, saved_at, text, heat, polarity)"
            " VALUES (?, 0, 'Still late.', 30.0, -0.2)",
            (d.id,),
        )
    with open_store(db_path) as store:
        assert store.schema_version == LATEST_VERSION >= 2
        (old,) = store.drafts.revisions(d.id)
        assert (old.text, old.heat, old.model) == ("Still late.", 30.0, "")
        store.drafts.add_revision(
            d.id,
            Revision(old.saved_at + timedelta(seconds=1), "Still late!", 35.0, -0.3, "m2"),
            ready_at=None,
            clock_start=None,
        )
        assert [r.model for r in store.drafts.revisions(d.id)] == ["", "m2"]


def test_a_version_2_file_gets_its_holds_folded_under_the_current_rule(db_path):
    """v3 keeps the hold's fold with each draft, computed by the migration with today's rule:
    a complaint calmed into thanks under the old rule was free; now it stays held."""
    from datetime import timedelta

    from complaint_desk.core import hold
    from complaint_desk.core.hold import Revision
    from complaint_desk.core.models import Case

    complaint = Revision(T0, "My order arrived broken. Refund me by Friday.", 60.0, -0.5)
    thanks = Revision(T0 + timedelta(hours=1), "Thanks, all sorted now!", 1.0, 0.8)
    with open_store(db_path, migrations=MIGRATIONS[:2]) as store:
        v = store.vendors.add(Vendor(None, "Acme"))
        c = store.cases.add(Case(None, v.id, "Late", T0))
        cx = store.database.conn
        d_id = cx.execute(
            "INSERT INTO drafts (case_id, title, created_at, status) VALUES (?, 'D', 0, 'active')",
            (c.id,),
        ).lastrowid
        for rev in (complaint, thanks):
            cx.execute(
                "INSERT INTO revisions (draft_id, saved_at, text, heat, polarity, model)"
                " VALUES (?, ?, ?, ?, ?, '')",
                (d_id, int(rev.saved_at.timestamp() * 1_000_000), rev.text, rev.heat, rev.polarity),
            )
        # What the old rule cached: a thank-you, not held.
        cx.execute("UPDATE drafts SET ready_at = NULL, clock_start = NULL, revision_count = 2")
    with open_store(db_path) as store:
        folded = store.drafts.hold_fold(d_id)
        assert folded == hold.fold([complaint, thanks])
        assert folded.clock_start == T0
        summary = store.drafts.summary(d_id)
        assert summary.ready_at == T0 + hold.required_wait(1.0)


def test_a_version_5_file_learns_which_calls_got_through_from_their_notes(db_path):
    from complaint_desk.core.models import Channel, Outcome, Reached

    notes = [
        ("phone", "", "Left a voicemail for the manager"),
        ("phone", "", "No answer after 20 minutes"),
        ("chat", "", "Chat cut off twice"),
        ("phone", "Dana", "Dana said she'd left a message for billing"),  # a rep: got through
        ("phone", "", "Called baggage line."),
        ("email", "", "No answer yet"),  # not a live channel: answered by a reply, not a note
    ]
    with open_store(db_path, migrations=MIGRATIONS[:5]) as store:  # as the 5th schema wrote it
        v = store.vendors.add(Vendor(None, "Skyway"))
        c = store.cases.add(Case(None, v.id, "Lost bag", T0))
        cx = store.database.conn
        for channel, rep, summary in notes:
            cx.execute(
                "INSERT INTO contacts (case_id, channel, at, rep, summary) VALUES (?, ?, 0, ?, ?)",
                (c.id, channel, rep, summary),
            )
    with open_store(db_path) as store:
        got = [(x.channel, x.reached, x.outcome) for x in store.contacts.list(c.id)]
    assert got == [
        (Channel.PHONE, Reached.VOICEMAIL, None),
        (Channel.PHONE, Reached.NO_ANSWER, None),
        (Channel.CHAT, Reached.CUT_OFF, None),
        (Channel.PHONE, Reached.SPOKE, None),
        (Channel.PHONE, Reached.SPOKE, None),
        (Channel.EMAIL, Reached.SPOKE, None),
    ]
    assert Outcome.RESOLVED.value == "resolved"  # stored as the enum's value


def test_a_call_result_and_outcome_round_trip_through_the_store(store):
    from complaint_desk.core.models import Channel, Contact, Outcome, Reached

    v = store.vendors.add(Vendor(None, "Skyway"))
    c = store.cases.add(Case(None, v.id, "Lost bag", T0))
    spoke = store.contacts.add(
        Contact(None, c.id, Channel.PHONE, T0, rep="Dana", outcome=Outcome.OFFERED)
    )
    missed = store.contacts.add(Contact(None, c.id, Channel.CHAT, T0, reached=Reached.CUT_OFF))
    assert store.contacts.get(spoke.id) == spoke and spoke.outcome is Outcome.OFFERED
    assert store.contacts.get(missed.id) == missed and missed.reached is Reached.CUT_OFF
    store.contacts.update(replace(missed, reached=Reached.SPOKE))
    assert store.contacts.get(missed.id).reached is Reached.SPOKE
    figure_rows = store.contacts.figure_rows_of([c.id])
    assert [(x.reached, x.outcome) for x in figure_rows] == [
        (Reached.SPOKE, Outcome.OFFERED),
        (Reached.SPOKE, None),
    ]


def test_what_the_first_frame_reads_comes_from_an_index_not_a_scan(store):
    """The drafts list's first screen and the clock floor's latest save: an index each (a scan
    of every draft took 20-30 ms at 100,000). The first screen's ORDER BY must stay the
    expression migration 8 indexed."""
    from complaint_desk.store import drafts_repo

    cx = store.database.conn
    first = "SELECT d.id FROM drafts AS d" + drafts_repo._LAST_READY_ORDER + " LIMIT 40"
    plan = " ".join(str(row) for row in cx.execute("EXPLAIN QUERY PLAN " + first))
    assert "USING INDEX drafts_hold_order" in plan and "TEMP B-TREE" not in plan
    latest = " ".join(
        str(row) for row in cx.execute("EXPLAIN QUERY PLAN SELECT MAX(updated_at) FROM drafts")
    )
    assert "drafts_updated" in latest


def test_the_ready_count_reads_its_own_index_and_counts_what_the_ready_list_lists(store):
    """The start-up's "N drafts ready" figure: the partial index of migration 9 alone (a scan of
    every draft's row took 15-18 ms at 100,000), and the same number `ready_ids` lists."""
    from complaint_desk.store import drafts_repo

    assert f"status = '{DraftStatus.ACTIVE.value}'" in drafts_repo._READY_COUNT_SQL
    cx = store.database.conn
    plan = " ".join(
        str(row) for row in cx.execute("EXPLAIN QUERY PLAN " + drafts_repo._READY_COUNT_SQL, (0,))
    )
    assert "USING COVERING INDEX drafts_ready" in plan or "USING INDEX drafts_ready" in plan
    vendor = store.vendors.add(Vendor(None, "Acme"))
    case = store.cases.add(Case(None, vendor.id, "Late parcel", T0))
    ids = [store.drafts.add(Draft(None, case.id, f"Draft {i}", T0)).id for i in range(5)]
    with store.database.write() as w:
        for n, draft_id in enumerate(ids):  # ready 1..5 days after T0
            w.execute(
                "UPDATE drafts SET ready_at = ? WHERE id = ?",
                (to_micros(T0 + timedelta(days=n + 1)), draft_id),
            )
        w.execute("UPDATE drafts SET status = 'posted' WHERE id = ?", (ids[0],))
    when = T0 + timedelta(days=3, hours=1)
    assert store.drafts.ready_count(when) == len(store.drafts.ready_ids(when)) == 2
