"""Import e-mail onto a case through the dialog: real messages (tests/core/data/mail/README.md),
a preview before anything is written, directions learned from the vendor's addresses, the real
times, duplicates skipped, unreadable messages listed, Cancel leaving nothing behind."""

from __future__ import annotations

import mailbox
import time
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from complaint_desk.core.mail.case_filing import Direction
from complaint_desk.core.models import Case, Channel, Outcome, Vendor
from complaint_desk.ui.dialogs.mail_import_dialog import MailImportDialog

MAIL = Path(__file__).parents[1] / "core" / "data" / "mail"
THREAD = ("rfc2822-example01.eml", "rfc2822-example06.eml", "rfc2822-example07.eml")


def _case(desk, email="mary@example.net"):
    vendor = desk.records.save_vendor(Vendor(None, "Example Net", email=email))
    return desk.records.save_case(Case(None, vendor.id, "Saying hello", datetime.now(UTC)))


def _mbox(path: Path, names=THREAD, extra: list[bytes] = ()) -> Path:
    box = mailbox.mbox(path)
    for name in names:
        box.add((MAIL / name).read_bytes())
    for raw in extra:
        box.add(raw)
    box.flush()
    box.close()
    return path


def _wait_idle(qtbot, dialog):
    qtbot.waitUntil(lambda: dialog.job is None, timeout=20_000)


def test_preview_then_import_with_directions_times_and_duplicates(qtbot, desk, tmp_path):
    case = _case(desk)
    dialog = MailImportDialog(desk, case.id)
    qtbot.addWidget(dialog)
    broken = MAIL / "plain-raw_email_with_bad_date.eml"
    dialog.add_files([_mbox(tmp_path / "thread.mbox"), broken])
    _wait_idle(qtbot, dialog)
    items = dialog.model.items
    # The preview lists every message before anything is written.
    assert desk.records.contacts(case.id) == [] and desk.records.responses(case.id) == []
    assert [i.direction for i in items[:3]] == [
        Direction.CONTACT,
        Direction.RESPONSE,
        Direction.CONTACT,
    ]
    assert items[3].message is None and "not a date" in items[3].problem
    assert dialog.model.data(dialog.model.index(3, 4)).startswith("Not readable:")
    assert dialog.model.data(dialog.model.index(1, 1)) == "Company → you"
    assert "2 contacts and 1 responses to log" in dialog.summary.text()
    assert "1 not readable" in dialog.summary.text()
    # The reply is an offer, says the person.
    dialog.table.selectRow(1)
    dialog.outcome_box.setCurrentIndex(dialog.outcome_box.findData(Outcome.OFFERED.value))
    dialog.set_selected_outcome()
    dialog.start_import()
    _wait_idle(qtbot, dialog)
    assert dialog.result_words.startswith("Imported 2 contacts and 1 response")
    contacts, responses = desk.records.contacts(case.id), desk.records.responses(case.id)
    assert [c.at for c in contacts] == [
        datetime(1997, 11, 21, 15, 55, 6, tzinfo=UTC),
        datetime(1997, 11, 21, 17, 0, tzinfo=UTC),
    ]
    assert all(c.channel is Channel.EMAIL for c in contacts)
    (reply,) = responses
    assert (reply.channel, reply.outcome, reply.who) == (
        Channel.EMAIL,
        Outcome.OFFERED,
        "Mary Smith",
    )
    timeline = desk.records.timeline(case.id)
    assert any(e.kind == "response" and e.answer.startswith("answered in 6 min") for e in timeline)

    # The same files again: duplicates by Message-ID, nothing to log.
    again = MailImportDialog(desk, case.id)
    qtbot.addWidget(again)
    again.add_files([tmp_path / "thread.mbox"])
    _wait_idle(qtbot, again)
    assert all(i.duplicate for i in again.model.items)
    assert "3 already on the case" in again.summary.text()
    assert not again.import_button.isEnabled()


def test_the_company_is_learned_from_a_confirmed_domain(qtbot, desk, tmp_path):
    case = _case(desk, email="")  # nothing known about the vendor's addresses
    dialog = MailImportDialog(desk, case.id)
    qtbot.addWidget(dialog)
    dialog.add_files([_mbox(tmp_path / "thread.mbox")])
    _wait_idle(qtbot, dialog)
    assert {i.direction for i in dialog.model.items} == {Direction.CONTACT}
    suggested = [dialog.patterns.item(i).text() for i in range(dialog.patterns.count())]
    assert "example.net" in suggested
    dialog.pattern_edit.setText("@Example.NET")
    dialog.add_pattern()
    assert [i.direction for i in dialog.model.items][1] is Direction.RESPONSE
    dialog.start_import()
    _wait_idle(qtbot, dialog)
    # Confirmed for this vendor: the next import knows it.
    assert desk.mail.confirmed_patterns(case.id) == ["example.net"]


def _generated(n: int) -> list[bytes]:
    out = []
    t0 = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
    for i in range(n):
        m = EmailMessage()
        m["From"] = "help@shop.example" if i % 2 else "me@home.example"
        m["To"] = "me@home.example" if i % 2 else "help@shop.example"
        m["Subject"] = f"Order 1234, message {i}"
        m["Date"] = format_datetime(t0 + timedelta(minutes=7 * i))
        m["Message-ID"] = f"<gen-{i}@test.example>"
        m.set_content(f"Message number {i}.")
        out.append(m.as_bytes())
    return out


