"""core.mail.parse_message on real messages from public test suites (tests/core/data/mail/README.md)
and a property test that round-trips generated messages."""

from __future__ import annotations

import mailbox
import re
from datetime import UTC, datetime, timedelta, timezone
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from complaint_desk.core.mail import html_to_text, parse_message

DATA = Path(__file__).parent / "data" / "mail"


def read(name: str) -> bytes:
    return (DATA / name).read_bytes()


def test_the_rfc2822_conversation_reads_with_its_zones():
    hello = parse_message(read("rfc2822-example01.eml"))
    assert hello.sent_at == datetime(1997, 11, 21, 9, 55, 6, tzinfo=timezone(timedelta(hours=-6)))
    assert hello.sent_at.utcoffset() == timedelta(hours=-6)  # the header's own zone is kept
    assert hello.sender == "jdoe@machine.example"
    assert hello.sender_name == "John Doe"
    assert hello.recipients == ("mary@example.net",)
    assert hello.subject == "Saying Hello"
    assert hello.body == 'This is a message just to say hello.\nSo, "Hello".'
    assert hello.message_id == "<1234@local.machine.example>"
    assert hello.attachments == ()
    reply = parse_message(read("rfc2822-example06.eml"))
    assert reply.sender == "mary@example.net" and reply.subject == "Re: Saying Hello"
    assert reply.sent_at - hello.sent_at == timedelta(minutes=6, seconds=4)
    assert reply.body == "This is a reply to your hello."


def test_a_half_hour_zone_and_a_date_before_1970():
    m = parse_message(read("rfc2822-example04.eml"))
    assert m.sent_at.utcoffset() == -timedelta(hours=3, minutes=30)
    assert m.sent_at.year == 1969


@pytest.mark.parametrize(
    ("name", "subject", "body_start"),
    [
        ("plain-raw_email.eml", "NOTE: 한국말로 하는 것", "대부분의 마찬가지로"),  # EUC-KR, base64
        ("charset-japanese_shift_jis.eml", "test", "あいうえお"),
        ("charset-ks_c_5601-1987.eml", "test", "스티해"),
        ("plain-basic_email.eml", "Testing 123", "Plain email."),
        ("cpython-msg_01.eml", "This is a test message", "Hi,"),
    ],
)
def test_charsets_and_transfer_encodings_are_decoded(name, subject, body_start):
    m = parse_message(read(name))
    assert m.subject == subject
    assert m.body.startswith(body_start)
    assert m.sent_at.tzinfo is not None


def test_html_only_mail_is_reduced_to_readable_text():
    m = parse_message(read("error-content_transfer_encoding_text-html.eml"))
    assert m.body.startswith("Hello,\n\nYou have qualified for the lowest rate")
    assert "<" not in m.body and "&nbsp;" not in m.body


def test_html_to_text_keeps_paragraphs_lists_and_links_and_drops_scripts():
    html = (
        "<html><head><style>p{}</style><title>x</title></head><body><p>Dear&nbsp;customer,</p>"
        "<p>Your <b>refund</b> of &pound;40 is<br>on its way.</p><ul><li>one</li><li>two</li></ul>"
        "<script>alert(1)</script><a href='https://acme.example/case/7'>your case</a></body></html>"
    )
    assert html_to_text(html) == (
        "Dear customer,\n\nYour refund of £40 is\non its way.\n\n• one\n• two\n\n"
        "your case (https://acme.example/case/7)"
    )


def test_attachments_keep_their_names_types_and_bytes():
    pdf = parse_message(read("attach-attachment_pdf.eml"))
    (a,) = pdf.attachments
    assert (a.name, a.content_type) == ("broken.pdf", "application/pdf")
    assert a.data.startswith(b"%PDF")
    assert pdf.subject.startswith("Another PDF with 🎉 Unicode")
    named = parse_message(read("attach-attachment_nonascii_filename.eml"))
    assert [(x.name, x.data) for x in named.attachments] == [("ciële.txt", b"Hi there.\r\n")]
    jp = parse_message(read("charset-japanese_attachment.eml"))
    assert [x.name for x in jp.attachments] == ["てすと.txt"]
    image = parse_message(read("cpython-msg_07.eml"))
    assert [x.content_type for x in image.attachments] == ["image/gif"]
    assert image.attachments[0].data.startswith(b"GIF87a")
    assert image.attachments[0].name == "dingusfish.gif"
    forwarded = parse_message(read("attach-attachment_message_rfc822.eml"))
    assert forwarded.attachments[0].content_type == "message/rfc822"
    assert parse_message(forwarded.attachments[0].data).subject  # the forwarded mail reads too


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("error-bad_date_header.eml", "Date header"),  # "Date: <HR>"
        ("plain-raw_email_with_bad_date.eml", "is not a date"),  # "Pn, 29 paX 2007"
        ("error-bad_encoded_subject.eml", "no Date header"),
        ("plain-raw_email_bad_time.eml", "year 3609"),
        ("rfc2822-example13.eml", "no headers"),
        ("cpython-msg_43.eml", "From header"),
    ],
)
def test_what_cannot_be_read_raises_value_error_with_the_reason(name, reason):
    with pytest.raises(ValueError, match=reason):
        parse_message(read(name))


