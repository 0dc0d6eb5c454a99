"""Vendor details as typed, made consistent: handles per site, e-mail addresses, Reddit names."""

from __future__ import annotations

import pytest

from complaint_desk.core.platforms import PLATFORMS
from complaint_desk.core.records.contact_details import email_problem, normal_handle


@pytest.mark.parametrize("email", ["", "help@skyway.example", "a.b+c@mail.co.uk"])
def test_real_addresses_and_blank_pass(email):
    assert email_problem(email) is None


@pytest.mark.parametrize("email", ["support at skyway", "skyway.com", "help@", "@skyway.com"])
def test_what_is_not_an_address_is_named(email):
    assert "doesn't look like an e-mail address" in email_problem(email)


def test_handles_are_stored_the_way_each_site_writes_them():
    assert normal_handle("x", "acme") == "@acme"
    assert normal_handle("x", "@acme") == "@acme"
    assert normal_handle("threads", "acme") == "@acme"
    assert normal_handle("reddit", "/r/acme") == "r/acme"
    assert normal_handle("bluesky", "acme.bsky.social") == "acme.bsky.social"


def test_a_subreddit_is_not_turned_into_a_user():
    reddit = PLATFORMS["reddit"]
    assert reddit.format_handle("r/acme") == "r/acme"
    assert reddit.format_handle("u/acme_support") == "u/acme_support"
    assert reddit.format_handle("acme_support") == "u/acme_support"
