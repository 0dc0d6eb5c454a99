"""--install-desktop-entry / --uninstall-desktop-entry against a temporary XDG_DATA_HOME."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from complaint_desk import APP_ID
from complaint_desk.app import desktop_entry


def _run(*args: str, data_home: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, XDG_DATA_HOME=str(data_home), QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "complaint_desk", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        stdin=subprocess.DEVNULL,
    )


def _files(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}


def test_install_puts_entry_icons_and_metainfo_where_the_desktop_looks(tmp_path):
    result = _run("--install-desktop-entry", data_home=tmp_path)
    assert result.returncode == 0, result.stderr
    expected = {
        f"applications/{APP_ID}.desktop",
        f"metainfo/{APP_ID}.metainfo.xml",
        f"icons/hicolor/scalable/apps/{APP_ID}.svg",
        *(f"icons/hicolor/{n}x{n}/apps/{APP_ID}.png" for n in desktop_entry.ICON_SIZES),
    }
    assert _files(tmp_path) == expected
    entry = configparser.ConfigParser(interpolation=None)
    entry.read(tmp_path / "applications" / f"{APP_ID}.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    # The icon is found under the name the entry asks for.
    assert section["Icon"] == APP_ID
    # Exec is this installation's absolute launcher, not a bare name that needs the venv on PATH.
    command = section["Exec"]
    assert os.path.isabs(command.split()[0].strip('"'))
    assert Path(section["TryExec"]).exists()
    from PySide6.QtGui import QImage

    for n in desktop_entry.ICON_SIZES:
        image = QImage(str(tmp_path / f"icons/hicolor/{n}x{n}/apps/{APP_ID}.png"))
        assert (image.width(), image.height()) == (n, n)
        assert image.hasAlphaChannel()


def test_uninstall_removes_exactly_what_install_wrote(tmp_path):
    other = tmp_path / "applications" / "someone-else.desktop"
    other.parent.mkdir(parents=True)
    other.write_text("[Desktop Entry]\n")
    other_icon = tmp_path / "icons/hicolor/48x48/apps/other.png"
    other_icon.parent.mkdir(parents=True)
    other_icon.write_bytes(b"png")
    before = _files(tmp_path)
    assert _run("--install-desktop-entry", data_home=tmp_path).returncode == 0
    assert len(_files(tmp_path)) > len(before)
    result = _run("--uninstall-desktop-entry", data_home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert _files(tmp_path) == before
    # Icon folders the install made and left empty are gone; a shared one stays.
    assert not (tmp_path / "icons/hicolor/256x256").exists()
    assert other_icon.exists()
    again = _run("--uninstall-desktop-entry", data_home=tmp_path)
    assert again.returncode == 0 and "Nothing to remove" in again.stdout


def test_exec_quotes_a_path_with_spaces():
    text = desktop_entry.desktop_entry_text(["/opt/My Apps/complaint-desk"])
    assert 'Exec="/opt/My Apps/complaint-desk"' in text
    module = desktop_entry.desktop_entry_text(["/usr/bin/python3", "-m", "complaint_desk"])
    assert "Exec=/usr/bin/python3 -m complaint_desk" in module


def test_data_home_follows_the_spec(tmp_path, monkeypatch):
    assert desktop_entry.data_home({"XDG_DATA_HOME": str(tmp_path)}) == tmp_path
    monkeypatch.setenv("HOME", str(tmp_path))
    expected = tmp_path / ".local" / "share"
    assert desktop_entry.data_home({"XDG_DATA_HOME": "relative/path"}) == expected
    assert desktop_entry.data_home({}) == expected


def test_install_without_qtsvg_still_installs_the_scalable_icon(tmp_path):
    files = desktop_entry.install(tmp_path, command=["/x/complaint-desk"], render_png=None)
    assert tmp_path / f"icons/hicolor/scalable/apps/{APP_ID}.svg" in files
    assert not any(p.suffix == ".png" for p in files)
    assert set(desktop_entry.uninstall(tmp_path)) == set(files)


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils")
def test_installed_entry_validates_without_hints(tmp_path):
    desktop_entry.install(tmp_path, command=["/opt/complaint-desk/complaint-desk"])
    result = subprocess.run(
        ["desktop-file-validate", str(tmp_path / f"applications/{APP_ID}.desktop")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0 and not (result.stdout + result.stderr).strip(), result.stdout


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstream")
def test_metainfo_validates_pedantic():
    from complaint_desk.core.resources import resource_path

    result = subprocess.run(
        [
            "appstreamcli",
            "validate",
            "--pedantic",
            "--no-net",
            str(resource_path("desktop", f"{APP_ID}.metainfo.xml")),
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout
    # Nothing worse than the ID's capitals (reverse-DNS style) and, on appstream < 1.0, not
    # knowing the newer <developer> tag.
    problems = [
        line
        for line in result.stdout.splitlines()
        if line[:2] in ("E:", "W:", "P:", "I:")
        and "cid-contains-uppercase-letter" not in line
        and "unknown-tag developer" not in line
    ]
    assert not problems, result.stdout
