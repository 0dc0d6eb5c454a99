"""Evidence kept with a case: copied in, fingerprinted, stored once, checked when used, and
removed only through Undo-able deletes."""

from __future__ import annotations

import hashlib
import os
import stat

import pytest

from complaint_desk.app import evidence as evidence_module
from complaint_desk.core.models import Case, Channel, Contact, Vendor
from tests.app.conftest import T0

PNG = bytes.fromhex("89504e470d0a1a0a") + b"\x00" * 64 + b"photo of the broken hinge"


def _case(desk):
    vendor = desk.records.save_vendor(Vendor(None, "Acme"))
    return desk.records.save_case(Case(None, vendor.id, "Broken kettle", T0))


def test_files_are_copied_in_and_the_original_may_then_go(desk, tmp_path):
    case = _case(desk)
    photo = tmp_path / "hinge.png"
    photo.write_bytes(PNG)
    receipt = tmp_path / "receipt.pdf"
    receipt.write_bytes(b"%PDF-1.4 receipt")
    result = desk.evidence.attach_paths(case.id, [photo, receipt])
    assert [e.name for e in result.added] == ["hinge.png", "receipt.pdf"]
    assert [e.mime for e in result.added] == ["image/png", "application/pdf"]
    assert result.added[0].sha256 == hashlib.sha256(PNG).hexdigest()
    assert result.added[0].size == len(PNG) and result.added[0].is_image
    photo.unlink()  # the original may be deleted: the app kept its own copy
    kept = desk.evidence.files(case.id)[0]
    assert desk.evidence.data(kept) == PNG and desk.evidence.problem(kept) is None
    assert result.summary() == "Kept 2 files with the case."


def test_what_cannot_be_kept_is_refused_with_the_reason(desk, tmp_path, monkeypatch):
    case = _case(desk)
    monkeypatch.setattr(evidence_module, "MAX_FILE_BYTES", 1000)
    big = tmp_path / "video.mp4"
    big.write_bytes(b"x" * 2000)
    folder = tmp_path / "a folder"
    folder.mkdir()
    result = desk.evidence.attach_paths(case.id, [big, folder, tmp_path / "gone.jpg"])
    assert result.added == []
    reasons = dict(result.refused)
    assert reasons["video.mp4"].startswith("it is 2 KB; one file can be at most 1000 bytes")
    assert reasons["a folder"] == "it is a folder or a device, not a file."
    assert reasons["gone.jpg"].startswith("it cannot be read (No such file or directory")
    assert "Not kept: video.mp4" in result.summary()


def test_the_total_is_limited_and_said(desk, tmp_path, monkeypatch):
    case = _case(desk)
    monkeypatch.setattr(evidence_module, "MAX_TOTAL_BYTES", 150)
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_bytes(b"a" * 100)
    second.write_bytes(b"b" * 100)
    result = desk.evidence.attach_paths(case.id, [first, second])
    assert [e.name for e in result.added] == ["a.txt"]
    assert result.refused == [
        ("b.txt", "the files kept already take 100 bytes of the 150 bytes allowed.")
    ]


def test_the_same_content_is_stored_once_and_not_kept_twice_in_one_place(desk, tmp_path):
    case = _case(desk)
    call = desk.records.log_contact(Contact(None, case.id, Channel.PHONE, T0, rep="Dana"))
    photo = tmp_path / "hinge.png"
    photo.write_bytes(PNG)
    desk.evidence.attach_paths(case.id, [photo])
    again = desk.evidence.attach_paths(case.id, [photo])
    assert again.added == [] and again.already == ["hinge.png"]
    on_call = desk.evidence.attach_paths(case.id, [photo], contact_id=call.id)
    assert on_call.added[0].contact_id == call.id
    assert len(desk.evidence.files(case.id)) == 2
    assert desk.store.evidence.stored_bytes() == len(PNG)


def test_an_altered_or_missing_file_is_reported_not_dropped(desk, tmp_path):
    case = _case(desk)
    photo = tmp_path / "hinge.png"
    photo.write_bytes(PNG)
    (kept,) = desk.evidence.attach_paths(case.id, [photo]).added
    with desk.store.database.write("evidence_files") as cx:
        cx.execute("UPDATE evidence_files SET data = ? WHERE sha256 = ?", (b"other", kept.sha256))
    assert "no longer matches the fingerprint" in desk.evidence.problem(kept)
    with pytest.raises(ValueError, match="no longer matches"):
        desk.evidence.copy_for_opening(kept)
    assert desk.evidence.files(case.id) == [kept]  # still listed, with its problem


def test_opening_writes_a_private_copy_under_the_files_own_name(desk, tmp_path):
    case = _case(desk)
    photo = tmp_path / "hinge photo.png"
    photo.write_bytes(PNG)
    (kept,) = desk.evidence.attach_paths(case.id, [photo]).added
    copy = desk.evidence.copy_for_opening(kept)
    assert copy.name == "hinge photo.png" and copy.read_bytes() == PNG
    assert stat.S_IMODE(os.stat(copy).st_mode) == 0o600
    desk.evidence.close()
    assert not copy.exists()


def test_removing_a_file_is_undone_with_its_bytes_and_the_bytes_go_at_the_end(desk, tmp_path):
    case = _case(desk)
    photo = tmp_path / "hinge.png"
    photo.write_bytes(PNG)
    (kept,) = desk.evidence.attach_paths(case.id, [photo]).added
    assert desk.changes.describe_delete("evidence", kept.id) == "Nothing else goes with it."
    assert desk.changes.describe_delete("case", case.id) == "With it go 1 kept file."
    assert desk.changes.delete("evidence", kept.id, kept.name)
    assert desk.evidence.files(case.id) == []
    assert desk.changes.undo()
    assert desk.evidence.files(case.id) == [kept] and desk.evidence.data(kept) == PNG
    assert desk.changes.redo()
    desk.evidence.close()  # the session ends: nothing can bring it back, so the bytes go
    assert desk.store.evidence.data(kept.sha256) is None


def test_an_e_mails_attachments_become_evidence_on_its_record(desk):
    case = _case(desk)
    mail = desk.records.log_contact(Contact(None, case.id, Channel.EMAIL, T0))
    result = desk.evidence.attach_bytes(
        case.id, [("invoice.pdf", "application/pdf", b"%PDF invoice")], contact_id=mail.id
    )
    (kept,) = result.added
    assert (kept.name, kept.mime, kept.contact_id) == ("invoice.pdf", "application/pdf", mail.id)
