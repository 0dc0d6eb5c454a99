"""Draft summaries: one query, the right cached values, newest edit first."""

from __future__ import annotations

from datetime import timedelta

from complaint_desk.core import hold
from complaint_desk.core.hold import Revision
from complaint_desk.core.models import Case, Draft, DraftStatus, DraftSummary, Vendor

from .conftest import T0


def _save(store, draft_id, rev):
    """Save like the app does: the hold computed by core.hold over every revision."""
    revs = [*store.drafts.revisions(draft_id), rev]
    store.drafts.add_revision(
        draft_id, rev, ready_at=hold.ready_at(revs), clock_start=hold.clock_start(revs)
    )


def test_summary_of_a_draft_without_revisions(store, vendor, case):
    d = store.drafts.add(Draft(None, case.id, "Empty", T0))
    assert store.drafts.summaries() == [
        DraftSummary(
            draft_id=d.id,
            case_id=case.id,
            case_title=case.title,
            vendor_id=vendor.id,
            vendor_name=vendor.name,
            title="Empty",
            status=DraftStatus.ACTIVE,
            heat=None,
            polarity=None,
            ready_at=None,
            clock_start=None,
            updated_at=None,
            revision_count=0,
            created_at=T0,
        )
    ]


def test_summary_follows_the_latest_revision_and_hold(store, case):
    d = store.drafts.add(Draft(None, case.id, "Angry", T0))
    _save(store, d.id, Revision(T0, "This is UNACCEPTABLE!!!\nFix it.", 70.0, -0.8))
    calmer = Revision(T0 + timedelta(hours=1), "This is not ok.\r\nPlease fix it.", 30.0, -0.2)
    _save(store, d.id, calmer)
    (s,) = store.drafts.summaries()
    assert (s.heat, s.polarity, s.revision_count) == (30.0, -0.2, 2)
    assert s.updated_at == calmer.saved_at and s.updated_at.tzinfo is not None
    assert store.drafts.preview(d.id) == "This is not ok. Please fix it."
    revs = store.drafts.revisions(d.id)
    assert s.clock_start == hold.clock_start(revs) == T0
    assert s.ready_at == hold.ready_at(revs) == T0 + hold.required_wait(30.0)
    assert store.drafts.summary(d.id) == s
    assert store.drafts.summary(9999) is None


def test_preview_is_160_chars_on_one_line(store, case):
    d = store.drafts.add(Draft(None, case.id, "Long", T0))
    text = "line one\n" + "é😡" * 200
    _save(store, d.id, Revision(T0, text, 10.0, 0.0))
    preview = store.drafts.preview(d.id)
    assert len(preview) == 160
    assert preview == text.replace("\n", " ")[:160]
    assert "\n" not in preview
    assert store.drafts.preview(9999) == ""


def test_an_older_revision_does_not_replace_the_cached_latest(store, case):
    d = store.drafts.add(Draft(None, case.id, "d", T0))
    store.drafts.add_revision(
        d.id, Revision(T0 + timedelta(hours=2), "new", 20.0, 0.0), ready_at=None, clock_start=None
    )
    store.drafts.add_revision(
        d.id, Revision(T0, "old", 90.0, -1.0), ready_at=None, clock_start=None
    )
    (s,) = store.drafts.summaries()
    assert (store.drafts.preview(d.id), s.heat, s.revision_count) == ("new", 20.0, 2)
    assert s.updated_at == T0 + timedelta(hours=2)
    assert store.drafts.latest_revision(d.id).text == "new"


def test_summaries_ordered_by_latest_edit_and_filterable_by_case(store, vendor, case):
    other_vendor = store.vendors.add(Vendor(None, "Zed Air"))
    other = store.cases.add(Case(None, other_vendor.id, "Lost bag", T0))
    a = store.drafts.add(Draft(None, case.id, "a", T0))
    b = store.drafts.add(Draft(None, other.id, "b", T0 + timedelta(minutes=1)))
    c = store.drafts.add(Draft(None, case.id, "c", T0 + timedelta(minutes=2)))
    _save(store, a.id, Revision(T0 + timedelta(hours=5), "a text", 10.0, 0.0))
    ids = [s.draft_id for s in store.drafts.summaries()]
    assert ids == [a.id, c.id, b.id]
    by_id = {s.draft_id: s for s in store.drafts.summaries()}
    assert (by_id[b.id].vendor_name, by_id[b.id].case_title) == ("Zed Air", "Lost bag")
    assert [s.draft_id for s in store.drafts.summaries(case_id=case.id)] == [a.id, c.id]


