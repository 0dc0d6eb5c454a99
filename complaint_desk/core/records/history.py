"""Response-history metrics: which contact a response answers, reply times, bands, the scorecard.

Definitions (docs/design.md "Response history"), made exact here:

- **Linking.** A response answers its explicit `contact_id` when that contact is among the given
  contacts (the user re-linked it; it may even be on another case). Otherwise (no `contact_id`, or
  one that is not among the contacts) it answers the latest contact on the same case with
  `contact.at <= response.at`: a contact at the same instant counts as earlier. Among contacts at
  the very same instant, the one with the highest id is "latest". A response before every contact on
  its case answers nothing: it is counted in `unlinked_responses` and ignored by every other figure.
- **First-response time** of a contact = earliest answering response − contact.at, clamped at zero
  (only an explicit link can point a response at a later contact; times are never negative).
- **States.** A contact with an answering response is *answered* (however late the answer came:
  lateness shows in the times and bands). One without is *unanswered* once `unanswered_after`
  (default 72 h) has passed since it, else *pending*.
  `reply_rate = answered / (answered + unanswered)`: pending contacts are left out, since they may
  still be answered. `None` when that denominator is 0.
- **Percentiles** use the nearest-rank method: p-th percentile = the ceil(p/100 x n)-th smallest
  value. The median is the classic one (mean of the two middle values when n is even), so
  min <= median <= p90 <= max always holds.
- **Resolution.** A case is resolved at its first RESOLVED response that answers a contact.
  `resolution_rate = resolved cases / cases with contacts`; time to resolution = resolved at −
  the case's first contact. Per channel, a case counts for each channel it used (denominator) and is
  credited to the channel of the contact its resolving response answers (numerator); that channel's
  time to resolution runs from the case's first contact *on that channel*.
- Contacts on cases that are not among `cases` (unknown vendor) are left out of the scorecard.
- **Live contacts.** A call, chat or visit where the person spoke to someone (`Reached.SPOKE`) is
  answered as it happens: it counts as a response at its own time, on its channel, with the outcome
  the person recorded (acknowledged if none). One marked no answer, voicemail or cut off waits like
  a message (`with_live_answers`; every figure here goes through it).

Reference bands per channel (`band_for`, `quiet_after`) live in core.records.reply_bands.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from operator import attrgetter
from typing import Any, TypeVar

from complaint_desk.core import durations
from complaint_desk.core.models import (
    LIVE_CHANNELS,
    Case,
    CaseStatus,
    Channel,
    Contact,
    Outcome,
    Reached,
    Response,
    Vendor,
)

# Re-exported (redundant aliases mark them as such): callers know the bands as history.*.
from complaint_desk.core.records.reply_bands import BAND_COLOURS as BAND_COLOURS
from complaint_desk.core.records.reply_bands import BAND_LIMITS as BAND_LIMITS
from complaint_desk.core.records.reply_bands import Band as Band
from complaint_desk.core.records.reply_bands import band_for as band_for
from complaint_desk.core.records.reply_bands import quiet_after as quiet_after

UNANSWERED_AFTER = timedelta(hours=72)
ZERO = timedelta(0)
ALL_VENDORS = "All vendors"

_at = attrgetter("at")
T = TypeVar("T")


# --- percentiles -------------------------------------------------------------------------------


def median(values: Iterable[T]) -> T | None:
    """The classic median (mean of the two middle values for an even count); None when empty."""
    ordered: list[Any] = sorted(values)
    n = len(ordered)
    if not n:
        return None
    mid = n // 2
    if n % 2:
        return ordered[mid]
    return _mean2(ordered[mid - 1], ordered[mid])


def percentile(values: Iterable[T], p: float) -> T | None:
    """Nearest-rank percentile, 0 < p <= 100: the ceil(p/100 x n)-th smallest value."""
    if not 0 < p <= 100:
        raise ValueError(f"percentile must be in (0, 100], got {p}")
    ordered = sorted(values)  # type: ignore[type-var]
    if not ordered:
        return None
    return ordered[_rank(len(ordered), p) - 1]


def _rank(n: int, p: float) -> int:
    if isinstance(p, int):
        return max(1, -(-p * n // 100))  # exact integer ceil
    return max(1, math.ceil(p * n / 100))


def _mean2(a: Any, b: Any) -> Any:
    if a == b:
        return a
    return a + (b - a) / 2


# --- linking and per-contact state -------------------------------------------------------------


class ContactState(StrEnum):
    ANSWERED = "answered"
    PENDING = "pending"  # no answer yet, still within `unanswered_after`
    UNANSWERED = "unanswered"  # no answer and `unanswered_after` has passed


@dataclass(frozen=True)
class ContactStatus:
    contact_id: int | None
    state: ContactState
    answered_after: timedelta | None  # first-response time (answered only)
    waiting: timedelta | None  # now - contact.at, at least 0 (pending/unanswered only)
    response_id: int | None = None  # the earliest response answering it

    @property
    def text(self) -> str:
        """ "answered in 5 min", "12 h, no answer yet" or "4 days, no answer"."""
        if self.state is ContactState.ANSWERED:
            return durations.answered_in(self.answered_after or ZERO)
        if self.state is ContactState.PENDING:
            return durations.no_answer_yet(self.waiting or ZERO)
        return durations.unanswered_for(self.waiting or ZERO)


class _Links:
    """Which contact each response answers, and each contact's earliest answer, by index.

    The contacts are sorted once by (case, time); each response then finds its contact with a binary
    search in its case's slice. Times are POSIX seconds: floats sort and compare far faster than
    datetimes, aware datetimes in any offset map to them exactly in order, and a same-instant pair
    maps to the same float. O((C + R) log C), no per-pair matching.
    """

    __slots__ = (
        "order",
        "bounds",
        "c_time",
        "s_time",
        "r_time",
        "answers",
        "first_time",
        "first_response",
    )

    def __init__(self, contacts: Sequence[Contact], responses: Sequence[Response]) -> None:
        n = len(contacts)
        c_time = [c.at.timestamp() for c in contacts]
        c_case = [c.case_id for c in contacts]
        order = sorted(range(n), key=c_time.__getitem__)
        order.sort(key=c_case.__getitem__)  # stable: time order within each case
        s_time = list(map(c_time.__getitem__, order))
        last_pos = {case: p for p, case in enumerate(map(c_case.__getitem__, order))}
        bounds: dict[int, tuple[int, int]] = {}  # case id -> its slice of `order`
        lo = 0
        for case, last in last_pos.items():  # insertion order is sorted order
            bounds[case] = (lo, last + 1)
            lo = last + 1

        r_time = [r.at.timestamp() for r in responses]
        r_case = [r.case_id for r in responses]
        r_link = [r.contact_id for r in responses]
        answers = [-1] * len(responses)  # response index -> contact index, -1: answers nothing
        first_time = [math.inf] * n  # contact index -> time of its earliest answer
        first_response = [-1] * n  # contact index -> index of that answer
        by_id: dict[int, int] | None = None
        for k, (t, case, cid) in enumerate(zip(r_time, r_case, r_link, strict=True)):
            j = -1
            if cid is not None:
                if by_id is None:
                    by_id = {c.id: i for i, c in enumerate(contacts) if c.id is not None}
                j = by_id.get(cid, -1)
            if j < 0:
                span = bounds.get(case)
                if span is None:
                    continue
                lo, hi = span
                p = bisect_right(s_time, t, lo, hi) - 1
                if p < lo:
                    continue  # before every contact on its case
                if p > lo and s_time[p - 1] == s_time[p]:
                    p = _latest_of_tie(contacts, order, s_time, lo, p)
                j = order[p]
            answers[k] = j
            if t < first_time[j]:
                first_time[j] = t
                first_response[j] = k
        self.order = order
        self.bounds = bounds
        self.c_time = c_time
        self.s_time = s_time
        self.r_time = r_time
        self.answers = answers
        self.first_time = first_time
        self.first_response = first_response


def _latest_of_tie(
    contacts: Sequence[Contact], order: list[int], s_time: list[float], lo: int, p: int
) -> int:
    """Position p and the positions before it at the same instant: the contact with the highest
    id (the rule is about ids, not about the order the caller listed the contacts in)."""
    q = p
    while q > lo and s_time[q - 1] == s_time[p]:
        q -= 1
    return max(range(q, p + 1), key=lambda i: _id_key(contacts[order[i]]))


def answers_itself(c: Contact) -> bool:
    """A call, chat or visit where the person spoke to someone: answered when it happened."""
    return c.reached is Reached.SPOKE and c.channel in LIVE_CHANNELS


def live_answer(c: Contact) -> Response:
    """What a live contact that got through counts as: the company's answer, at that moment."""
    return Response(
        None,
        c.case_id,
        c.at,
        c.channel,
        c.outcome or Outcome.ACKNOWLEDGED,
        c.rep,
        c.summary,
        c.id,
    )


