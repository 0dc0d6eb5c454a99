"""Which texts complain: what keeps a polite complaint that ends in thanks held."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from complaint_desk.core.complaint import complaining_spans, complains
from complaint_desk.core.hold import Revision, ready_at
from complaint_desk.core.tone import analyse

COMPLAINTS = [
    "My order arrived broken and I would like it refunded by 15 December. Thank you.",
    "I would appreciate it if my order could be refunded by 15 December. Thank you.",
    "Could you please refund my order? Thank you so much, I appreciate your help.",
    "Thank you for your help. It is still not working though.",
    "I have been waiting three weeks for my parcel. Thanks in advance.",
    "I hope you can help me get this sorted soon. Many thanks!",
    "The package never arrived. Thank you for looking into it.",
    "Please let me know when my replacement will be sent. Thanks!",
    "Lovely staff, but I will be contacting the ombudsman. Thank you.",
]
T0 = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
THANKS = [
    "Thank you so much for fixing my laptop so quickly! Great service.",
    "Thank you for the quick refund, I really appreciate it.",
    "Huge thanks to the team at Acme for replacing my cracked screen in a day. Brilliant!",
    "Everything arrived on time, no issues at all. Thanks!",
    "Thanks for the lovely stay, we will be back!",
    "Lovely staff, great food. Thank you!",
    "Many thanks to the team for the quick refund. Excellent service!",
]


@pytest.mark.parametrize("text", COMPLAINTS)
def test_a_complaint_is_a_complaint_even_when_it_ends_in_thanks(text):
    assert complains(text)
    assert complaining_spans(text)
    report = analyse(text)
    revision = Revision(T0, text, report.heat, report.polarity)
    assert ready_at([revision]) is not None  # held, whatever its heat and polarity


@pytest.mark.parametrize("text", THANKS)
def test_a_thank_you_does_not_complain(text):
    assert not complains(text)
    assert complaining_spans(text) == []


def test_only_the_complaining_sentence_is_named():
    text = "Thanks for the call. My refund has still not arrived."
    spans = complaining_spans(text)
    assert [text[a:b] for a, b in spans] == ["My refund has still not arrived."]
