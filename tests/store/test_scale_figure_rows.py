"""The store's reads for the response-time figures: rows by case from the covering indexes (texts
left on disk), the cases explicit links join, a vendor's records, and no full list kept."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from complaint_desk.core.models import Case, Channel, Contact, Outcome, Response
from tests.store.conftest import T0


def _plan(store, sql: str, *args) -> str:
    rows = store.database.conn.execute(f"EXPLAIN QUERY PLAN {sql}", args).fetchall()
    return " ".join(r[-1] for r in rows)


def test_figure_rows_come_by_case_then_time_from_the_index_alone(store, vendor, case):
    other = store.cases.add(Case(None, vendor.id, "Bill doubled", T0))
    a = store.contacts.add(Contact(None, other.id, Channel.EMAIL, T0, summary="long words"))
    b = store.contacts.add(Contact(None, case.id, Channel.PHONE, T0 + timedelta(hours=1)))
    c = store.contacts.add(Contact(None, case.id, Channel.CHAT, T0))
    rows = store.contacts.figure_rows(case.id, other.id)
    assert [r.id for r in rows] == [c.id, b.id, a.id]  # case, then time
    assert rows[2] == replace(a, summary="")  # only what the figures read
    store.responses.add(Response(None, case.id, T0, Channel.EMAIL, Outcome.OFFERED))
    assert store.responses.figure_rows_of([case.id])[0].outcome is Outcome.OFFERED
    for sql in (
        "SELECT id, case_id, channel, at FROM contacts WHERE case_id BETWEEN ? AND ?"
        " ORDER BY case_id, at, id",
        "SELECT id, case_id, at, channel, outcome, contact_id FROM responses"
        " WHERE case_id BETWEEN ? AND ? ORDER BY case_id, at, id",
    ):
        plan = _plan(store, sql, 1, 9)
        assert "COVERING INDEX" in plan and "TEMP B-TREE" not in plan


def test_linked_cases_and_vendor_records(store, vendor, case):
    other = store.cases.add(Case(None, vendor.id, "Bill doubled", T0))
    third = store.cases.add(Case(None, vendor.id, "Lost parcel", T0))
    there = store.contacts.add(Contact(None, other.id, Channel.EMAIL, T0))
    store.responses.add(
        Response(None, case.id, T0 + timedelta(hours=2), Channel.EMAIL, Outcome.OFFERED,
                 contact_id=there.id)
    )  # fmt: skip
    assert store.responses.linked_cases([case.id]) == {other.id}
    assert store.responses.linked_cases([other.id]) == {case.id}
    assert store.responses.linked_cases([third.id]) == set()
    assert store.responses.cross_case_links() == [(case.id, other.id)]
    assert [c.id for c in store.contacts.for_vendor(vendor.id)] == [there.id]
    assert len(store.responses.for_vendor(vendor.id)) == 1
    assert store.cases.vendor_ids() == {
        case.id: vendor.id,
        other.id: vendor.id,
        third.id: vendor.id,
    }


def test_case_range_is_the_lowest_and_highest_case_with_records(store, vendor):
    assert store.contacts.case_range() is None and store.responses.case_range() is None
    cases = [store.cases.add(Case(None, vendor.id, f"Case {i}", T0)) for i in range(5)]
    for case in (cases[3], cases[1], cases[2]):
        store.contacts.add(Contact(None, case.id, Channel.EMAIL, T0))
    store.responses.add(Response(None, cases[4].id, T0, Channel.EMAIL, Outcome.ACKNOWLEDGED))
    assert store.contacts.case_range() == (cases[1].id, cases[3].id)
    assert store.responses.case_range() == (cases[4].id, cases[4].id)
    # Each end read from the index's end (one statement asking both scanned the whole index:
    # 155 ms at 1,000,000 contacts).
    said: list[str] = []
    store.database.conn.set_trace_callback(said.append)
    try:
        store.contacts.case_range()
    finally:
        store.database.conn.set_trace_callback(None)
    asked = [sql for sql in said if "case_id" in sql]
    assert asked and all("SCAN" not in _plan(store, sql) for sql in asked)
