"""Response-history metrics: which contact a response answers, reply times, bands, the scorecard.

Definitions (DESIGN.md "Response history"), made exact here:

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

Reference bands (`band_for`), from published service figures where they exist (social, email) and
chosen to match them for the rest; each limit is inclusive, anything above the last is POOR:

==========  =========  ======  ======  =======
channel     excellent  good    fair    slow
==========  =========  ======  ======  =======
social      1 h        —       24 h    72 h
email       1 h        24 h    3 days  15 days
phone       1 h        4 h     24 h    72 h      (call-backs; a call answered live is 0)
chat        5 min      1 h     24 h    72 h
letter      3 days     7 days  14 days 8 weeks   (8 weeks: the UK final-response deadline)
in_person   1 h        24 h    3 days  7 days
==========  =========  ======  ======  =======

A vendor has "gone quiet" on a channel once a contact waits longer than that channel's fair limit
(`quiet_after`).
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from operator import attrgetter
from typing import Any, TypeVar

from complaint_desk.core import durations
from complaint_desk.core.models import Case, CaseStatus, Channel, Contact, Outcome, Response, Vendor

UNANSWERED_AFTER = timedelta(hours=72)
ZERO = timedelta(0)
ALL_VENDORS = "All vendors"

_at = attrgetter("at")
T = TypeVar("T")


# --- bands -------------------------------------------------------------------------------------


class Band(StrEnum):
    EXCELLENT = "excellent"
    GOOD = "good"
    FAIR = "fair"
    SLOW = "slow"
    POOR = "poor"

    @property
    def label(self) -> str:
        return self.value.capitalize()

    @property
    def colour(self) -> str:
        """A colour name hint for the UI (it picks the exact shade)."""
        return BAND_COLOURS[self]


BAND_COLOURS = {
    Band.EXCELLENT: "green",
    Band.GOOD: "light-green",
    Band.FAIR: "amber",
    Band.SLOW: "orange",
    Band.POOR: "red",
}

_MIN = timedelta(minutes=1)
_H = timedelta(hours=1)
_D = timedelta(days=1)

# channel -> ascending (inclusive upper limit, band); above the last limit: POOR.
BAND_LIMITS: dict[Channel, tuple[tuple[timedelta, Band], ...]] = {
    Channel.SOCIAL: ((1 * _H, Band.EXCELLENT), (24 * _H, Band.FAIR), (72 * _H, Band.SLOW)),
    Channel.EMAIL: (
        (1 * _H, Band.EXCELLENT),
        (24 * _H, Band.GOOD),
        (3 * _D, Band.FAIR),
        (15 * _D, Band.SLOW),
    ),
    Channel.PHONE: (
        (1 * _H, Band.EXCELLENT),
        (4 * _H, Band.GOOD),
        (24 * _H, Band.FAIR),
        (72 * _H, Band.SLOW),
    ),
    Channel.CHAT: (
        (5 * _MIN, Band.EXCELLENT),
        (1 * _H, Band.GOOD),
        (24 * _H, Band.FAIR),
        (72 * _H, Band.SLOW),
    ),
    Channel.LETTER: (
        (3 * _D, Band.EXCELLENT),
        (7 * _D, Band.GOOD),
        (14 * _D, Band.FAIR),
        (56 * _D, Band.SLOW),
    ),
    Channel.IN_PERSON: (
        (1 * _H, Band.EXCELLENT),
        (24 * _H, Band.GOOD),
        (3 * _D, Band.FAIR),
        (7 * _D, Band.SLOW),
    ),
}


def band_for(channel: Channel | str, value: timedelta) -> Band:
    """The reference band of a (first-response or waiting) time on a channel."""
    for limit, band in BAND_LIMITS[Channel(channel)]:
        if value <= limit:
            return band
    return Band.POOR


def quiet_after(channel: Channel | str) -> timedelta:
    """How long a contact may wait before the vendor counts as quiet: the fair band's limit."""
    return next(limit for limit, band in BAND_LIMITS[Channel(channel)] if band is Band.FAIR)


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


def _latest_of_tie(group: list[Contact], i: int) -> Contact:
    """group[i-1] and the contacts before it at the same instant: the one with the highest id."""
    at = group[i - 1].at
    j = i - 1
    while j > 0 and group[j - 1].at == at:
        j -= 1
    return max(group[j:i], key=lambda c: -1 if c.id is None else c.id)


