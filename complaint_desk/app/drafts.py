"""Drafts, their autosaved revisions, the heat of each, and the hold that follows from them.

This service is the only place that decides whether a draft's text may leave the app
(`decide_copy`). Every hand-over path, in every view, asks it: copy, cut, drag and the X11
selection from the editor, Copy out, exports, letters. Before it decides, it saves what the open
editor holds and has not saved yet (`set_flusher`), so it judges exactly the text that would leave.

The hold is kept as a fold (core.hold.HoldFold) with each draft: an autosave compares only the
new version with the last one, whatever the history.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta
from enum import Enum
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Signal

from complaint_desk.app.clock import Clock
from complaint_desk.app.gui_turn import short_switches
from complaint_desk.app.kept import Kept
from complaint_desk.app.problems import ProblemReporter
from complaint_desk.core.draft_types import DraftKind, DraftStatus, DraftSummary, stored_id
from complaint_desk.core.formatting import format_when
from complaint_desk.lazy import lazy
from complaint_desk.store.store import Store

if TYPE_CHECKING:
    from pathlib import Path

    from complaint_desk.app.copy_decision import CopyDecision
    from complaint_desk.core import hold, models
    from complaint_desk.core.models import Draft
    from complaint_desk.store.recovery import RecoveredText, RecoveryFiles
else:
    # The hold's rules and the draft record are first needed by an edit, an open or a copy,
    # after the first paint.
    hold = lazy("complaint_desk.core.hold")
    models = lazy("complaint_desk.core.models")

_SUMMARY_TABLES = ("drafts", "cases", "vendors")  # what a draft's list row is read from


class _ReadyCountAhead:
    """The "N drafts ready" count the window's first frame shows, read on a worker thread
    through its own read-only connection while the GUI thread builds the window and reads the
    list's first rows: on a large file each read takes tens of milliseconds inside SQLite, which
    lets go of Python's lock meanwhile, so the two overlap. `take()` waits for it; None when the
    worker could not read (the GUI thread then reads it as before, and reports what fails)."""

    def __init__(self, path: Path, now: datetime, stamp: tuple | None) -> None:
        import threading

        self.path, self.now, self.stamp = path, now, stamp
        self.ready: int | None = None
        self._thread = threading.Thread(target=self._run, name="ready count", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        from complaint_desk.store.store import open_reader

        # Each time this thread lets go of Python's lock (each SQLite call) it waits for the GUI
        # thread to hand it back: short turns meanwhile (app.gui_turn).
        with short_switches():
            try:
                with open_reader(self.path) as reader:
                    self.ready = reader.drafts.ready_count(self.now)
            except Exception:  # the GUI thread reads it itself (and reports what fails)
                pass

    def take(self) -> int | None:
        self._thread.join()
        return self.ready


def _arrival(s: DraftSummary) -> tuple:
    """The store's order of summaries, as a key (greatest first): latest edit, then highest id."""
    when = s.updated_at or s.created_at
    return (when is not None, when.timestamp() if when else 0.0, s.draft_id)


class Score(Protocol):
    """What the hold needs of a text's tone reading."""

    @property
    def heat(self) -> float: ...

    @property
    def polarity(self) -> float: ...


class Scorer(Protocol):
    """Reads a draft's text for the hold: heat and polarity, re-scored incrementally per key."""

    def score(self, key: object, text: str) -> Score: ...


class HeldChoice(Enum):
    """What the user wants done with a held draft once the vendor has responded."""

    WITHDRAW = "withdraw"  # the draft stays, marked withdrawn; it can no longer be copied out
    KEEP = "keep"  # keep holding it as it is
    REWRITE = "rewrite"  # start a new, linked draft: an update or a thank-you