def with_live_answers(contacts: Sequence[Contact], responses: Sequence[Response]) -> list[Response]:
    """The responses, then one `live_answer` per live contact that got through (in contact order).

    Every figure here is computed over this list, so a 40-minute call with a named rep is not
    "33 h, no answer yet", and a call that sorted things out resolves the case. The added answers
    have no id: they are not records, and `link_responses` (which maps ids) never sees them."""
    out = list(responses)
    out += [live_answer(c) for c in contacts if answers_itself(c)]
    return out


def _id_key(c: Contact) -> int:
    return -1 if c.id is None else c.id


def link_responses(
    contacts: Iterable[Contact], responses: Iterable[Response]
) -> dict[int, int | None]:
    """response id -> id of the contact it answers (None: it answers nothing). Responses without an
    id are skipped."""
    contacts = list(contacts)
    responses = list(responses)
    answers = _Links(contacts, responses).answers
    return {
        r.id: (contacts[j].id if j >= 0 else None)
        for r, j in zip(responses, answers, strict=True)
        if r.id is not None
    }


def contact_statuses(
    contacts: Iterable[Contact],
    responses: Iterable[Response],
    now: datetime,
    unanswered_after: timedelta = UNANSWERED_AFTER,
) -> list[tuple[Contact, ContactStatus]]:
    """Every contact with its status, in time order (works for contacts without ids too). A live
    contact that got through is answered by itself (`answer_id` None, `answered_after` zero)."""
    contacts = list(contacts)
    responses = with_live_answers(contacts, list(responses))
    links = _Links(contacts, responses)
    out = []
    for i in sorted(range(len(contacts)), key=links.c_time.__getitem__):
        c = contacts[i]
        k = links.first_response[i]
        if k >= 0:
            answer = responses[k]
            status = ContactStatus(
                c.id, ContactState.ANSWERED, max(ZERO, answer.at - c.at), None, answer.id
            )
        else:
            waiting = max(ZERO, now - c.at)
            state = ContactState.UNANSWERED if waiting >= unanswered_after else ContactState.PENDING
            status = ContactStatus(c.id, state, None, waiting)
        out.append((c, status))
    return out


