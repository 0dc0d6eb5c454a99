"""A case's timeline: contacts (what the user did) and responses (what the vendor did)."""

from __future__ import annotations

import builtins
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from complaint_desk.core.models import Channel, Contact, Outcome, Reached, Response
from complaint_desk.store.codec import clean_text, from_micros, to_micros
from complaint_desk.store.common import enum_lookup, next_ids, record_builder, require_id
from complaint_desk.store.connection import Database
from complaint_desk.store.errors import NotFoundError
from complaint_desk.store.list_cache import ListCache, paused_gc

T = TypeVar("T", Contact, Response)

_CONTACT_COLUMNS = (
    "id, case_id, channel, at, duration_min, rep, summary, site, text, link, reached, outcome"
)
_RESPONSE_COLUMNS = "id, case_id, at, channel, outcome, who, summary, contact_id"


_new_contact = record_builder(Contact)
_new_response = record_builder(Response)
_channel = enum_lookup(Channel)
_outcome = enum_lookup(Outcome)
_reached = enum_lookup(Reached)


def _call_outcome(value: str | None) -> Outcome | None:
    return None if value is None else _outcome(value)


def _contact(row: Any) -> Contact:
    # Field order of Contact: id, case_id, channel, at, duration_min, rep, summary, site, text,
    # link, reached, outcome
    return _new_contact(
        row[0],
        row[1],
        _channel(row[2]),
        from_micros(row[3]),
        *row[4:10],
        _reached(row[10]),
        _call_outcome(row[11]),
    )


def _contact_params(c: Contact) -> tuple[Any, ...]:
    duration = None if c.duration_min is None else int(c.duration_min)
    return (
        c.case_id,
        Channel(c.channel).value,
        to_micros(c.at),
        duration,
        clean_text(c.rep),
        clean_text(c.summary),
        clean_text(c.site),
        clean_text(c.text),
        clean_text(c.link),
        Reached(c.reached).value,
        None if c.outcome is None else Outcome(c.outcome).value,
    )


def _response(row: Any) -> Response:
    # Field order of Response: id, case_id, at, channel, outcome, who, summary, contact_id
    return _new_response(
        row[0], row[1], from_micros(row[2]), _channel(row[3]), _outcome(row[4]), *row[5:8]
    )


def _response_params(r: Response) -> tuple[Any, ...]:
    return (
        r.case_id,
        to_micros(r.at),
        Channel(r.channel).value,
        Outcome(r.outcome).value,
        clean_text(r.who),
        clean_text(r.summary),
        r.contact_id,
    )


def _by_time(record: Contact | Response) -> tuple[Any, int]:
    return (record.at, record.id or 0)


# The columns the response-time figures need (core.records.case_figures): the text columns stay
# on disk.
_FIGURE_CONTACT_COLUMNS = "id, case_id, channel, at, reached, outcome"
_FIGURE_RESPONSE_COLUMNS = "id, case_id, at, channel, outcome, contact_id"


def _figure_contact(row: Any) -> Contact:
    return _new_contact(
        row[0],
        row[1],
        _channel(row[2]),
        from_micros(row[3]),
        None,
        "",
        "",
        "",
        "",
        "",
        _reached(row[4]),
        _call_outcome(row[5]),
    )


def _figure_response(row: Any) -> Response:
    return _new_response(
        row[0], row[1], from_micros(row[2]), _channel(row[3]), _outcome(row[4]), "", "", row[5]
    )


def _in_list(ids: builtins.list[int]) -> str:
    return ",".join("?" * len(ids))


_VENDOR_CASES = "SELECT id FROM cases WHERE vendor_id = ?"


