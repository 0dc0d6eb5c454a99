"""The opening of an update or thank-you: thanks where the vendor fixed things, facts only."""

from __future__ import annotations

from datetime import UTC, datetime

from complaint_desk.core.complaint import complains
from complaint_desk.core.models import Case, Channel, Outcome, Response, Vendor
from complaint_desk.core.records.follow_up import follow_up_text

T0 = datetime(2026, 3, 3, 9, 0, tzinfo=UTC)
VENDOR = Vendor(1, "Skyway")
CASE = Case(2, 1, "Lost bag", T0)


def _response(outcome, summary=""):
    return Response(3, 2, T0, Channel.EMAIL, outcome, summary=summary)


def test_a_fix_opens_with_thanks_that_does_not_complain():
    text = follow_up_text(VENDOR, CASE, _response(Outcome.RESOLVED, "bag delivered home"), UTC)
    assert text.startswith("Thank you, Skyway, for sorting this out on 3 March.")
    assert "Bag delivered home." in text
    assert not complains(text)


def test_other_answers_open_as_a_plain_update_with_the_facts():
    text = follow_up_text(
        VENDOR, CASE, _response(Outcome.ASKED_DETAILS, "send the tag number"), UTC
    )
    assert text.startswith(
        "An update on “Lost bag”: Skyway replied on 3 March (asked for details)."
    )
    assert "They said: send the tag number." in text


def test_no_response_yet_gives_a_bare_update():
    assert follow_up_text(VENDOR, CASE, None) == "An update on “Lost bag”: "