def _link(
    contacts: Sequence[Contact], responses: Sequence[Response]
) -> tuple[list[Contact | None], dict[int, list[Contact]]]:
    """The contact each response answers (parallel to `responses`), and contacts by case in time
    order. One sort of the contacts, then a binary search per response: O((C + R) log C)."""
    by_case: dict[int, list[Contact]] = {}
    for c in sorted(contacts, key=_at):
        group = by_case.get(c.case_id)
        if group is None:
            by_case[c.case_id] = [c]
        else:
            group.append(c)
    by_id: dict[int, Contact] | None = None
    linked: list[Contact | None] = []
    append = linked.append
    for r in responses:
        cid = r.contact_id
        if cid is not None:
            if by_id is None:
                by_id = {c.id: c for c in contacts if c.id is not None}
            explicit = by_id.get(cid)
            if explicit is not None:
                append(explicit)
                continue
        group = by_case.get(r.case_id)
        if group is None:
            append(None)
            continue
        i = bisect_right(group, r.at, key=_at)
        if i == 0:
            append(None)
        elif i > 1 and group[i - 2].at == group[i - 1].at:
            append(_latest_of_tie(group, i))
        else:
            append(group[i - 1])
    return linked, by_case


def link_responses(
    contacts: Iterable[Contact], responses: Iterable[Response]
) -> dict[int, int | None]:
    """response id -> id of the contact it answers (None: it answers nothing). Responses without an
    id are skipped."""
    contacts = list(contacts)
    responses = list(responses)
    linked, _ = _link(contacts, responses)
    return {
        r.id: (c.id if c is not None else None)
        for r, c in zip(responses, linked, strict=True)
        if r.id is not None
    }


def _earliest_answers(
    responses: Sequence[Response], linked: Sequence[Contact | None]
) -> dict[int, Response]:
    """id(contact) -> the earliest response answering it (ties: the first listed)."""
    first: dict[int, Response] = {}
    for r, c in zip(responses, linked, strict=True):
        if c is None:
            continue
        prev = first.get(id(c))
        if prev is None or r.at < prev.at:
            first[id(c)] = r
    return first


def _status(
    c: Contact, answer: Response | None, now: datetime, unanswered_after: timedelta
) -> ContactStatus:
    if answer is not None:
        return ContactStatus(
            c.id, ContactState.ANSWERED, max(ZERO, answer.at - c.at), None, answer.id
        )
    waiting = max(ZERO, now - c.at)
    state = ContactState.UNANSWERED if waiting >= unanswered_after else ContactState.PENDING
    return ContactStatus(c.id, state, None, waiting)


def contact_statuses(
    contacts: Iterable[Contact],
    responses: Iterable[Response],
    now: datetime,
    unanswered_after: timedelta = UNANSWERED_AFTER,
) -> list[tuple[Contact, ContactStatus]]:
    """Every contact with its status, in time order (works for contacts without ids too)."""
    contacts = list(contacts)
    responses = list(responses)
    linked, by_case = _link(contacts, responses)
    first = _earliest_answers(responses, linked)
    ordered = sorted(contacts, key=_at)
    return [(c, _status(c, first.get(id(c)), now, unanswered_after)) for c in ordered]


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

    __slots__ = ("unanswered", "pending", "times", "cases", "resolved", "res_times", "last")

    def __init__(self) -> None:
        self.unanswered = 0
        self.pending = 0
        self.times: list[float] = []
        self.cases = 0
        self.resolved = 0
        self.res_times: list[float] = []
        self.last: datetime | None = None

    def absorb(self, other: _Acc) -> None:
        _add_contact_figures(self, other)
        _add_case_figures(self, other)


