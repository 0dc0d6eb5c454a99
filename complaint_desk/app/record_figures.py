"""Scorecard and vendor-list figures kept between refreshes, patched case by case, with no record
objects kept.

Each case's clock-free figures (core.records.case_figures) are computed from the store in SQL order
(by case, then time), a few hundred cases at a time, and folded into running totals per vendor and
channel: sorted arrays of first-response times, of unanswered contacts' times, of resolution
times, and counts. Nothing per record is kept (per case: the vendor it was counted under, and
the contacts its waiting clocks start from). When RecordsService tells this cache about a contact
or response it wrote, only the cases that write touches (with the cases explicit links join them
to, found in SQL) are read again: their figures before the write (the same rows, less the one
written) are taken out of the totals and the new ones put in. "Now" is never cached:
pending/unanswered, medians and waiting clocks are read off the totals when asked (a binary search
or an index, not a pass over cases).

Any change this cache was not told about (another connection, an import, another service) shows
in the store's table stamps and throws the totals away: the next read rebuilds them. The results
equal `history.scorecard` / `history.vendor_waiting` over all records (tests/app/test_records_*).
"""

from __future__ import annotations

import heapq
import time
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from complaint_desk.app.kept import Kept
from complaint_desk.core.models import Case, CaseStatus, Channel, Contact, Response, Vendor
from complaint_desk.store.list_cache import paused_gc
from complaint_desk.store.store import Store

if TYPE_CHECKING:  # the figures' code loads when they are first built, not at start-up
    from complaint_desk.core.records.case_figures import CaseFigures
    from complaint_desk.core.records.history import Scorecard, ScoreRow, WaitingClock

Stamp = tuple[tuple[int, int, int], ...]
_Key = tuple[int | None, Channel | None]  # (vendor or None: all, channel or None: all)

_TABLES = ("contacts", "responses")
_CHANNELS = tuple(Channel)
_CHANNEL_INDEX = {ch: float(i) for i, ch in enumerate(_CHANNELS)}
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_US = timedelta(microseconds=1)
_CLOSED = (CaseStatus.RESOLVED, CaseStatus.CLOSED)
_OPEN = (CaseStatus.OPEN, CaseStatus.WAITING)
CHUNK_CASES = 100  # cases read and computed together while rebuilding: ~10-30 ms on a worker,
# the longest a view being built waits for the warm-up to step aside (app.gui_turn)


def _micros(at: datetime) -> int:
    return (at - _EPOCH) // _US


def _from_micros(value: float) -> datetime:
    return _EPOCH + timedelta(0, 0, int(value))


class _Totals:
    """Running figures for one (vendor or all vendors, channel or all channels). `open` and
    `lasts` are kept per vendor and channel only; the other levels add those up when read."""

    __slots__ = ("times", "open", "res", "lasts", "cases", "resolved")

    def __init__(self) -> None:
        self.times = array("d")  # first-response times of answered contacts (seconds), sorted
        self.open = array("d")  # times of contacts without an answer (POSIX seconds), sorted
        self.res = array("d")  # times to resolution (seconds), sorted
        self.lasts = array("d")  # each case's latest contact here (UTC microseconds), sorted
        self.cases = 0
        self.resolved = 0

    def sort(self) -> None:
        for name in ("times", "open", "res", "lasts"):
            values = getattr(self, name)
            if len(values) > 1:
                setattr(self, name, _sorted(values))


SORT_RUN = 20_000  # values sorted in one C call (~2 ms); longer runs are merged in bytecode


def _sorted(values: array) -> array:
    """`values` sorted. A single sort of 700,000 floats holds the interpreter for ~100 ms, so the
    GUI thread would stall while a worker builds the totals: sort runs, then merge them with
    heapq.merge (Python code, which lets other threads in every few milliseconds)."""
    if len(values) <= SORT_RUN:
        return array("d", sorted(values))
    # Runs kept as arrays (8 bytes a value), not lists of float objects (32): a list of 700,000
    # floats alive at once would add ~20 MB to the process's peak.
    runs = [array("d", sorted(values[i : i + SORT_RUN])) for i in range(0, len(values), SORT_RUN)]
    return array("d", heapq.merge(*runs))


def _insort(values: array, x: float) -> None:
    values.insert(bisect_right(values, x), x)


