"""Outlook .msg files through the same seam as .eml (`core.mail.parse_message`), on real files from
the test suites of Apache POI and outlook-message-parser (tests/core/data/mail/README.md)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from email import message_from_bytes, policy
from pathlib import Path

import olefile
import pytest

from complaint_desk.core.mail import parse_message
from complaint_desk.core.mail.msg import decompress_rtf, is_msg, rtf_to_text

DATA = Path(__file__).parent / "data" / "mail"


def read(name: str) -> bytes:
    return (DATA / name).read_bytes()


def test_a_message_received_from_outside_reads_like_its_eml():
    """outlook-message-parser's HTML mail: the From header Outlook kept (its test expects the
    name "lollypop" and b.bottema@projectnibble.org, not the sending mailbox), the Date with its
    zone, the attachments byte for byte."""
    m = parse_message(read("omp-html_mail_with_replyto_and_attachment_and_embedded_image.msg"))
    assert m.sent_at == datetime(2017, 3, 5, 12, 11, 31, tzinfo=timezone(timedelta(hours=1)))
    assert m.sent_at.utcoffset() == timedelta(hours=1)
    assert (m.sender_name, m.sender) == ("lollypop", "b.bottema@projectnibble.org")
    assert m.recipients == ("benny.bottema@aegon.nl",)
    assert m.subject == "hey"
    assert m.body == "We should meet up!"
    assert m.message_id == "<1514160588.6.1488712291622@Moonbeast>"
    assert [(a.name, a.content_type, len(a.data)) for a in m.attachments] == [
        ("thumbsup", "image/png", 433),
        ("dresscode.txt", "text/plain", 18),
        ("location.txt", "text/plain", 12),
    ]
    assert m.attachments[0].data.startswith(b"\x89PNG\r\n\x1a\n")
    assert m.attachments[1].data == b"Black Tie Optional"
    assert m.attachments[2].data == b"On the moon!"


def test_apache_poi_simple_message():
    """POI's own extractor test prints this one as "Date: Fri, 6 Jul 2007 05:27:17 +0000"."""
    m = parse_message(read("poi-simple_test_msg.msg"))
    assert m.sent_at == datetime(2007, 7, 6, 5, 27, 17, tzinfo=UTC)
    assert m.sent_at.utcoffset() == timedelta(hours=-4)  # the sender's zone, from the headers
    assert (m.sender_name, m.sender) == ("Travis Ferguson", "travis@overwrittenstack.com")
    assert m.recipients == ("travis@overwrittenstack.com",)
    assert m.subject == "test message"
    assert m.body == "This is a test message."
    assert m.attachments == ()
    assert m.message_id == "<PGEFIIKPGDMKMJKEOPLDIEBICAAA.travis@overwrittenstack.com>"


def test_a_message_without_headers_uses_the_submit_time_and_the_exchange_sender():
    """quick.msg was saved inside an Exchange organisation: no transport headers, the sender
    known only by its Exchange name (no SMTP address anywhere in the file). The time is
    PidTagClientSubmitTime, in UTC."""
    m = parse_message(read("poi-quick.msg"))
    assert m.sent_at == datetime(2007, 6, 14, 9, 42, 53, 500000, tzinfo=UTC)
    assert m.sent_at.tzinfo is not None
    assert m.sender_name == "Kevin Roast"
    assert m.sender.startswith("/o=hostedservice2/") and "kevin.roast" in m.sender
    assert m.recipients == ("kevin.roast@alfresco.org",)
    assert m.subject == "Test the content transformer"
    assert m.body == "The quick brown fox jumps over the lazy dog"
    assert (
        m.message_id == "<B17B1CFF4282214AB8BAADDDC20711220E0C025E@THHS2EXBE1X.hostedservice2.net>"
    )


def test_attachments_and_a_string8_subject_in_its_code_page():
    m = parse_message(read("poi-attachment_test_msg.msg"))
    assert m.sent_at == datetime(2009, 4, 22, 14, 36, 33, 734375, tzinfo=UTC)
    assert (m.sender_name, m.sender) == ("Nicolas1 23456", "nicolas1.23456@free.fr")
    assert m.subject == "test pièce jointe 1"
    assert m.body == "contenu"
    (doc, txt) = m.attachments
    assert (doc.name, doc.content_type, len(doc.data)) == (
        "test-unicode.doc",
        "application/msword",
        24064,
    )
    assert doc.data.startswith(b"\xd0\xcf\x11\xe0")  # a Word 97 file is OLE too
    assert (txt.name, txt.content_type, len(txt.data)) == ("pj1.txt", "text/plain", 89)
    assert "€".encode() in txt.data
    # No Message-ID in the file: a stable stand-in, so a second import still skips it.
    assert m.message_id.startswith("sha256:")
    assert parse_message(read("poi-attachment_test_msg.msg")).message_id == m.message_id


def test_an_attached_message_becomes_an_eml_attachment():
    m = parse_message(read("poi-attachment_msg_pdf.msg"))
    assert m.sent_at == datetime(2010, 6, 18, 9, 54, 19, tzinfo=timezone(timedelta(hours=10)))
    assert m.sender == "nick.booth@pof.com.au"
    assert m.body == "Test email with 1 msg attachment, 1 pdf"
    inner, pdf = m.attachments
    assert (inner.name, inner.content_type) == ("Test Attachment.eml", "message/rfc822")
    assert (pdf.name, pdf.content_type, len(pdf.data)) == (
        "smbprn.00009008.KdcPjl.pdf",
        "application/pdf",
        13539,
    )
    assert pdf.data.startswith(b"%PDF-1.4")
    again = parse_message(inner.data)  # the attached message reads back as an .eml
    assert again.subject == "Test Attachment" and again.sender == "nick.booth@pof.com.au"
    assert again.sent_at < m.sent_at


