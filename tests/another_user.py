"""Run a snippet as an ordinary user: root ignores file modes, so the tests of read-only files
and folders try them for real as `nobody` when the suite runs as root.

That user must be able to reach the interpreter, this checkout and the packages it imports; a
checkout in a private folder (e.g. one made by `mktemp -d`, 0700) is not reachable, and the test
is skipped with the reason instead of failing on an import error."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest


def _others_can_enter(path: Path) -> bool:
    """`path` and every folder above it let other users through (o+x)."""
    real = Path(os.path.realpath(path))
    return all(p.stat().st_mode & 0o001 for p in (real, *real.parents) if p.exists())


def _others_can_run(python: str) -> bool:
    real = Path(os.path.realpath(python))
    return real.is_file() and bool(real.stat().st_mode & 0o001) and _others_can_enter(real.parent)


def as_another_user(needs: list[Path]) -> tuple[str, dict]:
    """(interpreter, subprocess.run keyword arguments): this interpreter as is when not root;
    as root, one `nobody` can run, with that user's ids. Skips the test when no such interpreter
    exists or a folder in `needs` (the checkout, site-packages) is out of that user's reach."""
    if os.geteuid() != 0:
        return sys.executable, {}
    python = next((p for p in (sys.executable, "/usr/bin/python3") if _others_can_run(p)), "")
    if not python:
        pytest.skip("no Python interpreter another user can run")
    hidden = [str(p) for p in needs if not _others_can_enter(p)]
    if hidden:
        pytest.skip(f"another user cannot reach {', '.join(hidden)} (a private folder)")
    return python, {"user": 65534, "group": 65534, "extra_groups": []}
