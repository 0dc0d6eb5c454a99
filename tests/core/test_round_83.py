"""What session 27 changed after blind round 83 (tests/core/round_83.py): three threat shapes it
missed ("ur staff r dead meat", fire on both sides of a building, a receptionist's "lovely little
girl, doesn't she?" told beside where she was seen), praise that "can't fault" the groomer read
as a failure beside "Lovely service as usual", and calm versions that kept jabs asked as
questions, a verdict on the whole company, "!!!" after a date and a "JOKE" in capitals.

The threats, look-alikes and drafts below were written for this test in the round's shapes, not
its words; the round itself is checked as a development round."""

from __future__ import annotations

import pytest

from complaint_desk.core.posting import threat_forms
from complaint_desk.core.rewrite import calm_version
from complaint_desk.core.tone import analyse
from tests.core import round_83
from tests.core.guard_reads import GUARDED as _GUARDED
from tests.core.guard_reads import assert_calm_reads_plainly
from tests.core.guard_reads import read_as_threat as _read_as_threat

THREATS = [
    "You're dead meat, mate.",
    "ur manager is dead meat when i see him",
    "🔥 your depot 🔥 sleep well",
    "🔥🔥 that salon 🔥🔥",
    "Your manager has a cute little boy, hasn't he? Be a shame to see him upset.",
]

LOOK_ALIKES = [
    "The parrot is dead meat if the vet doesn't call back.",
    "Your new shop 🔥🔥 love it",
    "The fire 🔥 at your warehouse delayed my order 🔥",
    "My sister has a lovely little girl, doesn't she look like me?",
    "Your receptionist has a lovely little girl, doesn't she look like her mum.",
    "You should think twice before booking with them.",
]


@pytest.mark.parametrize("text", THREATS)
def test_the_forms_read_the_rounds_threat_shapes(text):
    assert threat_forms.find_threats(text), text
    assert {s.kind for s in analyse(text).signals} & _GUARDED


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_the_forms_leave_their_look_alikes(text):
    assert not threat_forms.find_threats(text), text
    assert not _read_as_threat(text)


def test_round_83_threats_are_read():
    # when written: 17 of 20; the three forms above were written from its misses
    assert all(map(_read_as_threat, round_83.THREATS))


@pytest.mark.parametrize(
    "text",
    [
        "Cannae fault the wee groomer in Dundee, Bella came back looking like a show dog. "
        "Lovely service as usual.",
        "Can't fault the garage at all. Great job as always.",
    ],
)
def test_praise_that_finds_no_fault_is_no_failure_beside_praise(text):
    assert "sarcasm" not in {s.kind for s in analyse(text).signals}


def test_a_fault_is_still_a_failure_beside_praise():
    text = "The boiler has a fault again. Great job as always."
    assert "sarcasm" in {s.kind for s in analyse(text).signals}


@pytest.mark.parametrize(
    ("draft", "kept", "gone"),
    [
        (
            "Order #60213 STILL isn't here!!! What exactly am I paying you for??",
            "Order #60213 still isn't here.",
            r"paying",
        ),
        ("Are you people sleeping?? Ticket 4471 is three weeks old.", "Ticket 4471", r"sleep"),
        ("What kind of company runs like this? I was charged £40 twice.", "£40", r"kind of"),
        (
            "Worst company I have EVER dealt with. My refund of £35 is six weeks late.",
            "My refund of £35 is six weeks late.",
            r"worst|poor",
        ),
        ("My lenses were due on 3 June. Incompetent from start to finish.", "3 June", r"compet"),
        ("The fitting was booked for 8 May and it's now 20 May!!!", "20 May.", r"!"),
        ("Booking RX-3310 on 4 July was a JOKE.", "not acceptable", r"JOKE|joke"),
        (
            "Who trains these people?? The fitter left at 11 with the job half done.",
            "at 11",
            r"trains",
        ),
        # the jab's tail was left behind as "Exactly?"
        ("What did we pay for, exactly? Invoice 5521 is wrong.", "Invoice 5521", r"exactly|pay"),
    ],
)
def test_round_83_calm_versions_read_plainly(draft, kept, gone):
    assert_calm_reads_plainly(draft, kept, gone)


def test_a_question_about_what_was_paid_for_is_kept():
    draft = "What am I paying for on invoice 3310? The £12 line has no description."
    assert calm_version(draft).startswith("What am I paying for on invoice 3310?")
