"""Keeping a person's data safe: backups on demand and every day, export, and restoring.

The window's File menu calls this; it returns plain values (paths, `BackupInfo`) or raises
`DataError` with a message for the person, and never touches a widget. A restore replaces the
data file the app holds open, so it is staged here and carried out by the next start
(`store.restore`); the window then restarts the app.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from complaint_desk.app.clock import Clock
from complaint_desk.app.problems import ProblemReporter
from complaint_desk.store.errors import StoreError
from complaint_desk.store.schema_version import LATEST_VERSION
from complaint_desk.store.store import Store

if TYPE_CHECKING:
    from complaint_desk.store.restore import BackupInfo as BackupInfo  # for the window's types

# store.restore is loaded when first used (menus, restore), not on the way to the first paint.
BACKUPS_FOLDER = "backups"

DAILY_BACKUPS_KEPT = 7


class DataError(Exception):
    """A backup, export or restore could not be done; `message` says why, for the person."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class DataSafety(QObject):
    def __init__(self, store: Store, clock: Clock, problems: ProblemReporter) -> None:
        super().__init__()
        self._store = store
        self._clock = clock
        self._problems = problems

    @property
    def data_folder(self) -> Path:
        return self._store.path.parent

    @property
    def backups_folder(self) -> Path:
        return self.data_folder / BACKUPS_FOLDER

    @staticmethod
    def suggested_backup_name(date: str) -> str:
        """The file name File ▸ Back up offers for a copy made on `date`."""
        from complaint_desk.store.backup import MANUAL_PATTERN

        return MANUAL_PATTERN.format(date)

    @staticmethod
    def backup_file_filter() -> str:
        """The name filter a file chooser uses to show backup files first."""
        from complaint_desk.store.backup import FILE_FILTER

        return FILE_FILTER

    def back_up_to(self, dest: Path) -> Path:
        """A copy of everything at `dest` (a file, or a folder for a dated name)."""
        try:
            return self._store.backup_to(dest)
        except StoreError as exc:
            raise DataError(exc.user_message) from exc

    def export_to(self, dest: Path) -> Path:
        """Everything as a JSON export at `dest`."""
        try:
            return self._store.export_json(dest)
        except StoreError as exc:
            raise DataError(exc.user_message) from exc

    def daily_backup(self) -> Path | None:
        """Today's automatic copy in `backups/` (the newest seven are kept); None if there is
        one already or it could not be made (a full disk must not stop the app: it says so)."""
        if self._store.read_only:
            return None
        try:
            return self._store.daily_backup(self._clock.wall_now(), DAILY_BACKUPS_KEPT)
        except (StoreError, OSError) as exc:
            message = getattr(exc, "user_message", None) or f"({exc})"
            self._problems.report(f"Today's automatic backup could not be made. {message}")
            return None

    def describe(self, source: Path) -> BackupInfo:
        """What a backup or export holds, without changing anything. DataError if unusable."""
        from complaint_desk.store import restore

        try:
            return restore.describe(source, latest_version=LATEST_VERSION)
        except StoreError as exc:
            raise DataError(exc.user_message) from exc

    def stage_restore(self, source: Path) -> BackupInfo:
        """Mark `source` to replace the data at the next start (the current data is then kept as
        a backup first). DataError if the source is unusable or the folder is read-only."""
        from complaint_desk.store import restore
        from complaint_desk.store.errors import translate

        try:
            return restore.stage(self._store.path, source, latest_version=LATEST_VERSION)
        except StoreError as exc:
            raise DataError(exc.user_message) from exc
        except OSError as exc:
            mapped = translate(exc, self._store.path)
            if mapped is None:
                raise
            raise DataError(mapped.user_message) from exc

    def cancel_restore(self) -> None:
        from complaint_desk.store import restore

        restore.cancel(self._store.path)

    def newest_backups(self, limit: int = 10) -> list[tuple[Path, datetime]]:
        """Backups the person may pick from, newest first: daily copies and the ones beside the
        data file (before upgrades, File ▸ Back up into the data folder)."""
        from complaint_desk.store import restore
        from complaint_desk.store.backup import backup_candidates, backup_time

        found = [*backup_candidates(self._store.path)]
        try:
            found += sorted(self.backups_folder.glob(restore.AUTO_PATTERN.format("*")))
        except OSError:
            pass
        dated = []
        for path in found:
            try:
                dated.append((path, backup_time(path)))
            except OSError:
                continue
        return sorted(dated, key=lambda item: item[1], reverse=True)[:limit]
