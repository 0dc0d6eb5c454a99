"""RecordsService keeps per-case figures between refreshes: after any edits, through the service or
behind its back, the scorecard and the vendor list equal a full computation over the store."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import timedelta

import pytest

from complaint_desk.app.records import UNANSWERED_AFTER, scorecard, vendor_rows
from complaint_desk.core.models import Case, CaseStatus, Channel, Contact, Outcome, Response, Vendor
from complaint_desk.core.records import history
from tests.app.conftest import T0, H


def _full(desk):
    records = desk.records
    args = (records.cases(), records.contacts(), records.responses(), records.now())
    return (
        history.scorecard(records.vendors(), *args, UNANSWERED_AFTER),
        history.vendor_waiting(*args),
    )


def _count_rebuilds(desk) -> list[int]:
    figures = desk.records._figures
    calls: list[int] = []
    rebuild = figures._rebuild
    figures._rebuild = lambda: (calls.append(1), rebuild())[1]
    return calls


def _assert_current(desk):
    card, waiting = _full(desk)
    assert scorecard(desk.records) == card
    rows = vendor_rows(desk.records)
    contacts = desk.records.contacts()
    vendor_of = {c.id: c.vendor_id for c in desk.records.cases()}
    for row in rows:
        mine = [c for c in contacts if vendor_of.get(c.case_id) == row.vendor.id]
        assert row.contacts == len(mine)
        assert row.last_contact == (max(c.at for c in mine) if mine else None)
        assert list(row.waiting) == waiting.get(row.vendor.id, [])


def _world(desk, rng):
    vendors = [desk.records.save_vendor(Vendor(None, f"V{i}")) for i in range(3)]
    return [
        desk.records.save_case(Case(None, rng.choice(vendors).id, f"case {i}", T0))
        for i in range(6)
    ]


@pytest.mark.parametrize("seed", range(4))
def test_random_edits_through_the_service_keep_the_figures_exact(desk, clock, seed):
    rng = random.Random(seed)
    cases = _world(desk, rng)
    _assert_current(desk)  # built once here; every step below patches it
    rebuilds = _count_rebuilds(desk)
    for step in range(60):
        roll = rng.random()
        case = rng.choice(cases)
        at = T0 + timedelta(minutes=rng.randrange(0, 6 * 24 * 60))
        if roll < 0.4:
            desk.records.log_contact(Contact(None, case.id, rng.choice(list(Channel)), at))
        elif roll < 0.8:
            contacts = desk.records.contacts()
            link = rng.choice(contacts).id if contacts and rng.random() < 0.2 else None
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
        elif roll < 0.9:
            responses, contacts = desk.records.responses(), desk.records.contacts()
            if responses and contacts:
                r = rng.choice(responses)
                same_vendor = [
                    c
                    for c in contacts
                    if desk.records.case(c.case_id).vendor_id
                    == desk.records.case(r.case_id).vendor_id
                ]
                target = rng.choice([None, *[c.id for c in same_vendor]])
                desk.records.relink_response(r.id, target)
        elif roll < 0.95:
            desk.records.set_case_status(case.id, rng.choice(list(CaseStatus)))
        else:
            clock.advance(rng.randrange(1, 100) * H)  # pending turns unanswered
        if step % 5 == 0:
            _assert_current(desk)
    _assert_current(desk)
    assert rebuilds == []  # the cases the edits touched were recomputed, nothing else


def test_changes_behind_the_service_are_picked_up(desk, clock):
    vendor = desk.records.save_vendor(Vendor(None, "Acme"))
    case = desk.records.save_case(Case(None, vendor.id, "Kettle", T0))
    desk.records.log_contact(Contact(None, case.id, Channel.EMAIL, T0))
    assert scorecard(desk.records).row(vendor.id).contacts == 1
    rebuilds = _count_rebuilds(desk)
    store = desk.records._store
    store.contacts.add(Contact(None, case.id, Channel.PHONE, T0 + H))  # not through the service
    store.responses.add(Response(None, case.id, T0 + 2 * H, Channel.PHONE, Outcome.RESOLVED))
    card = scorecard(desk.records)
    assert card.row(vendor.id).contacts == 2
    assert card.row(vendor.id, Channel.PHONE).answered == 1
    assert rebuilds == [1]
    # A service write after an unseen change must not patch a stale cache.
    desk.records.log_contact(Contact(None, case.id, Channel.CHAT, T0 + 3 * H))
    _assert_current(desk)
    clock.advance(80 * H)
    _assert_current(desk)
    assert scorecard(desk.records).row(vendor.id, Channel.EMAIL).unanswered == 1


def test_corrected_contacts_and_responses_are_patched_not_rebuilt(desk, clock):
    rng = random.Random(7)
    cases = _world(desk, rng)
    for i in range(12):
        at = T0 + timedelta(hours=i)
        desk.records.log_contact(Contact(None, cases[i % 6].id, Channel.EMAIL, at))
        desk.records.log_response(
            Response(None, cases[i % 6].id, at + H, Channel.EMAIL, Outcome.OFFERED)
        )
    _assert_current(desk)
    rebuilds = _count_rebuilds(desk)
    contact = desk.records.contacts(cases[0].id)[0]
    desk.records.update_contact(
        replace(contact, at=contact.at + 5 * H, channel=Channel.PHONE, case_id=cases[1].id)
    )
    _assert_current(desk)
    response = desk.records.responses(cases[2].id)[0]
    desk.records.update_response(replace(response, outcome=Outcome.RESOLVED, at=T0 + 30 * H))
    _assert_current(desk)
    assert rebuilds == []
