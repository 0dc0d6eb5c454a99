"""The window as the person left it: size and place, splitters, column widths, the last view.

Kept in the data file (a declared setting, `ui.window`) as JSON of Qt's own state blobs, so a
restore never invents a geometry: what Qt cannot restore (another screen) it ignores.
"""

from __future__ import annotations

import base64
import json
from typing import Protocol

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QHeaderView, QSplitter, QWidget


class MainWindow(Protocol):
    """What is kept of the main window (named here, not imported: no import cycle)."""

    def saveGeometry(self) -> QByteArray: ...  # noqa: N802

    def restoreGeometry(self, geometry: QByteArray) -> bool: ...  # noqa: N802

    def current_view(self) -> str: ...

    def built_views(self) -> dict[str, QWidget]: ...


def _b64(data: QByteArray) -> str:
    return base64.b64encode(bytes(data.data())).decode("ascii")


def _bytes(text: str) -> QByteArray:
    return QByteArray(base64.b64decode(text.encode("ascii")))


def _column_headers(view) -> list[QHeaderView]:
    """A view's tables' column headers, in a stable order (rows' headers are not the person's)."""
    return [h for h in view.findChildren(QHeaderView) if h.orientation().name == "Horizontal"]


def capture(window: MainWindow) -> str:
    """The window's state as JSON text."""
    state: dict[str, object] = {
        "geometry": _b64(window.saveGeometry()),
        "view": window.current_view(),
    }
    splitters = {}
    headers = {}
    for name, view in window.built_views().items():
        for i, splitter in enumerate(view.findChildren(QSplitter)):
            splitters[f"{name}/{i}"] = _b64(splitter.saveState())
        for i, header in enumerate(_column_headers(view)):
            headers[f"{name}/{i}"] = _b64(header.saveState())
    state["splitters"] = splitters
    state["headers"] = headers
    return json.dumps(state)


def restore_geometry(window: MainWindow, text: str) -> str | None:
    """Put the window back where it was; the view it showed (None if unknown)."""
    try:
        state = json.loads(text) if text else {}
        if state.get("geometry"):
            window.restoreGeometry(_bytes(state["geometry"]))
    except (ValueError, TypeError, AttributeError):
        return None
    view = state.get("view") if isinstance(state, dict) else None
    return view if isinstance(view, str) else None


def restore_view(name: str, view, text: str) -> None:
    """Splitters and column widths of one view, once it is built."""
    try:
        state = json.loads(text) if text else {}
        for i, splitter in enumerate(view.findChildren(QSplitter)):
            saved = state.get("splitters", {}).get(f"{name}/{i}")
            if saved:
                splitter.restoreState(_bytes(saved))
        headers = [
            h for h in view.findChildren(QHeaderView) if h.orientation().name == "Horizontal"
        ]
        for i, header in enumerate(headers):
            saved = state.get("headers", {}).get(f"{name}/{i}")
            if saved:
                header.restoreState(_bytes(saved))
    except (ValueError, TypeError, AttributeError):
        return
