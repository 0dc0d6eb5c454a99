"""Correcting and removing what the person entered, with Edit ▸ Undo and Redo.

Every delete and every edit made through here can be undone: a delete keeps what it took
(`store.delete_for_undo`: the record, all that goes with it, the links that pointed at it) and
Undo puts it back with its ids, so a held draft returns with its versions and its hold; an edit
keeps the record as it was. The history lives for the session. Before a delete the window asks
`describe_delete` what goes with it, so the confirmation can say so.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal

from complaint_desk.app.drafts import DraftsService
from complaint_desk.app.problems import ProblemReporter
from complaint_desk.app.records import RecordsService
from complaint_desk.core.models import Case, Contact, Response, Vendor
from complaint_desk.store.store import Store

if TYPE_CHECKING:
    from complaint_desk.store.trash import Deleted

E = TypeVar("E", Vendor, Case, Contact, Response)

KINDS = {"vendor": "vendors", "case": "cases", "contact": "contacts", "response": "responses",
         "draft": "drafts", "evidence": "evidence"}  # fmt: skip
_NAMES = {
    "cases": ("case", "cases"),
    "contacts": ("contact", "contacts"),
    "responses": ("response", "responses"),
    "drafts": ("draft", "drafts"),
    "revisions": ("saved version", "saved versions"),
    "mail_messages": ("imported e-mail record", "imported e-mail records"),
    "evidence": ("kept file", "kept files"),
}


@dataclass(frozen=True)
class _Step:
    label: str  # "Delete vendor “Acme”"
    undo: Callable[[], bool]
    redo: Callable[[], bool]


class Changes(QObject):
    changed = Signal()  # what Undo and Redo would do changed

    def __init__(
        self,
        store: Store,
        problems: ProblemReporter,
        records: RecordsService,
        drafts: DraftsService,
    ) -> None:
        super().__init__()
        self._store = store
        self._problems = problems
        self._records = records
        self._drafts = drafts
        self._done: list[_Step] = []
        self._undone: list[_Step] = []

    # -- undo and redo -------------------------------------------------------------------
    @property
    def undo_label(self) -> str | None:
        return self._done[-1].label if self._done else None

    @property
    def redo_label(self) -> str | None:
        return self._undone[-1].label if self._undone else None

    def undo(self) -> bool:
        if not self._done:
            return False
        step = self._done.pop()
        if not step.undo():
            self._done.append(step)
            return False
        self._undone.append(step)
        self.changed.emit()
        return True

    def redo(self) -> bool:
        if not self._undone:
            return False
        step = self._undone.pop()
        if not step.redo():
            self._undone.append(step)
            return False
        self._done.append(step)
        self.changed.emit()
        return True

    def _push(self, step: _Step) -> None:
        self._done.append(step)
        self._undone.clear()
        self.changed.emit()

    # -- deleting ------------------------------------------------------------------------
    def describe_delete(self, kind: str, record_id: int) -> str | None:
        """What deleting the record takes with it, in words; None if it is gone already."""
        found = self._problems.guard(
            lambda: self._store.what_goes_with(KINDS[kind], record_id), None
        )
        if found is None:
            return None
        parts = []
        for table, (one, many) in _NAMES.items():
            n = found.count(table) - (1 if table == KINDS[kind] else 0)
            if n > 0:
                parts.append(f"{n} {one if n == 1 else many}")
        if not parts:
            return "Nothing else goes with it."
        listed = ", ".join(parts[:-1]) + (" and " if len(parts) > 1 else "") + parts[-1]
        return f"With it go {listed}."

    def delete(self, kind: str, record_id: int, label: str) -> bool:
        """Delete a vendor, case, contact, response or draft (and what goes with it); undoable."""
        table = KINDS[kind]
        holder: dict[str, Deleted] = {}

        def do() -> bool:
            self._drafts.save_open_text()  # an open editor's unsaved words go with the draft
            deleted = self._problems.guard(
                lambda: self._store.delete_for_undo(table, record_id), None
            )
            if deleted is None:
                return False
            holder["deleted"] = deleted
            self._announce(deleted)
            return True

        def undo() -> bool:
            deleted = holder.get("deleted")
            if deleted is None:
                return False

            if not self._problems.done(lambda: self._store.put_back(deleted)):
                return False
            self._announce(deleted)
            return True

        if not do():
            return False
        self._push(_Step(f"Delete {kind} “{label}”", undo, do))
        return True

    def _announce(self, deleted: Deleted) -> None:
        """Tell the views: every case and draft touched by the change."""
        draft_ids = [row["id"] for table, row in deleted.rows if table == "drafts"]
        case_ids = {row.get("case_id") for table, row in deleted.rows if "case_id" in row}
        case_ids |= {row["id"] for table, row in deleted.rows if table == "cases"}
        self._drafts.forget(draft_ids)
        self._records.records_changed({c for c in case_ids if c is not None})
        self._drafts.drafts_changed.emit()

    # -- editing -------------------------------------------------------------------------
    def save_vendor(self, vendor: Vendor) -> Vendor | None:
        """Add or edit a vendor; an edit can be undone. ValueError as RecordsService says."""
        r = self._records
        return self._edit(vendor, r.vendor, r.save_vendor, lambda v: f"Edit vendor “{v.name}”")

    def save_case(self, case: Case) -> Case | None:
        r = self._records
        return self._edit(case, r.case, r.save_case, lambda c: f"Edit case “{c.title}”")

    def update_contact(self, contact: Contact) -> Contact | None:
        r = self._records
        return self._edit(contact, r.contact, r.update_contact, lambda _c: "Edit contact")

    def update_response(self, response: Response) -> Response | None:
        r = self._records
        return self._edit(response, r.response, r.update_response, lambda _r: "Edit response")

    def _edit(self, record: E, read: Callable, save: Callable, label: Callable[[E], str]):
        """Save `record` through `save`; when it changed a stored record, push the undo step
        that saves the old one back (and the redo that saves this one again)."""
        old = read(record.id) if record.id is not None else None
        saved = save(record)
        if saved is not None and old is not None and old != saved:
            self._push_edit(label(old), old, saved, save)
        return saved

    def rename_draft(self, draft_id: int, title: str) -> bool:
        old = self._drafts.draft(draft_id)
        if old is None or not title.strip() or title.strip() == old.title:
            return False
        self._drafts.rename(draft_id, title)
        new = self._drafts.draft(draft_id)
        if new is None or new.title == old.title:
            return False

        def back() -> bool:
            self._drafts.rename(draft_id, old.title)
            return True

        def again() -> bool:
            self._drafts.rename(draft_id, new.title)
            return True

        self._push(_Step(f"Rename draft “{old.title}”", back, again))
        return True

    def _push_edit(self, label: str, old, new, save: Callable) -> None:
        self._push(
            _Step(
                label,
                lambda: save(replace(old)) is not None,
                lambda: save(replace(new)) is not None,
            )
        )
