"""UI fixtures: a real desk (tmp_path store, real tone) on a fake clock, and the main window."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from complaint_desk.app.clock import FakeClock
from complaint_desk.app.desk import Desk
from complaint_desk.store.store import open_store
from complaint_desk.ui.main_window import MainWindow
from tests.app.fakes import Clipboard

T0 = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def clock():
    return FakeClock(T0)


@pytest.fixture
def clipboard():
    return Clipboard()


@pytest.fixture
def desk(tmp_path, qapp, clock, clipboard):
    store = open_store(tmp_path / "ui.sqlite3")
    opened: list[str] = []
    d = Desk(store, clock, set_clipboard=clipboard, open_url=lambda u: opened.append(u) or True)
    d.opened_urls = opened
    d.scorer.score("warm-up", "Models loaded before the test, as a minute into a real session.")
    yield d
    d.close()


@pytest.fixture
def window(qtbot, desk):
    w = MainWindow(desk)
    qtbot.addWidget(w)
    w.resize(1200, 780)
    w.show()
    qtbot.waitExposed(w)
    return w


def answer_dialog(qtbot, fill):
    """Run `fill(dialog)` on the next modal dialog as soon as it opens (it drives real widgets)."""
    done = {"ran": False}

    def poll():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, poll)
            return
        done["ran"] = True
        fill(dialog)

    QTimer.singleShot(0, poll)
    return done
