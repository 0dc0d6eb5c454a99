"""Ask where to save a file (a real, non-native dialog, so tests can answer it like a user)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget


def ask_save_path(parent: QWidget, title: str, suggested: str, suffix: str) -> Path | None:
    """The chosen path with `suffix` ("pdf", "md") added if missing; None when cancelled."""
    dialog = QFileDialog(parent, title, str(Path.home() / suggested))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setNameFilter(f"{suffix.upper()} files (*.{suffix})")
    dialog.setDefaultSuffix(suffix)
    if not dialog.exec() or not dialog.selectedFiles():
        return None
    path = Path(dialog.selectedFiles()[0])
    return path if path.suffix == f".{suffix}" else path.with_name(f"{path.name}.{suffix}")


def file_stem(title: str) -> str:
    """A safe file name from a case title."""
    keep = "".join(ch if ch.isalnum() or ch in " -_" else " " for ch in title)
    return "-".join(keep.split())[:60] or "case"
