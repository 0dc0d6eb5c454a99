"""Keeping files with a case from the case view: pick or drop them, see photos as thumbnails,
open one in the system's viewer, remove one (Edit ▸ Undo brings it back).

Dropped e-mail (.eml, .msg, .mbox) goes to Import e-mail instead, where each message becomes a
contact or a response and its attachments are kept; any other file is kept as it is. Dropped on
a contact or a response, a file is kept with that record; anywhere else, with the case.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QIcon, QImage, QPixmap
from PySide6.QtWidgets import QFileDialog, QTableView, QWidget

from complaint_desk.core.models import Contact, Evidence, Response

if TYPE_CHECKING:
    from complaint_desk.app.desk import Desk
    from complaint_desk.app.record_rows import TimelineEntry

MAIL_SUFFIXES = (".eml", ".msg", ".mbox")
THUMBNAIL_PX = 40


class Thumbnails:
    """Small pictures of kept photos, made once per content (from the checked bytes)."""

    def __init__(self, desk: Desk) -> None:
        self._desk = desk
        self._made: dict[str, QIcon | None] = {}

    def __call__(self, evidence: Evidence) -> QIcon | None:
        if evidence.sha256 not in self._made:
            self._made[evidence.sha256] = self._make(evidence)
        return self._made[evidence.sha256]

    def _make(self, evidence: Evidence) -> QIcon | None:
        try:
            data = self._desk.evidence.data(evidence)
        except ValueError:
            return None  # the row says what is wrong when it is opened
        image = QImage.fromData(data)
        if image.isNull():
            return None
        small = image.scaled(
            THUMBNAIL_PX,
            THUMBNAIL_PX,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        return QIcon(QPixmap.fromImage(small))


def target_of(entry: TimelineEntry | None) -> dict[str, int | None]:
    """What a file dropped on (or kept from) this row is kept with: its contact or response."""
    if entry is None:
        return {}
    record = entry.record
    if isinstance(record, Contact):
        return {"contact_id": record.id}
    if isinstance(record, Response):
        return {"response_id": record.id}
    if isinstance(record, Evidence):  # beside another file: with what that one is kept with
        return {"contact_id": record.contact_id, "response_id": record.response_id}
    return {}


def keep_files(
    desk: Desk,
    case_id: int,
    paths: list[Path],
    entry: TimelineEntry | None,
    say: Callable[[str], None],
) -> None:
    result = desk.evidence.attach_paths(case_id, paths, **target_of(entry))
    words = result.summary()
    if words:
        say(words)


def pick_and_keep(
    parent: QWidget,
    desk: Desk,
    case_id: int,
    entry: TimelineEntry | None,
    say: Callable[[str], None],
) -> None:
    """Files chosen in the system's file dialog, kept with `entry`'s record or the case."""
    names, _ = QFileDialog.getOpenFileNames(
        parent,
        "Keep files with this case",
        "",
        "Receipts, photos, screenshots and documents (*);;Images (*.png *.jpg *.jpeg *.gif "
        "*.webp *.heic *.bmp);;PDF (*.pdf)",
    )
    if names:
        keep_files(desk, case_id, [Path(n) for n in names], entry, say)


def open_kept(desk: Desk, evidence: Evidence, say: Callable[[str], None]) -> bool:
    """Open a kept file in the system's viewer (from a private copy); say why when it cannot."""
    try:
        path = desk.evidence.copy_for_opening(evidence)
    except ValueError as exc:
        say(str(exc))
        return False
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        say(f"No application on this computer opens “{evidence.name}”. A copy is at {path}.")
        return False
    return True


def dropped_paths(event) -> list[Path]:
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]


class FileDrops(QObject):
    """Takes files dropped on the case view (and on its timeline rows) while a case is open."""

    def __init__(
        self,
        widget: QWidget,
        table: QTableView,
        case_id: Callable[[], int | None],
        entry_at: Callable[[QModelIndex], TimelineEntry | None],
        keep: Callable[[list[Path], TimelineEntry | None], None],
        import_mail: Callable[[list[Path]], None],
    ) -> None:
        super().__init__(widget)
        self._table = table
        self._case_id = case_id
        self._entry_at = entry_at
        self._keep = keep
        self._import_mail = import_mail
        for target in (widget, table.viewport()):
            target.setAcceptDrops(True)
            target.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if self._case_id() is not None and dropped_paths(event):
                event.setDropAction(Qt.DropAction.CopyAction)
                event.accept()
                return True
            return False
        if kind == QEvent.Type.Drop:
            paths = dropped_paths(event)
            if self._case_id() is None or not paths:
                return False
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            if all(p.suffix.lower() in MAIL_SUFFIXES for p in paths):
                self._import_mail(paths)
                return True
            entry = None
            if obj is self._table.viewport():
                entry = self._entry_at(self._table.indexAt(event.position().toPoint()))
            self._keep(paths, entry)
            return True
        return False
