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


# --- the layer contracts, checked by tools -------------------------------------------------


def test_import_contracts_hold():
    """`.importlinter`: ui -> app -> store -> core, ui never imports store, core and store no Qt,
    core no SQL. The same check runs from the command line as `lint-imports`."""
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "from importlinter.cli import lint_imports_command; lint_imports_command()",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT.parent,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "BROKEN" not in result.stdout


def _core_imports(path: Path):
    """(line, module, name) for every import of complaint_desk.core in a file, at any depth."""
    import ast

    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
            "complaint_desk.core"
        ):
            for alias in node.names:
                yield node.lineno, node.module, alias.name
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("complaint_desk.core"):
                    yield node.lineno, alias.name, None


def test_ui_takes_only_value_types_and_the_formatting_module_from_core():
    """Widgets show and forward: every function they call from core is wording, in one module."""
    wrong = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        for line, module, name in _core_imports(path):
            if module == "complaint_desk.core.formatting":
                continue
            if name is None or module == "complaint_desk.core":
                wrong.append(f"{path.name}:{line} imports the module {name or module}")
                continue
            value = getattr(importlib.import_module(module), name)
            if not isinstance(value, type):
                wrong.append(f"{path.name}:{line} takes {module}.{name} (not a value type)")
    assert wrong == []


def test_app_never_imports_qt_widgets_or_gui_anywhere_in_a_module():
    import ast

    wrong = []
    for path in sorted((ROOT / "app").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            if any(n.startswith(("PySide6.QtWidgets", "PySide6.QtGui")) for n in names):
                wrong.append(f"{path.name}:{node.lineno}")
    assert wrong == []


def test_no_import_cycles_between_modules():
    """No two modules import each other, directly or around a loop (function-level imports too)."""
    import grimp

    graph = grimp.build_graph("complaint_desk")
    modules = sorted(graph.modules)
    index = {m: i for i, m in enumerate(modules)}
    edges = {m: graph.find_modules_directly_imported_by(m) for m in modules}
    # Tarjan's strongly connected components: any component of two or more modules is a cycle.
    order, low, stack, on_stack, cycles = {}, {}, [], set(), []

    def visit(m):
        order[m] = low[m] = len(order)
        stack.append(m)
        on_stack.add(m)
        for n in edges[m]:
            if n not in index:
                continue
            if n not in order:
                visit(n)
                low[m] = min(low[m], low[n])
            elif n in on_stack:
                low[m] = min(low[m], order[n])
        if low[m] == order[m]:
            component = []
            while True:
                n = stack.pop()
                on_stack.discard(n)
                component.append(n)
                if n == m:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))
    for m in modules:
        if m not in order:
            visit(m)
    # A package's __init__ importing its own modules is not a cycle of ours.
    cycles = [c for c in cycles if not all(x.count(".") <= 1 for x in c)]
    assert cycles == []
