"""One window per data folder: a second copy of the app on the same data would race the first.

QLockFile notices a lock left by a crashed process whose PID is gone and takes it over. It cannot
tell when that PID was since reused by another program of the same name (any `python3`): then
the lock is checked here against the process's command line (/proc/<pid>/cmdline, where there is
one), and a lock whose owner is not Complaint Desk is taken over too, so a crash never locks the
person out.

Each way of failing has its own `LockFailure` and message with what to do: another running
copy, a read-only data folder, a data path that is a file, or anything else the system said.
"""

from __future__ import annotations

import errno
import os
from enum import StrEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLockFile, QSysInfo

from complaint_desk.paths import RESTORE_MARKER, NotAFolderError, private_dir

LOCK_NAME = "complaint-desk.lock"
# Words in the command line of a running Complaint Desk (`complaint-desk`, `-m complaint_desk`).
OUR_COMMAND_WORDS = ("complaint_desk", "complaint-desk")
PROC = Path("/proc")


class LockFailure(StrEnum):
    ANOTHER_COPY = "another_copy"
    READ_ONLY_FOLDER = "read_only_folder"
    NOT_A_FOLDER = "not_a_folder"
    UNAVAILABLE = "unavailable"


class InstanceLockError(Exception):
    """The data folder's lock could not be taken; `user_message` says why and what to do."""

    def __init__(self, kind: LockFailure, user_message: str, folder: Path) -> None:
        super().__init__(user_message)
        self.kind = kind
        self.user_message = user_message
        self.folder = folder


def take(data_dir: Path) -> QLockFile:
    """Hold the folder's lock (keep the returned object alive), making the folder (0700) if
    needed. Raises InstanceLockError for each way this can fail."""
    folder = Path(data_dir)
    try:
        private_dir(folder, tighten=(folder / LOCK_NAME).exists())
    except NotAFolderError as exc:
        raise InstanceLockError(LockFailure.NOT_A_FOLDER, exc.user_message, folder) from exc
    except OSError as exc:
        raise _os_failure(folder, exc) from exc
    lock = QLockFile(str(folder / LOCK_NAME))
    lock.setStaleLockTime(0)  # only a dead owner makes it stale, never its age
    # A restore restarts the app: the copy that staged it may still be quitting.
    wait_ms = 8000 if (folder / RESTORE_MARKER).exists() else 100
    if lock.tryLock(wait_ms):
        return lock
    error = lock.error()
    if error == QLockFile.LockError.LockFailedError:
        pid, host = _owner(lock)
        if pid and not is_complaint_desk(pid, host) and lock.removeStaleLockFile():
            if lock.tryLock(100):
                return lock
        raise InstanceLockError(LockFailure.ANOTHER_COPY, _another_copy_message(pid), folder)
    if error == QLockFile.LockError.PermissionError or not os.access(folder, os.W_OK):
        raise _read_only(folder)
    raise InstanceLockError(
        LockFailure.UNAVAILABLE,
        f"Complaint Desk can't use the data folder {folder}: its lock file could not be made "
        "there. Check that the folder is reachable and the disk is not full, or choose another "
        "folder with --data-dir.",
        folder,
    )


def acquire(data_dir: Path) -> QLockFile | None:
    """`take`, but None when another copy holds the lock (other failures still raise)."""
    try:
        return take(data_dir)
    except InstanceLockError as exc:
        if exc.kind is LockFailure.ANOTHER_COPY:
            return None
        raise


def is_complaint_desk(pid: int, host: str = "") -> bool:
    """Whether the lock owner `pid` (on `host`) may be a running Complaint Desk.

    False only when it surely is not: on this machine, with a readable /proc/<pid>/cmdline
    that names neither the module nor the command. This process counts as a copy (a second
    lock in one process is a second window). Without /proc, trust QLockFile's own check."""
    if pid == os.getpid():
        return True
    if host and host != QSysInfo.machineHostName():
        return True  # a copy on another machine sharing the folder: cannot look
    try:
        raw = (PROC / str(pid) / "cmdline").read_bytes()
    except FileNotFoundError:
        return not PROC.is_dir()  # no such process (or no /proc at all: cannot tell)
    except OSError:
        return True
    command = raw.replace(b"\0", b" ").decode("utf-8", "replace")
    if not command.strip():
        return False  # a zombie: whatever it was, it no longer runs
    return any(word in command for word in OUR_COMMAND_WORDS)


def _owner(lock: QLockFile) -> tuple[int, str]:
    """The lock's (pid, hostname), or (0, "") when it cannot be read."""
    try:
        info: Any = lock.getLockInfo()
    except (TypeError, ValueError):  # pragma: no cover - binding differences
        return 0, ""
    if not isinstance(info, tuple) or len(info) < 2:
        return 0, ""
    values = list(info)
    if isinstance(values[0], bool):  # (ok, pid, host, app) in some bindings
        if not values[0]:
            return 0, ""
        values = values[1:]
    try:
        return int(values[0]), str(values[1])
    except (TypeError, ValueError):
        return 0, ""


def _another_copy_message(pid: int) -> str:
    which = f" (process {pid})" if pid else ""
    return (
        f"Complaint Desk is already open on this data folder{which}. Switch to that window: "
        "only one copy may use the same data at a time. To run a second copy, give it another "
        "folder with --data-dir."
    )


def _read_only(folder: Path) -> InstanceLockError:
    return InstanceLockError(
        LockFailure.READ_ONLY_FOLDER,
        f"The data folder {folder} is read-only, so Complaint Desk can't keep your data there. "
        "Make the folder writable, or choose another folder with --data-dir.",
        folder,
    )


def _os_failure(folder: Path, exc: OSError) -> InstanceLockError:
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return _read_only(folder)
    reason = exc.strerror or str(exc)
    return InstanceLockError(
        LockFailure.UNAVAILABLE,
        f"Complaint Desk can't use the data folder {folder}: {reason}. Check that it is "
        "reachable, or choose another folder with --data-dir.",
        folder,
    )
