"""One call on a worker thread, its result delivered to the GUI thread by a signal.

For work a person asked for that can take seconds on a long draft (its calm version, a look for
personal data in 50,000 characters): the window stays live meanwhile, and a result nobody waits
for any more is dropped by the caller.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _WorkerSignals(QObject):
    done = Signal(object)  # the call's result
    failed = Signal(str)


class WorkerCall(QRunnable):
    """One call on a worker thread; `signals.done` carries its result, `signals.failed` a
    message to show. The GUI keeps the job while it waits; a result no longer wanted is simply
    ignored."""

    def __init__(self, call: Callable[[], object], failure: str) -> None:
        super().__init__()
        self.setAutoDelete(False)  # its signals object outlives the run until the GUI drops it
        self.signals = _WorkerSignals()
        self._call = call
        self._failure = failure

    def run(self) -> None:
        try:
            result = self._call()
        except Exception as exc:  # reported to the person, not lost in a thread
            self.signals.failed.emit(f"{self._failure}: {exc}")
            return
        self.signals.done.emit(result)


def start(call: Callable[[], object], failure: str, pool: QThreadPool | None = None) -> WorkerCall:
    """Run `call` on `pool` (the global one by default); `failure` starts the message shown if it
    raises. Connect to the returned job's `signals`."""
    job = WorkerCall(call, failure)
    (pool or QThreadPool.globalInstance()).start(job)
    return job
