"""The app as tools/a11y_walk.py looks at it: the main window on sample data, and every dialog
open beside it (shown, not run, so they are all in the accessibility tree at once).

Run with the project's Python (the venv); prints READY once everything is on screen, and stays
up until its stdin closes or it is stopped. Data lives in a throwaway folder.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    os.environ.setdefault("QT_LINUX_ACCESSIBILITY_ALWAYS_ON", "1")
    from PySide6.QtCore import QSocketNotifier, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0], *sys.argv[1:]])
    app.setApplicationName("complaint-desk-a11y-walk")
    home = Path(tempfile.mkdtemp(prefix="a11y-walk-"))
    os.environ["COMPLAINT_DESK_HOME"] = str(home)

    from complaint_desk.app.clock import TrustedClock
    from complaint_desk.app.demo import build
    from complaint_desk.app.desk import Desk
    from complaint_desk.store.store import open_store
    from complaint_desk.ui import palette
    from complaint_desk.ui.main_window import VIEWS, MainWindow
    from tests.ui.a11y_surfaces import dialogs

    if "--dark" in sys.argv:
        palette.apply_theme("dark")
    clock = TrustedClock()
    desk = Desk(open_store(home / "walk.sqlite3"), clock)
    build(desk.store, clock.now())
    window = MainWindow(desk)
    window.resize(1200, 780)
    window.show()
    for name in VIEWS:  # build every view once (the walk switches tabs itself)
        window.view(name)
    window.show_view("drafts")
    opened = []

    def open_dialogs() -> None:
        window._fill_menus()
        for i, (name, make) in enumerate(dialogs(window)):
            dialog = make()
            dialog.setModal(False)
            dialog.setWindowTitle(f"{dialog.windowTitle()} [{name}]")
            dialog.move(40 + 20 * i, 40 + 20 * i)
            dialog.show()
            opened.append(dialog)
        window.raise_()
        window.activateWindow()
        QTimer.singleShot(1500, lambda: print("READY", flush=True))

    QTimer.singleShot(800, open_dialogs)
    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(lambda *_: sys.stdin.readline() or app.quit())
    code = app.exec()
    desk.close()
    return code


if __name__ == "__main__":
    raise SystemExit(main())