class ContactsRepo:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._all: ListCache[Contact] = ListCache(db, "contacts", _by_time)

    def add(self, c: Contact) -> Contact:
        params = _contact_params(c)
        stamp = self._all.stamp()
        with self._db.write("contacts") as cx:
            cur = cx.execute(
                "INSERT INTO contacts (case_id, channel, at, duration_min, rep, summary, site,"
                " text, link, reached, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                params,
            )
            new_id = cur.lastrowid
        contact = _contact((new_id, *params))
        self._all.added(contact, stamp)
        return contact

    def add_many(self, contacts: Iterable[Contact]) -> builtins.list[int]:
        """Insert many contacts in one transaction (imports, seeding); their new ids, in order."""
        params = [_contact_params(c) for c in contacts]
        with self._db.write("contacts") as cx:
            ids = next_ids(cx, "contacts", len(params))
            cx.executemany(
                "INSERT INTO contacts (id, case_id, channel, at, duration_min, rep, summary, site,"
                " text, link, reached, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(i, *p) for i, p in zip(ids, params, strict=True)],
            )
        return list(ids)

    def update(self, c: Contact) -> None:
        require_id(c.id, "contact")
        params = _contact_params(c)
        stamp = self._all.stamp()
        with self._db.write("contacts") as cx:
            cur = cx.execute(
                "UPDATE contacts SET case_id = ?, channel = ?, at = ?, duration_min = ?, rep = ?,"
                " summary = ?, site = ?, text = ?, link = ?, reached = ?, outcome = ? WHERE id = ?",
                (*params, c.id),
            )
            if cur.rowcount == 0:
                raise NotFoundError(f"no contact with id {c.id}")
        self._all.changed(stamp, remove_id=c.id, insert=_contact((c.id, *params)))

    def delete(self, contact_id: int) -> None:
        """Remove the contact; responses that answered it keep existing, unlinked."""
        with self._db.write("contacts", "responses") as cx:
            cx.execute("DELETE FROM contacts WHERE id = ?", (contact_id,))

    def get(self, contact_id: int) -> Contact | None:
        with self._db.read() as cx:
            row = cx.execute(
                f"SELECT {_CONTACT_COLUMNS} FROM contacts WHERE id = ?", (contact_id,)
            ).fetchone()
        return None if row is None else _contact(row)

    def list(self, case_id: int | None = None) -> builtins.list[Contact]:
        """Contacts (of one case, or all), oldest first (the full list is cached)."""
        if case_id is not None:
            with self._db.read() as cx:
                rows = cx.execute(
                    f"SELECT {_CONTACT_COLUMNS} FROM contacts WHERE case_id = ? ORDER BY at, id",
                    (case_id,),
                ).fetchall()
            return [_contact(r) for r in rows]
        cached = self._all.get()
        if cached is not None:
            return cached
        stamp = self._all.stamp()
        with self._db.read() as cx, paused_gc():
            contacts = [
                _contact(r)
                for r in cx.execute(f"SELECT {_CONTACT_COLUMNS} FROM contacts ORDER BY at, id")
            ]
        self._all.put(contacts, stamp)
        return contacts

    def seed_all(self, contacts: builtins.list[Contact], stamp: tuple[int, int, int]) -> None:
        """Keep `contacts` as the full list: every contact, in list order, as another
        connection read them AFTER this connection's stamp for the table was `stamp`. Served only
        while the stamp is unchanged (so while they are still the truth); patched by later writes
        like any loaded list."""
        self._all.put(contacts, stamp)

    def count(self) -> int:
        with self._db.read() as cx:
            return int(cx.execute("SELECT count(*) FROM contacts").fetchone()[0])

    def counts_by_case(self) -> dict[int, int]:
        """case id -> number of contacts (cases without contacts are absent)."""
        with self._db.read() as cx:
            return dict(cx.execute("SELECT case_id, count(*) FROM contacts GROUP BY case_id"))

    def for_cases(self, case_ids: Iterable[int]) -> builtins.list[Contact]:
        """The contacts of these cases, oldest first (time, then id)."""
        ids = sorted(set(case_ids))
        out: builtins.list[Contact] = []
        with self._db.read() as cx:
            for i in range(0, len(ids), 500):
                part = ids[i : i + 500]
                out += map(
                    _contact,
                    cx.execute(
                        f"SELECT {_CONTACT_COLUMNS} FROM contacts WHERE case_id IN"
                        f" ({_in_list(part)})",
                        part,
                    ),
                )
        out.sort(key=_by_time)
        return out

    def for_vendor(self, vendor_id: int) -> builtins.list[Contact]:
        """The contacts on all of a vendor's cases, oldest first (time, then id)."""
        with self._db.read() as cx, paused_gc():
            rows = cx.execute(
                f"SELECT {_CONTACT_COLUMNS} FROM contacts WHERE case_id IN ({_VENDOR_CASES})"
                " ORDER BY at, id",
                (vendor_id,),
            ).fetchall()
            return [_contact(r) for r in rows]

    def figure_rows(self, first_case: int, last_case: int) -> builtins.list[Contact]:
        """Contacts of cases `first_case`..`last_case` with only the columns the figures read
        (the texts left blank), by case, then time, then id."""
        return _figure_rows(
            self._db, "contacts", _FIGURE_CONTACT_COLUMNS, _figure_contact, first_case, last_case
        )

    def figure_rows_of(self, case_ids: Iterable[int]) -> builtins.list[Contact]:
        """Like `figure_rows`, for these cases, in time (then id) order."""
        return _figure_rows_of(
            self._db, "contacts", _FIGURE_CONTACT_COLUMNS, _figure_contact, case_ids
        )

    def case_range(self) -> tuple[int, int] | None:
        """The lowest and highest case id with contacts (None: no contacts)."""
        return _case_range(self._db, "contacts")

    def case_of(self, contact_id: int) -> int | None:
        with self._db.read() as cx:
            row = cx.execute("SELECT case_id FROM contacts WHERE id = ?", (contact_id,)).fetchone()
        return None if row is None else int(row[0])


