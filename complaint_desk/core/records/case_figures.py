"""Per-case intermediate figures: the scorecard and the vendor list kept up to date case by case
instead of from all records on every refresh.

`case_figures` does the clock-free work (linking, first-response times, resolution, which contacts
still wait for an answer) once for a set of records. `scorecard_from` and `waiting_from` then add
"now" (pending or unanswered, how long a clock has run) and total the figures: their results are
exactly those of `history.scorecard` and `history.vendor_waiting` over the same records.

A case's figures depend on other cases only through explicit links (a response re-linked to a
contact on another case). Cases joined by such links must therefore be computed together: figures
computed for a set of cases closed under those links equal the ones from all records.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime, timedelta
from operator import attrgetter

from complaint_desk.core.models import Case, Channel, Contact, Outcome, Response, Vendor
from complaint_desk.core.records.history import (
    _CLOSED,
    UNANSWERED_AFTER,
    ZERO,
    Scorecard,
    ScoreRow,
    WaitingClock,
    _Acc,
    _Links,
    _sorted_median,
    _sorted_p90,
    assemble_scorecard,
    with_live_answers,
)

_channel = attrgetter("channel")


class ChannelFigures:
    """One case on one channel. Times are POSIX seconds (floats)."""

    __slots__ = ("times", "open_times", "first", "last", "last_time", "last_at")

    def __init__(self, first: float) -> None:
        self.times: list[float] = []  # first-response times of answered contacts
        self.open_times: list[float] = []  # times of contacts with no answer, ascending
        self.first = first  # the case's first contact on this channel
        self.last = -1  # index of the latest contact among the records computed from
        self.last_time = -math.inf
        self.last_at: datetime | None = None


class CaseFigures:
    """What one case adds to the scorecard and the vendor list, before "now" is known."""

    __slots__ = ("channels", "contacts", "last_at", "resolved", "unlinked", "waiting")

    def __init__(self) -> None:
        self.channels: dict[Channel, ChannelFigures] = {}
        self.contacts = 0
        self.last_at: datetime | None = None  # the latest contact
        # (channel credited, time from the first contact on it, time from the case's first
        # contact), when a RESOLVED response answers one of its contacts
        self.resolved: tuple[Channel, float, float] | None = None
        self.unlinked = 0  # responses on this case that answer nothing
        self.waiting: list[Contact] = []  # clock starts: unanswered, after the latest response


def case_figures(
    contacts: Sequence[Contact], responses: Sequence[Response]
) -> dict[int, CaseFigures]:
    """case id -> its figures, for every case with contacts or responses among the records.

    Records are expected in the store's order (time, then id): ties between responses at the same
    instant resolve as they do in `history.scorecard` over lists in that order."""
    contacts = contacts if isinstance(contacts, list) else list(contacts)
    responses = with_live_answers(contacts, responses)
    links = _Links(contacts, responses)
    order, s_time, answers, r_time = links.order, links.s_time, links.answers, links.r_time
    first_time = links.first_time

    figures: dict[int, CaseFigures] = {}
    resolved_by: dict[int, tuple[float, int]] = {}
    last_response: dict[int, float] = {}
    resolved = Outcome.RESOLVED
    for k, r in enumerate(responses):
        t = r_time[k]
        case_id = r.case_id
        if t > last_response.get(case_id, -math.inf):
            last_response[case_id] = t
        j = answers[k]
        if j < 0:
            f = figures.get(case_id)
            if f is None:
                f = figures[case_id] = CaseFigures()
            f.unlinked += 1
        elif r.outcome == resolved:
            home = contacts[j].case_id
            prev = resolved_by.get(home)
            if prev is None or t < prev[0]:
                resolved_by[home] = (t, j)

    c_channel = list(map(_channel, contacts))
    c_time = links.c_time
    inf = math.inf
    for case_id, (lo, hi) in links.bounds.items():
        f = figures.get(case_id)
        if f is None:
            f = figures[case_id] = CaseFigures()
        channels = f.channels
        after = last_response.get(case_id, -inf)
        clock_on: set[Channel] = set()
        for p in range(lo, hi):  # the case's contacts in time order
            j = order[p]
            ch = c_channel[j]
            cf = channels.get(ch)
            if cf is None:
                cf = channels[ch] = ChannelFigures(s_time[p])
            answered_at = first_time[j]
            if answered_at != inf:
                d = answered_at - s_time[p]
                cf.times.append(d if d > 0.0 else 0.0)
            else:
                t = s_time[p]
                cf.open_times.append(t)
                if t > after and ch not in clock_on:
                    clock_on.add(ch)
                    f.waiting.append(contacts[j])
            cf.last = j  # time order: the last one seen is the latest (ties: the later listed)
        for cf in channels.values():
            cf.last_time = c_time[cf.last]
            cf.last_at = contacts[cf.last].at
        f.contacts = hi - lo
        f.last_at = contacts[order[hi - 1]].at
        res = resolved_by.get(case_id)
        if res is not None:
            t, j = res
            ch = c_channel[j]
            f.resolved = (ch, max(0.0, t - channels[ch].first), max(0.0, t - s_time[lo]))
    return figures


def scorecard_from(
    vendors: Iterable[Vendor],
    cases: Iterable[Case],
    figures: Mapping[int, CaseFigures],
    now: datetime,
    unanswered_after: timedelta = UNANSWERED_AFTER,
) -> Scorecard:
    """`history.scorecard` from per-case figures (equal results)."""
    case_vendor = {c.id: c.vendor_id for c in cases}
    cutoff = (now - unanswered_after).timestamp()
    per_vendor: dict[int, dict[Channel | None, _Acc]] = {}
    unlinked_by_vendor: dict[int | None, int] = {}
    for case_id in sorted(figures):
        f = figures[case_id]
        vendor_id = case_vendor.get(case_id)
        if f.unlinked:
            unlinked_by_vendor[vendor_id] = unlinked_by_vendor.get(vendor_id, 0) + f.unlinked
        if vendor_id is None or not f.contacts:
            continue
        accs = per_vendor.get(vendor_id)
        if accs is None:
            accs = per_vendor[vendor_id] = {None: _Acc()}
        for ch, cf in f.channels.items():
            acc = accs.get(ch)
            if acc is None:
                acc = accs[ch] = _Acc()
            acc.times += cf.times
            opened = cf.open_times
            if opened:
                overdue = bisect_right(opened, cutoff)
                acc.unanswered += overdue
                acc.pending += len(opened) - overdue
            if cf.last_time >= acc.last_time:
                acc.last_time = cf.last_time
                acc.last_at = cf.last_at
            acc.cases += 1
        total = accs[None]
        total.cases += 1
        if f.resolved is not None:
            ch, on_channel, overall = f.resolved
            acc = accs[ch]
            acc.resolved += 1
            acc.res_times.append(on_channel)
            total.resolved += 1
            total.res_times.append(overall)

    return assemble_scorecard(vendors, per_vendor, unlinked_by_vendor, (), now, unanswered_after)


def waiting_from(
    cases: Iterable[Case], figures: Mapping[int, CaseFigures], now: datetime
) -> dict[int, list[WaitingClock]]:
    """`history.vendor_waiting` from per-case figures (equal results)."""
    clocks: dict[int, list[WaitingClock]] = {}
    for case in cases:
        case_id = case.id
        f = figures.get(case_id) if case_id is not None else None
        if f is None or not f.waiting or case.status in _CLOSED or f.resolved is not None:
            continue
        assert case_id is not None
        mine = clocks.setdefault(case.vendor_id, [])
        for c in f.waiting:
            mine.append(
                WaitingClock(case.vendor_id, case_id, c.id, c.channel, c.at, max(ZERO, now - c.at))
            )
    for lst in clocks.values():
        lst.sort(key=lambda k: k.waiting, reverse=True)
    return clocks


def contact_totals(
    cases: Iterable[Case], figures: Mapping[int, CaseFigures]
) -> tuple[dict[int, int], dict[int, datetime]]:
    """vendor id -> number of contacts, and -> its latest contact's time."""
    counts: dict[int, int] = {}
    last: dict[int, datetime] = {}
    for case in cases:
        f = figures.get(case.id) if case.id is not None else None
        if f is None or not f.contacts or f.last_at is None:
            continue
        vid = case.vendor_id
        counts[vid] = counts.get(vid, 0) + f.contacts
        if vid not in last or f.last_at > last[vid]:
            last[vid] = f.last_at
    return counts, last


