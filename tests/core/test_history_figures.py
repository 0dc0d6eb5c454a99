"""Per-case figures (core.records.case_figures) give exactly the scorecard and clocks of
core.records.history."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from complaint_desk.core.models import CaseStatus
from complaint_desk.core.records import case_figures as cf
from complaint_desk.core.records import history as h
from tests.core.test_history import timelines


def _store_order(records):
    return sorted(records, key=lambda r: (r.at, r.id))


def _groups(cases, contacts, responses):
    """Cases joined by explicit links to a contact on another case, as the app keeps them."""
    group = {c.id: {c.id} for c in cases}
    home = {c.id: c.case_id for c in contacts}
    for r in responses:
        other = home.get(r.contact_id)
        if other is not None and other != r.case_id:
            merged = group[r.case_id] | group[other]
            for case_id in merged:
                group[case_id] = merged
    return {frozenset(g) for g in group.values()}


@settings(max_examples=150, deadline=None)
@given(timelines(), st.sampled_from(list(CaseStatus)))
def test_totals_of_case_figures_equal_the_full_computation(data, status):
    vendors, cases, contacts, responses, now = data
    cases = [replace(cases[0], status=status), *cases[1:]]
    figures = cf.case_figures(contacts, responses)
    assert cf.scorecard_from(vendors, cases, figures, now) == h.scorecard(
        vendors, cases, contacts, responses, now
    )
    assert cf.waiting_from(cases, figures, now) == h.vendor_waiting(cases, contacts, responses, now)
    counts, last = cf.contact_totals(cases, figures)
    vendor_of = {c.id: c.vendor_id for c in cases}
    for vendor_id in (1, 2):
        mine = [c for c in contacts if vendor_of[c.case_id] == vendor_id]
        assert counts.get(vendor_id, 0) == len(mine)
        assert last.get(vendor_id) == (max(c.at for c in mine) if mine else None)


@settings(max_examples=150, deadline=None)
@given(timelines(), st.integers(0, 10 * 24 * 60))
def test_figures_computed_group_by_group_equal_the_full_computation(data, later):
    """What the app does after an edit: recompute only the changed case (with the cases explicit
    links join it to), at any later "now"."""
    vendors, cases, contacts, responses, now = data
    contacts, responses = _store_order(contacts), _store_order(responses)
    figures: dict[int, cf.CaseFigures] = {}
    for group in _groups(cases, contacts, responses):
        figures.update(
            cf.case_figures(
                [c for c in contacts if c.case_id in group],
                [r for r in responses if r.case_id in group],
            )
        )
    now += timedelta(minutes=later)
    assert cf.scorecard_from(vendors, cases, figures, now) == h.scorecard(
        vendors, cases, contacts, responses, now
    )
    assert cf.waiting_from(cases, figures, now) == h.vendor_waiting(cases, contacts, responses, now)
