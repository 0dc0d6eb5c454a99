"""One window per data folder: a second copy of the app on the same data would race the first.

QLockFile notices a lock left by a crashed process (stale after a while, or a dead PID) and takes
it over, so a crash never locks the user out.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile

LOCK_NAME = "complaint-desk.lock"


def acquire(data_dir: Path) -> QLockFile | None:
    """Hold the folder's lock (keep the returned object alive), or None if another copy has it."""
    data_dir.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(data_dir / LOCK_NAME))
    lock.setStaleLockTime(0)  # only a dead owner makes it stale, never its age
    if lock.tryLock(100):
        return lock
    return None
