"""Walk Complaint Desk's accessibility tree the way a screen reader does (AT-SPI), and fail on
any focusable object without a name.

    /usr/bin/python3 tools/a11y_walk.py [--python .venv/bin/python] [--display :105] [--dark]

Needs the system Python's pyatspi (Debian: python3-pyatspi), at-spi2-core, dbus-run-session
(dbus-x11 or dbus-daemon) and Xvfb. The script starts its own X server on `--display` (unless
one answers there), re-runs itself inside a private D-Bus session, starts the app
(tools/a11y_app.py: the main window on sample data with every dialog open beside it) with
QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1, selects each tab of the main window through AT-SPI, and
prints the tree: role, name, and [F] for focusable objects. A focusable object counts as named
when it has a name or a label that names it (AT-SPI's labelled-by relation: what Orca reads for
a combo box). Exit status 1 when any is unnamed (or nothing was found), 0 otherwise.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INNER = "A11Y_WALK_INNER"
# Parts of a table or list are reached with the arrow keys once the table has focus: the table
# is checked, its cells are not walked (an empty cell has no name, rightly).
NO_DESCENT = {"table", "tree table", "list", "list box", "tree", "menu"}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--python", default=str(ROOT / ".venv" / "bin" / "python"))
    parser.add_argument("--display", default=":105")
    parser.add_argument("--dark", action="store_true", help="walk the app in its Dark theme")
    parser.add_argument("--quiet", action="store_true", help="only the unnamed and the counts")
    args = parser.parse_args()
    if os.environ.get(INNER) != "1":
        return outer(args)
    return inner(args)


# -- outside: an X server and a private D-Bus session ------------------------------------------


def _display_answers(display: str) -> bool:
    number = display.lstrip(":").split(".")[0]
    return Path(f"/tmp/.X11-unix/X{number}").exists()


def outer(args: argparse.Namespace) -> int:
    for tool in ("Xvfb", "dbus-run-session"):
        if shutil.which(tool) is None and not (tool == "Xvfb" and _display_answers(args.display)):
            print(f"a11y_walk: {tool} is not installed", file=sys.stderr)
            return 2
    xvfb = None
    if not _display_answers(args.display):
        xvfb = subprocess.Popen(
            ["Xvfb", args.display, "-screen", "0", "1400x900x24", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for _ in range(50):
            if _display_answers(args.display):
                break
            time.sleep(0.1)
    env = dict(os.environ, DISPLAY=args.display, **{INNER: "1"})
    env.pop("QT_QPA_PLATFORM", None)
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    env.pop("AT_SPI_BUS_ADDRESS", None)
    try:
        command = ["dbus-run-session", "--", sys.executable, *sys.argv]
        return subprocess.run(command, env=env, check=False, timeout=300).returncode
    finally:
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait(timeout=10)


# -- inside: the app, and the walk -------------------------------------------------------------


def _start_bus() -> None:
    """Turn accessibility on for this session and make sure the AT-SPI bus runs."""
    for launcher in (
        "/usr/libexec/at-spi-bus-launcher",
        "/usr/lib/at-spi2-core/at-spi-bus-launcher",
    ):
        if Path(launcher).exists():
            subprocess.Popen(
                [launcher, "--launch-immediately"],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            break
    time.sleep(1.0)


def inner(args: argparse.Namespace) -> int:
    _start_bus()
    import pyatspi  # the system's (python3-pyatspi)

    env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1")
    env.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
    command = [args.python, str(ROOT / "tools" / "a11y_app.py")]
    if args.dark:
        command.append("--dark")
    app_process = subprocess.Popen(
        command, cwd=ROOT, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert app_process.stdout is not None
        line = app_process.stdout.readline()
        if "READY" not in line:
            print(f"a11y_walk: the app did not start ({line!r})", file=sys.stderr)
            return 2
        app = _find_app(pyatspi, app_process.pid)
        if app is None:
            print("a11y_walk: the app is not on the AT-SPI bus", file=sys.stderr)
            return 2
        return _walk_app(pyatspi, app, quiet=args.quiet)
    finally:
        if app_process.stdin is not None:
            app_process.stdin.close()
        try:
            app_process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            app_process.kill()


def _find_app(pyatspi, pid: int):
    desktop = pyatspi.Registry.getDesktop(0)
    for _ in range(60):
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            try:
                if app is not None and app.get_process_id() == pid:
                    return app
            except Exception:
                continue
        time.sleep(0.5)
    return None


def _label_names(pyatspi, acc) -> str:
    names = []
    try:
        for relation in acc.getRelationSet():
            if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
                for i in range(relation.getNTargets()):
                    target = relation.getTarget(i)
                    if target is not None and target.name:
                        names.append(target.name)
    except Exception:
        pass
    return " ".join(names)


class Walk:
    def __init__(self, pyatspi, quiet: bool) -> None:
        self.pyatspi = pyatspi
        self.quiet = quiet
        self.focusable = 0
        self.unnamed: list[str] = []
        self.seen: set[str] = set()

    def visit(self, acc, depth: int, where: str) -> None:
        if acc is None:
            return
        states = acc.getState()
        if not states.contains(self.pyatspi.STATE_SHOWING):
            return
        role = acc.getRoleName()
        name = (acc.name or "").strip()
        focusable = states.contains(self.pyatspi.STATE_FOCUSABLE) and role not in (
            "table cell",
            "list item",
            "menu item",
            "page tab",
        )
        label = _label_names(self.pyatspi, acc) if focusable and not name else ""
        if focusable:
            key = f"{where}|{role}|{name or label}|{depth}|{acc.getIndexInParent()}"
            if key not in self.seen:
                self.seen.add(key)
                self.focusable += 1
                if not (name or label):
                    self.unnamed.append(f"{where}: {role} (parent {acc.parent.getRoleName()})")
        if not self.quiet:
            mark = "[F] " if focusable else ""
            shown = name or (f"(label: {label})" if label else "")
            desc = (acc.description or "").strip()
            extra = f" — {desc[:60]}" if desc and focusable else ""
            print(f"{'  ' * depth}{mark}{role}: {shown[:70]!r}{extra}")
        if role in NO_DESCENT:
            return
        for i in range(min(acc.childCount, 400)):
            self.visit(acc.getChildAtIndex(i), depth + 1, where)


def _walk_app(pyatspi, app, quiet: bool) -> int:
    walk = Walk(pyatspi, quiet)
    windows = [app.getChildAtIndex(i) for i in range(app.childCount)]
    main = next((w for w in windows if w is not None and "[" not in (w.name or "")), None)
    if main is None:
        print("a11y_walk: no main window", file=sys.stderr)
        return 2
    tab_list = pyatspi.findDescendant(main, lambda a: a.getRoleName() == "page tab list")
    children = [tab_list.getChildAtIndex(i) for i in range(tab_list.childCount)] if tab_list else []
    # (the tab bar's scroll arrows are its children too: only the page tabs are views)
    tabs = [
        (i, t) for i, t in enumerate(children) if t is not None and t.getRoleName() == "page tab"
    ]
    print(f"== main window: {main.name!r}, {len(tabs)} tabs")
    for i, tab in tabs:
        tab_list.querySelection().selectChild(i)
        time.sleep(0.8)
        print(f"== view {tab.name!r}")
        walk.visit(main, 0, f"view {tab.name}")
    for window in windows:
        if window is None or window is main or "[" not in (window.name or ""):
            continue
        print(f"== dialog {window.name!r}")
        walk.visit(window, 0, f"dialog {window.name}")
    print()
    print(f"focusable objects: {walk.focusable}")
    print(f"unnamed focusable objects: {len(walk.unnamed)}")
    for item in walk.unnamed:
        print(f"  UNNAMED {item}")
    return 1 if walk.unnamed or walk.focusable == 0 else 0


if __name__ == "__main__":
    raise SystemExit(main())