def test_empty_and_non_mail_bytes_are_refused():
    with pytest.raises(ValueError, match="empty"):
        parse_message(b"  \r\n")
    with pytest.raises(ValueError):
        parse_message(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\n")
    with pytest.raises(TypeError):
        parse_message("From: a@b.c")  # type: ignore[arg-type]


def test_an_unknown_zone_counts_as_utc():
    # "H0500" is no zone: RFC 5322 says to read such a time like "-0000", as UTC.
    m = parse_message(read("error-trademark_character_in_subject.eml"))
    assert m.sent_at == datetime(2010, 10, 12, 16, 21, 5, tzinfo=UTC)


def test_a_message_without_message_id_gets_a_stable_stand_in():
    raw = (
        b"From: a@shop.example\r\nDate: Mon, 2 Feb 2026 10:00:00 +0100\r\n"
        b"Subject: hi\r\n\r\nbody\r\n"
    )
    first, second = parse_message(raw), parse_message(raw.replace(b"\r\n", b"\n"))
    assert first.message_id.startswith("sha256:")
    assert first.message_id == second.message_id


def test_messages_from_a_real_mbox_read_one_by_one(tmp_path):
    box = mailbox.mbox(tmp_path / "thread.mbox")
    for name in ("rfc2822-example01.eml", "rfc2822-example06.eml", "rfc2822-example07.eml"):
        box.add(read(name))
    box.flush()
    got = [parse_message(box.get_bytes(k)) for k in box.keys()]
    box.close()
    assert [m.sender for m in got] == [
        "jdoe@machine.example",
        "mary@example.net",
        "jdoe@machine.example",
    ]


# -- property: generated messages survive the trip -------------------------------------------

_text = st.text(
    st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\u2028\u2029\x85"),
    max_size=80,
)
_words = _text.map(lambda s: " ".join(s.split()))
_local = st.from_regex(r"[a-z][a-z0-9]{0,8}([._-][a-z0-9]{1,6})?", fullmatch=True)
_domain = st.from_regex(r"[a-z][a-z0-9-]{0,10}\.(com|example|co\.uk|org)", fullmatch=True)
_address = st.builds(lambda local, d: f"{local}@{d}", _local, _domain)
_zones = st.integers(-12 * 60, 14 * 60).map(lambda m: timezone(timedelta(minutes=m)))
_times = st.builds(
    lambda dt, tz: dt.replace(tzinfo=tz),
    st.datetimes(datetime(1980, 1, 1), datetime(2090, 1, 1)).map(
        lambda d: d.replace(microsecond=0)
    ),
    _zones,
)
# Runs of blank lines and of spaces are tidied by the reader (one blank line, one space).
_body = st.lists(_words.filter(bool), min_size=0, max_size=6).map(lambda ls: "\n".join(ls).strip())
_files = st.lists(
    st.tuples(
        st.from_regex(
            r"[A-Za-z0-9][A-Za-z0-9_-]{0,20}( [A-Za-z0-9_-]{1,8})?\.(pdf|jpg|txt|bin)",
            fullmatch=True,
        ),
        st.binary(max_size=300),
    ),
    max_size=3,
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    sent_at=_times,
    sender=_address,
    name=_words,
    to=st.lists(_address, min_size=1, max_size=3),
    subject=_words,
    body=_body,
    html=st.booleans(),
    files=_files,
)
def test_generated_messages_round_trip(sent_at, sender, name, to, subject, body, html, files):
    msg = EmailMessage()
    msg["From"] = Address(display_name=name, addr_spec=sender)
    msg["To"] = ", ".join(to)
    msg["Subject"] = subject
    msg["Date"] = format_datetime(sent_at)
    msg["Message-ID"] = make_msgid(domain="test.example")
    if html:
        from html import escape

        msg.set_content(
            "<html><body>"
            + "".join(f"<p>{escape(p)}</p>" for p in body.split("\n"))
            + "</body></html>",
            subtype="html",
        )
    else:
        msg.set_content(body)
    for filename, data in files:
        msg.add_attachment(data, maintype="application", subtype="octet-stream", filename=filename)
    raw = msg.as_bytes()
    got = parse_message(raw)
    assert got.sent_at == sent_at and got.sent_at.utcoffset() == sent_at.utcoffset()
    assert got.sender == sender
    from_line = raw.split(b"\nTo:")[0]
    if re.search(rb"\?=\s+=\?", from_line):
        # Python's encoder may put a space of the name between two encoded words, and RFC 2047
        # (6.2) tells every reader, this one included, to drop such whitespace: compare the
        # name without the spaces at that seam.
        assert got.sender_name.replace(" ", "") == name.replace(" ", "")
    else:
        assert got.sender_name == name
    assert got.recipients == tuple(to)
    assert got.subject == subject
    if html:
        assert [p for p in got.body.split("\n") if p] == [p for p in body.split("\n") if p]
    else:
        assert got.body == body
    assert [(a.name, a.data) for a in got.attachments] == files
    assert got.message_id == msg["Message-ID"]


def test_the_parsed_header_cache_changes_no_reading(monkeypatch):
    """core.mail keeps parsed MIME and address headers across messages (an import's messages
    repeat them); every test message reads the same without it, and a second time with it."""
    import email.policy

    import complaint_desk.core.mail as mail

    names = sorted(p.name for p in DATA.glob("*.eml"))

    def read_all() -> list[object]:
        out: list[object] = []
        for name in names:
            try:
                out.append(parse_message(read(name)))
            except ValueError as exc:
                out.append(str(exc))
        return out

    cached, again = read_all(), read_all()
    monkeypatch.setattr(mail, "_POLICY", email.policy.default)
    assert cached == again == read_all()