class DraftsService(QObject):
    drafts_changed = Signal()
    draft_saved = Signal(int)  # draft id
    hold_released = Signal(int)  # draft id

    def __init__(
        self, store: Store, clock: Clock, problems: ProblemReporter, scorer: Scorer
    ) -> None:
        super().__init__()
        self._store = store
        self._clock = clock
        self._problems = problems
        self._scorer = scorer  # app.scoring.Scorer in the app; tests give a table of heats
        self._folds: dict[int, hold.HoldFold] = {}  # the hold kept with each draft, read once
        self._latest_cache: dict[int, hold.Revision | None] = {}
        self._recovery_files: RecoveryFiles | None = None  # made on first need
        self._recovery_paths: dict[int, Path] = {}  # draft id -> this session's recovery copy
        # Per draft: saves what its open editor holds and has not saved; False if it could not.
        self._flushers: dict[int, Callable[[], bool]] = {}
        # Every draft's list row, kept while the tables it is read from are unchanged (the store's
        # stamps also see other connections' writes); an autosave patches its one row.
        self._summaries: Kept[list[DraftSummary]] = Kept()
        self._ready_ahead: _ReadyCountAhead | None = None  # see `count_ready_ahead`

    # -- reading -------------------------------------------------------------------------
    def summaries(self) -> list[DraftSummary]:
        stamp = self._problems.guard(self._summary_stamp, None)
        rows = self._summaries.held(stamp)
        if rows is None:
            rows = self._problems.guard(self._store.drafts.summaries, None)
            if rows is None:
                return []
            self._summaries.put(stamp, rows)
        return list(rows)

    def _summary_stamp(self) -> tuple:
        return tuple(self._store.generation(t) for t in _SUMMARY_TABLES)

    def _patch_summary(self, draft_id: int, before: tuple | None) -> None:
        """After our one write to the drafts table: swap that draft's cached row, if nothing else
        changed since `before`; otherwise forget the cache."""
        rows, kept_under = self._summaries.value, self._summaries.key
        self._summaries.clear()
        after = self._problems.guard(self._summary_stamp, None)
        if rows is None or before is None or after is None or before != kept_under:
            return
        everything, count, external = before[0]
        if after != ((everything, count + 1, external), *before[1:]):
            return
        fresh = self.summary(draft_id)
        if fresh is None:
            return
        rows = [r for r in rows if r.draft_id != draft_id]
        key = _arrival(fresh)
        at = next((i for i, r in enumerate(rows) if _arrival(r) < key), len(rows))
        rows.insert(at, fresh)
        self._summaries.put(after, rows)

    def count_ready_ahead(self) -> None:
        """Start counting the drafts ready now on a worker thread; the next `ready_count()`
        takes that count (once, and only while nothing was written since). For a large file, at
        start-up: the count overlaps the window's building and its first rows' read; on a small
        file it takes well under a millisecond, less than starting the thread."""
        if self._ready_ahead is not None or self._store.closed:
            return
        stamp = self._problems.guard(self._summary_stamp, None)
        self._ready_ahead = _ReadyCountAhead(self._store.path, self._clock.now(), stamp)

    def last_ready_first(self, limit: int) -> list[DraftSummary]:
        """The drafts list's first `limit` rows in its default order (the hold ending last first),
        read on their own: at start-up the list shows its first screen before reading the rest.
        Every row instead when they are all in hand already (the list sorts what it is given)."""
        if self._summaries.held(self._problems.guard(self._summary_stamp, None)) is not None:
            return self.summaries()  # all rows are in hand already
        return self._problems.guard(lambda: self._store.drafts.last_ready_first(limit), [])

    def ready_ids(self) -> list[int]:
        """Active drafts whose hold is over now, in the list's stored order."""
        now = self._clock.now()
        return self._problems.guard(lambda: self._store.drafts.ready_ids(now), [])

    def ready_count(self) -> int:
        """How many active drafts' holds are over now (`len(ready_ids())`, counted in SQL: the
        start-up strip needs the number, not the ids). At start-up, the count started earlier by
        `count_ready_ahead` (a few milliseconds earlier: a hold ending in between is the release
        watcher's to announce)."""
        ahead, self._ready_ahead = self._ready_ahead, None  # taken once
        if ahead is not None:
            ready = ahead.take()
            if (
                ready is not None
                and ahead.stamp is not None
                and self._problems.guard(self._summary_stamp, None) == ahead.stamp
            ):
                return ready
        now = self._clock.now()
        return self._problems.guard(lambda: self._store.drafts.ready_count(now), 0)

    def summary(self, draft_id: int) -> DraftSummary | None:
        """One draft's list row (after an autosave only that row changes)."""
        return self._problems.guard(lambda: self._store.drafts.summary(draft_id), None)

    def preview(self, draft_id: int) -> str:
        """The start of the draft's latest text on one line, for the list's tooltip (read when
        asked: the list keeps no text per row)."""
        return self._problems.guard(lambda: self._store.drafts.preview(draft_id), None) or ""

    def draft(self, draft_id: int) -> Draft | None:
        return self._problems.guard(lambda: self._store.drafts.get(draft_id), None)

    def revisions(self, draft_id: int) -> list[hold.Revision]:
        """Every saved version, oldest first (read afresh: for the history, not for the hold)."""
        return self._problems.guard(lambda: self._store.drafts.revisions(draft_id), None) or []

    def latest_text(self, draft_id: int) -> str:
        latest = self._latest(draft_id)
        return latest.text if latest is not None else ""

    def hold_fold(self, draft_id: int) -> hold.HoldFold:
        """The draft's hold as kept with it (two rows read, whatever its history)."""
        if draft_id not in self._folds:
            folded = self._problems.guard(lambda: self._store.drafts.hold_fold(draft_id), None)
            if folded is None:
                return hold.HoldFold()
            self._folds[draft_id] = folded
        return self._folds[draft_id]

    def hold_state(self, draft_id: int) -> hold.HoldState:
        return hold.state_of(self.hold_fold(draft_id), self._clock.now())

    def now(self) -> datetime:
        return self._clock.now()

    # -- writing -------------------------------------------------------------------------
    def new_draft(
        self,
        case_id: int,
        title: str = "",
        text: str = "",
        *,
        kind: DraftKind = DraftKind.POST,
        origin_id: int | None = None,
    ) -> Draft | None:
        draft = models.Draft(
            None,
            case_id,
            title.strip() or "Untitled draft",
            self._clock.now(),
            kind=kind,
            origin_id=origin_id,
        )
        saved = self._problems.guard(lambda: self._store.drafts.add(draft), None)
        if saved is None:
            return None
        draft_id = stored_id(saved)
        self._folds[draft_id] = hold.HoldFold()
        self._latest_cache[draft_id] = None
        if text:
            self.save_text(draft_id, text)
        self.drafts_changed.emit()
        return saved

    def rename(self, draft_id: int, title: str) -> None:
        draft = self.draft(draft_id)
        if draft is None or not title.strip():
            return
        renamed = replace(draft, title=title.strip())

        before = self._problems.guard(self._summary_stamp, None)
        if self._problems.done(lambda: self._store.drafts.update(renamed)):
            self._patch_summary(draft_id, before)
            self.drafts_changed.emit()

    def set_status(self, draft_id: int, status: DraftStatus) -> None:
        draft = self.draft(draft_id)
        if draft is None or draft.status == status:
            return
        changed = replace(draft, status=status)

        before = self._problems.guard(self._summary_stamp, None)
        if self._problems.done(lambda: self._store.drafts.update(changed)):
            self._patch_summary(draft_id, before)
            self.drafts_changed.emit()

    def save_text(self, draft_id: int, text: str) -> bool:
        """Autosave: store a new revision when the text changed. False if it could not be saved.

        The caller keeps its text on failure (nothing is lost); the problem reporter tells the user.
        The hold steps from the fold kept with the draft: one comparison with the last version.
        """
        latest = self._latest(draft_id)
        if latest is not None and latest.text == text:
            return True
        report = self._scorer.score(draft_id, text)
        now = self._clock.now()
        if latest is not None and now <= latest.saved_at:
            # Keep revisions strictly ordered even if two saves land in the same instant.
            now = latest.saved_at + timedelta(microseconds=1)
        from complaint_desk.core.tone.model import model_id  # loaded with the first score

        rev = hold.Revision(now, text, report.heat, report.polarity, model_id())
        before_fold = self.hold_fold(draft_id)
        folded = hold.step(before_fold, rev)
        start = before_fold.clock_start
        if start is not None and folded.clock_start != start:
            # The edit would restart the wait. A version this clock already saw (an undo,
            # History ▸ Restore, the words typed again) is not a rewrite; if it is hotter than
            # the calmest since the start, the heat rule restarts the wait all the same.
            seen = self._problems.guard(
                lambda: self._store.drafts.seen_since(draft_id, text, start, rev.model), None
            )
            if seen is not None:
                rev = replace(rev, restored=True)
                folded = hold.step(before_fold, rev)

        before = self._problems.guard(self._summary_stamp, None)
        if not self._problems.done(
            lambda: self._store.drafts.add_revision(draft_id, rev, fold=folded)
        ):
            return False
        self._patch_summary(draft_id, before)
        self._folds[draft_id] = folded
        self._latest_cache[draft_id] = rev
        self.draft_saved.emit(draft_id)
        self.drafts_changed.emit()
        return True

    def _latest(self, draft_id: int) -> hold.Revision | None:
        if draft_id not in self._latest_cache:
            self._latest_cache[draft_id] = self._problems.guard(
                lambda: self._store.drafts.latest_revision(draft_id), None
            )
        return self._latest_cache[draft_id]

    # -- recovery copies -----------------------------------------------------------------
    @property
    def _recovery(self) -> RecoveryFiles:
        if self._recovery_files is None:
            from complaint_desk.store.recovery import RecoveryFiles

            self._recovery_files = RecoveryFiles(self._store.path.parent)
        return self._recovery_files

    def keep_recovery_copy(self, draft_id: int, text: str) -> bool:
        """Keep text the database refused as a private file, offered back at the next start."""
        path = self._recovery.keep(draft_id, text, self._clock.wall_now())
        if path is None:
            self._recovery_paths.pop(draft_id, None)
            return False
        self._recovery_paths[draft_id] = path
        return True

    def recovered_path(self, draft_id: int | None) -> Path | None:
        """Where this session kept the draft's recovery copy (None: none kept)."""
        return None if draft_id is None else self._recovery_paths.get(draft_id)

    def discard_recovery(self, draft_id: int) -> None:
        self._recovery_paths.pop(draft_id, None)
        if self._recovery_files is not None or self._has_recovery_folder():
            self._recovery.discard(draft_id)

    def _has_recovery_folder(self) -> bool:
        from complaint_desk.store.recovery import FOLDER_NAME

        return (self._store.path.parent / FOLDER_NAME).exists()

    def recovered(self) -> list[RecoveredText]:
        """Texts kept from a session whose saves failed, that differ from what is saved now
        (copies already saved are forgotten here)."""
        items = []
        for item in self._recovery.all():
            if self.draft(item.draft_id) is None:
                continue  # the draft is gone: nothing to put it back into (the file stays)
            if self.latest_text(item.draft_id) == item.text:
                self._recovery.discard(item.draft_id)
                continue
            items.append(item)
        return items

    def restore_recovered(self, draft_id: int, text: str) -> bool:
        """Save a recovered text as the draft's newest version (the hold applies as to any edit)."""
        if not self.save_text(draft_id, text):
            return False
        self._recovery.discard(draft_id)
        return True

    # -- the editor's unsaved text -------------------------------------------------------
    def set_flusher(self, draft_id: int, flush: Callable[[], bool] | None) -> None:
        """Register what saves the open editor's unsaved text for `draft_id` (None: forget it).

        The gate calls it first, so a copy within the autosave delay is judged on what is
        copied, not on the last autosave."""
        if flush is None:
            self._flushers.pop(draft_id, None)
        else:
            self._flushers[draft_id] = flush

    def save_open_text(self) -> bool:
        """Save every open editor's unsaved text now (before a delete or a restore)."""
        return all(bool(flush()) for flush in list(self._flushers.values()))

    def forget(self, draft_ids: list[int]) -> None:
        """Drop what is kept in memory about these drafts (they were deleted or put back)."""
        for draft_id in draft_ids:
            self._folds.pop(draft_id, None)
            self._latest_cache.pop(draft_id, None)
        self._summaries.clear()

    def flush(self, draft_id: int) -> bool:
        """Save the open editor's text for the draft now; False if it could not be saved."""
        flush = self._flushers.get(draft_id)
        return True if flush is None else bool(flush())

    def held_drafts_for_case(self, case_id: int) -> list[int]:
        """Active drafts on this case that are still cooling off now (newest edit first)."""
        now = self._clock.now()
        rows: list[DraftSummary] = self._problems.guard(
            lambda: self._store.drafts.summaries(case_id=case_id), []
        )
        return [
            s.draft_id
            for s in rows
            if s.status is DraftStatus.ACTIVE and s.ready_at is not None and s.ready_at > now
        ]

    def withdraw(self, draft_id: int) -> bool:
        """Withdraw a draft: its history stays, marked, and it can no longer be copied out."""
        self.set_status(draft_id, DraftStatus.WITHDRAWN)
        draft = self.draft(draft_id)
        return draft is not None and draft.status is DraftStatus.WITHDRAWN

    def apply_held_choice(self, draft_id: int, choice: HeldChoice) -> bool:
        """Carry out the user's answer after a vendor response; True if the draft changed."""
        if choice is HeldChoice.WITHDRAW:
            return self.withdraw(draft_id)
        return False

    def start_follow_up(self, draft_id: int, text: str) -> Draft | None:
        """A new draft on the same case, linked to `draft_id`, pre-filled with `text`: the way
        to thank a vendor who fixed things, since the held draft stays held until ready."""
        original = self.draft(draft_id)
        if original is None:
            return None
        return self.new_draft(
            original.case_id, f"Update: {original.title}", text, origin_id=draft_id
        )

    def letter_for_case(self, case_id: int) -> Draft | None:
        """The case's letter to a senior manager, if one was started."""
        return self._problems.guard(lambda: self._store.drafts.letter_for_case(case_id), None)

    def restore_revision(self, draft_id: int, index: int) -> bool:
        """Bring back an earlier version as a new revision. The hold applies to it as to any
        edit; a version the current clock already saw is not a rewrite (only a hotter one
        restarts the wait)."""
        revs = self.revisions(draft_id)
        if not 0 <= index < len(revs):
            return False
        return self.save_text(draft_id, revs[index].text)

    # -- the one gate for text leaving the app -------------------------------------------
    def decide_copy(self, draft_id: int) -> CopyDecision:
        # First asked after the paint.
        from complaint_desk.app.copy_decision import CopyDecision, CopyVerdict

        # Judge exactly what would leave: the editor's unsaved text is saved as a version first.
        if not self.flush(draft_id):
            return CopyDecision(
                CopyVerdict.UNSAVED,
                "Your latest changes could not be saved yet, so they can't be checked against "
                "the cooling-off rule. They are still on screen; try again in a moment.",
            )
        # The gate reads the hold afresh: another window on the same data folder may have
        # saved a hotter version since this one read it, and that must hold the copy.
        self._folds.pop(draft_id, None)
        self._latest_cache.pop(draft_id, None)
        latest = self._latest(draft_id)
        draft = self.draft(draft_id)
        if draft is None:
            return CopyDecision(CopyVerdict.MISSING, "This draft no longer exists.")
        if draft.status is DraftStatus.WITHDRAWN:
            return CopyDecision(
                CopyVerdict.WITHDRAWN, "This draft was withdrawn: it stays private."
            )
        if latest is None or not latest.text.strip():
            return CopyDecision(CopyVerdict.EMPTY, "Nothing to copy yet.")
        state = hold.state_of(self.hold_fold(draft_id), self._clock.now())
        if state.held:
            when = format_when(state.ready_at) if state.ready_at else ""
            return CopyDecision(
                CopyVerdict.HELD,
                f"Still cooling off until {when}. {state.reason}",
                state.ready_at,
            )
        return CopyDecision(CopyVerdict.ALLOWED, "Ready to copy.", state.ready_at)
