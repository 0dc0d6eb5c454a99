"""Backups (a copy of the file) and JSON export/import (everything, versioned, validated)."""

from __future__ import annotations

import hashlib
import json
from datetime import timedelta

import pytest

from complaint_desk.core import hold
from complaint_desk.core.hold import Revision
from complaint_desk.core.models import (
    Case,
    CaseStatus,
    Channel,
    Contact,
    Draft,
    DraftStatus,
    Evidence,
    Outcome,
    Response,
    Vendor,
)
from complaint_desk.store.errors import ImportFileError
from complaint_desk.store.exporter import FORMAT_NAME, FORMAT_VERSION
from complaint_desk.store.importer import import_json
from complaint_desk.store.store import open_store

from .conftest import T0


def _fill(store):
    v = store.vendors.add(Vendor(None, "Acme 😡", {"x": "@acme"}, phone="+1 555 0100"))
    w = store.vendors.add(Vendor(None, "Zed\x00Air"))
    c = store.cases.add(Case(None, v.id, "Router", T0, "story", "REF-1", "refund"))
    store.cases.add(Case(None, w.id, "Bag", T0 + timedelta(days=1), status=CaseStatus.CLOSED))
    ct = store.contacts.add(Contact(None, c.id, Channel.SOCIAL, T0, 3, "Sam", "s", "x", "txt", "l"))
    store.responses.add(
        Response(
            None, c.id, T0 + timedelta(hours=1), Channel.EMAIL, Outcome.OFFERED, "Jo", "", ct.id
        )
    )
    store.responses.add(Response(None, c.id, T0, Channel.PHONE, Outcome.REFUSED))
    d = store.drafts.add(Draft(None, c.id, "Post", T0, DraftStatus.ACTIVE))
    store.drafts.add(Draft(None, c.id, "Empty", T0))
    revs = []
    for i, text in enumerate(["ANGRY!!!", "calmer now\nreally", "y" * 200_000 + "\x00"]):
        rev = Revision(T0 + timedelta(minutes=i), text, 80.0 - 30 * i, -0.5 + 0.2 * i, f"m{i}")
        revs.append(rev)
        store.drafts.add_revision(
            d.id, rev, ready_at=hold.ready_at(revs), clock_start=hold.clock_start(revs)
        )
    store.meta.set("clock.high_water", "2025-03-01T12:00:00+00:00")
    photo = bytes(range(256)) * 40 + b"\x00\xff"  # any bytes, NULs included
    for name, data, link in (("receipt.png", photo, None), ("same photo.png", photo, ct.id)):
        store.evidence.add(
            Evidence(
                None,
                c.id,
                name,
                "image/png",
                len(data),
                hashlib.sha256(data).hexdigest(),
                T0,
                T0 - timedelta(days=2),
                contact_id=link,
            ),
            data,
        )
    return d


def _everything(store):
    drafts = store.drafts.list()
    return (
        store.vendors.list(),
        store.cases.list(),
        store.contacts.list(),
        store.responses.list(),
        drafts,
        {d.id: store.drafts.revisions(d.id) for d in drafts},
        store.drafts.summaries(),
        store.meta.items(),
        store.evidence.list(),
        [store.evidence.data(e.sha256) for e in store.evidence.list()],
        store.evidence.stored_bytes(),
    )


def test_backup_to_a_file_is_a_complete_copy(store, tmp_path):
    _fill(store)
    dest = store.backup_to(tmp_path / "backups" / "copy.sqlite3")
    assert dest == tmp_path / "backups" / "copy.sqlite3" and dest.is_file()
    assert not dest.with_name("copy.sqlite3.partial").exists()
    with open_store(dest) as copy:
        assert _everything(copy) == _everything(store)


def test_backup_to_a_folder_picks_a_timestamped_name(store, tmp_path):
    _fill(store)
    first = store.backup_to(tmp_path)
    second = store.backup_to(tmp_path)
    assert first != second and first.parent == second.parent == tmp_path
    assert first.name.startswith("complaint-desk-") and first.suffix == ".sqlite3"
    # One self-contained file: no -wal companion is needed to read it.
    assert not first.with_name(first.name + "-wal").exists()


def test_export_then_import_reproduces_everything(store, tmp_path):
    _fill(store)
    export = store.export_json(tmp_path / "export.json")
    data = json.loads(export.read_text(encoding="utf-8"))
    assert (data["format"], data["format_version"]) == (FORMAT_NAME, FORMAT_VERSION)
    assert data["schema_version"] == store.schema_version
    with open_store(tmp_path / "new" / "db.sqlite3") as fresh:
        counts = import_json(export, fresh)
        assert counts == {
            "vendors": 2,
            "cases": 2,
            "contacts": 1,
            "responses": 2,
            "drafts": 2,
            "revisions": 3,
            "meta": 1,
            "evidence": 2,
        }
        assert _everything(fresh) == _everything(store)


def test_an_export_from_before_revisions_named_their_tone_model_imports(store, tmp_path):
    d = _fill(store)
    export = store.export_json(tmp_path / "export.json")
    data = json.loads(export.read_text(encoding="utf-8"))
    for draft in data["drafts"]:
        for revision in draft["revisions"]:
            del revision["model"]
    export.write_text(json.dumps(data), encoding="utf-8")
    with open_store(tmp_path / "new" / "db.sqlite3") as fresh:
        import_json(export, fresh)
        revisions = fresh.drafts.revisions(d.id)
    assert [r.model for r in revisions] == ["", "", ""]
    assert [r.text for r in revisions] == [r.text for r in store.drafts.revisions(d.id)]


