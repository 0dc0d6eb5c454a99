"""Building a view takes the GUI's turn: the records' warm-up steps aside meanwhile."""

from __future__ import annotations

import threading

from complaint_desk.ui import main_window
from tests.app.turn_probe import a_worker_would_wait


def test_a_view_is_built_during_the_guis_turn(qtbot, window, desk, monkeypatch):
    seen: list[bool] = []
    real = main_window._view_class

    def spying(name: str):
        cls = real(name)

        def build(d):
            # A worker stepping aside now would wait: check from another thread, as it would.
            seen.append(not a_worker_would_wait(desk.records._turn, 0.05))
            return cls(d)

        return build

    monkeypatch.setattr(main_window, "_view_class", spying)
    window.show_view("vendors")
    assert window.vendors_view.isVisible()
    assert seen == [False]  # the worker was held while the view was built
    # ... and is let go once it is built and the window is idle again (it has painted).
    stepped = threading.Event()
    threading.Thread(target=lambda: (desk.records._turn.step_aside(), stepped.set())).start()
    qtbot.waitUntil(stepped.is_set, timeout=1000)


def test_each_later_pass_of_a_views_fill_runs_in_the_guis_turn(qtbot, window, desk):
    window.show_view("vendors")
    qtbot.waitUntil(desk.turn.quiet, timeout=2000)  # the build's own turn is over
    seen: list[bool] = []

    def next_pass() -> None:
        seen.append(not a_worker_would_wait(desk.turn))

    window.vendors_view.on_next_pass(next_pass)
    qtbot.waitUntil(lambda: bool(seen), timeout=2000)
    assert seen == [False]  # a worker stepping aside during the pass waited
