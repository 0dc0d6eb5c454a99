"""Install and remove the menu entry, icon and metainfo in the XDG user folders.

`complaint-desk --install-desktop-entry` writes, under `$XDG_DATA_HOME` (or `~/.local/share`):

- `applications/<APP_ID>.desktop`, its `Exec` (and `TryExec`) set to this installation's
  absolute launcher, so the menu works without the venv on PATH;
- `icons/hicolor/scalable/apps/<APP_ID>.svg` and, when a renderer is given (QtSvg, passed in by
  the caller: this layer never imports QtGui), `icons/hicolor/<N>x<N>/apps/<APP_ID>.png` for
  the usual sizes, named as the entry's `Icon=` asks;
- `metainfo/<APP_ID>.metainfo.xml`.

`--uninstall-desktop-entry` removes exactly those files (and the icon folders that it leaves
empty), nothing else.
"""

from __future__ import annotations

import os
import shlex
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from complaint_desk import APP_ID
from complaint_desk.core.resources import resource_path

ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256)
ICON_SOURCE = ("icons", "complaint-desk.svg")
LAUNCHER = "complaint-desk"

# (svg_path, size, target_png) -> None; raises OSError/ValueError when it cannot render.
Renderer = Callable[[Path, int, Path], None]


def data_home(environ: dict[str, str] | None = None) -> Path:
    """`$XDG_DATA_HOME` when set to an absolute path (the spec ignores a relative one), else
    `~/.local/share`."""
    env = os.environ if environ is None else environ
    value = env.get("XDG_DATA_HOME", "")
    if value and os.path.isabs(value):
        return Path(value)
    return Path.home() / ".local" / "share"


def launcher_command() -> list[str]:
    """The absolute command that starts this installation.

    A frozen bundle is its own executable; a pip install has a `complaint-desk` script next to
    the interpreter (the venv's bin/ or Scripts/); otherwise the interpreter runs the module.
    """
    if getattr(sys, "frozen", False):
        return [str(Path(sys.executable).resolve())]
    argv0 = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if argv0 is not None and argv0.name in (LAUNCHER, LAUNCHER + ".exe") and argv0.is_file():
        return [str(argv0.absolute())]
    # Not resolved: a venv's python is a symlink to the system one, and the script sits next
    # to the link, not next to its target.
    bindir = Path(sys.executable).absolute().parent
    for name in (LAUNCHER, LAUNCHER + ".exe"):
        script = bindir / name
        if script.is_file():
            return [str(script)]
    return [str(Path(sys.executable).absolute()), "-m", "complaint_desk"]


def _exec_quote(arg: str) -> str:
    """Quote one argument for a .desktop Exec key (Desktop Entry spec, "The Exec key")."""
    if arg and not any(c in arg for c in " \t\n\"'\\><~|&;$*?#()`="):
        return arg
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in arg)
    return f'"{escaped}"'


def _desktop_escape(value: str) -> str:
    """A string value in a .desktop file escapes backslashes (so `\\\\` in the file is `\\`)."""
    return value.replace("\\", "\\\\")


@dataclass(frozen=True)
class Layout:
    """Where each file goes under one data folder."""

    root: Path

    @property
    def desktop(self) -> Path:
        return self.root / "applications" / f"{APP_ID}.desktop"

    @property
    def metainfo(self) -> Path:
        return self.root / "metainfo" / f"{APP_ID}.metainfo.xml"

    @property
    def scalable_icon(self) -> Path:
        return self.root / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"

    def png_icon(self, size: int) -> Path:
        return self.root / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"

    def all_files(self) -> list[Path]:
        return [
            self.desktop,
            self.metainfo,
            self.scalable_icon,
            *(self.png_icon(size) for size in ICON_SIZES),
        ]


def desktop_entry_text(command: list[str]) -> str:
    """The packaged entry with `Exec`/`TryExec` pointing at `command`."""
    template = resource_path("desktop", f"{APP_ID}.desktop").read_text(encoding="utf-8")
    exec_line = _desktop_escape(" ".join(_exec_quote(arg) for arg in command))
    out = []
    for line in template.splitlines():
        key = line.split("=", 1)[0].strip()
        if key == "Exec":
            out.append(f"Exec={exec_line}")
            out.append(f"TryExec={_desktop_escape(command[0])}")
        elif key == "TryExec":
            continue
        else:
            out.append(line)
    return "\n".join(out) + "\n"


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    os.chmod(tmp, 0o644)
    os.replace(tmp, path)


def install(
    root: Path | None = None,
    command: list[str] | None = None,
    render_png: Renderer | None = None,
) -> list[Path]:
    """Write the entry, icons and metainfo; returns the files written."""
    layout = Layout(root or data_home())
    command = command or launcher_command()
    written: list[Path] = []
    _write(layout.desktop, desktop_entry_text(command).encode("utf-8"))
    written.append(layout.desktop)
    svg = resource_path(*ICON_SOURCE)
    _write(layout.scalable_icon, svg.read_bytes())
    written.append(layout.scalable_icon)
    if render_png is not None:
        for size in ICON_SIZES:
            target = layout.png_icon(size)
            target.parent.mkdir(parents=True, exist_ok=True)
            render_png(svg, size, target)
            os.chmod(target, 0o644)
            written.append(target)
    _write(layout.metainfo, resource_path("desktop", f"{APP_ID}.metainfo.xml").read_bytes())
    written.append(layout.metainfo)
    _touch_icon_theme(layout.root)
    return written


def uninstall(root: Path | None = None) -> list[Path]:
    """Remove exactly what `install` writes; returns the files removed."""
    layout = Layout(root or data_home())
    removed = []
    for path in layout.all_files():
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        removed.append(path)
        _prune(path.parent, stop=layout.root / "icons" / "hicolor")
    _touch_icon_theme(layout.root)
    return removed


def _prune(folder: Path, stop: Path) -> None:
    """Remove the icon folders (`<size>/apps`, `<size>`) a removal left empty, up to `stop`."""
    while folder != stop and stop in folder.parents:
        try:
            folder.rmdir()
        except OSError:
            return  # not empty (another app's icon), or gone
        folder = folder.parent


def _touch_icon_theme(root: Path) -> None:
    """Icon caches (GTK, KDE) notice new icons when the theme folder's time changes."""
    hicolor = root / "icons" / "hicolor"
    if hicolor.is_dir():
        try:
            os.utime(hicolor)
        except OSError:
            pass


def describe(paths: list[Path]) -> str:
    return "\n".join(shlex.quote(str(p)) for p in paths)
