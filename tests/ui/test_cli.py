"""The command line: --demo --screenshot renders every view and exits; errors go to stderr."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtGui import QImage

from complaint_desk.paths import database_path

VIEWS = ("drafts", "case", "vendors", "scorecard", "copy")


def _run(*args: str, env_extra: dict | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.update(env_extra or {})
    return subprocess.run(
        [sys.executable, "-m", "complaint_desk", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        stdin=subprocess.DEVNULL,
    )


@pytest.mark.parametrize("view", VIEWS)
def test_demo_screenshot_of_every_view(tmp_path, view, qapp):
    target = tmp_path / f"{view}.png"
    result = _run("--demo", "--screenshot", str(target), "--view", view)
    assert result.returncode == 0, result.stderr
    image = QImage(str(target))
    assert image.width() >= 1000 and image.height() >= 600
    # Not a blank canvas: more than a handful of distinct colours.
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 29)
    }
    assert len(colours) > 5


def test_corrupt_database_is_reported_on_stderr_with_status_1(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    database_path(folder).write_bytes(b"this is not a database" * 100)
    result = _run("--data-dir", str(folder), "--screenshot", str(tmp_path / "x.png"))
    assert result.returncode == 1
    assert "complaint-desk:" in result.stderr
    assert not (tmp_path / "x.png").exists()
    assert database_path(folder).read_bytes().startswith(b"this is not"), "left intact"


def test_data_dir_from_environment(tmp_path):
    folder = tmp_path / "from-env"
    result = _run(
        "--screenshot", str(tmp_path / "y.png"), env_extra={"COMPLAINT_DESK_HOME": str(folder)}
    )
    assert result.returncode == 0, result.stderr
    assert database_path(folder).exists()
