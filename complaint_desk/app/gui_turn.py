"""The GUI thread's turn: background readers step aside while the window builds a view.

Python threads share one interpreter lock. While the records' warm-up reads on a worker, a view
the GUI thread builds at the same moment (its module imported, its widgets made) gets the lock
about half the time, so it takes about twice as long: opening the Vendors view then froze the
window for ~50 ms instead of ~20. The GUI thread takes its turn around such a build
(`with turn.taken(): ...`); a worker calls `step_aside()` between its chunks of work, which
waits while a turn is taken (never longer than `MAX_WAIT`, so a turn forgotten cannot stall the
worker) and otherwise only yields.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

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

    def __init__(self) -> None:
        self._free = threading.Event()
        self._free.set()
        self._depth = 0  # nested turns (touched on the GUI thread only)

    @contextmanager
    def taken(self) -> Iterator[None]:
        """On the GUI thread, around work that should not share the interpreter."""
        self._depth += 1
        self._free.clear()
        try:
            yield
        finally:
            self._depth -= 1
            if self._depth == 0:
                self._free.set()

    def step_aside(self) -> None:
        """On a worker, between chunks: wait out the GUI's turn, or just let it in."""
        if not self._free.is_set():
            self._free.wait(self.MAX_WAIT)
        time.sleep(0)