def test_cc_recipients_and_a_reply_body():
    m = parse_message(read("omp-simple_reply_with_CC.msg"))
    assert m.sent_at == datetime(2019, 12, 18, 10, 30, 37, tzinfo=UTC)
    assert (m.sender_name, m.sender) == ("Benny Bottema", "benny@bennybottema.com")
    assert m.recipients == (
        "davidjono555@gmail.com",
        "b.bottema@projectnibble.org",
        "b.bottema@gmail.com",
    )
    assert m.subject == "Re: Sent by CV Contact Form"
    assert m.body.startswith("This is a dummy CC test mail.\n\nOn Wed, 18 Dec 2019 at 10:34")


def test_the_compressed_rtf_body_decompresses_to_the_same_text():
    """The RTF body (MS-OXRTFCP) is the fallback when a .msg has no text or HTML body: on real
    files it must say what their text body says."""
    for name, expected in (
        ("omp-issue-16-rtf-sample-email.msg", "BOOK ONE: 1805"),
        ("omp-html_mail_with_replyto_and_attachment_and_embedded_image.msg", "We should meet up!"),
        ("poi-quick.msg", "The quick brown fox jumps over the lazy dog"),
    ):
        with olefile.OleFileIO(read(name)) as ole:
            rtf = decompress_rtf(ole.openstream("__substg1.0_10090102").read())
        assert rtf.startswith(b"{\\rtf1")
        assert expected in rtf_to_text(rtf), name
    rtf_only = parse_message(_without_text_bodies(read("omp-issue-16-rtf-sample-email.msg")))
    assert rtf_only.body.startswith("BOOK ONE: 1805\n\nCHAPTER I\n\n“Well, Prince, so Genoa")


def _without_text_bodies(raw: bytes) -> bytes:
    """The same file with its text body renamed away (olefile can only rewrite a stream in place
    with the same length, so the stream's name is changed to a property nobody reads)."""
    data = bytearray(raw)
    renamed = 0
    for name in ("__substg1.0_1000001F", "__substg1.0_1000001E"):
        encoded = name.encode("utf-16-le")
        at = data.find(encoded)
        if at >= 0:
            data[at : at + len(encoded)] = "__substg1.0_7FFF001F".encode("utf-16-le")
            renamed += 1
    assert renamed, "the file has no text body to hide"
    with olefile.OleFileIO(bytes(data)) as ole:
        assert not ole.exists("__substg1.0_1000001F") and ole.exists("__substg1.0_10090102")
    return bytes(data)


def test_what_is_not_a_sent_e_mail_is_refused_with_the_reason():
    with pytest.raises(ValueError, match="never sent"):
        parse_message(read("omp-unsent_draft.msg"))
    with pytest.raises(ValueError, match="contact card, not an e-mail"):
        parse_message(read("poi-msgClassContact.msg"))


def test_a_corrupt_msg_is_refused_with_a_reason():
    raw = read("poi-simple_test_msg.msg")
    assert is_msg(raw)
    for broken in (
        raw[:4096],  # cut off: its sectors are missing
        raw[:512] + b"\xff" * (len(raw) - 512),  # its sector tables overwritten
        raw[:8] + b"\x00" * 100,  # only the signature
    ):
        with pytest.raises(ValueError) as caught:
            parse_message(broken)
        assert str(caught.value)
    with pytest.raises(ValueError, match="Outlook message is damaged"):
        parse_message(read("poi-quick.msg")[:6000])  # its directory survives, not the rest
    # An Office file that is not a message (a Word document is OLE too).
    doc = parse_message(read("poi-attachment_test_msg.msg")).attachments[0].data
    with pytest.raises(ValueError, match="not an Outlook message"):
        parse_message(doc)


@pytest.mark.parametrize(
    "name",
    [
        "poi-clusterfuzz-testcase-minimized-POIHSMFFuzzer-4735011465854976.msg",
        "poi-clusterfuzz-testcase-minimized-POIHSMFFuzzer-4848576776503296.msg",
        "poi-clusterfuzz-testcase-minimized-POIHSMFFuzzer-5336473854148608.msg",
    ],
)
def test_fuzzed_files_read_or_are_refused_never_crash(name):
    """Files a fuzzer made to break POI's reader: each one is read or refused with ValueError."""
    try:
        m = parse_message(read(name))
    except ValueError as exc:
        assert str(exc)
    else:
        assert m.sent_at.tzinfo is not None and m.sender


def test_every_truncation_of_a_real_file_is_read_or_refused():
    raw = read("omp-simple_reply_with_CC.msg")
    for cut in range(512, len(raw), 1536):
        try:
            parse_message(raw[:cut])
        except ValueError:
            pass


def test_an_attached_message_eml_is_valid_rfc5322():
    inner = parse_message(read("poi-attachment_msg_pdf.msg")).attachments[0].data
    parsed = message_from_bytes(inner, policy=policy.default)
    assert parsed["Subject"] == "Test Attachment"
    assert parsed["From"].addresses[0].addr_spec == "nick.booth@pof.com.au"
    assert parsed["Date"].datetime.tzinfo is not None
