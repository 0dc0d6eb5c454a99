"""Find packaged data (resources/), installed as complaint_desk.resources or in a checkout."""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parents[1]
_INSTALLED_RESOURCES = _PACKAGE / "resources"  # a wheel maps resources/ onto the package
_CHECKOUT_RESOURCES = _PACKAGE.parent / "resources"  # a checkout (or editable install)


@cache
def _root() -> Path:
    # Plain paths, not importlib.resources: the package is always installed as files (Qt loads
    # its plugins from disk too), and that import cost about 6 ms on the way to the first paint.
    return _INSTALLED_RESOURCES if _INSTALLED_RESOURCES.is_dir() else _CHECKOUT_RESOURCES


def resource_path(*parts: str) -> Path:
    """Path of a packaged resource file, e.g. resource_path("tone", "weights.json")."""
    return _root().joinpath(*parts)


def read_text(*parts: str) -> str:
    """Text of a packaged resource file (UTF-8)."""
    return resource_path(*parts).read_text(encoding="utf-8")