def first_responses(
    contacts: Iterable[Contact],
    responses: Iterable[Response],
    now: datetime,
    unanswered_after: timedelta = UNANSWERED_AFTER,
) -> dict[int, ContactStatus]:
    """contact id -> its status: answered (with the first-response time), pending or unanswered."""
    return {
        c.id: status
        for c, status in contact_statuses(contacts, responses, now, unanswered_after)
        if c.id is not None
    }


# --- scorecard ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ScoreRow:
    """One line of the scorecard: a vendor (or all vendors: vendor_id None) on one channel (or on
    all channels: channel None)."""

    vendor_id: int | None
    vendor_name: str
    channel: Channel | None
    contacts: int
    answered: int
    unanswered: int
    pending: int
    reply_rate: float | None  # answered / (answered + unanswered); None without data
    median_first_response: timedelta | None
    p90_first_response: timedelta | None
    cases: int  # cases with contacts (on this channel)
    resolved: int  # of those, resolved (credited to this channel)
    resolution_rate: float | None  # resolved / cases; None when cases == 0
    median_resolution: timedelta | None
    last_contact_at: datetime | None = None
    unlinked_responses: int = 0  # responses that answer nothing (all-channel rows only)

    @property
    def band(self) -> Band | None:
        """Band of the median first-response time (channel rows only)."""
        if self.channel is None or self.median_first_response is None:
            return None
        return band_for(self.channel, self.median_first_response)


