"""The drafts service's first-screen read: the rows the list shows first, or every row in hand."""

from __future__ import annotations

from complaint_desk.core.models import Case, Vendor
from tests.app.conftest import T0, H


def _drafts(desk, clock, n):
    vendor = desk.records.save_vendor(Vendor(None, "Acme"))
    case = desk.records.save_case(Case(None, vendor.id, "Kettle", T0))
    for i in range(n):
        draft = desk.drafts.new_draft(case.id, f"Draft {i}")
        clock.advance(H)
        if i % 3:
            desk.drafts.save_text(draft.id, f"The kettle broke again ({i}).")


def _by_hold_end(summaries):
    from complaint_desk.core.formatting import hold_order

    return sorted(summaries, key=hold_order, reverse=True)


def test_reads_the_rows_whose_hold_ends_last_when_nothing_is_in_hand(desk, clock):
    _drafts(desk, clock, 9)
    every = desk.drafts._store.drafts.summaries()
    assert desk.drafts.last_ready_first(4) == _by_hold_end(every)[:4]


def test_gives_every_row_once_they_are_all_in_hand(desk, clock):
    _drafts(desk, clock, 9)
    every = desk.drafts.summaries()  # read (and kept) by the list already
    assert desk.drafts.last_ready_first(4) == every


def test_ready_ids_are_the_active_drafts_whose_hold_is_over(desk, clock):
    _drafts(desk, clock, 9)
    assert desk.ready_drafts() == []  # every hold is still running
    clock.advance(100 * H)
    ready = desk.ready_drafts()
    assert ready and ready == [s.draft_id for s in desk.drafts.summaries() if s.ready_at]


def test_the_ready_count_read_ahead_on_a_worker_is_the_count_now(desk, clock):
    # open_desk starts it for a large file, while the window is built (app.desk.open_desk).
    _drafts(desk, clock, 9)
    clock.advance(100 * H)
    expected = len(desk.ready_drafts())
    assert expected
    desk.drafts.count_ready_ahead()
    assert desk.drafts.ready_count() == expected
    assert desk.drafts._ready_ahead is None  # taken once: the next count is read afresh


def test_a_write_after_the_ready_count_was_started_is_counted(desk, clock):
    _drafts(desk, clock, 9)
    clock.advance(100 * H)
    desk.drafts.count_ready_ahead()
    case = desk.records.cases()[0]
    extra = desk.drafts.new_draft(case.id, "Written meanwhile")
    desk.drafts.save_text(extra.id, "The kettle broke once more.")
    clock.advance(100 * H)
    assert desk.drafts.ready_count() == len(desk.ready_drafts())


def test_open_desk_counts_ahead_only_for_a_large_file(tmp_path, qapp, monkeypatch):
    from complaint_desk.app import desk as desk_module

    small = desk_module.open_desk(tmp_path / "small")
    try:
        assert small.drafts._ready_ahead is None
    finally:
        small.close()
    monkeypatch.setattr(desk_module, "COUNT_AHEAD_FROM_BYTES", 0)
    big = desk_module.open_desk(tmp_path / "small")
    try:
        assert big.drafts._ready_ahead is not None
        assert big.drafts.ready_count() == 0
    finally:
        big.close()
