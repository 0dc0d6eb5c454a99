"""Modules loaded on first use: the app's one lazy-import mechanism.

The first window should cost little more than a bare Qt window (docs/design.md, budgets), yet the
services it builds use rules (history figures, escalation, the tone engine, rewrites) that no
first frame needs: importing them up front cost tens of milliseconds. A service names such a
module once, at its top, with `lazy()`, and uses it as usual; the module is imported the first
time one of its attributes is read, on whichever thread reads it (Python's import lock makes that
safe), and each attribute read is then kept on the stand-in, so later reads cost what any
attribute read costs.

    if TYPE_CHECKING:  # what mypy checks against
        from complaint_desk.core.records import history
    else:
        history = lazy("complaint_desk.core.records.history")

Meant for functions, classes and constants: a module global the module itself rebinds later is
seen as it was at the first read. It lives outside the layers (like `paths`): any layer may use it.
"""

from __future__ import annotations

import importlib
import sys
import types


class LazyModule(types.ModuleType):
    """Stands in for a module until an attribute is read; then imports it and forwards."""

    def __getattr__(self, attr: str) -> object:
        if attr.startswith("__"):  # introspection (copy, pickle, doctest) must not import
            raise AttributeError(attr)
        value = getattr(importlib.import_module(self.__name__), attr)
        setattr(self, attr, value)  # later reads are plain attribute reads
        return value

    def __repr__(self) -> str:
        return f"<lazy module {self.__name__!r}>"


def lazy(name: str) -> types.ModuleType:
    """The module `name` if already imported, else a stand-in that imports it on first use."""
    module = sys.modules.get(name)
    return module if module is not None else LazyModule(name)
