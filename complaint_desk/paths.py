"""Every path the app uses, from platformdirs with an override. Nothing is created on import."""

from __future__ import annotations

import os
from pathlib import Path

ENV_HOME = "COMPLAINT_DESK_HOME"
DATABASE_NAME = "complaint-desk.db"


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
