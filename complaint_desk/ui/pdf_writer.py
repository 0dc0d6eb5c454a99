"""PDF files from the app's Markdown (the case file, the letter), with Qt's own offline writer.

QTextDocument lays the Markdown out and QPdfWriter prints it: QtGui, so it lives in the ui layer
(app/export.py builds the text). The PDF is made in memory and written as a private (0600) file,
atomically, like every other file the app writes for the person.
"""

from __future__ import annotations

import base64
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSizeF, Qt
from PySide6.QtGui import (
    QImage,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
)

from complaint_desk import paths

MAX_PICTURE_PX = 1400  # at 300 dpi about 12 cm: a photo fits the page's width and half its height


def _data_url(picture: bytes) -> str:
    """The picture, scaled to fit the page, as a data: URL (a resource added to the document
    does not survive its printing: the page would show a broken-image mark)."""
    image = QImage.fromData(picture)
    if image.isNull():
        return "data:,"
    if max(image.width(), image.height()) > MAX_PICTURE_PX:
        image = image.scaled(
            MAX_PICTURE_PX,
            MAX_PICTURE_PX,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    raw = QByteArray()
    buffer = QBuffer(raw)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs want bytes; PySide takes str
    buffer.close()
    return "data:image/png;base64," + base64.b64encode(bytes(raw.data())).decode("ascii")


def pdf_bytes(markdown: str, title: str = "", pictures: dict[str, bytes] | None = None) -> bytes:
    """The Markdown laid out on A4 pages as PDF bytes (works offline, no printer). `pictures`
    (sha256 -> image bytes) are the images the Markdown names as `evidence:<sha256>`, scaled to
    fit the page."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("Complaint Desk")
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(18, 18, 18, 18),
            QPageLayout.Unit.Millimeter,
        )
    )
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)  # measure fonts at the PDF's resolution
    font = doc.defaultFont()
    font.setPointSizeF(11)
    doc.setDefaultFont(font)
    for digest, picture in (pictures or {}).items():
        markdown = markdown.replace(f"](evidence:{digest})", f"]({_data_url(picture)})")
    doc.setMarkdown(markdown)
    spacing = writer.resolution() * 0.08  # about 2 mm between paragraphs
    cursor = QTextCursor(doc)
    cursor.select(QTextCursor.SelectionType.Document)
    block = QTextBlockFormat()
    block.setBottomMargin(spacing)
    cursor.mergeBlockFormat(block)
    doc.setPageSize(QSizeF(writer.width(), writer.height()))
    doc.print_(writer)
    del writer  # ends the PDF: the buffer now holds the whole file
    buffer.close()
    return bytes(data.data())


def write_pdf(
    markdown: str, path: Path, title: str = "", pictures: dict[str, bytes] | None = None
) -> Path:
    """Lay the Markdown out on A4 pages and write it to `path` as a private (0600) PDF."""
    path = Path(path)
    paths.write_private(path, pdf_bytes(markdown, title, pictures))
    return path
