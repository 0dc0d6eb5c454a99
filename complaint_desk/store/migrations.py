"""The schema, as an ordered list of migrations; `PRAGMA user_version` says which ran last.

Each migration runs in its own transaction together with the version bump, so a database is
always at exactly one version. Before migrating a database that already holds data, the file is
copied next to itself (`<db>.backup-v<old>-<timestamp>.sqlite`). A database newer than this code
is refused untouched.

To change the schema, append a Migration; never edit one that has shipped. A migration that
rebuilds a table (the SQLite "12-step" ALTER) sets `foreign_keys_off=True`, so the rebuild
does not cascade deletes; foreign keys are checked before it commits.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from complaint_desk.store.codec import from_micros, to_micros_or_none
from complaint_desk.store.connection import Database
from complaint_desk.store.schema_version import has_objects, refuse_unusable, user_version


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    # SQL statements (run in order) or a function given the connection inside the transaction.
    steps: tuple[str, ...] | Callable[[Any], None]
    foreign_keys_off: bool = False


V1_SCHEMA: tuple[str, ...] = (
    """
    CREATE TABLE vendors (
        id      INTEGER PRIMARY KEY,
        name    TEXT NOT NULL,
        handles TEXT NOT NULL DEFAULT '{}',  -- JSON object: platform id -> handle
        phone   TEXT NOT NULL DEFAULT '',
        email   TEXT NOT NULL DEFAULT '',
        url     TEXT NOT NULL DEFAULT '',
        notes   TEXT NOT NULL DEFAULT ''
    )
    """,
    """
    CREATE TABLE cases (
        id        INTEGER PRIMARY KEY,
        vendor_id INTEGER NOT NULL REFERENCES vendors(id) ON DELETE CASCADE,
        title     TEXT NOT NULL,
        opened_at INTEGER NOT NULL,  -- UTC microseconds since the epoch, like every *_at
        story     TEXT NOT NULL DEFAULT '',
        reference TEXT NOT NULL DEFAULT '',
        remedy    TEXT NOT NULL DEFAULT '',
        status    TEXT NOT NULL
    )
    """,
    "CREATE INDEX cases_vendor ON cases(vendor_id, opened_at)",
    "CREATE INDEX cases_opened ON cases(opened_at)",
    """
    CREATE TABLE contacts (
        id           INTEGER PRIMARY KEY,
        case_id      INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        channel      TEXT NOT NULL,
        at           INTEGER NOT NULL,
        duration_min INTEGER,
        rep          TEXT NOT NULL DEFAULT '',
        summary      TEXT NOT NULL DEFAULT '',
        site         TEXT NOT NULL DEFAULT '',
        text         TEXT NOT NULL DEFAULT '',
        link         TEXT NOT NULL DEFAULT ''
    )
    """,
    "CREATE INDEX contacts_case_at ON contacts(case_id, at)",
    """
    CREATE TABLE responses (
        id         INTEGER PRIMARY KEY,
        case_id    INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        at         INTEGER NOT NULL,
        channel    TEXT NOT NULL,
        outcome    TEXT NOT NULL,
        who        TEXT NOT NULL DEFAULT '',
        summary    TEXT NOT NULL DEFAULT '',
        contact_id INTEGER REFERENCES contacts(id) ON DELETE SET NULL
    )
    """,
    "CREATE INDEX responses_case_at ON responses(case_id, at)",
    # Without it, deleting a contact scans every response to null out contact_id.
    "CREATE INDEX responses_contact ON responses(contact_id)",
    """
    CREATE TABLE drafts (
        id             INTEGER PRIMARY KEY,
        case_id        INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        title          TEXT NOT NULL,
        created_at     INTEGER NOT NULL,
        status         TEXT NOT NULL,
        -- Cache of the latest revision and the hold, written with each revision, so list views
        -- need one query and no per-draft work.
        heat           REAL,
        polarity       REAL,
        ready_at       INTEGER,
        clock_start    INTEGER,
        updated_at     INTEGER,
        preview        TEXT NOT NULL DEFAULT '',
        revision_count INTEGER NOT NULL DEFAULT 0
    )
    """,
    "CREATE INDEX drafts_case ON drafts(case_id)",
    "CREATE INDEX drafts_recent ON drafts(coalesce(updated_at, created_at) DESC, id DESC)",
    """
    CREATE TABLE revisions (
        id       INTEGER PRIMARY KEY,
        draft_id INTEGER NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
        saved_at INTEGER NOT NULL,
        text     TEXT NOT NULL,
        heat     REAL NOT NULL,
        polarity REAL NOT NULL
    )
    """,
    "CREATE INDEX revisions_draft_saved ON revisions(draft_id, saved_at)",
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
)

# Which tone model scored each revision's heat (core.hold compares heats of one model only).
V2_REVISION_MODEL = ("ALTER TABLE revisions ADD COLUMN model TEXT NOT NULL DEFAULT ''",)


def _v3_hold_fold(cx: Any) -> None:
    """Letters and linked updates become drafts; the hold's fold is kept with each draft.

    `hold_lowest` and `hold_last_id` with `clock_start` are core.hold.HoldFold, so an autosave
    compares only the new version with the last one. Existing drafts are folded here, under the
    current rule ("once held, held until ready"), so the first open needs no history.
    """
    from complaint_desk.core.hold import HoldFold, Revision, step

    for statement in (
        "ALTER TABLE drafts ADD COLUMN kind TEXT NOT NULL DEFAULT 'post'",
        "ALTER TABLE drafts ADD COLUMN origin_id INTEGER REFERENCES drafts(id) ON DELETE SET NULL",
        "ALTER TABLE drafts ADD COLUMN hold_lowest REAL",
        "ALTER TABLE drafts ADD COLUMN hold_last_id INTEGER",
        "ALTER TABLE revisions ADD COLUMN restored INTEGER NOT NULL DEFAULT 0",
        "CREATE INDEX drafts_case_kind ON drafts(case_id, kind)",
    ):
        cx.execute(statement)
    draft_ids = [row[0] for row in cx.execute("SELECT id FROM drafts")]
    for draft_id in draft_ids:
        fold, last_id = HoldFold(), None
        rows = cx.execute(
            "SELECT id, saved_at, text, heat, polarity, model FROM revisions"
            " WHERE draft_id = ? ORDER BY saved_at, id",
            (draft_id,),
        )
        for rid, saved_at, text, heat, polarity, model in rows:
            rev = Revision(from_micros(saved_at), text, heat, polarity, model)
            after = step(fold, rev)
            if after.last is rev:
                last_id = rid
            fold = after
        ready = fold.ready_at
        cx.execute(
            "UPDATE drafts SET clock_start = ?, ready_at = ?, hold_lowest = ?, hold_last_id = ?"
            " WHERE id = ?",
            (
                to_micros_or_none(fold.clock_start),
                to_micros_or_none(ready),
                fold.lowest if last_id is not None else None,
                last_id,
                draft_id,
            ),
        )


# E-mail imported onto a case: each message's Message-ID with the record it became (duplicates are
# skipped by it), and the address patterns (addresses or domains) the person confirmed as a
# vendor's, which tell the company's messages from their own.
V4_MAIL: tuple[str, ...] = (
    # Written compactly on purpose: the whole schema's text stays within the file's first page.
    # Deleting a contact or response scans mail_messages for it (no index): deletions are single
    # records, made by hand.
    "CREATE TABLE mail_messages(case_id INTEGER NOT NULL REFERENCES cases(id)ON DELETE CASCADE,"
    "message_id TEXT NOT NULL,contact_id INTEGER REFERENCES contacts(id)ON DELETE CASCADE,"
    "response_id INTEGER REFERENCES responses(id)ON DELETE CASCADE,"
    "PRIMARY KEY(case_id,message_id))WITHOUT ROWID",
    # A lower-case address or domain the person confirmed as the vendor's.
    "CREATE TABLE vendor_mail_patterns(vendor_id INTEGER NOT NULL REFERENCES vendors(id)"
    "ON DELETE CASCADE,pattern TEXT NOT NULL,PRIMARY KEY(vendor_id,pattern))WITHOUT ROWID",
)

# The response-time figures (app.record_figures) read every contact and response case by case,
# by time then id, a few columns each: indexes holding those columns in that order answer from the
# index alone, with no lookup into the table per row (about 3x faster at 1,700,000 records). They
# replace the (case_id, at) indexes, whose uses they serve as well.
V5_FIGURE_INDEXES: tuple[str, ...] = (
    "DROP INDEX IF EXISTS contacts_case_at",
    "CREATE INDEX contacts_case_figures ON contacts(case_id, at, id, channel)",
    "DROP INDEX IF EXISTS responses_case_at",
    "CREATE INDEX responses_case_figures ON responses(case_id, at, id, channel, outcome,"
    " contact_id)",
)

# A call, chat or visit is answered as it happens unless it did not get through (docs/design.md,
# "Response history"): whether it did, and what came of it. Existing live contacts whose note says
# nobody answered are marked so; the rest got through, as the person logged someone or something
# said. The figures' covering index gains both columns.
V6_CALL_RESULTS: tuple[str, ...] = (
    "ALTER TABLE contacts ADD COLUMN reached TEXT NOT NULL DEFAULT 'spoke'",
    "ALTER TABLE contacts ADD COLUMN outcome TEXT",
    "UPDATE contacts SET reached = 'voicemail' WHERE channel IN ('phone', 'chat', 'in_person')"
    " AND rep = '' AND (lower(summary) LIKE '%voicemail%' OR lower(summary) LIKE '%voice mail%'"
    " OR lower(summary) LIKE '%left a message%')",
    "UPDATE contacts SET reached = 'no_answer' WHERE channel IN ('phone', 'chat', 'in_person')"
    " AND rep = '' AND reached = 'spoke' AND (lower(summary) LIKE '%no answer%'"
    " OR lower(summary) LIKE '%nobody answered%' OR lower(summary) LIKE '%no one answered%'"
    " OR lower(summary) LIKE '%no-one answered%' OR lower(summary) LIKE '%did not answer%'"
    " OR lower(summary) LIKE '%didn''t answer%' OR lower(summary) LIKE '%didn’t answer%')",
    "UPDATE contacts SET reached = 'cut_off' WHERE channel IN ('phone', 'chat', 'in_person')"
    " AND rep = '' AND reached = 'spoke' AND (lower(summary) LIKE '%cut off%'"
    " OR lower(summary) LIKE '%got disconnected%' OR lower(summary) LIKE '%line went dead%')",
    "DROP INDEX IF EXISTS contacts_case_figures",
    "CREATE INDEX contacts_case_figures ON contacts(case_id, at, id, channel, reached, outcome)",
)

# Evidence: files kept with a case, a contact or a response. The bytes are stored once per
# content (SHA-256) in this file, so backups, restores and exports carry them with the records.
V7_EVIDENCE: tuple[str, ...] = (
    "CREATE TABLE evidence_files (sha256 TEXT PRIMARY KEY, size INTEGER NOT NULL,"
    " data BLOB NOT NULL)",
    "CREATE TABLE evidence (id INTEGER PRIMARY KEY,"
    " case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
    " name TEXT NOT NULL, mime TEXT NOT NULL, size INTEGER NOT NULL,"
    " sha256 TEXT NOT NULL REFERENCES evidence_files(sha256),"
    " added_at INTEGER NOT NULL, file_date INTEGER,"
    " contact_id INTEGER REFERENCES contacts(id) ON DELETE CASCADE,"
    " response_id INTEGER REFERENCES responses(id) ON DELETE CASCADE)",
    "CREATE INDEX evidence_case ON evidence(case_id)",
    "CREATE INDEX evidence_sha ON evidence(sha256)",
    "CREATE INDEX evidence_contact ON evidence(contact_id)",
    "CREATE INDEX evidence_response ON evidence(response_id)",
)

# What the window reads before its first paint, from an index instead of a scan of every draft
# (each took 20-30 ms at 100,000 drafts): the drafts list's first screen in its default order
# (drafts_repo._LAST_READY_ORDER: the expression must stay the same, tests/store checks the plan
# uses it) and the clock floor's latest save.
V8_FIRST_FRAME_INDEXES: tuple[str, ...] = (
    "CREATE INDEX drafts_hold_order ON drafts((CASE WHEN status = 'withdrawn' THEN -5"
    " WHEN status = 'posted' THEN -4 WHEN ready_at IS NULL THEN CASE WHEN revision_count > 0"
    " THEN -2 ELSE -3 END ELSE ready_at END) DESC, coalesce(updated_at, created_at) DESC,"
    " id DESC)",
    "CREATE INDEX drafts_updated ON drafts(updated_at)",
)

# The start-up's "N drafts ready" count reads this index alone (entries for active, held drafts
# only, by when they are ready) instead of scanning every draft's row with its preview: at
# 100,000 drafts 7 ms instead of 15-18 ms, so the worker that counts them is done before the
# window's first frame needs the figure.
V9_READY_INDEX: tuple[str, ...] = (
    "CREATE INDEX drafts_ready ON drafts(ready_at)"
    " WHERE status = 'active' AND ready_at IS NOT NULL",
)

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "initial schema", V1_SCHEMA),
    Migration(2, "the tone model of each revision", V2_REVISION_MODEL),
    Migration(3, "letters and updates as drafts; the hold's fold per draft", _v3_hold_fold),
    Migration(4, "imported e-mail: Message-IDs per case, vendors' address patterns", V4_MAIL),
    Migration(5, "covering indexes for the response-time figures", V5_FIGURE_INDEXES),
    Migration(6, "whether a call got through, and what came of it", V6_CALL_RESULTS),
    Migration(7, "evidence: files kept with a case, stored once per content", V7_EVIDENCE),
    Migration(8, "indexes for what the first frame reads", V8_FIRST_FRAME_INDEXES),
    Migration(9, "an index of the drafts that are held or ready", V9_READY_INDEX),
)
LATEST_VERSION = MIGRATIONS[-1].version


def check_sequence(migrations: Sequence[Migration]) -> None:
    """Versions must run 1, 2, 3... with no gap (a bug in this file otherwise)."""
    versions = [m.version for m in migrations]
    if versions != list(range(1, len(versions) + 1)):
        raise ValueError(f"migration versions must be 1..n in order, got {versions}")


def migrate(
    db: Database,
    migrations: Sequence[Migration] = MIGRATIONS,
    *,
    now: datetime | None = None,
) -> int:
    """Bring `db` to the latest version (backing it up first if it holds data); the version.

    A file that is too new, or someone else's, is refused before anything is written."""
    check_sequence(migrations)
    latest = migrations[-1].version if migrations else 0
    current = user_version(db)
    refuse_unusable(db, current, latest)
    if current == latest:
        return current
    if current > 0:
        # Loaded only when there is a migration to run: an up-to-date file opens without it.
        from complaint_desk.store.backup import copy_database, migration_backup_path

        copy_database(db.conn, migration_backup_path(db.path, current, now), source_path=db.path)
    for migration in migrations[current:]:
        _apply(db, migration)
    return latest


def _has_objects(db: Database) -> bool:
    return has_objects(db)


def _apply(db: Database, migration: Migration) -> None:
    if migration.foreign_keys_off:
        with db.read() as cx:
            cx.execute("PRAGMA foreign_keys = OFF")  # no effect inside a transaction: do it first
    try:
        with db.write() as cx:
            if callable(migration.steps):
                migration.steps(cx)
            else:
                for statement in migration.steps:
                    cx.execute(statement)
            if migration.foreign_keys_off:
                broken = cx.execute("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(
                        f"migration {migration.version} broke foreign keys: {broken[:5]}"
                    )
            # PRAGMA takes no parameters; the version is an int we control.
            cx.execute(f"PRAGMA user_version = {int(migration.version)}")
    finally:
        if migration.foreign_keys_off:
            with db.read() as cx:
                cx.execute("PRAGMA foreign_keys = ON")