def test_summaries_reflect_title_and_status_changes(store, case):
    d = store.drafts.add(Draft(None, case.id, "first", T0))
    store.drafts.update(Draft(d.id, case.id, "second", T0, DraftStatus.WITHDRAWN))
    (s,) = store.drafts.summaries()
    assert (s.title, s.status) == ("second", DraftStatus.WITHDRAWN)


def test_summaries_run_exactly_one_query(store, case):
    for i in range(20):
        d = store.drafts.add(Draft(None, case.id, f"d{i}", T0))
        _save(store, d.id, Revision(T0 + timedelta(minutes=i), f"text {i}", 10.0, 0.0))
    statements: list[str] = []
    store.database.conn.set_trace_callback(statements.append)
    try:
        assert len(store.drafts.summaries()) == 20
    finally:
        store.database.conn.set_trace_callback(None)
    assert len(statements) == 1 and statements[0].lstrip().startswith("SELECT")


def test_summaries_use_the_cache_not_the_revisions(store, case):
    store.drafts.add(Draft(None, case.id, "d", T0))
    plan = store.database.conn.execute(
        "EXPLAIN QUERY PLAN "
        + "SELECT d.id FROM drafts AS d JOIN cases AS c ON c.id = d.case_id"
        + " JOIN vendors AS v ON v.id = c.vendor_id"
        + " ORDER BY coalesce(d.updated_at, d.created_at) DESC, d.id DESC"
    ).fetchall()
    details = " ".join(row[-1] for row in plan)
    assert "revisions" not in details
    assert "USE TEMP B-TREE" not in details  # the drafts_recent index gives the order


def _many_drafts(store, case, n=60):
    """Drafts with ties everywhere: shared hold ends, shared edit times, some never written."""
    ids = store.drafts.add_many(
        Draft(None, case.id, f"Draft {i}", T0 + timedelta(minutes=i % 7)) for i in range(n)
    )
    items = []
    for i, draft_id in enumerate(ids):
        if i % 5 == 0:
            continue  # nothing written yet: never held
        saved = T0 + timedelta(hours=i % 4)
        ready = None if i % 9 == 0 else saved + timedelta(hours=(i * 7) % 3)
        items.append((draft_id, Revision(saved, f"Text {i}", 40.0, -0.1), ready, saved))
    store.drafts.add_revisions_many(items)
    return ids


def test_the_first_rows_by_hold_end_are_those_of_every_summary_sorted_so(store, case):
    from dataclasses import replace

    from complaint_desk.core.models import DraftStatus

    ids = _many_drafts(store, case)
    for i, draft_id in enumerate(ids):  # some posted and withdrawn, held or not
        if i % 4 == 1:
            status = DraftStatus.POSTED if i % 8 == 1 else DraftStatus.WITHDRAWN
            store.drafts.update(replace(store.drafts.get(draft_id), status=status))
    every = store.drafts.summaries()
    assert {s.status for s in every} == set(DraftStatus)
    # The drafts list's default order: hold ending last first (never held last), ties in the
    # summaries' own order (a stable sort).
    from complaint_desk.core.formatting import hold_order

    by_hold = sorted(every, key=hold_order, reverse=True)
    for limit in (1, 7, 25, 60, 100):
        assert store.drafts.last_ready_first(limit) == by_hold[:limit]


def test_ready_ids_are_the_active_drafts_whose_hold_is_over(store, case):
    ids = _many_drafts(store, case)
    d = store.drafts.get(ids[1])
    store.drafts.update(Draft(d.id, d.case_id, d.title, d.created_at, DraftStatus.WITHDRAWN))
    now = T0 + timedelta(hours=3)
    expected = [
        s.draft_id
        for s in store.drafts.summaries()
        if s.status is DraftStatus.ACTIVE and s.ready_at is not None and s.ready_at <= now
    ]
    assert 0 < len(expected) < len(ids)
    assert store.drafts.ready_ids(now) == expected