def score_row(
    vendor_id: int | None,
    name: str,
    channel: Channel | None,
    times: Sequence[float],
    unanswered: int,
    pending: int,
    cases: int,
    resolved: int,
    res_times: Sequence[float],
    last_at: datetime | None,
    unlinked: int = 0,
) -> ScoreRow:
    """One scorecard row from running figures, as `history.scorecard` reports it: `times` (the
    first-response times of answered contacts) and `res_times` sorted seconds; `unanswered` and
    `pending` the contacts without an answer made at or before now - unanswered_after, and
    after it."""
    answered = len(times)
    replied_or_overdue = answered + unanswered
    return ScoreRow(
        vendor_id=vendor_id,
        vendor_name=name,
        channel=channel,
        contacts=answered + unanswered + pending,
        answered=answered,
        unanswered=unanswered,
        pending=pending,
        reply_rate=answered / replied_or_overdue if replied_or_overdue else None,
        median_first_response=_sorted_median(times),  # type: ignore[arg-type]
        p90_first_response=_sorted_p90(times),  # type: ignore[arg-type]
        cases=cases,
        resolved=resolved,
        resolution_rate=resolved / cases if cases else None,
        median_resolution=_sorted_median(res_times),  # type: ignore[arg-type]
        last_contact_at=last_at,
        unlinked_responses=unlinked,
    )
