"""E-mail import at scale: an mbox of 10,000 generated messages read, previewed and written onto
one case through the import dialog as a person uses it (Add files, the preview, Import), and the
GUI thread's longest stall meanwhile.

    import_mbox_s          reading + parsing + preview + the one-transaction write, end to end
    import_mbox_read_s     of which reading, parsing and classifying (the preview's worker) until
                           the preview shows
    import_mbox_write_s    of which the write (its own connection, one transaction) until the
                           dialog says what was imported
    import_mbox_stall_ms   the longest gap between 5 ms ticks of a GUI-thread timer meanwhile
                           (the workers' hold on the GIL, the preview's model reset, the
                           suggested addresses, the counts, the views told of the import)
    import_mbox_rss_mb     peak resident memory of the process

The dialog path is what the budget is about (the window must not freeze); before 2026-12-05 the
benchmark drove the service only, without the preview's GUI-thread work.
"""

from __future__ import annotations

import mailbox
import os
import resource
import tempfile
import time
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

MESSAGES = 10_000


def _generate(path: Path, n: int) -> None:
    box = mailbox.mbox(path)
    box.lock()
    t0 = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
    try:
        for i in range(n):
            m = EmailMessage()
            company = i % 2 == 1
            m["From"] = "Acme Support <help@acme.example>" if company else "Sam <sam@home.example>"
            m["To"] = "sam@home.example" if company else "help@acme.example"
            m["Subject"] = f"Re: order 4471-{i // 2} refund" if company else f"Order 4471-{i // 2}"
            m["Date"] = format_datetime(t0 + timedelta(minutes=37 * i))
            m["Message-ID"] = f"<bench-{i}@acme.example>"
            m.set_content(
                f"Hello,\n\nThis is message {i} about order 4471. The parcel has not arrived and "
                "the tracking page has said 'in transit' for nine days.\n\nRegards\n"
            )
            box.add(m)
        box.flush()
    finally:
        box.unlock()
        box.close()


def run(n: int = MESSAGES) -> dict[str, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from complaint_desk.app.clock import FakeClock
    from complaint_desk.app.desk import Desk
    from complaint_desk.core.models import Case, Vendor
    from complaint_desk.store.store import open_store
    from complaint_desk.ui.dialogs.mail_import_dialog import MailImportDialog

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        mbox_path = folder / "mail.mbox"
        _generate(mbox_path, n)
        store = open_store(folder / "data" / "desk.sqlite3")
        desk = Desk(store, FakeClock(datetime(2026, 6, 1, tzinfo=UTC)))
        vendor = desk.records.save_vendor(Vendor(None, "Acme", email="help@acme.example"))
        assert vendor is not None and vendor.id is not None
        case = desk.records.save_case(Case(None, vendor.id, "Parcel", datetime.now(UTC)))
        assert case is not None and case.id is not None

        stall = {"max": 0, "last": None}
        clock = QElapsedTimer()
        clock.start()

        def tick() -> None:
            now = clock.elapsed()
            if stall["last"] is not None:
                stall["max"] = max(stall["max"], now - stall["last"])
            stall["last"] = now

        dialog = MailImportDialog(desk, case.id)
        dialog.show()
        app.processEvents()
        ticker = QTimer()
        ticker.setInterval(5)
        ticker.timeout.connect(tick)
        ticker.start()

        def wait_idle() -> None:
            loop = QEventLoop()
            poll = QTimer()
            poll.timeout.connect(lambda: dialog.job is None and loop.quit())
            poll.start(20)
            loop.exec()
            poll.stop()

        start = time.perf_counter()
        dialog.add_files([mbox_path])
        wait_idle()
        read_done = time.perf_counter()
        counts = desk.mail.counts(dialog.model.items)
        assert counts["contacts"] + counts["responses"] == n, counts
        dialog.start_import()
        wait_idle()
        end = time.perf_counter()
        settle = QEventLoop()  # the views' reload after the import is part of it
        QTimer.singleShot(200, settle.quit)
        settle.exec()
        ticker.stop()
        assert dialog.result_words.startswith("Imported"), dialog.summary.text()
        assert store.contacts.count() + store.responses.count() == n
        dialog.close()
        desk.close()
        app.processEvents()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "import_mbox_s": end - start,
        "import_mbox_read_s": read_done - start,
        "import_mbox_write_s": end - read_done,
        "import_mbox_stall_ms": float(stall["max"] or 0),
        "import_mbox_rss_mb": rss,
    }


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key}: {value:.3f}")
