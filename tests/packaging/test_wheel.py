"""The wheel carries every package: a subpackage missing from pyproject's list would install an
app that fails on its first import of it (editable installs hide that)."""

from __future__ import annotations

import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _listed() -> set[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    return set(config["tool"]["setuptools"]["packages"])


def _folders() -> set[str]:
    package = ROOT / "complaint_desk"
    found = {".".join(init.parent.relative_to(ROOT).parts) for init in package.rglob("__init__.py")}
    return found | {"complaint_desk.resources"}  # mapped from resources/ (package-dir)


def test_every_package_folder_is_listed():
    assert _listed() == _folders()


def test_the_built_wheel_holds_every_module(tmp_path):
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "-q",
            "--no-deps",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    sources = {str(p.relative_to(ROOT)) for p in (ROOT / "complaint_desk").rglob("*.py")}
    assert sources <= names, sorted(sources - names)[:5]
    assert "complaint_desk/resources/tone/weights.json" in names