def _remove(values: array, x: float) -> None:
    i = bisect_left(values, x)
    if i < len(values) and values[i] == x:
        del values[i]
    else:  # never: what was added is what is taken out
        raise ValueError(f"figure {x!r} not among the totals")


_NONE = -1  # an _IntMap value meaning "the vendor is None"
_ABSENT = -2


class _IntMap:
    """case id -> a small int, in an array indexed by the id: a dict of 50,000 cases costs ~4 MB,
    this ~0.4 MB. Values are >= -1 (`_NONE`); absent keys read as None."""

    __slots__ = ("_values", "_count")

    def __init__(self) -> None:
        self._values = array("q")
        self._count = 0

    def get(self, key: int, default: int | None = None) -> int | None:
        if 0 <= key < len(self._values):
            value = self._values[key]
            if value != _ABSENT:
                return value
        return default

    def __contains__(self, key: int) -> bool:
        return self.get(key) is not None

    def __getitem__(self, key: int) -> int:
        value = self.get(key)
        if value is None:
            raise KeyError(key)
        return value

    def __setitem__(self, key: int, value: int) -> None:
        values = self._values
        if key >= len(values):
            values.extend([_ABSENT] * (key + 1 - len(values) + len(values) // 8))
        if values[key] == _ABSENT:
            self._count += 1
        values[key] = value

    def pop(self, key: int, default: int | None = None) -> int | None:
        value = self.get(key)
        if value is None:
            return default
        self._values[key] = _ABSENT
        self._count -= 1
        return value

    def items(self) -> list[tuple[int, int]]:
        return [(k, v) for k, v in enumerate(self._values) if v != _ABSENT]

    def __len__(self) -> int:
        return self._count


class RecordFigures:
    def __init__(self, store: Store) -> None:
        self._store = store
        self._stamp: Stamp | None = None
        self._filed = _IntMap()  # case id -> the vendor it was counted under (or _NONE)
        self._waiting: dict[int, tuple[Contact, ...]] = {}  # case id -> its clock starts
        self._totals: dict[tuple[int | None, Channel | None], _Totals] = {}
        self._unlinked: dict[int | None, int] = {}
        self._bulk = False
        self._filed_stamp: tuple[int, int, int] | None = None  # cases stamp `_filed` matches
        self._cases: Kept[list[Case]] = Kept()  # all cases, kept while the table is unchanged
        self._index: _IntMap | None = None  # case id -> its place in `_cases`
        self._open_cases: dict[int, int] = {}  # vendor id -> its open or waiting cases
        self._epoch = 0  # bumped whenever everything was rebuilt or thrown away
        self._vendor_version: dict[int | None, int] = {}  # bumped when a vendor's figures change
        self._rows: dict[_Key, tuple[tuple, ScoreRow]] = {}  # the last scorecard's rows

    def between_chunks(self) -> None:
        """Called between chunks of a rebuild: yields the interpreter (the warm-up replaces it
        with `GuiTurn.step_aside`, which also waits while the window builds a view)."""
        time.sleep(0)

    def stamp(self) -> Stamp:
        return tuple(self._store.generation(t) for t in _TABLES)

    # -- reading ---------------------------------------------------------------------------------
    def ensure(self) -> None:
        """Bring the totals up to date with the store (rebuilding them if they were dropped or
        something changed that this cache was not told about), and count every case under its
        current vendor."""
        if self._stamp is None or self._stamp != self.stamp():
            self._rebuild()
        self._refile()

    def _open_figures(
        self, cutoff: float
    ) -> dict[tuple[int | None, Channel | None], tuple[int, int, float]]:
        """key -> (unanswered, pending, latest contact in microseconds or -1), at every level."""
        out: dict[tuple[int | None, Channel | None], tuple[int, int, float]] = {}
        for (vendor_id, ch), t in self._totals.items():
            if vendor_id is None or ch is None:
                continue
            overdue = bisect_right(t.open, cutoff)
            mine = (overdue, len(t.open) - overdue, t.lasts[-1] if t.lasts else -1.0)
            for key in ((vendor_id, ch), (vendor_id, None), (None, ch), (None, None)):
                held = out.get(key)
                if held is None:
                    out[key] = mine
                else:
                    out[key] = (held[0] + mine[0], held[1] + mine[1], max(held[2], mine[2]))
        return out

    def scorecard(
        self, vendors: Iterable[Vendor], now: datetime, unanswered_after: timedelta
    ) -> Scorecard:
        """`history.scorecard` over every record, read off the totals."""
        from complaint_desk.core.records.case_figures import score_row
        from complaint_desk.core.records.history import ALL_VENDORS, Scorecard

        self.ensure()
        opens = self._open_figures((now - unanswered_after).timestamp())
        names: dict[int, str] = {}
        order: list[int] = []
        for vendor in vendors:
            if vendor.id is not None and vendor.id not in names:
                names[vendor.id] = vendor.name
                order.append(vendor.id)
        known = set(names)
        order += sorted(
            {v for v, ch in self._totals if v is not None and ch is None and v not in known}
        )
        empty = _Totals()
        nothing = (0, 0, -1.0)
        kept = self._rows
        fresh: dict[_Key, tuple[tuple, ScoreRow]] = {}

        def row(vendor_id: int | None, name: str, ch: Channel | None, unlinked: int = 0):
            key = (vendor_id, ch)
            t = self._totals.get(key, empty)
            opened = opens.get(key, nothing)
            # A vendor's row changes only with its figures (its version) or with "now" through
            # the unanswered/pending split: kept while those are the same (the all-vendor rows
            # follow every vendor, so they are built each time).
            version = self._vendor_version.get(vendor_id, 0) if vendor_id is not None else None
            state = (self._epoch, version, name, opened, unlinked)
            held = kept.get(key)
            if held is not None and version is not None and held[0] == state:
                fresh[key] = held
                return held[1]
            unanswered, pending, last = opened
            last_at = _from_micros(last) if last >= 0 else None
            made = score_row(
                vendor_id, name, ch, t.times, unanswered, pending, t.cases, t.resolved, t.res,
                last_at, unlinked,
            )  # fmt: skip
            fresh[key] = (state, made)
            return made

        rows = []
        for vendor_id in order:
            name = names.get(vendor_id, "")
            rows.append(row(vendor_id, name, None, self._unlinked.get(vendor_id, 0)))
            for ch in _CHANNELS:
                if (vendor_id, ch) in self._totals:
                    rows.append(row(vendor_id, name, ch))
        unlinked_total = sum(self._unlinked.values())
        all_rows = [row(None, ALL_VENDORS, None, unlinked_total)]
        for ch in _CHANNELS:
            if (None, ch) in self._totals:
                all_rows.append(row(None, ALL_VENDORS, ch))
        self._rows = fresh
        return Scorecard(tuple(rows), tuple(all_rows), unlinked_total, now, unanswered_after)

    def contact_totals(self) -> tuple[dict[int, int], dict[int, datetime]]:
        """vendor id -> number of contacts, and -> its latest contact's time."""
        self.ensure()
        counts: dict[int, int] = {}
        last: dict[int, float] = {}
        for (vendor_id, ch), t in self._totals.items():
            if vendor_id is None or ch is None:
                continue
            counts[vendor_id] = counts.get(vendor_id, 0) + len(t.times) + len(t.open)
            if t.lasts and t.lasts[-1] > last.get(vendor_id, -1.0):
                last[vendor_id] = t.lasts[-1]
        return counts, {v: _from_micros(us) for v, us in last.items()}

    def vendor_contacts(self, vendor_id: int) -> int:
        """How many contacts the vendor's cases hold (a pass over the per-channel totals)."""
        self.ensure()
        return sum(
            len(t.times) + len(t.open)
            for (v, ch), t in self._totals.items()
            if v == vendor_id and ch is not None
        )

    def waiting(self, now: datetime) -> dict[int, list[WaitingClock]]:
        """`history.vendor_waiting` over every record and case: vendor id -> its running clocks
        (a pass over the cases with a clock, in the cases list's order, not over every case)."""
        from complaint_desk.core.records.history import ZERO, WaitingClock

        self.ensure()
        cases = self.cases()
        index = self._vendors().index
        clocks: dict[int, list[WaitingClock]] = {}
        places = sorted(index[case_id] for case_id in self._waiting if case_id in index)
        for place in places:
            case = cases[place]
            case_id = case.id
            if case_id is None or case.status in _CLOSED:
                continue
            mine = clocks.setdefault(case.vendor_id, [])
            for c in self._waiting[case_id]:
                wait = max(ZERO, now - c.at)
                mine.append(WaitingClock(case.vendor_id, case_id, c.id, c.channel, c.at, wait))
        for lst in clocks.values():
            lst.sort(key=lambda k: k.waiting, reverse=True)
        return clocks

    def case(self, case_id: int) -> CaseFigures | None:
        """One case's clock-free figures, computed from the store (with the cases explicit links
        join it to); None for a case without records."""
        return self._group_figures(self._closure([case_id]))[2].get(case_id)

    def vendor_stamp(self, vendor_id: int) -> tuple[int, int]:
        """Changes when the records on the vendor's cases may have changed (after `ensure`)."""
        self.ensure()
        return (self._epoch, self._vendor_version.get(vendor_id, 0))

    def cases(self) -> list[Case]:
        """All cases, re-read only when the cases table changed."""
        stamp = self._store.generation("cases")
        cases = self._cases.held(stamp)
        if cases is None:
            cases = self._store.cases.list()
            self._cases.put(stamp, cases)
            self._index = None
        return cases

    def clear(self) -> None:
        self._stamp = None
        self._cases.clear()
        self._index = None
        self._epoch += 1

    def current(self) -> bool:
        """Whether the figures would answer without reading every record."""
        return self._stamp is not None and self._stamp == self.stamp()

    def adopt(
        self,
        built: RecordFigures,
        stamp: Stamp,
        cases_stamp: tuple[int, int, int],
    ) -> bool:
        """Take over what `built` computed (on another connection, e.g. a worker thread) from the
        records as they stood when this store's stamps were `stamp` and `cases_stamp`: only if
        nothing changed since (otherwise they may be stale). True when the figures were taken."""
        if built._stamp is None or self.current():
            return False
        cases_same = self._store.generation("cases") == cases_stamp
        if cases_same and built._cases.value is not None:
            self._cases.put(cases_stamp, built._cases.value)
            self._index, self._open_cases = built._index, built._open_cases
        if self.stamp() != stamp:
            return False
        self._filed, self._waiting = built._filed, built._waiting
        self._totals, self._unlinked = built._totals, built._unlinked
        self._filed_stamp = cases_stamp if cases_same else None
        self._vendor_version = {}
        self._epoch += 1
        self._stamp = stamp
        return True

    # -- told about our own writes --------------------------------------------------------------
    def contact_added(self, contact: Contact, before: Stamp | None) -> None:
        def before_write(contacts: list[Contact], responses: list[Response]):
            return [c for c in contacts if c.id != contact.id], responses

        self._patch(before, 0, [contact.case_id], before_write)

    def response_added(self, response: Response, before: Stamp | None) -> None:
        def before_write(contacts: list[Contact], responses: list[Response]):
            return contacts, [r for r in responses if r.id != response.id]

        self._patch(before, 1, [response.case_id], before_write)

    def contact_changed(self, old: Contact, new: Contact, before: Stamp | None) -> None:
        """A contact corrected (its time, channel, even its case)."""

        def before_write(contacts: list[Contact], responses: list[Response]):
            rows = [c for c in contacts if c.id != old.id]
            rows.append(old)  # its case is among those read
            rows.sort(key=_by_time)
            return rows, responses

        self._patch(before, 0, [old.case_id, new.case_id], before_write)

    def response_changed(self, old: Response, new: Response, before: Stamp | None) -> None:
        touched = [old.case_id, new.case_id]
        for link in (old.contact_id, new.contact_id):
            if link is not None:
                home = self._store.contacts.case_of(link)
                if home is not None:
                    touched.append(home)

        def before_write(contacts: list[Contact], responses: list[Response]):
            # The old row in the new one's place: the store's order is by time, then id.
            rows = [r for r in responses if r.id != old.id]
            rows.append(old)  # its case is among those read (`touched`)
            rows.sort(key=_by_time)
            return contacts, rows

        self._patch(before, 1, touched, before_write)

    # -- internals ------------------------------------------------------------------------------
    def _patch(
        self,
        before: Stamp | None,
        table: int,
        cases: list[int],
        before_write: Callable[
            [list[Contact], list[Response]], tuple[list[Contact], list[Response]]
        ],
    ) -> None:
        """Recompute `cases` (with the cases links join them to) if our one write to
        `_TABLES[table]` is the only change since `before` and the totals were current then;
        otherwise forget everything. `before_write` turns the rows read now into the rows as
        they were before the write."""
        if self._stamp is None or self._stamp != before:
            self.clear()
            return
        after = self.stamp()
        everything, count, external = before[table]
        expected = list(before)
        expected[table] = (everything, count + 1, external)
        if after != tuple(expected):
            self.clear()
            return
        self._refile()  # counted under today's vendors before anything is taken out
        group = self._closure(cases)
        contacts, responses, fresh = self._group_figures(group)
        old_contacts, old_responses = before_write(contacts, responses)
        stale = _case_figures()(old_contacts, old_responses)
        vendor_of = self._vendors()
        for case_id in group:
            old = stale.get(case_id)
            if old is not None:
                self._file(case_id, old, _vendor(self._filed.get(case_id)), -1)
            new = fresh.get(case_id)
            if new is not None:
                self._file(case_id, new, vendor_of.get(case_id), +1)
        self._stamp = after

    def _closure(self, cases: Iterable[int]) -> set[int]:
        """These cases and every case explicit links join them to, transitively (in SQL)."""
        group = set(cases)
        frontier = set(group)
        while frontier:
            found = self._store.responses.linked_cases(frontier) - group
            group |= found
            frontier = found
        return group

    def _group_figures(
        self, group: set[int]
    ) -> tuple[list[Contact], list[Response], dict[int, CaseFigures]]:
        contacts = self._store.contacts.figure_rows_of(group)
        responses = self._store.responses.figure_rows_of(group)
        return contacts, responses, _case_figures()(contacts, responses)

    def _vendors(self) -> _VendorOf:
        """case id -> its vendor now (None: no such case), from the cases list."""
        cases = self.cases()
        index = self._index
        if index is None:
            index = self._index = _IntMap()
            for i, c in enumerate(cases):
                if c.id is not None:
                    index[c.id] = i
            counts: dict[int, int] = {}
            for c in cases:
                if c.status in _OPEN:
                    counts[c.vendor_id] = counts.get(c.vendor_id, 0) + 1
            self._open_cases = counts
        return _VendorOf(cases, index)

    def open_cases(self) -> dict[int, int]:
        """vendor id -> number of its open or waiting cases (kept while the cases are)."""
        self._vendors()
        return self._open_cases

    def _refile(self) -> None:
        """Cases moved to another vendor (the cases table changed): move their figures."""
        stamp = self._store.generation("cases")
        if stamp == self._filed_stamp:
            return
        vendor_of = self._vendors()
        moved = {
            case_id: filed
            for case_id, filed in ((k, _vendor(v)) for k, v in self._filed.items())
            if vendor_of.get(case_id) != filed
        }
        if moved:
            figures = self._group_figures(self._closure(moved))[2]
            for case_id, filed in moved.items():
                f = figures[case_id]  # unchanged: only the cases table changed
                self._file(case_id, f, filed, -1)
                self._file(case_id, f, vendor_of.get(case_id), +1)
        self._filed_stamp = stamp

    def _file(self, case_id: int, f: CaseFigures, vendor_id: int | None, sign: int) -> None:
        """Add (`sign` +1) or take out (-1) one case's figures, counted under `vendor_id`."""
        if sign > 0:
            self._filed[case_id] = _NONE if vendor_id is None else vendor_id
            if f.resolved is None and f.waiting:
                self._waiting[case_id] = tuple(f.waiting)
        else:
            self._filed.pop(case_id, None)
            self._waiting.pop(case_id, None)
        if not self._bulk:
            self._vendor_version[vendor_id] = self._vendor_version.get(vendor_id, 0) + 1
        if f.unlinked:
            left = self._unlinked.get(vendor_id, 0) + sign * f.unlinked
            if left:
                self._unlinked[vendor_id] = left
            else:
                self._unlinked.pop(vendor_id, None)
        if vendor_id is None or not f.contacts:
            return
        totals = self._totals
        bulk = self._bulk
        key: _Key
        for key in ((vendor_id, None), (None, None)):
            t = totals.get(key)
            if t is None:
                t = totals[key] = _Totals()
            t.cases += sign
        for ch, cf in f.channels.items():
            assert cf.last_at is not None
            last = float(_micros(cf.last_at))
            for level, key in enumerate(
                ((vendor_id, ch), (None, ch), (vendor_id, None), (None, None))
            ):
                t = totals.get(key)
                if t is None:
                    t = totals[key] = _Totals()
                if level < 2:
                    t.cases += sign
                if bulk:
                    t.times.extend(cf.times)
                    if not level:
                        t.open.extend(cf.open_times)
                        t.lasts.append(last)
                else:
                    change = _insort if sign > 0 else _remove
                    for x in cf.times:
                        change(t.times, x)
                    if not level:
                        for x in cf.open_times:
                            change(t.open, x)
                        change(t.lasts, last)
        if f.resolved is not None:
            ch, on_channel, overall = f.resolved
            for key, value in (
                ((vendor_id, ch), on_channel),
                ((None, ch), on_channel),
                ((vendor_id, None), overall),
                ((None, None), overall),
            ):
                t = totals[key]
                t.resolved += sign
                if bulk:
                    t.res.append(value)
                elif sign > 0:
                    _insort(t.res, value)
                else:
                    _remove(t.res, value)
        if sign < 0:
            for key in [k for k in totals if k[0] in (vendor_id, None) and not totals[k].cases]:
                del totals[key]

    def _rebuild(self) -> None:
        case_figures = _case_figures()
        self.between_chunks()  # after the imports: on a worker, the GUI may be building a view
        store = self._store
        self._epoch += 1
        self._stamp = None
        self._filed, self._waiting = _IntMap(), {}
        self._totals, self._unlinked = {}, {}
        self._vendor_version = {}
        stamp = self.stamp()
        cases_stamp = store.generation("cases")
        # Not the cases list: on a worker that would be a second copy of every case while the
        # GUI thread holds its own.
        vendor_of: dict[int, int] = {}
        for rows in store.cases.vendor_id_chunks():
            vendor_of.update(rows)
            self.between_chunks()
        # Cases joined by explicit links are computed together, after the others.
        parent: dict[int, int] = {}

        def root(x: int) -> int:
            while parent.get(x, x) != x:
                x = parent[x]
            return x

        for a, b in store.responses.cross_case_links():
            ra, rb = root(a), root(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
        groups: dict[int, set[int]] = {}
        for x in list(parent):
            groups.setdefault(root(x), set()).add(x)
        for r, members in groups.items():
            members.add(r)
        joined = set().union(*groups.values()) if groups else set()
        ranges = [r for r in (store.contacts.case_range(), store.responses.case_range()) if r]
        self._bulk = True
        try:
            with paused_gc():
                if ranges:
                    lo = min(r[0] for r in ranges)
                    hi = max(r[1] for r in ranges)
                    for first in range(lo, hi + 1, CHUNK_CASES):
                        last = first + CHUNK_CASES - 1
                        contacts = store.contacts.figure_rows(first, last)
                        responses = store.responses.figure_rows(first, last)
                        if joined:
                            contacts = [c for c in contacts if c.case_id not in joined]
                            responses = [r for r in responses if r.case_id not in joined]
                        for case_id, f in case_figures(contacts, responses).items():
                            self._file(case_id, f, vendor_of.get(case_id), +1)
                        self.between_chunks()  # on a worker: let the GUI thread in
                for members in groups.values():
                    for case_id, f in self._group_figures(members)[2].items():
                        self._file(case_id, f, vendor_of.get(case_id), +1)
                for t in self._totals.values():
                    t.sort()
        finally:
            self._bulk = False
        self._filed_stamp = cases_stamp
        if stamp == self.stamp():  # (changes while reading cannot happen on one thread)
            self._stamp = stamp


class _VendorOf:
    """case id -> its vendor, read through the cases list's index (no second dict per case)."""

    __slots__ = ("cases", "index")

    def __init__(self, cases: list[Case], index: _IntMap) -> None:
        self.cases = cases
        self.index = index

    def get(self, case_id: int) -> int | None:
        place = self.index.get(case_id)
        return None if place is None else self.cases[place].vendor_id


def _vendor(filed: int | None) -> int | None:
    return None if filed is None or filed == _NONE else filed


def _by_time(record: Contact | Response) -> tuple[datetime, int]:
    return (record.at, record.id or 0)  # the store's order


def _case_figures() -> Callable[[list[Contact], list[Response]], dict[int, CaseFigures]]:
    from complaint_desk.core.records.case_figures import case_figures

    return case_figures
