"""Environment errors (locked, read-only, full, corrupt...) turned into calm, actionable messages.

Only the user's environment is translated here. Programming errors (bad ids, constraint
violations, misuse of the API) are never mapped: they must surface loudly as the original
exception.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from enum import StrEnum
from pathlib import Path


class StoreErrorKind(StrEnum):
    LOCKED = "locked"
    READ_ONLY = "read_only"
    DISK_FULL = "disk_full"
    CORRUPT = "corrupt"
    TOO_NEW = "too_new"
    UNAVAILABLE = "unavailable"


class StoreError(Exception):
    """The data file cannot be used right now; `user_message` says what to do about it."""

    def __init__(
        self,
        kind: StoreErrorKind,
        user_message: str,
        *,
        path: Path | None = None,
        detail: str = "",
    ) -> None:
        super().__init__(user_message if not detail else f"{user_message} ({detail})")
        self.kind = kind
        self.user_message = user_message
        self.path = path
        self.detail = detail


class NotFoundError(LookupError):
    """An update named a record that does not exist (a bug in the caller, not the environment)."""


class ImportFileError(ValueError):
    """An import file cannot be used; `user_message` says why in plain words."""

    def __init__(self, user_message: str) -> None:
        super().__init__(user_message)
        self.user_message = user_message


# Said of whatever was being saved (a draft, a vendor, a case...): the window keeps it on screen.
_KEPT = "What you typed is still on screen"

MESSAGES: dict[StoreErrorKind, str] = {
    StoreErrorKind.LOCKED: (
        "Your data file is busy: another program (or another copy of Complaint Desk) is using "
        f"it right now. {_KEPT}; saving will be tried again in a moment."
    ),
    StoreErrorKind.READ_ONLY: (
        "Your data file or its folder is read-only, so changes can't be saved. "
        f"{_KEPT}; make them writable, or choose another folder with --data-dir."
    ),
    StoreErrorKind.DISK_FULL: (
        "The disk that holds your data is full, so changes can't be saved. "
        f"{_KEPT}; free some space and it will be saved on the next try."
    ),
    StoreErrorKind.CORRUPT: (
        "Your data file is damaged or is not a Complaint Desk file, so it can't be used. "
        "Close Complaint Desk and restore a backup (see --data-dir to use another folder)."
    ),
    StoreErrorKind.TOO_NEW: (
        "Your data file was saved by a newer version of Complaint Desk. Nothing was changed; "
        "update Complaint Desk to open it, or choose another folder with --data-dir."
    ),
    StoreErrorKind.UNAVAILABLE: (
        f"Your data file can't be reached right now. {_KEPT}; check that the folder exists "
        "and is reachable, or choose another folder with --data-dir."
    ),
}

# The same problems met while opening the file at start-up, when nothing has been typed yet.
OPEN_MESSAGES: dict[StoreErrorKind, str] = {
    StoreErrorKind.LOCKED: (
        "Your data file is busy: another program is using it, so Complaint Desk can't open it. "
        "Nothing was changed. Close that program, or wait a moment, and start again."
    ),
    StoreErrorKind.READ_ONLY: (
        "Your data folder is read-only, so Complaint Desk can't create or update its data file "
        "there. Make the folder writable, or choose another folder with --data-dir."
    ),
    StoreErrorKind.DISK_FULL: (
        "The disk that holds your data is full, so Complaint Desk can't open its data file. "
        "Free some space and start it again, or choose another folder with --data-dir."
    ),
    StoreErrorKind.UNAVAILABLE: (
        "Your data file can't be opened. Check that the folder exists and is reachable, "
        "or choose another folder with --data-dir."
    ),
}


def read_only_file_warning(path: Path) -> str:
    """What the window says, for the whole session, when the data file itself is read-only."""
    return (
        "Your data file is read-only: nothing you change can be saved. Close Complaint Desk, "
        f"make {path} writable (or choose another folder with --data-dir), and start it again."
    )


def at_open(exc: StoreError) -> StoreError:
    """`exc` reworded for start-up (no words about something typed), same kind and path."""
    if exc.user_message == MESSAGES.get(exc.kind) and exc.kind in OPEN_MESSAGES:
        reworded = StoreError(exc.kind, OPEN_MESSAGES[exc.kind], path=exc.path, detail=exc.detail)
        reworded.__cause__ = exc.__cause__
        return reworded
    return exc


# Primary SQLite result codes (the low byte of an extended code).
_SQLITE_KINDS: dict[int, StoreErrorKind] = {
    3: StoreErrorKind.READ_ONLY,  # SQLITE_PERM
    5: StoreErrorKind.LOCKED,  # SQLITE_BUSY
    6: StoreErrorKind.LOCKED,  # SQLITE_LOCKED
    8: StoreErrorKind.READ_ONLY,  # SQLITE_READONLY
    10: StoreErrorKind.UNAVAILABLE,  # SQLITE_IOERR
    11: StoreErrorKind.CORRUPT,  # SQLITE_CORRUPT
    13: StoreErrorKind.DISK_FULL,  # SQLITE_FULL
    14: StoreErrorKind.UNAVAILABLE,  # SQLITE_CANTOPEN
    15: StoreErrorKind.LOCKED,  # SQLITE_PROTOCOL (lock race)
    26: StoreErrorKind.CORRUPT,  # SQLITE_NOTADB
}

# Fallback when the exception carries no code (older SQLite, or a wrapper that raised it).
_SQLITE_MESSAGES: tuple[tuple[str, StoreErrorKind], ...] = (
    ("database is locked", StoreErrorKind.LOCKED),
    ("database table is locked", StoreErrorKind.LOCKED),
    ("database schema is locked", StoreErrorKind.LOCKED),
    ("readonly database", StoreErrorKind.READ_ONLY),
    ("read-only", StoreErrorKind.READ_ONLY),
    ("database or disk is full", StoreErrorKind.DISK_FULL),
    ("file is not a database", StoreErrorKind.CORRUPT),
    ("file is encrypted or is not a database", StoreErrorKind.CORRUPT),
    ("database disk image is malformed", StoreErrorKind.CORRUPT),
    ("could not decode to utf-8", StoreErrorKind.CORRUPT),  # damaged text bytes in a row
    ("unable to open database file", StoreErrorKind.UNAVAILABLE),
    ("disk i/o error", StoreErrorKind.UNAVAILABLE),
)

_OS_KINDS: dict[int, StoreErrorKind] = {
    errno.EACCES: StoreErrorKind.READ_ONLY,
    errno.EPERM: StoreErrorKind.READ_ONLY,
    errno.EROFS: StoreErrorKind.READ_ONLY,
    errno.ENOSPC: StoreErrorKind.DISK_FULL,
    errno.EDQUOT: StoreErrorKind.DISK_FULL,
}


def kind_of(exc: BaseException) -> StoreErrorKind | None:
    """The environment problem behind `exc`, or None when it is not one (i.e. a bug)."""
    if isinstance(exc, StoreError):
        return exc.kind
    if isinstance(exc, sqlite3.IntegrityError | sqlite3.ProgrammingError | sqlite3.InterfaceError):
        return None
    if isinstance(exc, sqlite3.OperationalError | sqlite3.DatabaseError):
        code = getattr(exc, "sqlite_errorcode", None)
        if isinstance(code, int) and (code & 0xFF) in _SQLITE_KINDS:
            return _SQLITE_KINDS[code & 0xFF]
        text = str(exc).lower()
        for needle, kind in _SQLITE_MESSAGES:
            if needle in text:
                return kind
        return None
    if isinstance(exc, OSError):
        return _OS_KINDS.get(exc.errno or 0, StoreErrorKind.UNAVAILABLE)
    return None


def translate(exc: BaseException, path: Path | None = None) -> StoreError | None:
    """A StoreError for an environment problem, or None when `exc` must propagate unchanged."""
    if isinstance(exc, StoreError):
        return exc
    kind = kind_of(exc)
    if kind is None:
        return None
    if kind is StoreErrorKind.UNAVAILABLE and path is not None and _folder_read_only(path):
        # SQLite says "unable to open" when it cannot create the file or its -wal/-shm
        # companions; in a folder we cannot write to, that is really "read-only".
        kind = StoreErrorKind.READ_ONLY
    return StoreError(kind, MESSAGES[kind], path=path, detail=str(exc))


def _folder_read_only(path: Path) -> bool:
    folder = path.parent
    return folder.is_dir() and not os.access(folder, os.W_OK)
