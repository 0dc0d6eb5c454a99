"""Personal data: what is found (exact spans), what is not (dates, times, amounts), redaction."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from complaint_desk.core.privacy import KINDS, Finding, find_pii, redact

FOUND = [
    ("Call me on 07700 900123 please", "phone", "07700 900123"),
    ("my number is +44 20 7946 0958.", "phone", "+44 20 7946 0958"),
    ("ring (555) 123-4567 today", "phone", "(555) 123-4567"),
    ("it's 555-123-4567", "phone", "555-123-4567"),
    ("free on 1-800-555-0199", "phone", "1-800-555-0199"),
    ("+1 800 555 0199", "phone", "+1 800 555 0199"),
    ("phone: 02079460958", "phone", "02079460958"),
    ("mobile 612345678", "phone", "612345678"),
    ("email bob.smith@example.co.uk now", "email", "bob.smith@example.co.uk"),
    ("(jane+acme@mail.example.com)", "email", "jane+acme@mail.example.com"),
    ("card 4111 1111 1111 1111 charged", "card", "4111 1111 1111 1111"),
    ("4111-1111-1111-1111", "card", "4111-1111-1111-1111"),
    ("amex 378282246310005.", "card", "378282246310005"),
    ("I live at 221B Baker Street.", "address", "221B Baker Street"),
    ("1600 Pennsylvania Ave NW", "address", "1600 Pennsylvania Ave NW"),
    ("send it to 12 High St, London", "address", "12 High St, London"),
    ("at 350 5th Ave, New York, NY 10118.", "address", "350 5th Ave, New York, NY 10118"),
    ("to 221B Baker Street, London NW1 6XE", "address", "221B Baker Street, London NW1 6XE"),
    ("account no. 12345678", "account", "12345678"),
    ("order #A-99812 never came", "account", "A-99812"),
    ("Reference: XJ-4421-99", "account", "XJ-4421-99"),
    ("customer number 55512", "account", "55512"),
    ("policy no 8765432", "account", "8765432"),
    ("booking ref ABC12345", "account", "ABC12345"),
    ("my postcode is SW1A 1AA", "postcode", "SW1A 1AA"),
]

QUIET = [
    "On 3 March 2024 I called them.",
    "Delivered 2024-03-03, or was it 03/03/2024, or 03.03.2024?",
    "at 10:30 and again at 10.30am and 14:05:59",
    "I waited 3 hours and 45 min, then 120 minutes more, 2 days in all",
    "It cost £49.99, then $1,299.00, then €20 and 1299.99 and $12,345,678.00",
    "I called 5 times, 3 of 10 times nobody answered",
    "in 2023 and 2024 and 1999, between 2019-2024",
    "I've been a customer for 10 years and my order from 2024 is lost",
    "order 2024 arrived late",
    "between 9 and 5, stuck on the M25 3PM",
    "the 12 days of Christmas, 5 times down the road",
    "flight BA 2490 delayed 4 hours, version 1.2.3, 20% off, No. 5 of 10",
    "call at 10:30 on 03/03/2024",
    "Order placed 2024-03-03 10:30:00",
    "phone died after 2 days, about 1234567 people agree, 24/7 support lol",
    "toot at @acme@mastodon.social",
    "a card ending 1234 and a 4111 1111 1111 1112 typo that fails Luhn",
    "tracking shows 3 parcels, case closed",
    "https://example.com/orders/123456789012 is the page",
]


@pytest.mark.parametrize(("text", "kind", "found"), FOUND)
def test_finds_with_exact_span(text, kind, found):
    findings = find_pii(text)
    assert [(f.kind, f.text) for f in findings] == [(kind, found)]
    f = findings[0]
    assert text[f.start : f.end] == found == f.text
    assert f.label


@pytest.mark.parametrize("text", QUIET)
def test_no_false_alarms(text):
    assert find_pii(text) == []


def test_several_kinds_in_order_and_redacted():
    text = "I'm at 12 High St, London; call 07700 900123 or mail me@example.org (order #99812)."
    findings = find_pii(text)
    assert [f.kind for f in findings] == ["address", "phone", "email", "account"]
    assert redact(text, findings) == (
        "I'm at [address removed]; call [phone removed] or mail [email removed] "
        "(order #[account number removed])."
    )


def test_redact_skips_stale_and_overlapping_findings():
    text = "call 07700 900123"
    f = find_pii(text)[0]
    stale = Finding("phone", 0, 4, "nope", "phone number")
    assert redact(text, [f, stale]) == "call [phone removed]"
    assert redact(text, [f, f]) == "call [phone removed]"
    assert redact(text, []) == text


# --- properties -------------------------------------------------------------------------------

_PIECES = st.sampled_from(
    [
        "call 07700 900123", "+44 20 7946 0958", "bob@example.com", "4111 1111 1111 1111",
        "221B Baker Street", "order #A-99812", "3 March 2024", "2024-03-03", "10:30", "£49.99",
        "$1,299.00", "45 min", "5 times", "the", "refund", ".", ",", " ", "\n", "😡", "e\u0301",
        "SW1A 1AA", "account no. 12345678", "@acme@mastodon.social", "(555) 123-4567",
    ]
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(max_size=200), st.lists(_PIECES, max_size=25).map(" ".join)))
def test_findings_are_sound(text):
    findings = find_pii(text)
    prev_end = 0
    for f in findings:
        assert f.kind in KINDS
        assert 0 <= prev_end <= f.start < f.end <= len(text)
        assert text[f.start : f.end] == f.text
        prev_end = f.end
    redacted = redact(text, findings)
    for f in findings:
        if text.count(f.text) == 1:
            assert f.text not in redacted
    # everything outside the findings is kept, in order
    outside = []
    pos = 0
    for f in findings:
        outside.append(text[pos : f.start])
        pos = f.end
    outside.append(text[pos:])
    rest = redacted
    for chunk in outside:
        idx = rest.find(chunk)
        assert idx >= 0
        rest = rest[idx + len(chunk) :]


# --- IBANs, names next to a role, DE/FR/ES phones, dates of birth, NI / SSN (issue 15) ----------
import pytest as _pytest  # noqa: E402

from complaint_desk.core.privacy import find_pii as _find  # noqa: E402


@_pytest.mark.parametrize(
    ("text", "kind", "found"),
    [
        (
            "My IBAN is GB82 WEST 1234 5698 7654 32 for the refund.",
            "iban",
            "GB82 WEST 1234 5698 7654 32",
        ),
        ("Pay it to DE89370400440532013000 please.", "iban", "DE89370400440532013000"),
        ("IBAN FR14 2004 1010 0505 0001 3M02 606", "iban", "FR14 2004 1010 0505 0001 3M02 606"),
        ("I spoke to the rep, Jane Doe, on 3 May.", "name", "Jane Doe"),
        ("The agent Tom Smith promised a call back.", "name", "Tom Smith"),
        ("Priya Patel from customer services hung up on me.", "name", "Priya Patel"),
        ("A manager called Mark Evans said no.", "name", "Mark Evans"),
        ("Ruf mich an: 030 12345678.", "phone", "030 12345678"),
        ("Handy 0171 1234567", "phone", "0171 1234567"),
        ("Appelez-moi au 01 23 45 67 89.", "phone", "01 23 45 67 89"),
        ("Mon portable: 06.12.34.56.78", "phone", "06.12.34.56.78"),
        ("Mi móvil es 612 345 678.", "phone", "612 345 678"),
        ("Teléfono 91 123 45 67", "phone", "91 123 45 67"),
        ("My order 55123 never came.", "account", "55123"),
        ("DOB: 03/05/1985", "birth_date", "03/05/1985"),
        ("I was born on 4 March 1990.", "birth_date", "4 March 1990"),
        ("date of birth 1985-05-03", "birth_date", "1985-05-03"),
        ("NI number AB 12 34 56 C", "national_id", "AB 12 34 56 C"),
        ("my SSN is 123-45-6789", "national_id", "123-45-6789"),
        ("social security number 123456789", "national_id", "123456789"),
        ("Mi teléfono es 612 34 56 78.", "phone", "612 34 56 78"),
        ("My date of birth is 3 March 1979.", "birth_date", "3 March 1979"),
        ("Her birthday was 12/07/1990.", "birth_date", "12/07/1990"),
        # Session 9: a name in brackets after a role, names like O'Brien and McDonald, family
        # named beside the writer, a four-digit order number.
        ("The supervisor (Mark O'Brien) promised a callback.", "name", "Mark O'Brien"),
        ("The driver, Sean McDonald, left it outside.", "name", "Sean McDonald"),
        ("My wife, Emma Clarke, made the booking.", "name", "Emma Clarke"),
        ("Emma Clarke, my wife, made the booking.", "name", "Emma Clarke"),
        ("My son Jack was on the call too.", "name", "Jack"),
        ("order 4471 came without the charger", "account", "4471"),
        # Session 10: a first name from a department, even opening the sentence, when they then
        # said or did something; anyone "called" or "named".
        ("Tom from customer services said it would be fixed.", "name", "Tom"),
        ("Yesterday Jane from billing told me to wait.", "name", "Jane"),
        (
            "The courier, a man called Steve Harris, threw it over the fence.",
            "name",
            "Steve Harris",
        ),
        ("Someone named Priya rang me back.", "name", "Priya"),
        ("The agent - Olivia Brown - was lovely actually.", "name", "Olivia Brown"),
        # Session 11: a labelled number is the number, not the words after it.
        ("SSN 078-05-1120 was on the form they lost.", "national_id", "078-05-1120"),
        ("My SSN is 078 05 1120 and it was printed.", "national_id", "078 05 1120"),
        ("national insurance number: qq123456c", "national_id", "qq123456c"),
        ("DNI 12345678Z, por favor.", "national_id", "12345678Z"),
        # Someone the writer spoke to, from a department.
        ("I spoke with Siobhan from the billing team on Monday.", "name", "Siobhan"),
        ("I spoke with Mark Evans at the Leeds branch.", "name", "Mark Evans"),
    ],
)
def test_new_kinds_of_personal_data(text, kind, found):
    hits = [(f.kind, f.text) for f in _find(text)]
    assert (kind, found) in hits, hits


@_pytest.mark.parametrize(
    "text",
    [
        "I waited 45 minutes on 12/03/2024 and paid £49.99 for 3 items, ref QX7P2L.",
        "The flight on 2024-03-01 at 10:30 was 2 hours late.",
        "Order 2024 was my first, and it took 14 days.",
        "I called 5 times between 3 March and 12 April 2025.",
        "The manager said it would take 6 to 8 weeks.",
        "Invoice 4471 was for €1,250.00 and I was charged twice.",
        "It cost 120 euros, 3 x 40, over 2 weeks in May 2024.",
        "GB82 WEST 1234 5698 7654 33 is not a valid IBAN.",
        "The engineer came on Tuesday and the rep said Monday.",
        "I spoke to the manager, Customer Services, twice.",
        "Flight BA2490 departed 3 hours late on 21 July 2025.",
        "Tracking 1Z999AA10123456784 shows it at the depot.",
        "Room 612 34 was cold and the bill was 56 78 euros short.",
        "The birthday cake I ordered for 3 March 2025 never came.",
        "The Manager Special deal was not honoured.",
        "Yeah, my partner rang them twice. Tell your husband to keep the receipt.",
        "Had a friend with the same fault. By the driver's account it was delivered.",
        "Appreciate the reply, but the fault is still there.",
        "Calls from support said nothing useful.",
        "Someone from billing called me twice.",
        "Nothing from customer services arrived.",
        "A man called about the meter reading.",
        "I spoke to someone from support on Monday.",
        "We talked to The Manager at reception.",
    ],
)
def test_facts_complaints_are_full_of_are_not_personal_data(text):
    assert [(f.kind, f.text) for f in _find(text) if f.kind not in ("account",)] == []
