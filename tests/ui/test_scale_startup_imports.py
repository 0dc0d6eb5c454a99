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


_PLAIN_IMPORTS_PROBE = """
import builtins, linecache, sys
{first}
import complaint_desk.app.desk, complaint_desk.ui.main_window
{then}
import json.tool, textwrap  # any module loaded later: its source must not be read
# (the package's own __init__ is read: Qt's hook is still in place while it is imported)
ours = [f for f in linecache.cache if f.endswith(("tool.py", "textwrap.py"))
        or ("complaint_desk" in f and not f.endswith("complaint_desk/__init__.py"))]
print(builtins.__import__ is builtins.__orig_import__, len(ours))
"""


def _probe(first: str, then: str = "") -> str:
    script = _PLAIN_IMPORTS_PROBE.format(first=first, then=then)
    return subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout.strip()


def test_qt_first_then_the_app_uses_plain_imports_and_reads_no_module_source():
    # As the benchmarks and tests load things: Qt first. PySide's import hook would read the
    # source of every module after it (into linecache) to look for "PySide6".
    assert _probe("import PySide6.QtWidgets") == "True 0"


def test_the_app_first_then_qt_reads_sources_until_main_puts_plain_imports_back():
    # As `python -m complaint_desk` does: our package first (so --help is instant), then Qt; main()
    # calls use_plain_imports() right after its Qt imports. Without that call the hook reads
    # sources, which this probe shows, so the assertion on the call means something.
    hooked = _probe("import complaint_desk\nimport PySide6.QtWidgets")
    assert hooked.startswith("False") and int(hooked.split()[1]) > 0
    plain = _probe(
        "import complaint_desk\nimport PySide6.QtWidgets\ncomplaint_desk.use_plain_imports()"
    )
    assert plain == "True 0"


def test_main_puts_plain_imports_back_right_after_its_qt_imports():
    import inspect

    import complaint_desk.__main__ as entry

    source = inspect.getsource(entry)
    qt = source.index("from PySide6.QtWidgets import QApplication, QMessageBox")
    plain = source.index("use_plain_imports()")
    app_modules = source.index("from complaint_desk.app.desk import open_desk")
    assert qt < plain < app_modules


_PRELOAD_PROBE = """
import os, sys, time, tempfile
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from complaint_desk.app.desk import open_desk
from complaint_desk.ui.main_window import VIEWS, MainWindow
MainWindow.PRELOAD_AFTER_MS, MainWindow.PRELOAD_STEP_MS = {after}, 10
modules = [f"complaint_desk.ui.views.{n}_view" for n in VIEWS if n != "drafts"]
desk = open_desk(Path(tempfile.mkdtemp()))
w = MainWindow(desk); w.show()
end = time.perf_counter() + 1.5
while time.perf_counter() < end:
    app.processEvents()
loaded = ",".join(m.rsplit(".", 1)[1] for m in modules if m in sys.modules)
print(loaded, "|", ",".join(sorted(w._views)))
desk.close()
"""


def _preload(after_ms: int) -> str:
    return subprocess.run(
        [sys.executable, "-c", _PRELOAD_PROBE.replace("{after}", str(after_ms))],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()


def test_the_other_views_modules_load_while_idle_after_the_first_paint_without_building_them():
    assert _preload(100) == "case_view,vendors_view,scorecard_view,copy_view | drafts"


def test_nothing_is_preloaded_before_its_time():
    # The same probe with the preload due after the probe ends: only the drafts view is in.
    assert _preload(60_000) == "| drafts"  # (stripped: no module before the bar)