@dataclass(frozen=True)
class Scorecard:
    rows: tuple[ScoreRow, ...]  # per vendor (in the order given): all channels, then each channel
    channel_rows: tuple[ScoreRow, ...]  # all vendors together: all channels, then each channel
    unlinked_responses: int
    now: datetime
    unanswered_after: timedelta

    def vendor_rows(self, vendor_id: int | None) -> list[ScoreRow]:
        """The rows of one vendor; `None` gives the all-vendor rows."""
        if vendor_id is None:
            return list(self.channel_rows)
        return [r for r in self.rows if r.vendor_id == vendor_id]

    def row(self, vendor_id: int | None, channel: Channel | None = None) -> ScoreRow | None:
        for r in self.vendor_rows(vendor_id):
            if r.channel == channel:
                return r
        return None


class _Acc:
    """Running figures for one (vendor, channel). Times are float seconds: they sort fast."""

    __slots__ = (
        "unanswered",
        "pending",
        "times",
        "cases",
        "resolved",
        "res_times",
        "last",
        "last_time",
        "last_at",
    )

    def __init__(self) -> None:
        self.unanswered = 0
        self.pending = 0
        self.times: list[float] = []
        self.cases = 0
        self.resolved = 0
        self.res_times: list[float] = []
        self.last = -1  # index of the latest contact
        self.last_time = -math.inf
        self.last_at: datetime | None = None  # set instead of `last` by core.records.case_figures

    def absorb(self, other: _Acc) -> None:
        _add_contact_figures(self, other)
        _add_case_figures(self, other)


def _add_contact_figures(into: _Acc, other: _Acc) -> None:
    into.unanswered += other.unanswered
    into.pending += other.pending
    into.times += other.times
    if other.last_time > into.last_time:
        into.last_time = other.last_time
        into.last = other.last
        into.last_at = other.last_at


def _add_case_figures(into: _Acc, other: _Acc) -> None:
    into.cases += other.cases
    into.resolved += other.resolved
    into.res_times += other.res_times


def _sorted_median(xs: list[float]) -> timedelta | None:
    n = len(xs)
    if not n:
        return None
    mid = n // 2
    value = xs[mid] if n % 2 else (xs[mid - 1] + xs[mid]) / 2
    return timedelta(seconds=value)


def _sorted_p90(xs: list[float]) -> timedelta | None:
    if not xs:
        return None
    return timedelta(seconds=xs[_rank(len(xs), 90) - 1])


def _make_row(
    vendor_id: int | None,
    name: str,
    channel: Channel | None,
    acc: _Acc,
    contacts: Sequence[Contact],
    unlinked: int = 0,
) -> ScoreRow:
    acc.times.sort()  # concatenated sorted runs: Timsort merges them in near-linear time
    acc.res_times.sort()
    answered = len(acc.times)
    replied_or_overdue = answered + acc.unanswered
    return ScoreRow(
        vendor_id=vendor_id,
        vendor_name=name,
        channel=channel,
        contacts=answered + acc.unanswered + acc.pending,
        answered=answered,
        unanswered=acc.unanswered,
        pending=acc.pending,
        reply_rate=answered / replied_or_overdue if replied_or_overdue else None,
        median_first_response=_sorted_median(acc.times),
        p90_first_response=_sorted_p90(acc.times),
        cases=acc.cases,
        resolved=acc.resolved,
        resolution_rate=acc.resolved / acc.cases if acc.cases else None,
        median_resolution=_sorted_median(acc.res_times),
        last_contact_at=contacts[acc.last].at if acc.last >= 0 else acc.last_at,
        unlinked_responses=unlinked,
    )


