"""The habits the style guide asks for, run with the tests: ruff (lint + format) and mypy."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _run(tool: str, *args: str) -> None:
    if importlib.util.find_spec(tool) is None:
        pytest.skip(f"{tool} is not installed (pip install -e '.[test]')")
    result = subprocess.run(
        [sys.executable, "-m", tool, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    if result.returncode != 0:
        pytest.fail(
            f"{tool} {' '.join(args)} failed (exit {result.returncode}):\n"
            f"{result.stdout}{result.stderr}",
            pytrace=False,
        )


def test_ruff_lint() -> None:
    _run("ruff", "check", ".")


def test_ruff_format() -> None:
    _run("ruff", "format", "--check", ".")


def test_mypy() -> None:
    # Files and settings come from [tool.mypy] in pyproject.toml; the incremental cache under
    # .mypy_cache keeps a re-run to about a second.
    _run("mypy", "--cache-dir", str(ROOT / ".mypy_cache"))
