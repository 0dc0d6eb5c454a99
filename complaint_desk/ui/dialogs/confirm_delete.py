"""Delete a record after saying what goes with it; Edit ▸ Undo brings it all back."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def confirm_and_delete(
    parent: QWidget, desk, kind: str, record_id: int, label: str, noun: str | None = None
) -> bool:
    """Ask (naming what goes with the record), then delete through the desk. True if deleted.
    `noun` is what the person calls it, when not `kind` ("file" for kept evidence)."""
    goes = desk.changes.describe_delete(kind, record_id)
    if goes is None:
        return False
    noun = noun or kind
    box = QMessageBox(
        QMessageBox.Icon.Question,
        f"Delete {noun}?",
        f"Delete the {noun} “{label}”? {goes}\n\nEdit ▸ Undo (Ctrl+Z) brings it all back.",
        parent=parent,
    )
    delete = box.addButton(f"Delete {noun}", QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    box.deleteLater()  # not kept as a hidden child of its parent once closed
    if box.clickedButton() is not delete:
        return False
    return bool(desk.changes.delete(kind, record_id, label))