def scorecard(
    vendors: Iterable[Vendor],
    cases: Iterable[Case],
    contacts: Iterable[Contact],
    responses: Iterable[Response],
    now: datetime,
    unanswered_after: timedelta = UNANSWERED_AFTER,
) -> Scorecard:
    """Per vendor and channel: contacts, reply rate, first-response median and p90, resolution.

    One sort of the contacts, a binary search per response, then one pass over the contacts case by
    case; medians and percentiles come from sorting each group's times (floats) once."""
    contacts = contacts if isinstance(contacts, list) else list(contacts)
    responses = with_live_answers(contacts, list(responses))
    case_vendor = {c.id: c.vendor_id for c in cases}
    links = _Links(contacts, responses)
    order, s_time, answers, r_time = links.order, links.s_time, links.answers, links.r_time
    first_time = links.first_time

    # case id -> (time, contact index) of the first RESOLVED response answering one of its contacts
    resolved_by: dict[int, tuple[float, int]] = {}
    unlinked_by_vendor: dict[int | None, int] = {}
    resolved = Outcome.RESOLVED
    for k, r in enumerate(responses):
        j = answers[k]
        if j < 0:
            v = case_vendor.get(r.case_id)
            unlinked_by_vendor[v] = unlinked_by_vendor.get(v, 0) + 1
        elif r.outcome == resolved:
            t = r_time[k]
            case_id = contacts[j].case_id
            prev = resolved_by.get(case_id)
            if prev is None or t < prev[0]:
                resolved_by[case_id] = (t, j)

    c_channel = [c.channel for c in contacts]
    cutoff = (now - unanswered_after).timestamp()  # unanswered contacts at or before it: overdue
    per_vendor: dict[int, dict[Channel | None, _Acc]] = {}
    for case_id, (lo, hi) in links.bounds.items():
        vendor_id = case_vendor.get(case_id)
        if vendor_id is None:
            continue
        accs = per_vendor.get(vendor_id)
        if accs is None:
            accs = per_vendor[vendor_id] = {None: _Acc()}
        first_on: dict[Channel, float] = {}
        for p in range(lo, hi):
            j = order[p]
            t = s_time[p]
            ch = c_channel[j]
            acc = accs.get(ch)
            if acc is None:
                acc = accs[ch] = _Acc()
            answered_at = first_time[j]
            if answered_at != math.inf:
                d = answered_at - t
                acc.times.append(d if d > 0.0 else 0.0)
            elif t <= cutoff:
                acc.unanswered += 1
            else:
                acc.pending += 1
            if ch not in first_on:
                first_on[ch] = t
            if t >= acc.last_time:
                acc.last_time = t
                acc.last = j
        for ch in first_on:
            accs[ch].cases += 1
        total = accs[None]
        total.cases += 1
        res = resolved_by.get(case_id)
        if res is not None:
            t, j = res
            ch = c_channel[j]
            acc = accs[ch]
            acc.resolved += 1
            acc.res_times.append(max(0.0, t - first_on[ch]))
            total.resolved += 1
            total.res_times.append(max(0.0, t - s_time[lo]))

    return assemble_scorecard(
        vendors, per_vendor, unlinked_by_vendor, contacts, now, unanswered_after
    )