def _add_contact_figures(into: _Acc, other: _Acc) -> None:
    into.unanswered += other.unanswered
    into.pending += other.pending
    into.times += other.times
    if other.last is not None and (into.last is None or other.last > into.last):
        into.last = other.last


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
        last_contact_at=acc.last,
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

    One sort of the contacts, a binary search per response, one pass over contacts by case."""
    contacts = contacts if isinstance(contacts, list) else list(contacts)
    responses = responses if isinstance(responses, list) else list(responses)
    case_vendor = {c.id: c.vendor_id for c in cases}
    linked, by_case = _link(contacts, responses)

    first: dict[int, datetime] = {}  # id(contact) -> earliest answering response
    resolved_by: dict[int, tuple[datetime, Contact]] = {}  # case id -> (at, contact answered)
    unlinked_by_vendor: dict[int | None, int] = {}
    resolved_outcome = Outcome.RESOLVED
    for r, c in zip(responses, linked, strict=True):
        if c is None:
            v = case_vendor.get(r.case_id)
            unlinked_by_vendor[v] = unlinked_by_vendor.get(v, 0) + 1
            continue
        at = r.at
        key = id(c)
        prev = first.get(key)
        if prev is None or at < prev:
            first[key] = at
        if r.outcome == resolved_outcome:
            prev_res = resolved_by.get(c.case_id)
            if prev_res is None or at < prev_res[0]:
                resolved_by[c.case_id] = (at, c)

    cutoff = now - unanswered_after  # contacts at or before it, unanswered, are overdue
    per_vendor: dict[int, dict[Channel | None, _Acc]] = {}
    for case_id, group in by_case.items():
        vendor_id = case_vendor.get(case_id)
        if vendor_id is None:
            continue
        accs = per_vendor.get(vendor_id)
        if accs is None:
            accs = per_vendor[vendor_id] = {None: _Acc()}
        first_on: dict[Channel, Contact] = {}
        for c in group:
            ch = c.channel
            acc = accs.get(ch)
            if acc is None:
                acc = accs[ch] = _Acc()
            answered_at = first.get(id(c))
            if answered_at is not None:
                seconds = (answered_at - c.at).total_seconds()
                acc.times.append(seconds if seconds > 0.0 else 0.0)
            elif c.at <= cutoff:
                acc.unanswered += 1
            else:
                acc.pending += 1
            if ch not in first_on:
                first_on[ch] = c
            acc.last = c.at  # the group is in time order
        for ch in first_on:
            accs[ch].cases += 1
        total = accs[None]
        total.cases += 1
        res = resolved_by.get(case_id)
        if res is not None:
            at, answered = res
            ch = answered.channel
            acc = accs[ch]
            acc.resolved += 1
            acc.res_times.append(max(0.0, (at - first_on[ch].at).total_seconds()))
            total.resolved += 1
            total.res_times.append(max(0.0, (at - group[0].at).total_seconds()))

    names = {}
    order: list[int] = []
    for v in vendors:
        if v.id is not None and v.id not in names:
            names[v.id] = v.name
            order.append(v.id)
    order += [v for v in per_vendor if v not in names]

    rows: list[ScoreRow] = []
    across: dict[Channel, _Acc] = {}  # all vendors, per channel
    grand = _Acc()  # all vendors, all channels
    for vendor_id in order:
        accs = per_vendor.get(vendor_id) or {None: _Acc()}
        name = names.get(vendor_id, "")
        total = accs[None]
        channel_rows = []
        for ch in Channel:
            acc = accs.get(ch)
            if acc is None:
                continue
            channel_rows.append(_make_row(vendor_id, name, ch, acc))
            _add_contact_figures(total, acc)
            across.setdefault(ch, _Acc()).absorb(acc)
        rows.append(_make_row(vendor_id, name, None, total, unlinked_by_vendor.get(vendor_id, 0)))
        rows += channel_rows
        _add_case_figures(grand, total)

    unlinked_total = sum(unlinked_by_vendor.values())
    all_rows = []
    for ch in Channel:
        if ch in across:
            all_rows.append(_make_row(None, ALL_VENDORS, ch, across[ch]))
            _add_contact_figures(grand, across[ch])
    all_rows.insert(0, _make_row(None, ALL_VENDORS, None, grand, unlinked_total))
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
    responses = list(responses)
    linked, by_case = _link(contacts, responses)
    answered: set[int] = set()
    last_response: dict[int, datetime] = {}
    resolved_cases: set[int] = set()
    for r, c in zip(responses, linked, strict=True):
        prev = last_response.get(r.case_id)
        if prev is None or r.at > prev:
            last_response[r.case_id] = r.at
        if c is not None:
            answered.add(id(c))
            if r.outcome == Outcome.RESOLVED:
                resolved_cases.add(c.case_id)
    clocks: dict[int, list[WaitingClock]] = {}
    for case in cases:
        if case.status in _CLOSED or case.id in resolved_cases or case.id not in by_case:
            continue
        after = last_response.get(case.id)
        seen: set[Channel] = set()
        for c in by_case[case.id]:
            if id(c) in answered or c.channel in seen or (after is not None and c.at <= after):
                continue
            seen.add(c.channel)
            clock = WaitingClock(
                case.vendor_id, case.id, c.id, c.channel, c.at, max(ZERO, now - c.at)
            )
            clocks.setdefault(case.vendor_id, []).append(clock)
    for lst in clocks.values():
        lst.sort(key=lambda k: k.waiting, reverse=True)
    return clocks