def test_cancel_during_the_write_leaves_nothing(qtbot, desk, tmp_path, monkeypatch):
    case = _case(desk, email="help@shop.example")
    dialog = MailImportDialog(desk, case.id)
    qtbot.addWidget(dialog)
    dialog.add_files([_mbox(tmp_path / "many.mbox", names=(), extra=_generated(1200))])
    _wait_idle(qtbot, dialog)
    assert "600 contacts and 600 responses" in dialog.summary.text()
    from complaint_desk.store import mail_repo

    monkeypatch.setattr(mail_repo, "CHUNK", 100)
    # Each batch takes a moment, as on a slow disk, so Cancel lands while the write is going on
    # (on a fast machine the whole write could otherwise finish before the click).
    real = mail_repo.MailRepo.import_messages

    def slow(self, *args, progress=None, **kwargs):
        def step(done, total):
            time.sleep(0.05)
            if progress is not None:
                progress(done, total)

        return real(self, *args, progress=step, **kwargs)

    monkeypatch.setattr(mail_repo.MailRepo, "import_messages", slow)
    dialog.start_import()
    job = dialog.job
    qtbot.waitUntil(lambda: dialog.progress.value() >= 100, timeout=20_000)
    dialog.cancel_job()
    _wait_idle(qtbot, dialog)
    assert job.cancelled
    assert "nothing was written" in dialog.summary.text()
    assert desk.records.contacts(case.id) == [] and desk.records.responses(case.id) == []
    assert desk.store.mail.message_ids(case.id) == set()


def test_outlook_msg_files_import_like_eml(qtbot, desk):
    """Two real .msg files (tests/core/data/mail/README.md) and a refused one: the times, the
    company's reply as a response, its attachments read, the draft listed with the reason."""
    case = _case(desk, email="b.bottema@projectnibble.org")
    dialog = MailImportDialog(desk, case.id)
    qtbot.addWidget(dialog)
    dialog.add_files(
        [
            MAIL / "omp-html_mail_with_replyto_and_attachment_and_embedded_image.msg",
            MAIL / "poi-simple_test_msg.msg",
            MAIL / "omp-unsent_draft.msg",
        ]
    )
    _wait_idle(qtbot, dialog)
    items = dialog.model.items
    assert [i.message.subject for i in items[:2]] == ["test message", "hey"]  # oldest first
    assert [i.direction for i in items[:2]] == [Direction.CONTACT, Direction.RESPONSE]
    assert len(items[1].message.attachments) == 3
    assert items[2].message is None and "never sent" in items[2].problem
    assert "1 contacts and 1 responses to log" in dialog.summary.text()
    dialog.start_import()
    _wait_idle(qtbot, dialog)
    (contact,) = desk.records.contacts(case.id)
    (response,) = desk.records.responses(case.id)
    assert contact.at == datetime(2007, 7, 6, 5, 27, 17, tzinfo=UTC)
    assert response.at == datetime(2017, 3, 5, 11, 11, 31, tzinfo=UTC)
    assert response.who == "lollypop"
    assert desk.store.mail.message_ids(case.id) == {
        "<PGEFIIKPGDMKMJKEOPLDIEBICAAA.travis@overwrittenstack.com>",
        "<1514160588.6.1488712291622@Moonbeast>",
    }


def test_an_e_mails_attachments_are_kept_as_evidence_on_its_record(qtbot, desk, monkeypatch):
    """The real .msg reply's three attachments become files kept with the response it is
    logged as (same bytes, SHA-256 checked); one over the size limit is left out and named."""
    from complaint_desk.app import evidence

    case = _case(desk, email="b.bottema@projectnibble.org")
    source = MAIL / "omp-html_mail_with_replyto_and_attachment_and_embedded_image.msg"
    dialog = MailImportDialog(desk, case.id)
    qtbot.addWidget(dialog)
    dialog.add_files([source])
    _wait_idle(qtbot, dialog)
    attachments = dialog.model.items[0].message.attachments
    # The preview says what will be kept before anything is written.
    assert "3 attachments to keep with them" in dialog.summary.text()
    assert dialog.model.data(dialog.model.index(0, 4)).endswith(", 3 attachments kept")
    largest = max(len(a.data) for a in attachments)
    monkeypatch.setattr(evidence, "MAX_FILE_BYTES", largest - 1)  # the largest is too big
    dialog.start_import()
    _wait_idle(qtbot, dialog)
    (response,) = desk.records.responses(case.id)
    kept = desk.evidence.files(case.id)
    small = [a for a in attachments if len(a.data) < largest]
    assert sorted(e.name for e in kept) == sorted(a.name for a in small)
    assert all(e.response_id == response.id and e.file_date == response.at for e in kept)
    for e in kept:
        original = next(a for a in small if a.name == e.name)
        assert desk.evidence.data(e) == original.data and e.mime == original.content_type
    too_big = next(a for a in attachments if len(a.data) == largest)
    assert f"kept {len(small)} attachment" in dialog.result_words
    assert f"Not kept: {too_big.name} (larger than" in dialog.result_words