def assemble_scorecard(
    vendors: Iterable[Vendor],
    per_vendor: Mapping[int, dict[Channel | None, _Acc]],
    unlinked_by_vendor: Mapping[int | None, int],
    contacts: Sequence[Contact],
    now: datetime,
    unanswered_after: timedelta,
) -> Scorecard:
    """Rows from per-vendor, per-channel running figures: each vendor (in the given order, then
    any vendor not listed) with its all-channel total first, and the all-vendor rows.

    Shared by the full computation here and by the per-case figures in core.records.case_figures,
    so the two can only differ in how the figures were gathered, never in how they are reported.
    """
    names: dict[int, str] = {}
    order_v: list[int] = []
    for vendor in vendors:
        if vendor.id is not None and vendor.id not in names:
            names[vendor.id] = vendor.name
            order_v.append(vendor.id)
    order_v += [v for v in per_vendor if v not in names]

    rows: list[ScoreRow] = []
    across: dict[Channel, _Acc] = {}  # all vendors, per channel
    grand = _Acc()  # all vendors, all channels
    for vendor_id in order_v:
        accs = per_vendor.get(vendor_id) or {None: _Acc()}
        name = names.get(vendor_id, "")
        total = accs[None]
        channel_rows = []
        for ch in Channel:
            acc = accs.get(ch)
            if acc is None:
                continue
            channel_rows.append(_make_row(vendor_id, name, ch, acc, contacts))
            _add_contact_figures(total, acc)
            across.setdefault(ch, _Acc()).absorb(acc)
        unlinked = unlinked_by_vendor.get(vendor_id, 0)
        rows.append(_make_row(vendor_id, name, None, total, contacts, unlinked))
        rows += channel_rows
        _add_case_figures(grand, total)

    unlinked_total = sum(unlinked_by_vendor.values())
    all_rows = []
    for ch in Channel:
        if ch in across:
            all_rows.append(_make_row(None, ALL_VENDORS, ch, across[ch], contacts))
            _add_contact_figures(grand, across[ch])
    all_rows.insert(0, _make_row(None, ALL_VENDORS, None, grand, contacts, unlinked_total))
    return Scorecard(tuple(rows), tuple(all_rows), unlinked_total, now, unanswered_after)


# --- waiting clocks ----------------------------------------------------------------------------


@dataclass(frozen=True)
class WaitingClock:
    """A contact the vendor has not answered yet, on an open case: "no reply for 14 h on email"."""

    vendor_id: int
    case_id: int
    contact_id: int | None
    channel: Channel
    since: datetime
    waiting: timedelta

    @property
    def band(self) -> Band:
        return band_for(self.channel, self.waiting)

    @property
    def quiet(self) -> bool:
        """Past the channel's fair band: the vendor has gone quiet here."""
        return self.waiting > quiet_after(self.channel)

    @property
    def text(self) -> str:
        return durations.no_reply_for(self.waiting, self.channel)


_CLOSED = (CaseStatus.RESOLVED, CaseStatus.CLOSED)


def vendor_waiting(
    cases: Iterable[Case],
    contacts: Iterable[Contact],
    responses: Iterable[Response],
    now: datetime,
) -> dict[int, list[WaitingClock]]:
    """vendor id -> its running clocks, longest wait first.

    A clock runs per open case and channel, from the earliest unanswered contact on that channel
    made after the case's latest response. A case is open unless its status is resolved/closed or a
    RESOLVED response answers one of its contacts."""
    contacts = list(contacts)
    responses = with_live_answers(contacts, list(responses))
    links = _Links(contacts, responses)
    last_response: dict[int, float] = {}
    resolved_cases: set[int] = set()
    for k, r in enumerate(responses):
        t = links.r_time[k]
        if t > last_response.get(r.case_id, -math.inf):
            last_response[r.case_id] = t
        j = links.answers[k]
        if j >= 0 and r.outcome == Outcome.RESOLVED:
            resolved_cases.add(contacts[j].case_id)
    clocks: dict[int, list[WaitingClock]] = {}
    for case in cases:
        if case.id is None:
            continue
        span = links.bounds.get(case.id)
        if span is None or case.status in _CLOSED or case.id in resolved_cases:
            continue
        after = last_response.get(case.id, -math.inf)
        seen: set[Channel] = set()
        for p in range(*span):
            j = links.order[p]
            c = contacts[j]
            if links.first_response[j] >= 0 or c.channel in seen or links.s_time[p] <= after:
                continue
            seen.add(c.channel)
            clock = WaitingClock(
                case.vendor_id, case.id, c.id, c.channel, c.at, max(ZERO, now - c.at)
            )
            clocks.setdefault(case.vendor_id, []).append(clock)
    for lst in clocks.values():
        lst.sort(key=lambda k: k.waiting, reverse=True)
    return clocks
