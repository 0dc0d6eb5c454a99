"""Start-up stays light: what the first frame needs does not pull in the e-mail modules (email,
mailbox, socket: ~25 ms of imports and enum building), which load on the first e-mail import."""

from __future__ import annotations

import subprocess
import sys

_PROBE = """
import sys
import complaint_desk.app.desk, complaint_desk.ui.main_window, complaint_desk.store.store
heavy = sorted(m for m in ("mailbox", "email.message", "socket", "complaint_desk.core.mail")
               if m in sys.modules)
print(",".join(heavy))
"""


def test_the_window_and_the_store_import_without_the_mail_modules():
    out = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == ""
