"""Every path the app uses, from platformdirs with an override. Nothing is created on import.

Also the helpers that keep what the app writes private, whatever the umask: folders it makes are
0700 and files it writes 0600 (`private_dir`, `open_private`, `write_private`, `make_private`).
"""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import IO, Any

ENV_HOME = "COMPLAINT_DESK_HOME"
DATABASE_NAME = "complaint-desk.db"
RESTORE_MARKER = "restore-pending.json"  # File ▸ Restore: carried out by the next start

PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data folder: --data-dir, else $COMPLAINT_DESK_HOME, else the platform's user data dir."""
    if override:
        return Path(override).expanduser().resolve()
    env = os.environ.get(ENV_HOME)
    if env:
        return Path(env).expanduser().resolve()
    from platformdirs import user_data_dir  # only when no folder is given: not at every start

    return Path(user_data_dir("complaint-desk", appauthor=False))


def database_path(folder: Path) -> Path:
    return folder / DATABASE_NAME


class NotAFolderError(NotADirectoryError):
    """The data-folder path (or a folder above it) is a regular file."""

    def __init__(self, path: Path, blocking: Path) -> None:
        super().__init__(errno.ENOTDIR, "is a file, not a folder", str(blocking))
        self.path = path
        self.blocking = blocking

    @property
    def user_message(self) -> str:
        return (
            f"{self.blocking} is a file, not a folder, so Complaint Desk can't keep its data in "
            f"{self.path}. Choose a folder with --data-dir (or move that file away)."
        )


def file_in_the_way(path: Path) -> Path | None:
    """The regular file at `path` or above it that stops `path` being a folder, if any."""
    for candidate in (path, *path.parents):
        try:
            if candidate.is_dir():
                return None
            if candidate.exists():
                return candidate
        except OSError:
            return None
    return None


def private_dir(path: Path, *, tighten: bool = False) -> Path:
    """Make the folder `path` (and any missing parents) if needed; a folder made here is 0700.

    `tighten=True` also takes group and other access away from an existing folder. Raises
    NotAFolderError when a regular file is in the way, OSError for anything else.
    """
    path = Path(path)
    blocking = file_in_the_way(path)
    if blocking is not None:
        raise NotAFolderError(path, blocking)
    existed = path.is_dir()
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
    if not existed or tighten:
        mode = path.stat().st_mode & 0o777
        if mode != PRIVATE_DIR_MODE and (not existed or mode & 0o077):
            try:
                os.chmod(path, PRIVATE_DIR_MODE)  # mkdir's mode is filtered by the umask
            except OSError:
                if not existed:
                    raise
                # someone else's folder (or no modes here): use it as it is
    return path


def make_private(path: Path) -> None:
    """Take group and other access away from an existing file (best effort: a file we do not own
    or on a file system without modes stays as it is)."""
    try:
        if os.stat(path).st_mode & 0o077:
            os.chmod(path, PRIVATE_FILE_MODE)
    except OSError:
        pass


def open_private(path: Path, mode: str = "wb", **kwargs: Any) -> IO[Any]:
    """Open `path` for writing (created or truncated) as a 0600 file, whatever the umask."""
    if not any(m in mode for m in "wax"):
        raise ValueError("open_private is for writing")
    flags = os.O_WRONLY | os.O_CREAT | getattr(os, "O_CLOEXEC", 0)
    if "x" in mode:
        flags |= os.O_EXCL
    elif "a" in mode:
        flags |= os.O_APPEND
    else:
        flags |= os.O_TRUNC
    fd = os.open(path, flags, PRIVATE_FILE_MODE)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, PRIVATE_FILE_MODE)  # the file may have existed with wider access
        return os.fdopen(fd, mode, **kwargs)
    except BaseException:
        os.close(fd)
        raise


def write_private(path: Path, data: bytes | str, *, encoding: str = "utf-8") -> None:
    """Write `data` to `path` as a 0600 file, atomically (a sibling `.partial`, fsync, rename)."""
    path = Path(path)
    partial = path.with_name(path.name + ".partial")
    raw = data.encode(encoding, "surrogatepass") if isinstance(data, str) else data
    try:
        with open_private(partial, "wb") as fh:
            fh.write(raw)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(partial, path)
    except BaseException:
        try:
            partial.unlink(missing_ok=True)
        except OSError:
            pass
        raise
