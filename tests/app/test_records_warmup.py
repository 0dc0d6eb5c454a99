"""The records warm-up: every record read and the per-case figures built on a worker thread (its
own read-only connection), adopted only while the store is unchanged since it started."""

from __future__ import annotations

import random
from datetime import timedelta

from complaint_desk.app.desk import Desk
from complaint_desk.app.records import scorecard, vendor_rows
from complaint_desk.core.models import Channel, Contact, Outcome, Response
from complaint_desk.store.store import open_store
from tests.app.conftest import T0
from tests.app.fakes import FakeScorer
from tests.app.test_records_figures import _assert_current, _count_rebuilds, _world


def _fill(desk, seed=1, n=120):
    rng = random.Random(seed)
    cases = _world(desk, rng)
    for i in range(n):
        case = rng.choice(cases)
        at = T0 + timedelta(minutes=rng.randrange(0, 6 * 24 * 60))
        if rng.random() < 0.55:
            desk.records.log_contact(Contact(None, case.id, rng.choice(list(Channel)), at))
        else:
            contacts = desk.records.contacts()
            link = rng.choice(contacts).id if contacts and i % 7 == 0 else None
            desk.records.log_response(
                Response(
                    None,
                    case.id,
                    at,
                    rng.choice(list(Channel)),
                    rng.choice(list(Outcome)),
                    contact_id=link,
                )
            )
    return cases


def _sync_figures(tmp_path, desk, clock):
    """The synchronous computation, on a separate connection and service."""
    other = Desk(open_store(desk.store.path), clock, scorer=FakeScorer())
    try:
        return scorecard(other.records), vendor_rows(other.records)
    finally:
        other.close()


def _warm(qtbot, desk):
    with qtbot.waitSignal(desk.records.warm_up_finished, timeout=10_000) as blocker:
        assert desk.records.warm_up(min_records=0)
        assert desk.records.warming()
    return blocker.args[0]


def test_warm_up_result_equals_the_synchronous_computation(qtbot, tmp_path, desk, clock):
    _fill(desk)
    # Computed first: opening another desk on the file may write to it (a change to adopt over).
    card, rows = _sync_figures(tmp_path, desk, clock)
    with qtbot.waitSignal(desk.records.warmed, timeout=10_000):
        result = _warm(qtbot, desk)
    assert result.adopted and result.error is None
    assert not desk.records.warming()
    rebuilds = _count_rebuilds(desk)
    assert scorecard(desk.records) == card
    assert vendor_rows(desk.records) == rows
    _assert_current(desk)
    assert rebuilds == []  # the worker's figures were used, nothing read again


def test_adopted_lists_seed_the_store_cache_and_later_writes_patch_it(qtbot, desk):
    cases = _fill(desk)
    assert _warm(qtbot, desk).adopted
    rebuilds = _count_rebuilds(desk)
    desk.records.log_contact(Contact(None, cases[0].id, Channel.PHONE, T0 + timedelta(days=9)))
    desk.records.log_response(
        Response(None, cases[0].id, T0 + timedelta(days=9, hours=1), Channel.PHONE, Outcome.OFFERED)
    )
    _assert_current(desk)
    assert rebuilds == []  # patched case by case after the adoption
    with open_store(desk.store.path) as other:
        assert desk.store.contacts.list() == other.contacts.list()
        assert desk.store.responses.list() == other.responses.list()


def test_a_write_during_the_warm_up_discards_its_result(qtbot, desk):
    cases = _fill(desk)
    desk.records.WARM_UP_ATTEMPTS = 1  # no second try: the synchronous path takes over
    with qtbot.waitSignal(desk.records.warmed, timeout=10_000):
        with qtbot.waitSignal(desk.records.warm_up_finished, timeout=10_000) as blocker:
            assert desk.records.warm_up(min_records=0)
            # Before the result can be delivered (it comes through the event loop):
            desk.records.log_contact(
                Contact(None, cases[1].id, Channel.EMAIL, T0 + timedelta(days=8))
            )
    assert not blocker.args[0].adopted
    assert not desk.records.warming()
    _assert_current(desk)  # the new contact is counted: nothing stale was shown


def test_a_write_during_the_warm_up_starts_it_again(qtbot, desk):
    cases = _fill(desk)
    results = []
    desk.records.warm_up_finished.connect(results.append)
    with qtbot.waitSignal(desk.records.warmed, timeout=10_000):
        assert desk.records.warm_up(min_records=0)
        desk.records.log_response(
            Response(None, cases[2].id, T0 + timedelta(days=8), Channel.EMAIL, Outcome.RESOLVED)
        )
    assert [r.adopted for r in results] == [False, True]
    rebuilds = _count_rebuilds(desk)
    _assert_current(desk)
    assert rebuilds == []


def test_no_warm_up_for_few_records_or_current_figures(qtbot, desk):
    _fill(desk, n=20)
    assert not desk.records.warm_up()  # below WARM_UP_MIN_RECORDS: the synchronous path is quick
    scorecard(desk.records)
    assert not desk.records.warm_up(min_records=0)  # already current
    assert not desk.records.warming()


def test_desk_start_warms_up_big_stores(qtbot, desk):
    _fill(desk, n=40)
    desk.records.WARM_UP_MIN_RECORDS = 10
    with qtbot.waitSignal(desk.records.warmed, timeout=10_000):
        desk.start()
    _assert_current(desk)
