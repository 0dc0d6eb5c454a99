"""A worker's view of the GUI's turn, for tests: would one stepping aside now have to wait?"""

from __future__ import annotations

import threading


def a_worker_would_wait(turn, seconds: float = 0.03) -> bool:
    """Start a worker that steps aside on `turn`; True when it has not got through within
    `seconds` (it then goes on by itself, once the turn is over)."""
    stepped = threading.Event()
    worker = threading.Thread(target=lambda: (turn.step_aside(), stepped.set()))
    worker.start()
    worker.join(seconds)
    return not stepped.is_set()
