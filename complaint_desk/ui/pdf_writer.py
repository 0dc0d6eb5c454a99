"""PDF files from the app's Markdown (the case file, the letter), with Qt's own offline writer.

QTextDocument lays the Markdown out and QPdfWriter prints it: QtGui, so it lives in the ui layer
(app/export.py builds the text). The PDF is made in memory and written as a private (0600) file,
atomically, like every other file the app writes for the person.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSizeF
from PySide6.QtGui import (
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
)

from complaint_desk import paths


def pdf_bytes(markdown: str, title: str = "") -> bytes:
    """The Markdown laid out on A4 pages as PDF bytes (works offline, no printer)."""
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


def write_pdf(markdown: str, path: Path, title: str = "") -> Path:
    """Lay the Markdown out on A4 pages and write it to `path` as a private (0600) PDF."""
    path = Path(path)
    paths.write_private(path, pdf_bytes(markdown, title))
    return path
