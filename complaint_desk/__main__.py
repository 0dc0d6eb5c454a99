"""Command line: `complaint-desk [--data-dir DIR] [--demo] [--screenshot FILE.png [--view V]]`."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from complaint_desk import __version__

VIEWS = ("drafts", "case", "vendors", "scorecard", "copy")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="complaint-desk",
        description="Write the complaint, let it cool off, then post it. Private and local.",
    )
    parser.add_argument(
        "--data-dir", metavar="DIR", help="data folder (default: your user data dir)"
    )
    parser.add_argument("--demo", action="store_true", help="open a throwaway copy of sample data")
    parser.add_argument("--screenshot", metavar="FILE.png", help="render the window and exit")
    parser.add_argument("--view", choices=VIEWS, default="drafts", help="view to show first")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.screenshot and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    # Qt and the app are imported only now, so `--help` is instant.
    from PySide6.QtCore import QTimer, QUrl
    from PySide6.QtGui import QDesktopServices, QGuiApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    from complaint_desk import APP_ID, APP_NAME
    from complaint_desk.app.desk import open_desk
    from complaint_desk.paths import data_dir
    from complaint_desk.store.errors import StoreError

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("Complaint Desk")
    app.setDesktopFileName(APP_ID)
    from PySide6.QtGui import QIcon

    from complaint_desk.core.resources import resource_path

    app.setWindowIcon(QIcon(str(resource_path("icons", "complaint-desk.svg"))))

    demo_dir: tempfile.TemporaryDirectory[str] | None = None
    lock = None  # held for the whole run when using a real data folder, screenshots included
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
                return _fail(exc.user_message, bool(args.screenshot), QMessageBox)
        desk = open_desk(
            folder,
            set_clipboard=lambda text: QGuiApplication.clipboard().setText(text),
            open_url=lambda url: QDesktopServices.openUrl(QUrl(url)),
        )
    except StoreError as exc:
        if lock is not None:
            lock.unlock()
        return _fail(exc.user_message, bool(args.screenshot), QMessageBox)
    if desk.store.warning:
        print(f"complaint-desk: {desk.store.warning}", file=sys.stderr)

    from complaint_desk.ui.main_window import MainWindow

    window = MainWindow(desk, initial_view=args.view)
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
    quit_signals = QuitSignals(app, window)  # SIGTERM / SIGHUP: save, then quit cleanly
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

    def __init__(self, app, window) -> None:
        import signal
        import socket

        from PySide6.QtCore import QSocketNotifier

        self._app = app
        self._window = window
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
        save = getattr(self._window, "emergency_save", None)
        try:
            if callable(save):
                save()  # saves every pending text or keeps a recovery copy; never asks
            else:
                self._window.close()
        except Exception:  # noqa: BLE001 - quitting must still happen
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
        _wait(100)
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


if __name__ == "__main__":
    sys.exit(main())
