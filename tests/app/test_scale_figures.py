"""The scorecard and vendor-list totals (app.record_figures: built from SQL case by case, then
patched write by write, no record objects kept) equal the pure computation of core.records.history
over every record, on random data: explicit links across cases, same-instant ties, time zones, cases
moved to another vendor, statuses, any "now"."""

from __future__ import annotations

import tempfile
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from complaint_desk.app import record_figures
from complaint_desk.app.record_figures import RecordFigures
from complaint_desk.core.models import CaseStatus, Channel, Contact, Outcome, Reached, Response
from complaint_desk.core.records import history as h
from complaint_desk.store.store import open_store
from tests.core.test_history import OFFSETS, T0, M, timelines

_AFTER = h.UNANSWERED_AFTER


def _check(figures: RecordFigures, store, vendors, now) -> None:
    cases = store.cases.list()
    contacts, responses = store.contacts.list(), store.responses.list()
    assert figures.scorecard(vendors, now, _AFTER) == h.scorecard(
        vendors, cases, contacts, responses, now, _AFTER
    )
    assert figures.waiting(now) == h.vendor_waiting(cases, contacts, responses, now)
    counts, last = figures.contact_totals()
    vendor_of = {c.id: c.vendor_id for c in cases}
    for v in vendors:
        mine = [c for c in contacts if vendor_of[c.case_id] == v.id]
        assert counts.get(v.id, 0) == len(mine)
        assert last.get(v.id) == (max(c.at for c in mine) if mine else None)


def _check_patched(figures: RecordFigures, store, vendors, now) -> None:
    """`_check`, and the figures were patched, not rebuilt from every record."""
    rebuilt: list[int] = []
    real = figures._rebuild
    figures._rebuild = lambda: (rebuilt.append(1), real())[1]  # type: ignore[method-assign]
    try:
        _check(figures, store, vendors, now)
    finally:
        figures._rebuild = real  # type: ignore[method-assign]
    assert rebuilt == []


def _fill(store, data, statuses):
    vendors, cases, contacts, responses, now = data
    store.vendors.add_many(vendors)
    store.cases.add_many(
        [replace(c, status=statuses[i % len(statuses)]) for i, c in enumerate(cases)]
    )
    store.contacts.add_many(contacts)  # ids 1..n in list order, as drawn
    store.responses.add_many(
        [
            r if (r.contact_id or 0) <= len(contacts) else replace(r, contact_id=None)
            for r in responses
        ]
    )


_edit = st.tuples(
    st.sampled_from(["contact", "response", "relink", "edit", "move", "status"]),
    st.integers(0, 6 * 24 * 60),
    st.integers(0, 40),
    st.sampled_from(list(Channel)),
    st.sampled_from(list(Outcome)),
    st.sampled_from(OFFSETS),
    st.booleans(),
)


@pytest.mark.parametrize("chunk", [1, 3, 400])
@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    timelines(),
    st.lists(st.sampled_from(list(CaseStatus)), min_size=1, max_size=4),
    st.lists(_edit, max_size=8),
    st.integers(0, 10 * 24 * 60),
)
def test_totals_from_sql_and_patches_equal_core_history(
    monkeypatch, chunk, data, statuses, edits, later
):
    monkeypatch.setattr(record_figures, "CHUNK_CASES", chunk)  # chunk edges land anywhere
    vendors, cases, _c, _r, now = data
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "s.sqlite3")
        try:
            _fill(store, data, statuses)
            figures = RecordFigures(store)
            _check(figures, store, vendors, now)  # built from SQL
            for kind, minute, pick, channel, outcome, tz, flag in edits:
                at = (T0 + minute * M).astimezone(tz)
                case_id = cases[pick % len(cases)].id
                before = figures.stamp()
                if kind == "contact":
                    reached = list(Reached)[pick % len(Reached)]
                    said = outcome if flag else None
                    saved = store.contacts.add(
                        Contact(None, case_id, channel, at, reached=reached, outcome=said)
                    )
                    figures.contact_added(saved, before)
                elif kind == "response":
                    contacts = store.contacts.list()
                    link = contacts[pick % len(contacts)].id if contacts and flag else None
                    saved_r = store.responses.add(
                        Response(None, case_id, at, channel, outcome, contact_id=link)
                    )
                    figures.response_added(saved_r, before)
                elif kind == "relink":
                    responses, contacts = store.responses.list(), store.contacts.list()
                    if not responses:
                        continue
                    old = responses[pick % len(responses)]
                    link = contacts[(pick * 7) % len(contacts)].id if contacts and flag else None
                    new = replace(old, contact_id=link)
                    store.responses.update(new)
                    figures.response_changed(old, new, before)
                elif kind == "edit":  # a contact corrected: time, channel, maybe its case
                    contacts = store.contacts.list()
                    if not contacts:
                        continue
                    was = contacts[pick % len(contacts)]
                    now_c = replace(
                        was,
                        at=at,
                        channel=channel,
                        case_id=case_id if flag else was.case_id,
                        reached=list(Reached)[(pick + minute) % len(Reached)],
                        outcome=outcome,
                    )
                    store.contacts.update(now_c)
                    figures.contact_changed(was, now_c, before)
                elif kind == "move":  # another vendor (the cases table only)
                    case = store.cases.get(case_id)
                    store.cases.update(replace(case, vendor_id=3 - case.vendor_id))
                else:
                    case = store.cases.get(case_id)
                    store.cases.update(
                        replace(case, status=CaseStatus.CLOSED if flag else CaseStatus.OPEN)
                    )
                _check_patched(figures, store, vendors, now)
            _check(figures, store, vendors, now + later * M)  # any later "now"
            store.contacts.add(Contact(None, cases[0].id, Channel.PHONE, T0))  # behind its back
            _check(figures, store, vendors, now + timedelta(hours=80))
        finally:
            store.close()
