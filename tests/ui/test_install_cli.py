"""The command line as an installed app uses it: Qt's own options pass through, --theme, and one
line naming the missing system package when Qt's X11 plugin cannot load."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from complaint_desk import __main__ as cli


def test_qt_options_are_split_from_ours():
    ours, qt = cli.split_qt_args(
        ["-style", "fusion", "--demo", "-reverse", "--theme", "dark", "-platform=offscreen"]
    )
    assert ours == ["--demo", "--theme", "dark"]
    assert qt == ["-style", "fusion", "-reverse", "-platform=offscreen"]
    args = cli.parse_args(["--style", "Fusion", "--view", "copy"])
    assert args.qt_args == ["--style", "Fusion"] and args.view == "copy"


def test_unknown_options_are_still_refused(capsys):
    with pytest.raises(SystemExit):
        cli.parse_args(["--no-such-option"])
    with pytest.raises(SystemExit):
        cli.parse_args(["--theme", "purple"])


def test_style_and_reverse_reach_qapplication(tmp_path):
    target = tmp_path / "x.png"
    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "import complaint_desk.__main__ as m\n"
        "real = m._screenshot\n"
        "def spy(app, *a):\n"
        "    print('STYLE', app.style().name(), 'RTL', app.isRightToLeft())\n"
        "    return real(app, *a)\n"
        "m._screenshot = spy\n"
        "sys.exit(m.main(['-style', 'fusion', '-reverse', '--demo',\n"
        f"                 '--screenshot', {str(target)!r}]))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, env=env
    )
    assert result.returncode == 0, result.stderr
    assert "STYLE fusion RTL True" in result.stdout
    assert target.exists()


def test_missing_xcb_library_is_named_with_its_package():
    env = {"DISPLAY": ":0"}

    def load(name):
        if name == "libxcb-cursor.so.0":
            raise OSError(name)

    assert cli.missing_x11_library(env, load=load) == "libxcb-cursor.so.0"
    line = cli.x11_advice("libxcb-cursor.so.0", family="debian")
    assert "sudo apt install libxcb-cursor0" in line and "\n" not in line
    assert "sudo dnf install xcb-util-cursor" in cli.x11_advice("libxcb-cursor.so.0", "fedora")
    assert "pacman -S xcb-util-cursor" in cli.x11_advice("libxcb-cursor.so.0", "arch")
    assert "Fedora: xcb-util-cursor" in cli.x11_advice("libxcb-cursor.so.0", "")


def test_no_check_when_qt_will_not_use_x11():
    def refuse(name):
        raise OSError(name)

    assert cli.missing_x11_library({}, load=refuse) is None
    assert cli.missing_x11_library({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"}, refuse) is None
    wayland = {"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"}
    assert cli.missing_x11_library(wayland, load=refuse) is None


def test_distro_family_from_os_release():
    assert cli._distro_family("ID=ubuntu\nID_LIKE=debian\n") == "debian"
    assert cli._distro_family('ID="rocky"\nID_LIKE="rhel centos fedora"\n') == "fedora"
    assert cli._distro_family("ID=endeavouros\nID_LIKE=arch\n") == "arch"
    assert cli._distro_family("ID=alpine\n") == ""


def test_this_system_has_the_x11_libraries():
    """On this box (and CI) nothing is missing: the check must not stop a working install."""
    assert cli.missing_x11_library({"DISPLAY": ":0"}) is None


def test_main_prints_one_line_and_exits_1_when_a_library_is_missing(monkeypatch, capsys):
    monkeypatch.setattr(cli, "missing_x11_library", lambda: "libxcb-icccm.so.4")
    monkeypatch.setattr(cli, "_distro_family", lambda: "debian")
    assert cli.main(["--demo"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "sudo apt install libxcb-icccm4" in err[0]
