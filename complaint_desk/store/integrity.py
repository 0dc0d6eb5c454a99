"""The start-up's integrity check, run alongside the window's build instead of before it.

`PRAGMA quick_check` reads the whole file (about 2 ms per MB: 6 ms of a 1,000-draft start-up).
SQLite runs it without holding Python's lock, so on a thread of its own, through its own
read-only connection, it overlaps the interpreter's work of building the window. Nothing is
written to the file before the check has answered: the store's first write waits for it (it has
long finished by then), and a damaged file is refused from then on, as it would have been at
open. Only a file that opening leaves untouched is checked this way (current schema, already in
WAL mode); one that must be migrated or switched to WAL is checked before that, at open.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from complaint_desk.store.errors import StoreError, StoreErrorKind


class AlongsideCheck:
    """`quick_check` of the file at `path` on a thread started at once; `findings()` waits.

    `open_reader(path)` gives the thread its own read-only store (store.store.open_reader)."""

    def __init__(
        self, path: Path, open_reader: Callable[[Path], AbstractContextManager[Any]]
    ) -> None:
        self._path = path
        self._open_reader = open_reader
        self._findings: list[str] = []
        self._thread = threading.Thread(target=self._run, name="quick_check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            with self._open_reader(self._path) as reader:
                self._findings = reader.database.quick_check()
        except StoreError as exc:
            # Too damaged to check counts as damaged; any other trouble (the file busy, gone)
            # is the writer's to meet and report when it writes.
            if exc.kind is StoreErrorKind.CORRUPT:
                self._findings = [exc.detail or exc.user_message]

    def findings(self) -> list[str]:
        """[] when the file is sound, else SQLite's findings (waits for the check to finish)."""
        self._thread.join()
        return self._findings
