"""Every record type goes in and comes back unchanged (text of any kind, times as aware UTC)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from complaint_desk.core.hold import Revision
from complaint_desk.core.models import (
    Case,
    CaseStatus,
    Channel,
    Contact,
    Draft,
    DraftStatus,
    Outcome,
    Response,
    Vendor,
)
from complaint_desk.store.errors import NotFoundError
from complaint_desk.store.store import open_store

from .conftest import T0

WEIRD_TEXTS = [
    "",
    "plain",
    "Ünïcödé — “quotes” ‘single’ ß ﬁ 中文 العربية עברית",
    "emoji 😡🤬👍🏽 👨‍👩‍👧‍👦 🇬🇧",
    "nul\x00inside\x00and at end\x00",
    "line\nbreaks\r\nand\ttabs",
    "'; DROP TABLE vendors; --",
    "x" * 200_000,
]


def test_vendor_round_trip(store):
    v = Vendor(
        None,
        "Acme 😡",
        {"x": "@acme", "bluesky": "acme.bsky.social", "mastodon": "@acme@mastodon.social"},
        phone="+44 20 7946 0000",
        email="help@acme.example",
        url="https://acme.example/help",
        notes="nul\x00note",
    )
    saved = store.vendors.add(replace(v, id=999))  # an id on input is ignored
    assert saved.id is not None and saved.id != 999
    assert store.vendors.get(saved.id) == replace(v, id=saved.id)
    changed = replace(saved, name="Acme Ltd", handles={}, notes="")
    store.vendors.update(changed)
    assert store.vendors.get(saved.id) == changed
    assert store.vendors.get(12345) is None


def test_vendors_listed_by_name_ignoring_case(store):
    for name in ["zeta", "Alpha", "beta", "Émile", "alpha"]:
        store.vendors.add(Vendor(None, name))
    names = [v.name for v in store.vendors.list()]
    assert names == ["Alpha", "alpha", "beta", "Émile", "zeta"]


@pytest.mark.parametrize("text", WEIRD_TEXTS, ids=lambda t: repr(t[:12]))
def test_case_round_trip_with_any_text(store, vendor, text):
    c = Case(None, vendor.id, text, T0, story=text, reference=text, remedy=text)
    saved = store.cases.add(c)
    assert store.cases.get(saved.id) == replace(c, id=saved.id)


def test_case_update_and_status(store, vendor):
    saved = store.cases.add(Case(None, vendor.id, "t", T0))
    store.cases.update(replace(saved, status=CaseStatus.RESOLVED, remedy="refund"))
    got = store.cases.get(saved.id)
    assert got.status is CaseStatus.RESOLVED and got.remedy == "refund"


def test_cases_newest_opened_first_and_filtered_by_vendor(store, vendor):
    other = store.vendors.add(Vendor(None, "Other"))
    a = store.cases.add(Case(None, vendor.id, "a", T0))
    b = store.cases.add(Case(None, vendor.id, "b", T0 + timedelta(days=2)))
    c = store.cases.add(Case(None, other.id, "c", T0 + timedelta(days=1)))
    assert [x.id for x in store.cases.list()] == [b.id, c.id, a.id]
    assert [x.id for x in store.cases.list(vendor.id)] == [b.id, a.id]
    assert store.cases.list(9999) == []
    assert store.cases.counts_by_vendor() == {vendor.id: 2, other.id: 1}


@pytest.mark.parametrize("text", WEIRD_TEXTS, ids=lambda t: repr(t[:12]))
def test_contact_and_response_round_trip(store, case, text):
    contact = Contact(
        None,
        case.id,
        Channel.SOCIAL,
        T0,
        duration_min=12,
        rep=text,
        summary=text,
        site="x",
        text=text,
        link="https://x.com/i/1",
    )
    saved = store.contacts.add(contact)
    assert store.contacts.get(saved.id) == replace(contact, id=saved.id)
    response = Response(
        None,
        case.id,
        T0 + timedelta(minutes=5),
        Channel.EMAIL,
        Outcome.OFFERED,
        text,
        text,
        saved.id,
    )
    r = store.responses.add(response)
    assert store.responses.get(r.id) == replace(response, id=r.id)


def test_contacts_and_responses_ordered_by_time_and_counted(store, case, vendor):
    other = store.cases.add(Case(None, vendor.id, "other", T0))
    late = store.contacts.add(Contact(None, case.id, Channel.PHONE, T0 + timedelta(hours=2)))
    early = store.contacts.add(Contact(None, case.id, Channel.EMAIL, T0))
    elsewhere = store.contacts.add(Contact(None, other.id, Channel.CHAT, T0 + timedelta(hours=1)))
    assert [c.id for c in store.contacts.list(case.id)] == [early.id, late.id]
    assert [c.id for c in store.contacts.list()] == [early.id, elsewhere.id, late.id]
    assert store.contacts.counts_by_case() == {case.id: 2, other.id: 1}

    r2 = store.responses.add(
        Response(None, case.id, T0 + timedelta(hours=3), Channel.PHONE, Outcome.RESOLVED)
    )
    r1 = store.responses.add(
        Response(None, case.id, T0 + timedelta(hours=1), Channel.EMAIL, Outcome.ACKNOWLEDGED)
    )
    assert [r.id for r in store.responses.list(case.id)] == [r1.id, r2.id]
    assert store.responses.list(other.id) == []
    assert store.responses.counts_by_case() == {case.id: 2}


def test_contact_and_response_update_and_delete(store, case):
    c = store.contacts.add(Contact(None, case.id, Channel.PHONE, T0))
    r = store.responses.add(
        Response(
            None, case.id, T0 + timedelta(hours=1), Channel.PHONE, Outcome.REFUSED, contact_id=c.id
        )
    )
    store.contacts.update(replace(c, duration_min=None, rep="Sam"))
    assert store.contacts.get(c.id).rep == "Sam"
    store.responses.update(replace(r, outcome=Outcome.OFFERED))
    assert store.responses.get(r.id).outcome is Outcome.OFFERED
    store.contacts.delete(c.id)
    assert store.contacts.get(c.id) is None
    # The vendor still answered; the response survives, no longer linked.
    assert store.responses.get(r.id).contact_id is None
    store.responses.delete(r.id)
    assert store.responses.get(r.id) is None
    store.responses.delete(r.id)  # deleting twice is harmless


def test_draft_round_trip_and_update(store, case):
    d = store.drafts.add(Draft(None, case.id, "To @acme 😡", T0))
    assert d.status is DraftStatus.ACTIVE
    assert store.drafts.get(d.id) == d
    store.drafts.update(replace(d, title="Calmer", status=DraftStatus.POSTED))
    got = store.drafts.get(d.id)
    assert (got.title, got.status) == ("Calmer", DraftStatus.POSTED)
    assert store.drafts.list(case.id) == [got]


@pytest.mark.parametrize("text", WEIRD_TEXTS, ids=lambda t: repr(t[:12]))
def test_revision_round_trip(store, case, text):
    d = store.drafts.add(Draft(None, case.id, "d", T0))
    rev = Revision(T0 + timedelta(seconds=1), text, 42.5, -0.25)
    store.drafts.add_revision(d.id, rev, ready_at=T0 + timedelta(hours=34), clock_start=T0)
    assert store.drafts.revisions(d.id) == [rev]
    assert store.drafts.latest_revision(d.id) == rev


def test_revisions_oldest_first_latest_last(store, case):
    d = store.drafts.add(Draft(None, case.id, "d", T0))
    revs = [Revision(T0 + timedelta(minutes=i), f"v{i}", float(i), 0.0) for i in range(5)]
    for rev in [revs[0], revs[2], revs[1], revs[4], revs[3]]:
        store.drafts.add_revision(d.id, rev, ready_at=None, clock_start=None)
    assert store.drafts.revisions(d.id) == revs
    assert store.drafts.latest_revision(d.id) == revs[4]
    assert store.drafts.latest_revision(9999) is None
    assert store.drafts.revisions(9999) == []


def test_times_come_back_as_aware_utc(store, case):
    paris = timezone(timedelta(hours=2))
    local = datetime(2025, 6, 1, 14, 0, 0, 123456, tzinfo=paris)
    c = store.contacts.add(Contact(None, case.id, Channel.PHONE, local))
    assert c.at == local and c.at.tzinfo is UTC and c.at.hour == 12
    assert store.contacts.get(c.id).at.tzinfo is UTC
    assert store.contacts.get(c.id).at == local


@pytest.mark.parametrize(
    "make",
    [
        lambda s, case: s.cases.add(Case(None, case.vendor_id, "t", datetime(2025, 1, 1))),
        lambda s, case: s.contacts.add(Contact(None, case.id, Channel.PHONE, datetime(2025, 1, 1))),
        lambda s, case: s.responses.add(
            Response(None, case.id, datetime(2025, 1, 1), Channel.PHONE, Outcome.REFUSED)
        ),
        lambda s, case: s.drafts.add(Draft(None, case.id, "d", datetime(2025, 1, 1))),
        lambda s, case: s.drafts.add_revision(
            s.drafts.add(Draft(None, case.id, "d", T0)).id,
            Revision(datetime(2025, 1, 1), "x", 1.0, 0.0),
            ready_at=None,
            clock_start=None,
        ),
        lambda s, case: s.drafts.add_revision(
            s.drafts.add(Draft(None, case.id, "d", T0)).id,
            Revision(T0, "x", 1.0, 0.0),
            ready_at=datetime(2025, 1, 1),
            clock_start=None,
        ),
    ],
    ids=["case", "contact", "response", "draft", "revision", "ready_at"],
)
def test_naive_datetimes_are_rejected(store, case, make):
    with pytest.raises(ValueError, match="naive"):
        make(store, case)


def test_non_finite_scores_are_rejected(store, case):
    d = store.drafts.add(Draft(None, case.id, "d", T0))
    with pytest.raises(ValueError):
        store.drafts.add_revision(
            d.id, Revision(T0, "x", float("nan"), 0.0), ready_at=None, clock_start=None
        )
    assert store.drafts.revisions(d.id) == []


def test_updating_a_missing_or_unsaved_record_is_a_bug(store, vendor, case):
    with pytest.raises(NotFoundError):
        store.vendors.update(replace(vendor, id=9999))
    with pytest.raises(NotFoundError):
        store.cases.update(replace(case, id=9999))
    with pytest.raises(ValueError):
        store.drafts.update(Draft(None, case.id, "d", T0))
    with pytest.raises(NotFoundError):
        store.drafts.update(Draft(9999, case.id, "d", T0))


def test_deleting_a_vendor_cascades_to_everything_under_it(store, vendor, case):
    keep = store.vendors.add(Vendor(None, "Keep"))
    kept_case = store.cases.add(Case(None, keep.id, "kept", T0))
    store.contacts.add(Contact(None, case.id, Channel.PHONE, T0))
    store.responses.add(Response(None, case.id, T0, Channel.PHONE, Outcome.REFUSED))
    d = store.drafts.add(Draft(None, case.id, "d", T0))
    store.drafts.add_revision(d.id, Revision(T0, "x", 1.0, 0.0), ready_at=None, clock_start=None)
    store.vendors.delete(vendor.id)
    assert store.vendors.list() == [keep]
    assert store.cases.list() == [kept_case]
    assert store.contacts.list() == [] and store.responses.list() == []
    assert store.drafts.list() == [] and store.drafts.revisions(d.id) == []


def test_deleting_a_draft_removes_its_revisions(store, case):
    d = store.drafts.add(Draft(None, case.id, "d", T0))
    store.drafts.add_revision(d.id, Revision(T0, "x", 1.0, 0.0), ready_at=None, clock_start=None)
    store.drafts.delete(d.id)
    assert store.drafts.get(d.id) is None and store.drafts.revisions(d.id) == []


def test_meta_get_set(store):
    assert store.meta.get("missing") is None
    assert store.meta.get("missing", "fallback") == "fallback"
    store.meta.set("clock.high_water", "2025-03-01T09:30:00+00:00")
    store.meta.set("clock.high_water", "2025-03-02T09:30:00+00:00")
    assert store.meta.get("clock.high_water") == "2025-03-02T09:30:00+00:00"
    assert store.meta.items() == {"clock.high_water": "2025-03-02T09:30:00+00:00"}
    store.meta.delete("clock.high_water")
    assert store.meta.get("clock.high_water") is None


def test_data_survives_reopening(db_path, store, case):
    d = store.drafts.add(Draft(None, case.id, "d", T0))
    store.drafts.add_revision(d.id, Revision(T0, "kept", 3.0, 0.1), ready_at=None, clock_start=None)
    store.close()
    store.close()  # idempotent
    with open_store(db_path) as again:
        assert again.drafts.revisions(d.id) == [Revision(T0, "kept", 3.0, 0.1)]
        assert again.cases.get(case.id) == case


def test_transaction_groups_writes(store, vendor):
    with pytest.raises(RuntimeError):
        with store.transaction():
            store.cases.add(Case(None, vendor.id, "one", T0))
            store.cases.add(Case(None, vendor.id, "two", T0))
            raise RuntimeError("changed my mind")
    assert store.cases.list() == []
    with store.transaction():
        store.cases.add(Case(None, vendor.id, "one", T0))
        store.cases.add(Case(None, vendor.id, "two", T0))
    assert len(store.cases.list()) == 2


def test_bulk_inserts_match_single_inserts(store, vendor, case):
    ids = store.contacts.add_many(
        Contact(None, case.id, Channel.EMAIL, T0 + timedelta(minutes=i), summary=str(i))
        for i in range(50)
    )
    assert len(ids) == 50 and [c.id for c in store.contacts.list(case.id)] == ids
    rids = store.responses.add_many(
        [Response(None, case.id, T0, Channel.EMAIL, Outcome.ACKNOWLEDGED, contact_id=ids[0])]
    )
    assert store.responses.get(rids[0]).contact_id == ids[0]
    vids = store.vendors.add_many([Vendor(None, "Bulk A"), Vendor(None, "Bulk B")])
    cids = store.cases.add_many([Case(None, vids[0], "bulk", T0)])
    dids = store.drafts.add_many([Draft(None, cids[0], "bulk", T0)])
    n = store.drafts.add_revisions_many(
        [
            (dids[0], Revision(T0 + timedelta(minutes=i), f"r{i}", 10.0 + i, 0.0), None, None)
            for i in range(3)
        ]
    )
    assert n == 3
    summary = store.drafts.summary(dids[0])
    assert summary.revision_count == 3 and summary.heat == 12.0
    assert store.drafts.preview(dids[0]) == "r2"


_aware = st.datetimes(
    min_value=datetime(1971, 1, 1),
    max_value=datetime(2200, 1, 1),
    timezones=st.sampled_from(
        [UTC, timezone(timedelta(hours=-8)), timezone(timedelta(hours=5, minutes=30))]
    ),
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(), at=_aware, heat=st.floats(0, 100), polarity=st.floats(-1, 1))
def test_any_text_and_time_round_trip(store, case, text, at, heat, polarity):
    d = store.drafts.add(Draft(None, case.id, text, at))
    store.drafts.add_revision(d.id, Revision(at, text, heat, polarity), ready_at=at, clock_start=at)
    assert store.drafts.get(d.id).title == text
    rev = store.drafts.latest_revision(d.id)
    assert rev == Revision(at, text, heat, polarity) and rev.saved_at.tzinfo is UTC
