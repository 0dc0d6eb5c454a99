"""Case file export: Markdown text from the timeline, and a real PDF written offline."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from complaint_desk.app.clock import FakeClock
from complaint_desk.app.desk import Desk
from complaint_desk.app.export import case_markdown, letter_markdown, write_markdown
from complaint_desk.core.models import Case, Channel, Contact, Outcome, Response, Vendor
from complaint_desk.store.store import open_store
from complaint_desk.ui.pdf_writer import write_pdf
from tests.app.fakes import FakeScorer

T0 = datetime(2026, 3, 3, 9, 30, tzinfo=UTC)
H = timedelta(hours=1)


@pytest.fixture
def desk(tmp_path, qapp):
    d = Desk(open_store(tmp_path / "e.sqlite3"), FakeClock(T0 + 50 * H), scorer=FakeScorer())
    yield d
    d.close()


@pytest.fixture
def case_id(desk):
    v = desk.records.save_vendor(Vendor(None, "Acme Kettles"))
    case = desk.records.save_case(
        Case(None, v.id, "Kettle *broken*", T0, "It stopped working.", "AK-1", "A new kettle")
    )
    desk.records.log_contact(
        Contact(None, case.id, Channel.PHONE, T0, 25, "Sam", "Promised a call")
    )
    desk.records.log_response(
        Response(None, case.id, T0 + 3 * H, Channel.EMAIL, Outcome.ASKED_DETAILS, "Ana")
    )
    desk.records.log_contact(
        Contact(None, case.id, Channel.SOCIAL, T0 + 24 * H, site="x", text="@acme Still waiting.")
    )
    return case.id


def test_markdown_has_details_timeline_oldest_first_and_posts(desk, case_id):
    md = case_markdown(desk.records, case_id, UTC)
    assert md.startswith("# Kettle \\*broken\\*")  # user text cannot turn into emphasis
    assert "- **Vendor:** Acme Kettles" in md
    assert "- **Reference:** AK-1" in md
    timeline = md[md.index("## Timeline") : md.index("## Posts")]
    lines = [ln for ln in timeline.splitlines() if ln.startswith("- ")]
    assert lines[0].startswith("- Tue 3 March 2026, 09:30 — **You** · Phone · 25 min · with Sam")
    assert "*(answered in 3 h, answering your phone of 3 Mar)*" in lines[1]
    assert "> @acme Still waiting." in md


def test_pdf_is_written_offline(tmp_path, desk, case_id):
    md = case_markdown(desk.records, case_id, UTC)
    pdf = write_pdf(md, tmp_path / "case.pdf", "Kettle")
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 1000 and data.rstrip().endswith(b"%%EOF")
    assert write_markdown(md, tmp_path / "case.md").read_text(encoding="utf-8") == md


def test_letter_keeps_its_lines():
    md = letter_markdown("3 March 2026\n\nDear Sir or Madam,\n\nLine one\nLine two\n")
    assert md == "3 March 2026\n\nDear Sir or Madam,\n\nLine one  \nLine two\n"


def _png_bytes(color="#2e86c1", size=(900, 600)) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage

    image = QImage(*size, QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    raw = QByteArray()
    buffer = QBuffer(raw)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(raw.data())


def test_the_case_file_lists_every_kept_file_and_the_pdf_shows_the_photos(tmp_path, desk, case_id):
    import hashlib
    import os

    from complaint_desk.app.export import case_pictures

    photo, receipt = tmp_path / "hinge.png", tmp_path / "receipt.pdf"
    photo.write_bytes(_png_bytes())
    receipt.write_bytes(b"%PDF-1.4 the receipt" * 100)
    os.utime(receipt, (T0.timestamp() - 86400, T0.timestamp() - 86400))
    call = desk.records.contacts(case_id)[0]
    desk.evidence.attach_paths(case_id, [photo], contact_id=call.id)
    desk.evidence.attach_paths(case_id, [receipt])
    md = case_markdown(desk.records, case_id, UTC, evidence=desk.evidence)
    section = md[md.index("## Evidence") :]
    digest = hashlib.sha256(receipt.read_bytes()).hexdigest()
    assert (
        f"- **receipt.pdf** — 2 KB, dated Mon 2 March 2026, 09:30, kept Thu 5 March 2026, 11:30 "
        f"with the case; SHA-256 `{digest}`"
    ) in section
    assert "- **hinge.png** — " in section and "with your phone of 3 Mar" in section
    assert "![" not in md  # the Markdown file names photos, it cannot show them

    with_pictures = case_markdown(desk.records, case_id, UTC, evidence=desk.evidence, pictures=True)
    pictures = case_pictures(desk.evidence, case_id)
    assert list(pictures) == [hashlib.sha256(photo.read_bytes()).hexdigest()]
    plain = write_pdf(md, tmp_path / "plain.pdf", "Kettle").read_bytes()
    shown = write_pdf(with_pictures, tmp_path / "case.pdf", "Kettle", pictures).read_bytes()
    assert b"/Subtype /Image" not in plain
    # the photo itself, at its own size (900 x 600 fits the page): not a broken-image mark
    assert b"/Width 900" in shown and b"/Height 600" in shown


def test_an_altered_file_is_named_in_the_case_file_not_dropped(tmp_path, desk, case_id):
    photo = tmp_path / "hinge.png"
    photo.write_bytes(_png_bytes())
    (kept,) = desk.evidence.attach_paths(case_id, [photo]).added
    with desk.store.database.write("evidence_files") as cx:
        cx.execute("UPDATE evidence_files SET data = ? WHERE sha256 = ?", (b"x", kept.sha256))
    md = case_markdown(desk.records, case_id, UTC, evidence=desk.evidence, pictures=True)
    assert "- **hinge.png** — " in md
    assert "no longer matches the fingerprint" in md and "![" not in md


def test_a_large_photo_is_scaled_to_the_page_in_the_pdf():
    from complaint_desk.ui.pdf_writer import MAX_PICTURE_PX, pdf_bytes

    big = _png_bytes(size=(3000, 2000))
    pdf = pdf_bytes("![big](evidence:abc)\n", "t", {"abc": big})
    assert f"/Width {MAX_PICTURE_PX}".encode() in pdf
    assert f"/Height {MAX_PICTURE_PX * 2 // 3}".encode() in pdf