def test_import_refuses_a_store_that_has_records(store, tmp_path):
    _fill(store)
    export = store.export_json(tmp_path / "export.json")
    before = _everything(store)
    with pytest.raises(ImportFileError, match="empty"):
        import_json(export, store)
    assert _everything(store) == before


def test_import_keeps_the_running_apps_own_settings(store, tmp_path):
    _fill(store)
    export = store.export_json(tmp_path / "export.json")
    with open_store(tmp_path / "new" / "db.sqlite3") as fresh:
        fresh.meta.set("clock.high_water", "2030-01-01T00:00:00+00:00")
        import_json(export, fresh)
        assert fresh.meta.get("clock.high_water") == "2030-01-01T00:00:00+00:00"


def _valid_export(store, tmp_path):
    _fill(store)
    return json.loads(store.export_json(tmp_path / "export.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d.update(format="something-else"), "not a Complaint Desk export"),
        (lambda d: d.update(format_version=FORMAT_VERSION + 1), "newer version"),
        (lambda d: d.pop("format_version"), "format version"),
        (lambda d: d["vendors"][0].pop("name"), "vendors[0] has no 'name'"),
        (lambda d: d["vendors"][0].update(id="one"), "vendors[0].id"),
        (lambda d: d["cases"][0].update(opened_at="yesterday"), "cases[0].opened_at"),
        (lambda d: d["cases"][0].update(opened_at="2025-03-01T09:30:00"), "time zone"),
        (lambda d: d["cases"][0].update(status="angry"), "unknown value"),
        (lambda d: d["contacts"][0].update(channel="pigeon"), "contacts[0].channel"),
        (lambda d: d["contacts"][0].update(duration_min=-3), "duration_min"),
        (lambda d: d["responses"][0].update(outcome=None), "responses[0].outcome"),
        (lambda d: d["drafts"][0]["revisions"][0].update(heat="hot"), "revisions[0].heat"),
        (lambda d: d["cases"][0].update(vendor_id=999), "inconsistent"),
        (lambda d: d["cases"].append(dict(d["cases"][0])), "inconsistent"),
        (lambda d: d.update(vendors={}), "should be a list"),
        (lambda d: d.update(meta={"k": 1}), "meta"),
    ],
)
def test_a_bad_export_is_refused_and_nothing_is_written(store, tmp_path, mutate, message):
    data = _valid_export(store, tmp_path)
    mutate(data)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    with open_store(tmp_path / "new" / "db.sqlite3") as fresh:
        with pytest.raises(ImportFileError) as err:
            import_json(bad, fresh)
        assert message in err.value.user_message
        assert fresh.vendors.list() == [] and fresh.cases.list() == []


@pytest.mark.parametrize("content", [b"", b"not json", b"\xff\xfe\x00", b"[1, 2]", b"{}"])
def test_a_file_that_is_not_an_export_is_refused(tmp_path, content, store):
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    with pytest.raises(ImportFileError, match="not a Complaint Desk export"):
        import_json(bad, store)


def test_a_missing_import_file_is_refused(tmp_path, store):
    with pytest.raises(ImportFileError, match="can't be read"):
        import_json(tmp_path / "nope.json", store)


def test_an_export_with_escaped_lone_surrogates_imports(store, tmp_path):
    data = _valid_export(store, tmp_path)
    data["drafts"][0]["revisions"][0]["text"] = "broken \ud800 pair"
    data["vendors"][0]["notes"] = "\udfff"
    bad = tmp_path / "odd.json"
    bad.write_text(json.dumps(data), encoding="ascii")  # json escapes them as \\ud800
    with open_store(tmp_path / "new" / "db.sqlite3") as fresh:
        import_json(bad, fresh)
        draft_id = data["drafts"][0]["id"]
        assert fresh.drafts.revisions(draft_id)[0].text == "broken \ufffd pair"
        assert fresh.vendors.get(data["vendors"][0]["id"]).notes == "\ufffd"


def test_evidence_is_stored_once_per_content_and_travels_byte_for_byte(store, tmp_path):
    _fill(store)
    assert store.evidence.stored_bytes() == 256 * 40 + 2  # two records, one stored file
    dest = tmp_path / "all.json"
    store.export_json(dest)
    data = json.loads(dest.read_text(encoding="utf-8"))
    assert len(data["evidence"]) == 2 and len(data["evidence_files"]) == 1
    with open_store(tmp_path / "fresh" / "d.sqlite3") as fresh:
        counts = import_json(dest, fresh)
        assert counts["evidence"] == 2
        assert _everything(fresh) == _everything(store)


def test_an_export_whose_evidence_was_altered_is_refused(store, tmp_path):
    import base64

    _fill(store)
    dest = tmp_path / "all.json"
    store.export_json(dest)
    data = json.loads(dest.read_text(encoding="utf-8"))
    data["evidence_files"][0]["data"] = base64.b64encode(b"not the photo").decode()
    dest.write_text(json.dumps(data), encoding="utf-8")
    with open_store(tmp_path / "fresh" / "d.sqlite3") as fresh:
        with pytest.raises(ImportFileError, match="does not match its SHA-256"):
            import_json(dest, fresh)
        assert fresh.evidence.list() == [] and fresh.vendors.list() == []


def test_pruning_keeps_bytes_a_record_still_uses(store):
    _fill(store)
    first, second = store.evidence.list()
    store.delete_for_undo("evidence", first.id)
    assert store.evidence.prune() == 0  # the other record still uses the same content
    deleted = store.delete_for_undo("evidence", second.id)
    assert store.evidence.prune() == 1 and store.evidence.data(second.sha256) is None
    assert deleted is not None
