"""The store never imports Qt: every store module imports with PySide6 blocked."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import complaint_desk.store

ROOT = Path(__file__).resolve().parents[2]

_PROBE = """
import importlib, sys

class _BlockQt:
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6."):
            raise ImportError("Qt is not allowed in the store")
        return None

sys.meta_path.insert(0, _BlockQt())
for name in sys.argv[1:]:
    importlib.import_module(name)
assert not any(m.startswith("PySide6") for m in sys.modules)
print("ok")
"""


def test_store_modules_import_without_qt():
    names = [
        f"complaint_desk.store.{m.name}"
        for m in pkgutil.iter_modules(complaint_desk.store.__path__)
    ]
    assert "complaint_desk.store.store" in names
    result = subprocess.run(
        [sys.executable, "-c", _PROBE, *names],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_no_sql_outside_the_store():
    """A cheap guard for the layering: only store/ talks to sqlite3."""
    package = ROOT / "complaint_desk"
    offenders = [
        str(path.relative_to(ROOT))
        for path in package.rglob("*.py")
        if "store" not in path.relative_to(package).parts[:1]
        and "import sqlite3" in path.read_text(encoding="utf-8")
    ]
    assert offenders == []
