"""Per-case scorecard figures kept between refreshes and patched case by case.

RecordsService tells this cache about every contact and response it writes; only the cases those
touch (with the cases explicit links join them to) are computed again. Any change the cache was not
told about (another connection, an import, another service) shows in the store's table stamps and
throws the cache away: the next read rebuilds it from all records. "Now" is never cached: it is
applied when the figures are totalled (core.case_figures).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from complaint_desk.core.models import Case, Contact, Response
from complaint_desk.store.list_cache import paused_gc
from complaint_desk.store.store import Store

if TYPE_CHECKING:  # the figures' code loads when they are first built, not at start-up
    from complaint_desk.core.case_figures import CaseFigures

Stamp = tuple[tuple[int, int, int], ...]

_TABLES = ("contacts", "responses")


def _by_time(record: Contact | Response) -> tuple[Any, int]:
    return (record.at, record.id or 0)  # the store's list order


class RecordFigures:
    def __init__(self, store: Store) -> None:
        self._store = store
        self._stamp: Stamp | None = None
        self._figures: dict[int, CaseFigures] = {}
        self._contacts: dict[int, list[Contact]] = {}  # case id -> its contacts, store order
        self._responses: dict[int, list[Response]] = {}  # case id -> its responses, store order
        self._contact_case: dict[int, int] = {}  # contact id -> case id
        self._links_to: dict[int, set[int]] = {}  # contact id -> cases of responses naming it
        self._group: dict[int, set[int]] = {}  # case id -> the cases explicit links join it to
        self._dirty: set[int] = set()
        self._cases: list[Case] | None = None
        self._cases_stamp: tuple[int, int, int] | None = None

    def stamp(self) -> Stamp:
        return tuple(self._store.generation(t) for t in _TABLES)

    # -- reading ---------------------------------------------------------------------------------
    def figures(self) -> dict[int, CaseFigures]:
        """case id -> figures, current with the store (do not modify)."""
        if self._stamp is None or self._stamp != self.stamp():
            self._rebuild()
        elif self._dirty:
            self._recompute(self._dirty)
        return self._figures

    def records_of(self, case_ids: Iterable[int]) -> tuple[list[Contact], list[Response]]:
        """The contacts and responses of these cases, in the store's order (time, then id)."""
        self.figures()
        contacts: list[Contact] = []
        responses: list[Response] = []
        for case_id in case_ids:
            contacts += self._contacts.get(case_id, ())
            responses += self._responses.get(case_id, ())
        contacts.sort(key=_by_time)
        responses.sort(key=_by_time)
        return contacts, responses

    def cases(self) -> list[Case]:
        """All cases, re-read only when the cases table changed."""
        stamp = self._store.generation("cases")
        if self._cases is None or stamp != self._cases_stamp:
            self._cases = self._store.cases.list()
            self._cases_stamp = stamp
        return self._cases

    def clear(self) -> None:
        self._stamp = None
        self._cases = None

    def current(self) -> bool:
        """Whether figures() would answer without reading every record."""
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
        if self._store.generation("cases") == cases_stamp and built._cases is not None:
            self._cases, self._cases_stamp = built._cases, cases_stamp
        if self.stamp() != stamp:
            return False
        self._figures, self._contacts, self._responses = (
            built._figures,
            built._contacts,
            built._responses,
        )
        self._contact_case, self._links_to, self._group = (
            built._contact_case,
            built._links_to,
            built._group,
        )
        self._dirty = set(built._dirty)
        self._stamp = stamp
        return True

    # -- told about our own writes --------------------------------------------------------------
    def contact_added(self, contact: Contact, before: Stamp | None) -> None:
        def patch() -> None:
            case_id = contact.case_id
            bisect.insort_right(self._contacts.setdefault(case_id, []), contact, key=_by_time)
            if contact.id is not None:
                self._contact_case[contact.id] = case_id
                for other in self._links_to.get(contact.id, ()):
                    self._join(case_id, other)  # a response already named this id
            self._dirty.add(case_id)

        self._patch(before, 0, patch)

    def response_added(self, response: Response, before: Stamp | None) -> None:
        def patch() -> None:
            case_id = response.case_id
            bisect.insort_right(self._responses.setdefault(case_id, []), response, key=_by_time)
            self._note_link(response)
            self._dirty.add(case_id)

        self._patch(before, 1, patch)

    def response_changed(self, old: Response, new: Response, before: Stamp | None) -> None:
        def patch() -> None:
            for case_id in (old.case_id, new.case_id):
                rows = self._responses.get(case_id, [])
                self._responses[case_id] = [r for r in rows if r.id != old.id]
                self._dirty.add(case_id)
            bisect.insort_right(self._responses.setdefault(new.case_id, []), new, key=_by_time)
            self._note_link(new)

        self._patch(before, 1, patch)

    # -- internals ------------------------------------------------------------------------------
    def _patch(self, before: Stamp | None, table: int, patch: Callable[[], None]) -> None:
        """Apply `patch` if our one write to `_TABLES[table]` is the only change since `before`
        and the cache was current then; otherwise forget everything."""
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
        patch()
        self._stamp = after

    def _note_link(self, response: Response) -> None:
        target = response.contact_id
        if target is None:
            return
        self._links_to.setdefault(target, set()).add(response.case_id)
        home = self._contact_case.get(target)
        if home is not None:
            self._join(response.case_id, home)

    def _join(self, a: int, b: int) -> None:
        if a == b:
            return
        ga = self._group.get(a) or {a}
        gb = self._group.get(b) or {b}
        if ga is gb:
            return
        if len(ga) < len(gb):
            ga, gb = gb, ga
        ga |= gb
        for case_id in ga:
            self._group[case_id] = ga
        self._dirty |= ga

    def _recompute(self, dirty: set[int]) -> None:
        done: set[int] = set()
        for case_id in list(dirty):
            if case_id in done:
                continue
            group = self._group.get(case_id) or {case_id}
            done |= group
            contacts: list[Contact] = []
            responses: list[Response] = []
            for member in group:
                contacts += self._contacts.get(member, ())
                responses += self._responses.get(member, ())
            if len(group) > 1:
                contacts.sort(key=_by_time)
                responses.sort(key=_by_time)
            fresh = _case_figures()(contacts, responses)
            for member in group:
                f = fresh.get(member)
                if f is None:
                    self._figures.pop(member, None)
                else:
                    self._figures[member] = f
        dirty.clear()

    def _rebuild(self) -> None:
        stamp = self.stamp()
        contacts = self._store.contacts.list()
        responses = self._store.responses.list()
        if stamp != self.stamp():  # changed while reading (cannot happen on one thread)
            stamp = None  # type: ignore[assignment]
        # Tens of thousands of small acyclic objects: garbage collections would only cost time.
        with paused_gc():
            self._figures = _case_figures()(contacts, responses)
            by_case: dict[int, list[Contact]] = {}
            for c in contacts:
                mine = by_case.get(c.case_id)
                if mine is None:
                    by_case[c.case_id] = [c]
                else:
                    mine.append(c)
            answers: dict[int, list[Response]] = {}
            for r in responses:
                theirs = answers.get(r.case_id)
                if theirs is None:
                    answers[r.case_id] = [r]
                else:
                    theirs.append(r)
            self._contacts, self._responses = by_case, answers
            self._contact_case = {c.id: c.case_id for c in contacts if c.id is not None}
        self._links_to = {}
        self._group = {}
        for r in responses:
            if r.contact_id is not None:
                self._note_link(r)
        self._dirty = set()  # the full computation above already accounts for every link
        self._stamp = stamp


def _case_figures() -> Callable[[list[Contact], list[Response]], dict[int, CaseFigures]]:
    from complaint_desk.core.case_figures import case_figures

    return case_figures
