"""The folders are the architecture: core/ and store/ import with PySide6 unavailable."""

import importlib
import pkgutil
import subprocess
import sys
from pathlib import Path

import complaint_desk

ROOT = Path(complaint_desk.__file__).parent


def _modules(package: str) -> list[str]:
    path = ROOT / package.split(".")[-1]
    return [f"{package}.{m.name}" for m in pkgutil.iter_modules([str(path)])]


def test_core_and_store_import_without_qt():
    modules = _modules("complaint_desk.core") + _modules("complaint_desk.store")
    assert len(modules) > 8
    script = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('PySide6', 'shiboken6'):\n"
        "            raise ImportError('Qt is blocked in core/store')\n"
        "sys.meta_path.insert(0, Block())\n"
        "import importlib\n"
        f"for m in {modules!r}:\n"
        "    importlib.import_module(m)\n"
        "assert not any(k.startswith('PySide6') for k in sys.modules)\n"
        "print('ok')\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_no_sql_or_widgets_outside_their_layers():
    for path in ROOT.rglob("*.py"):
        rel = path.relative_to(ROOT).as_posix()
        text = path.read_text(encoding="utf-8")
        if not rel.startswith("store/"):
            assert "import sqlite3" not in text, rel
        if not rel.startswith("ui/") and rel != "__main__.py":
            assert "QtWidgets" not in text, rel
        if rel.startswith("core/"):
            assert "datetime.now" not in text and "time.time(" not in text, rel


def test_tone_works_without_any_nltk_data(tmp_path):
    """TextBlob's tokenizers need NLTK corpora we cannot download; analyse() must not touch them."""
    script = (
        "import nltk\n"
        "nltk.data.path[:] = []\n"
        "def refuse(*a, **k):\n"
        "    raise SystemExit('download attempted')\n"
        "nltk.download = refuse\n"
        "from complaint_desk.core.tone import analyse\n"
        "r = analyse('You people are USELESS. Refund me or I post a 1-star review!!! "
        "Mr. Smith said 3.5 days.')\n"
        "assert r.heat > 0\n"
        "print('ok')\n"
    )
    env = {"NLTK_DATA": str(tmp_path), "HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_every_module_imports():
    for package in ("core", "store", "app"):
        for name in _modules(f"complaint_desk.{package}"):
            importlib.import_module(name)