class ResponsesRepo:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._all: ListCache[Response] = ListCache(db, "responses", _by_time)

    def add(self, r: Response) -> Response:
        params = _response_params(r)
        stamp = self._all.stamp()
        with self._db.write("responses") as cx:
            cur = cx.execute(
                "INSERT INTO responses (case_id, at, channel, outcome, who, summary, contact_id)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                params,
            )
            new_id = cur.lastrowid
        response = _response((new_id, *params))
        self._all.added(response, stamp)
        return response

    def add_many(self, responses: Iterable[Response]) -> builtins.list[int]:
        """Insert many responses in one transaction (imports, seeding); their new ids, in order."""
        params = [_response_params(r) for r in responses]
        with self._db.write("responses") as cx:
            ids = next_ids(cx, "responses", len(params))
            cx.executemany(
                "INSERT INTO responses (id, case_id, at, channel, outcome, who, summary,"
                " contact_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [(i, *p) for i, p in zip(ids, params, strict=True)],
            )
        return list(ids)

    def update(self, r: Response) -> None:
        require_id(r.id, "response")
        params = _response_params(r)
        stamp = self._all.stamp()
        with self._db.write("responses") as cx:
            cur = cx.execute(
                "UPDATE responses SET case_id = ?, at = ?, channel = ?, outcome = ?, who = ?,"
                " summary = ?, contact_id = ? WHERE id = ?",
                (*params, r.id),
            )
            if cur.rowcount == 0:
                raise NotFoundError(f"no response with id {r.id}")
        self._all.changed(stamp, remove_id=r.id, insert=_response((r.id, *params)))

    def delete(self, response_id: int) -> None:
        stamp = self._all.stamp()
        with self._db.write("responses") as cx:
            cx.execute("DELETE FROM responses WHERE id = ?", (response_id,))
        self._all.changed(stamp, remove_id=response_id)

    def get(self, response_id: int) -> Response | None:
        with self._db.read() as cx:
            row = cx.execute(
                f"SELECT {_RESPONSE_COLUMNS} FROM responses WHERE id = ?", (response_id,)
            ).fetchone()
        return None if row is None else _response(row)

    def list(self, case_id: int | None = None) -> builtins.list[Response]:
        """Responses (of one case, or all), oldest first (the full list is cached)."""
        if case_id is not None:
            with self._db.read() as cx:
                rows = cx.execute(
                    f"SELECT {_RESPONSE_COLUMNS} FROM responses WHERE case_id = ? ORDER BY at, id",
                    (case_id,),
                ).fetchall()
            return [_response(r) for r in rows]
        cached = self._all.get()
        if cached is not None:
            return cached
        stamp = self._all.stamp()
        with self._db.read() as cx, paused_gc():
            responses = [
                _response(r)
                for r in cx.execute(f"SELECT {_RESPONSE_COLUMNS} FROM responses ORDER BY at, id")
            ]
        self._all.put(responses, stamp)
        return responses

    def seed_all(self, responses: builtins.list[Response], stamp: tuple[int, int, int]) -> None:
        """Keep `responses` as the full list: every response, in list order, as another
        connection read them AFTER this connection's stamp for the table was `stamp`. Served only
        while the stamp is unchanged (so while they are still the truth); patched by later writes
        like any loaded list."""
        self._all.put(responses, stamp)

    def count(self) -> int:
        with self._db.read() as cx:
            return int(cx.execute("SELECT count(*) FROM responses").fetchone()[0])

    def counts_by_case(self) -> dict[int, int]:
        """case id -> number of responses (cases without responses are absent)."""
        with self._db.read() as cx:
            return dict(cx.execute("SELECT case_id, count(*) FROM responses GROUP BY case_id"))

    def for_cases(self, case_ids: Iterable[int]) -> builtins.list[Response]:
        """The responses on these cases, oldest first (time, then id)."""
        ids = sorted(set(case_ids))
        out: builtins.list[Response] = []
        with self._db.read() as cx:
            for i in range(0, len(ids), 500):
                part = ids[i : i + 500]
                out += map(
                    _response,
                    cx.execute(
                        f"SELECT {_RESPONSE_COLUMNS} FROM responses WHERE case_id IN"
                        f" ({_in_list(part)})",
                        part,
                    ),
                )
        out.sort(key=_by_time)
        return out

    def for_vendor(self, vendor_id: int) -> builtins.list[Response]:
        """The responses on all of a vendor's cases, oldest first (time, then id)."""
        with self._db.read() as cx, paused_gc():
            rows = cx.execute(
                f"SELECT {_RESPONSE_COLUMNS} FROM responses WHERE case_id IN ({_VENDOR_CASES})"
                " ORDER BY at, id",
                (vendor_id,),
            ).fetchall()
            return [_response(r) for r in rows]

    def figure_rows(self, first_case: int, last_case: int) -> builtins.list[Response]:
        """Responses of cases `first_case`..`last_case` with only the columns the figures read,
        by case, then time, then id."""
        return _figure_rows(
            self._db, "responses", _FIGURE_RESPONSE_COLUMNS, _figure_response, first_case, last_case
        )

    def figure_rows_of(self, case_ids: Iterable[int]) -> builtins.list[Response]:
        """Like `figure_rows`, for these cases, in time (then id) order."""
        return _figure_rows_of(
            self._db, "responses", _FIGURE_RESPONSE_COLUMNS, _figure_response, case_ids
        )

    def case_range(self) -> tuple[int, int] | None:
        """The lowest and highest case id with responses (None: no responses)."""
        return _case_range(self._db, "responses")

    def cross_case_links(self) -> builtins.list[tuple[int, int]]:
        """(case of a response, case of the contact it is explicitly linked to), for every link
        that joins two different cases."""
        with self._db.read() as cx:
            return cx.execute(
                "SELECT DISTINCT r.case_id, c.case_id FROM responses r"
                " JOIN contacts c ON c.id = r.contact_id WHERE c.case_id != r.case_id"
            ).fetchall()

    def linked_cases(self, case_ids: Iterable[int]) -> set[int]:
        """The cases explicit links join these cases to (either way), these excluded."""
        ids = sorted(set(case_ids))
        found: set[int] = set()
        with self._db.read() as cx:
            for i in range(0, len(ids), 400):
                part = ids[i : i + 400]
                marks = _in_list(part)
                found.update(
                    row[0]
                    for row in cx.execute(
                        "SELECT c.case_id FROM responses r JOIN contacts c ON c.id = r.contact_id"
                        f" WHERE r.case_id IN ({marks})",
                        part,
                    )
                )
                found.update(
                    row[0]
                    for row in cx.execute(
                        "SELECT r.case_id FROM contacts c JOIN responses r ON r.contact_id = c.id"
                        f" WHERE c.case_id IN ({marks})",
                        part,
                    )
                )
        return found - set(ids)


