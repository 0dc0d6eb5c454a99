"""The .deb, end to end: tools/build_deb.sh builds it, tools/smoke_deb.sh installs it, runs
`complaint-desk --demo --screenshot`, removes it and checks nothing is left.

It takes about two minutes and installs a package as root, so it runs only when asked:
COMPLAINT_DESK_DEB_SMOKE=1 (and COMPLAINT_DESK_DEB_SMOKE_CHROOT=BASE to install into a fresh copy
of a debootstrap root instead of this machine). It needs Linux, root, dpkg-deb, dpkg-shlibdeps
and network access to PyPI (PyInstaller goes into a throwaway venv).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.skipif(
        os.environ.get("COMPLAINT_DESK_DEB_SMOKE") != "1",
        reason="builds and installs the .deb (~2 min, as root): set COMPLAINT_DESK_DEB_SMOKE=1",
    ),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a .deb is for Linux"),
    pytest.mark.skipif(
        shutil.which("dpkg-deb") is None or shutil.which("dpkg-shlibdeps") is None,
        reason="needs dpkg-deb and dpkg-shlibdeps (apt install dpkg-dev)",
    ),
    pytest.mark.skipif(
        not hasattr(os, "geteuid") or os.geteuid() != 0, reason="dpkg -i / dpkg -P need root"
    ),
]


def _run(*cmd: str, timeout: int) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "PYTEST"))}
    result = subprocess.run(
        cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )
    output = result.stdout + result.stderr
    if result.returncode != 0:
        pytest.fail(f"{' '.join(cmd)} failed ({result.returncode}):\n{output}", pytrace=False)
    return output


def test_deb_builds_installs_runs_and_leaves_nothing() -> None:
    built = _run("bash", "tools/build_deb.sh", timeout=1200)
    deb = Path(built.strip().splitlines()[-1])
    assert deb.name.startswith("complaint-desk_") and deb.suffix == ".deb" and deb.is_file()
    base = os.environ.get("COMPLAINT_DESK_DEB_SMOKE_CHROOT")
    smoke = ("--chroot", base) if base else ()
    # No .deb argument: smoke_deb.sh takes the newest in dist/ (the one just built), and the
    # command line stays free of "complaint-desk" (other sessions may end processes by name).
    out = _run("bash", "tools/smoke_deb.sh", *smoke, timeout=600)
    assert "smoke: all passed" in out, out
    assert "selftest: all passed" in out, out
