"""Find packaged data (resources/), installed as complaint_desk.resources or in a checkout."""

from __future__ import annotations

from functools import cache
from importlib import resources as _ilr
from pathlib import Path

_CHECKOUT_RESOURCES = Path(__file__).resolve().parents[2] / "resources"


@cache
def _root() -> Path:
    # Installed wheels map the top-level resources/ folder onto complaint_desk.resources; a plain
    # checkout has no such package, so fall back to the folder beside the package.
    try:
        root = Path(str(_ilr.files("complaint_desk.resources")))
        if root.is_dir():
            return root
    except (ModuleNotFoundError, TypeError):
        pass
    return _CHECKOUT_RESOURCES


def resource_path(*parts: str) -> Path:
    """Path of a packaged resource file, e.g. resource_path("tone", "weights.json")."""
    return _root().joinpath(*parts)


def read_text(*parts: str) -> str:
    """Text of a packaged resource file (UTF-8)."""
    return resource_path(*parts).read_text(encoding="utf-8")