# --- the figures' reads, the same for contacts and responses ----------------------------------


def _figure_rows(
    db: Database, table: str, columns: str, build: Callable[[Any], T], first: int, last: int
) -> builtins.list[T]:
    with db.read() as cx:
        rows = cx.execute(
            f"SELECT {columns} FROM {table} WHERE case_id BETWEEN ? AND ? ORDER BY case_id, at, id",
            (first, last),
        ).fetchall()
    return [build(r) for r in rows]


def _figure_rows_of(
    db: Database, table: str, columns: str, build: Callable[[Any], T], case_ids: Iterable[int]
) -> builtins.list[T]:
    ids = sorted(set(case_ids))
    out: builtins.list[T] = []
    with db.read() as cx:
        for i in range(0, len(ids), 500):
            part = ids[i : i + 500]
            out += map(
                build,
                cx.execute(
                    f"SELECT {columns} FROM {table} WHERE case_id IN ({_in_list(part)})", part
                ),
            )
    out.sort(key=_by_time)
    return out


def _case_range(db: Database, table: str) -> tuple[int, int] | None:
    # Two statements: SQLite answers a lone min() or max() from the index's ends, but one
    # statement asking both scans the whole index (155 ms for 1,000,000 contacts).
    with db.read() as cx:
        lo = cx.execute(f"SELECT min(case_id) FROM {table}").fetchone()[0]
        hi = cx.execute(f"SELECT max(case_id) FROM {table}").fetchone()[0]
    return None if lo is None else (int(lo), int(hi))
