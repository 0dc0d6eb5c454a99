"""A pasted e-mail or chat transcript proposes a contact's fields; nothing is guessed."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from complaint_desk.core.models import Channel
from complaint_desk.core.records.exchange import read_exchange

TODAY = date(2026, 12, 5)
CET = timezone(timedelta(hours=1))


def test_an_email_as_copied_with_its_headers():
    text = (
        "From: Jess Moreno <support@skyway.example>\n"
        "Sent: Tue, 3 Mar 2026 10:15:00 +0100\n"
        "To: me@home.example\n"
        "Subject: Your claim SK-4471\n"
        "\n"
        "Dear customer,\n"
        "we have located your bag and it will be delivered tomorrow.\n"
    )
    guess = read_exchange(text, TODAY, UTC)
    assert guess.channel is Channel.EMAIL and guess.rep == "Jess Moreno"
    assert guess.at == datetime(2026, 3, 3, 9, 15, tzinfo=UTC)
    assert guess.summary.startswith("Your claim SK-4471: Dear customer, we have located your bag")


def test_a_chat_transcript_names_the_agent_and_the_first_time():
    text = (
        "5 December 2026\n"
        "[10:32] You: My order 5512 never arrived.\n"
        "[10:33] Sarah (Agent): I'm sorry to hear that. Let me check.\n"
        "[10:36] Sarah (Agent): It was returned to the depot; I have sent it again.\n"
    )
    guess = read_exchange(text, date(2026, 1, 1), CET)
    assert guess.channel is Channel.CHAT and guess.rep == "Sarah"
    assert guess.at == datetime(2026, 12, 5, 10, 32, tzinfo=CET)
    assert "You: My order 5512 never arrived." in guess.summary
    assert "Sarah (Agent): It was returned to the depot" in guess.summary


def test_times_with_am_pm_and_no_date_line_use_today():
    text = "2:05 PM - Tom: Hello\n2:06 PM - You: Hi, my router is dead\n"
    guess = read_exchange(text, TODAY, UTC)
    assert guess.at == datetime(2026, 12, 5, 14, 5, tzinfo=UTC) and guess.rep == "Tom"


def test_plain_prose_is_not_an_exchange():
    assert read_exchange("I called them twice and nobody answered.", TODAY, UTC) is None
    assert read_exchange("", TODAY, UTC) is None
