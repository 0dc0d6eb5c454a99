"""complaint_desk.lazy: a module named with `lazy()` is imported on first use, once, on any
thread."""

from __future__ import annotations

import subprocess
import sys
import threading

from complaint_desk.lazy import LazyModule, lazy


def _module(tmp_path, monkeypatch, name: str) -> None:
    (tmp_path / f"{name}.py").write_text(
        "import time\nLOADS = []\nLOADS.append(1)\ntime.sleep(0.05)\n"
        "def double(x):\n    return 2 * x\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, name, raising=False)


def test_the_module_loads_on_the_first_attribute_read(tmp_path, monkeypatch):
    _module(tmp_path, monkeypatch, "lazy_probe_a")
    stand_in = lazy("lazy_probe_a")
    assert isinstance(stand_in, LazyModule) and "lazy_probe_a" not in sys.modules
    assert repr(stand_in) == "<lazy module 'lazy_probe_a'>"
    assert stand_in.double(21) == 42
    real = sys.modules["lazy_probe_a"]
    assert stand_in.double is real.double and real.LOADS == [1]
    assert lazy("lazy_probe_a") is real  # once imported, the module itself is handed out


def test_introspection_does_not_load_it(tmp_path, monkeypatch):
    _module(tmp_path, monkeypatch, "lazy_probe_b")
    stand_in = lazy("lazy_probe_b")
    assert not hasattr(stand_in, "__wrapped__")
    assert "lazy_probe_b" not in sys.modules


def test_threads_reading_at_once_load_it_once(tmp_path, monkeypatch):
    _module(tmp_path, monkeypatch, "lazy_probe_c")
    stand_in = lazy("lazy_probe_c")
    seen: list[object] = []
    threads = [threading.Thread(target=lambda: seen.append(stand_in.double)) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(seen) == 8 and all(f is seen[0] for f in seen)
    assert sys.modules["lazy_probe_c"].LOADS == [1]


def test_what_the_services_name_lazily_stays_off_start_up():
    probe = (
        "import sys, PySide6.QtWidgets\n"
        "import complaint_desk.app.desk, complaint_desk.ui.main_window\n"
        "names = ['complaint_desk.core.records.history', 'complaint_desk.core.records.escalation',"
        " 'complaint_desk.core.records.letter', 'complaint_desk.core.tone',"
        " 'complaint_desk.core.rewrite', 'complaint_desk.app.record_rows',"
        " 'complaint_desk.app.reminder_records', 'complaint_desk.core.checklist']\n"
        "print(','.join(n for n in names if n in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == ""
