"""Command line: `complaint-desk [--data-dir DIR] [--demo] [--theme T] [--screenshot FILE.png
[--view V]] [--install-desktop-entry | --uninstall-desktop-entry]`, plus Qt's own options."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from typing import cast

from complaint_desk import __version__

VIEWS = ("drafts", "case", "vendors", "scorecard", "copy")


THEMES = ("system", "light", "dark")

# Qt's own command-line options (QGuiApplication/QApplication): they go to Qt untouched. Those in
# QT_VALUE_OPTIONS take a value (`-style fusion` or `-style=fusion`); a double dash works too.
QT_VALUE_OPTIONS = frozenset(
    (
        "platform",
        "platformpluginpath",
        "platformtheme",
        "plugin",
        "qmljsdebugger",
        "qwindowgeometry",
        "qwindowicon",
        "qwindowtitle",
        "style",
        "stylesheet",
        "session",
        "display",
        "geometry",
        "title",
        "name",
        "visual",
        "ncols",
        "cmap",
        "im",
        "inputstyle",
        "fn",
        "font",
        "bg",
        "background",
        "fg",
        "foreground",
        "btn",
        "button",
        "graphicssystem",
    )
)
QT_FLAG_OPTIONS = frozenset(("reverse", "nograb", "dograb", "sync", "widgetcount", "testability"))


def split_qt_args(argv: list[str]) -> tuple[list[str], list[str]]:
    """(ours, Qt's): Qt's standard options and their values are taken out for QApplication."""
    ours: list[str] = []
    qt: list[str] = []
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--":
            ours.extend(argv[i:])
            break
        name = arg.lstrip("-").split("=", 1)[0] if arg.startswith("-") else ""
        if (
            arg.startswith("-")
            and name in QT_VALUE_OPTIONS
            and len(arg) - len(arg.lstrip("-")) <= 2
        ):
            qt.append(arg)
            if "=" not in arg and i + 1 < len(argv):
                qt.append(argv[i + 1])
                i += 1
        elif arg.startswith("-") and name in QT_FLAG_OPTIONS and "=" not in arg:
            qt.append(arg)
        else:
            ours.append(arg)
        i += 1
    return ours, qt


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """Our options; Qt's standard ones (`-style fusion`, `-platform offscreen`, `-reverse`…) are
    kept in `args.qt_args` for QApplication."""
    ours, qt_args = split_qt_args(list(sys.argv[1:] if argv is None else argv))
    parser = argparse.ArgumentParser(
        prog="complaint-desk",
        description="Write the complaint, let it cool off, then post it. Private and local.",
        epilog="Qt's standard options (-style NAME, -platform NAME, -reverse…) are passed to Qt.",
    )
    parser.add_argument(
        "--data-dir", metavar="DIR", help="data folder (default: your user data dir)"
    )
    parser.add_argument("--demo", action="store_true", help="open a throwaway copy of sample data")
    parser.add_argument("--screenshot", metavar="FILE.png", help="render the window and exit")
    parser.add_argument("--view", choices=VIEWS, default="drafts", help="view to show first")
    parser.add_argument(
        "--theme", choices=THEMES, help="colour theme for this run (default: the saved setting)"
    )
    entry = parser.add_mutually_exclusive_group()
    entry.add_argument(
        "--install-desktop-entry",
        action="store_true",
        help="add Complaint Desk to your desktop's menu (menu entry, icon, metainfo) and exit",
    )
    entry.add_argument(
        "--uninstall-desktop-entry",
        action="store_true",
        help="remove what --install-desktop-entry added and exit",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    args = parser.parse_args(ours)
    args.qt_args = qt_args
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.install_desktop_entry or args.uninstall_desktop_entry:
        return _desktop_entry(install=args.install_desktop_entry)
    if args.screenshot and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if not _platform_given(args.qt_args):
        missing = missing_x11_library()
        if missing is not None:
            print(f"complaint-desk: {x11_advice(missing)}", file=sys.stderr)
            return 1

    # Qt and the app are imported only now, so `--help` is instant.
    from PySide6.QtCore import QTimer, QUrl
    from PySide6.QtGui import QDesktopServices, QGuiApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    from complaint_desk import APP_ID, APP_NAME, use_plain_imports

    use_plain_imports()  # before the app's modules load: see its docstring
    from complaint_desk.ui.first_paint import hold_gc

    hold_gc()  # until the window's first paint: the app's modules are long-lived objects
    from complaint_desk.app.desk import open_desk
    from complaint_desk.paths import data_dir
    from complaint_desk.store.errors import StoreError

    app = cast(QApplication, QApplication.instance() or QApplication(sys.argv[:1] + args.qt_args))
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("Complaint Desk")
    app.setDesktopFileName(APP_ID)
    from PySide6.QtGui import QIcon

    from complaint_desk.core.resources import resource_path

    app.setWindowIcon(QIcon(str(resource_path("icons", "complaint-desk.svg"))))

    demo_dir: tempfile.TemporaryDirectory[str] | None = None
    lock = None  # held for the whole run when using a real data folder, screenshots included
    # SIGTERM / SIGHUP: save, then quit cleanly. Installed before the data folder is opened and
    # the window built (a second or more on a busy machine): a logout meanwhile had killed the
    # app by the signal's default action, its lock file left behind.
    quit_signals = None if args.screenshot else QuitSignals(app)
    try:
        if args.demo:
            demo_dir = tempfile.TemporaryDirectory(prefix="complaint-desk-demo-")
            folder = Path(demo_dir.name)
            _build_demo(folder)
        else:
            folder = data_dir(args.data_dir)
            from complaint_desk.app.instance_lock import InstanceLockError, take

            try:
                # Another copy, a read-only folder, a path that is a file: each says so.
                lock = take(folder)
            except InstanceLockError as exc:
                if quit_signals is not None:
                    quit_signals.restore()
                return _fail(exc.user_message, bool(args.screenshot), QMessageBox)
        desk = open_desk(
            folder,
            set_clipboard=lambda text: QGuiApplication.clipboard().setText(text),
            open_url=lambda url: QDesktopServices.openUrl(QUrl(url)),
        )
    except StoreError as exc:
        if lock is not None:
            lock.unlock()
        if quit_signals is not None:
            quit_signals.restore()
        return _fail(exc.user_message, bool(args.screenshot), QMessageBox)
    if desk.store.warning:
        print(f"complaint-desk: {desk.store.warning}", file=sys.stderr)

    from complaint_desk.app import settings
    from complaint_desk.ui import palette

    try:
        theme = args.theme or settings.read(desk.store, settings.THEME)
    except StoreError:
        theme = "system"
    palette.apply_theme(theme)
    from complaint_desk.ui.main_window import MainWindow

    # A normal start puts the window back as it was left; a screenshot is always the same.
    window = MainWindow(desk, initial_view=args.view, restore=not args.screenshot)
    if args.demo:
        window.setWindowTitle(f"{APP_NAME} — demo data (changes are thrown away)")

    if args.screenshot:
        try:
            return _screenshot(app, window, desk, Path(args.screenshot), demo_dir)
        finally:
            if lock is not None:
                lock.unlock()

    window.show()
    window.announce_ready()
    from complaint_desk.ui.first_paint import after_first_paint

    # The hold-release watch and the records warm-up begin once the window is on screen: a
    # zero timer here would run before the first paint (the loop serves timers first).
    after_first_paint(window, desk.start)
    QTimer.singleShot(300, desk.scorer.warm_up)
    offer_recovery = getattr(window, "offer_recovery", None)
    if callable(offer_recovery):  # text a previous session could not save
        after_first_paint(window, lambda: QTimer.singleShot(0, offer_recovery))
    app.aboutToQuit.connect(desk.close)
    assert quit_signals is not None
    quit_signals.window = window  # what a quit signal saves, once the loop runs
    code = app.exec()
    quit_signals.restore()
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(5000)  # let a running warm-up finish cleanly
    if lock is not None:
        lock.unlock()
    if demo_dir is not None:
        demo_dir.cleanup()
    return code


class QuitSignals:
    """SIGTERM and SIGHUP (logout, `kill`, a closed terminal) save what is typed and quit with
    status 0, like Quit but without asking anything.

    Python runs signal handlers only between bytecodes, and Qt's event loop runs in C: the
    signal's byte is written to a socket (`signal.set_wakeup_fd`) that a QSocketNotifier
    watches, which wakes the loop so the handler runs at once.
    """

    SIGNALS = ("SIGTERM", "SIGHUP")

    def __init__(self, app, window=None) -> None:
        import signal
        import socket

        from PySide6.QtCore import QSocketNotifier

        self._app = app
        # The window whose typing is saved; set once it is built. A signal before then is
        # handled when the event loop starts, which is after the window is set.
        self.window = window
        self._done = False
        self._previous: dict[int, object] = {}
        self._reader, self._writer = socket.socketpair()
        for sock in (self._reader, self._writer):
            sock.setblocking(False)
        self._old_wakeup = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read)
        self._notifier.activated.connect(self._drain)
        for name in self.SIGNALS:
            number = getattr(signal, name, None)
            if number is not None:
                self._previous[number] = signal.signal(number, self._on_signal)

    def _drain(self, *_args) -> None:
        try:
            while self._reader.recv(512):
                pass
        except OSError:
            pass  # nothing more to read (the handler itself has already run)

    def _on_signal(self, _signum, _frame) -> None:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, self.save_and_quit)  # out of the handler, inside the event loop

    def save_and_quit(self) -> None:
        if self._done:
            return
        self._done = True
        save = getattr(self.window, "emergency_save", None)
        try:
            if callable(save):
                save()  # saves every pending text or keeps a recovery copy; never asks
            elif self.window is not None:
                self.window.close()
        except Exception:  # quitting must still happen, whatever went wrong
            import traceback

            traceback.print_exc()
        self._app.quit()

    def restore(self) -> None:
        import signal

        for number, handler in self._previous.items():
            signal.signal(number, handler)  # type: ignore[arg-type]
        signal.set_wakeup_fd(self._old_wakeup)
        self._notifier.setEnabled(False)
        self._reader.close()
        self._writer.close()


def _build_demo(folder: Path) -> None:
    from complaint_desk.app.clock import TrustedClock
    from complaint_desk.app.demo import build
    from complaint_desk.paths import database_path
    from complaint_desk.store.store import open_store

    store = open_store(database_path(folder))
    try:
        build(store, TrustedClock().now())
    finally:
        store.close()


def _screenshot(app, window, desk, target: Path, demo_dir) -> int:
    """Show, let layouts, paint and the heat scoring settle, grab, save; never waits on a dialog."""
    from PySide6.QtCore import QEventLoop, QThreadPool, QTimer

    window.resize(1280, 800)
    window.show()
    window.announce_ready()
    _wait(400)
    if not desk.scorer.warm:
        # Show the heat as a user would see it a moment after opening (models load on a worker).
        loop = QEventLoop()
        desk.scorer.warmed.connect(loop.quit)
        QTimer.singleShot(5000, loop.quit)
        desk.scorer.warm_up()
        if not desk.scorer.warm:
            loop.exec()
    # What follows the first score (the checklist, the calmer sentences, the count on a site)
    # fills in over the next passes, after pauses a person would not notice.
    _wait(1200)
    image = window.grab()
    ok = image.save(str(target))
    desk.close()
    window.close()
    QThreadPool.globalInstance().waitForDone(5000)  # no worker may outlive the interpreter
    if demo_dir is not None:
        demo_dir.cleanup()
    if not ok:
        print(f"complaint-desk: could not write {target}", file=sys.stderr)
        return 1
    return 0


def _wait(ms: int) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _fail(message: str, headless: bool, message_box) -> int:
    print(f"complaint-desk: {message}", file=sys.stderr)
    if not headless:
        message_box.critical(None, "Complaint Desk can't open your data", message)
    return 1


# -- the menu entry -----------------------------------------------------------------------------


def _desktop_entry(install: bool) -> int:
    """--install-desktop-entry / --uninstall-desktop-entry: XDG user folders, then exit."""
    from complaint_desk.app import desktop_entry

    try:
        if install:
            files = desktop_entry.install(render_png=_png_renderer())
            print(f"Installed the menu entry for {desktop_entry.launcher_command()[0]}:")
        else:
            files = desktop_entry.uninstall()
            print("Removed:" if files else "Nothing to remove: no menu entry was installed.")
    except OSError as exc:
        print(f"complaint-desk: {exc}", file=sys.stderr)
        return 1
    if files:
        print(desktop_entry.describe(files))
    return 0


def _png_renderer():
    """A function drawing the SVG icon as a PNG of one size with QtSvg, or None without QtSvg
    (the scalable icon alone is then installed)."""
    try:
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QImage, QPainter
        from PySide6.QtSvg import QSvgRenderer
    except ImportError:
        return None

    def render(svg: Path, size: int, target: Path) -> None:
        renderer = QSvgRenderer(str(svg))
        if not renderer.isValid():
            raise ValueError(f"cannot read {svg}")
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        if not image.save(str(target), "PNG"):  # type: ignore[call-overload]  # stubs say bytes
            raise OSError(f"could not write {target}")

    return render


# -- Qt's X11 plugin and its system libraries -----------------------------------------------------

# The libraries Qt's xcb platform plugin loads that minimal installs lack, with the package that
# has each one on Debian/Ubuntu, Fedora and Arch. Checked in this order (the usual culprit first).
X11_LIBRARIES = (
    ("libxcb-cursor.so.0", "libxcb-cursor0", "xcb-util-cursor", "xcb-util-cursor"),
    ("libxcb-icccm.so.4", "libxcb-icccm4", "xcb-util-wm", "xcb-util-wm"),
    ("libxcb-image.so.0", "libxcb-image0", "xcb-util-image", "xcb-util-image"),
    ("libxcb-keysyms.so.1", "libxcb-keysyms1", "xcb-util-keysyms", "xcb-util-keysyms"),
    (
        "libxcb-render-util.so.0",
        "libxcb-render-util0",
        "xcb-util-renderutil",
        "xcb-util-renderutil",
    ),
    ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0", "libxkbcommon-x11", "libxkbcommon-x11"),
    ("libxcb-xkb.so.1", "libxcb-xkb1", "libxcb", "libxcb"),
    ("libxcb-shape.so.0", "libxcb-shape0", "libxcb", "libxcb"),
    ("libxcb-randr.so.0", "libxcb-randr0", "libxcb", "libxcb"),
    ("libxcb-sync.so.1", "libxcb-sync1", "libxcb", "libxcb"),
    ("libxcb-xfixes.so.0", "libxcb-xfixes0", "libxcb", "libxcb"),
    ("libxcb-shm.so.0", "libxcb-shm0", "libxcb", "libxcb"),
    ("libxcb-util.so.1", "libxcb-util1", "xcb-util", "xcb-util"),
    ("libX11-xcb.so.1", "libx11-xcb1", "libX11-xcb", "libx11"),
)


def _platform_given(qt_args: list[str]) -> bool:
    return any(a.lstrip("-").split("=", 1)[0] == "platform" for a in qt_args)


def missing_x11_library(environ: dict[str, str] | None = None, load=None) -> str | None:
    """The first library Qt's X11 plugin needs that cannot be loaded, or None.

    Checked only where Qt would pick that plugin (Linux/BSD, DISPLAY set, QT_QPA_PLATFORM unset,
    not a Wayland session) and before QApplication exists: once Qt fails to load the plugin it
    aborts the process with a page of text. Loading by soname finds what Qt's loader finds (the
    same search path); each library is one Qt loads anyway, so this costs well under 1 ms."""
    env = os.environ if environ is None else environ
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return None
    if env.get("QT_QPA_PLATFORM") or not env.get("DISPLAY"):
        return None
    if env.get("WAYLAND_DISPLAY") and env.get("XDG_SESSION_TYPE") == "wayland":
        return None
    if load is None:
        import ctypes

        def load(name: str) -> None:
            ctypes.CDLL(name)

    bundled = _bundled_qt_libs()
    for soname, *_packages in X11_LIBRARIES:
        if soname in bundled:
            continue
        try:
            load(soname)
        except OSError:
            return soname
    return None


def _bundled_qt_libs() -> frozenset[str]:
    """Libraries shipped inside PySide6's (or a bundle's) Qt lib folder: present whatever the
    system has."""
    try:
        import PySide6

        folder = Path(PySide6.__file__).parent / "Qt" / "lib"
        return frozenset(p.name for p in folder.iterdir()) if folder.is_dir() else frozenset()
    except (ImportError, OSError):
        return frozenset()


def _distro_family(os_release: str | None = None) -> str:
    """ "debian", "fedora", "arch" or "" from /etc/os-release (ID and ID_LIKE)."""
    if os_release is None:
        try:
            os_release = Path("/etc/os-release").read_text(encoding="utf-8")
        except OSError:
            return ""
    ids: list[str] = []
    for line in os_release.splitlines():
        key, _, value = line.partition("=")
        if key in ("ID", "ID_LIKE"):
            ids += value.strip().strip('"').lower().split()
    for family, names in (
        ("debian", ("debian", "ubuntu")),
        ("fedora", ("fedora", "rhel", "centos")),
        ("arch", ("arch",)),
    ):
        if any(i in names for i in ids):
            return family
    return ""


def x11_advice(soname: str, family: str | None = None) -> str:
    """One line: the missing library, its package and the command that installs it."""
    family = _distro_family() if family is None else family
    debian, fedora, arch = next(
        (row[1], row[2], row[3]) for row in X11_LIBRARIES if row[0] == soname
    )
    commands = {
        "debian": f"sudo apt install {debian}",
        "fedora": f"sudo dnf install {fedora}",
        "arch": f"sudo pacman -S {arch}",
    }
    if family in commands:
        how = commands[family]
    else:
        how = f"{commands['debian']} (Fedora: {fedora}; Arch: {arch})"
    return (
        f"Qt's X11 plugin needs {soname}, which is not installed: install it with `{how}` "
        "(or run with QT_QPA_PLATFORM=wayland on a Wayland desktop)."
    )


if __name__ == "__main__":
    sys.exit(main())
