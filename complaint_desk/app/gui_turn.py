"""The GUI thread's turn: background readers step aside while the window builds a view.

Python threads share one interpreter lock. While the records' warm-up reads on a worker, a view
the GUI thread builds at the same moment (its module imported, its widgets made) gets the lock
about half the time, so it takes about twice as long: opening the Vendors view then froze the
window for ~50 ms instead of ~20. The GUI thread takes its turn around such a build
(`with turn.taken(): ...`); a worker calls `step_aside()` between its chunks of work, which
waits while a turn is taken (never longer than `MAX_WAIT`, so a turn forgotten cannot stall the
worker) and otherwise only yields.

A turn keeps workers waiting a moment after it ends (`AFTER_TURN`): a view filled over a few
passes of the event loop (each pass its own turn, a millisecond apart, so input and painting go
round in between) is then one turn for them. Without it the tone engine's warm-up began between
two passes of the Vendors list's fill and shared the interpreter with the rest: that pass froze
the window 105-245 ms instead of ~25 (1,000 drafts).

A load's arrival also waits, without blocking the window, until every worker that steps aside
is parked at a step (`workers_parked`; at most `RecordsService.ARRIVAL_WAIT`): a worker's step
cannot pause half-way, and a fill sharing the interpreter with one took 3-4 times as long.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager

# With 0.2 ms, a view opened as the records' warm-up started stalled the window 25-31 ms (34-55
# with 0.5 ms, 97-173 with 2 ms; 100,000 drafts, 5 runs each), and the warm-up took as long.
SWITCH_INTERVAL = 0.0002

_switches = threading.Lock()
_short = 0  # workers inside short_switches()
_previous_interval = 0.005


@contextmanager
def short_switches() -> Iterator[None]:
    """Around a worker's Python work: the lock changes hands every SWITCH_INTERVAL meanwhile
    (workers may overlap: the last one out puts Python's interval back)."""
    global _short, _previous_interval
    with _switches:
        if _short == 0:
            _previous_interval = sys.getswitchinterval()
            sys.setswitchinterval(min(_previous_interval, SWITCH_INTERVAL))
        _short += 1
    try:
        yield
    finally:
        with _switches:
            _short -= 1
            if _short == 0:
                sys.setswitchinterval(_previous_interval)


class GuiTurn:
    MAX_WAIT = 0.3  # seconds a worker waits at most per step
    AFTER_TURN = 0.05  # seconds workers keep waiting after a turn ends (see the module's doc)

    def __init__(self) -> None:
        self._free = threading.Event()
        self._free.set()
        self._depth = 0  # nested turns (touched on the GUI thread only)
        self._after = 0.0  # time.monotonic() until which workers keep waiting (GUI thread sets)
        self._count = threading.Lock()
        self._working = 0  # workers inside working()
        self._parked = 0  # ... of which waiting in step_aside now

    @contextmanager
    def taken(self) -> Iterator[None]:
        """On the GUI thread, around work that should not share the interpreter."""
        self.take()
        try:
            yield
        finally:
            self.release()

    def take(self) -> None:
        """On the GUI thread: a turn that spans passes of the event loop (`release` ends it)."""
        self._depth += 1
        self._free.clear()

    def release(self) -> None:
        self._depth -= 1
        if self._depth == 0:
            self._after = time.monotonic() + self.AFTER_TURN
            self._free.set()

    IDLE_LIMIT_MS = 200  # a turn released "when idle" is released after this long at most

    @contextmanager
    def taken_until_idle(self) -> Iterator[None]:
        """Like `taken`, but the turn lasts until the event loop has nothing left to do: the
        layout and the paint the work asked for run in it too (a fill's paint sharing the
        interpreter with a worker froze the window 50-70 ms instead of ~20)."""
        self.take()
        try:
            yield
        finally:
            self.release_when_idle()

    def release_when_idle(self) -> None:
        """`release` once the GUI thread's event loop has gone round once more and is about to
        wait again (every event the work posted, the paint among them, handled), or after
        IDLE_LIMIT_MS. The second `aboutToBlock`: Qt's GLib dispatcher (Linux's) emits it as an
        iteration begins, before that iteration's posted events."""
        from PySide6.QtCore import QAbstractEventDispatcher, QTimer

        dispatcher = QAbstractEventDispatcher.instance()
        seen = 0
        released = False

        def about_to_block() -> None:
            nonlocal seen
            seen += 1
            if seen >= 2:
                release()

        def release() -> None:
            nonlocal released
            if released:
                return
            released = True
            if dispatcher is not None:
                dispatcher.aboutToBlock.disconnect(about_to_block)
            self.release()

        if dispatcher is not None:
            dispatcher.aboutToBlock.connect(about_to_block)
        QTimer.singleShot(self.IDLE_LIMIT_MS, release)

    def working(self) -> AbstractContextManager[None]:
        """On a worker, around a job that steps aside: `workers_parked` counts it."""
        return self._counted("_working")

    def workers_parked(self) -> bool:
        """Every worker inside `working()` is waiting at a step now: the GUI thread has the
        interpreter to itself. A worker's step cannot pause half-way (an import, a pattern
        parsed in one call, up to ~0.25 s); a fill that can wait for its end waits for this."""
        with self._count:
            return self._parked >= self._working

    def _parking(self) -> AbstractContextManager[None]:
        return self._counted("_parked")

    @contextmanager
    def _counted(self, counter: str) -> Iterator[None]:
        """One more in `counter` (`_working` or `_parked`) meanwhile, under the counts' lock."""
        with self._count:
            setattr(self, counter, getattr(self, counter) + 1)
        try:
            yield
        finally:
            with self._count:
                setattr(self, counter, getattr(self, counter) - 1)

    def step_aside(self) -> None:
        """On a worker, between chunks: wait out the GUI's turn (and the moment after it), or
        just let it in."""
        give_up = time.monotonic() + self.MAX_WAIT
        if self._free.is_set() and time.monotonic() >= self._after:
            time.sleep(0)
            return
        with self._parking():
            while True:
                now = time.monotonic()
                if now >= give_up:
                    break
                if not self._free.is_set():
                    self._free.wait(give_up - now)
                elif now < self._after:
                    time.sleep(min(self._after, give_up) - now)
                else:
                    break
        time.sleep(0)

    def quiet(self) -> bool:
        """No turn taken, and the moment after the last one over."""
        return self._free.is_set() and time.monotonic() >= self._after
