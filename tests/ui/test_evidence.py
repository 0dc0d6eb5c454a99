"""Keep the record: files dropped on the case view or picked are kept with the case, or with the
contact or response they were dropped on; photos show as thumbnails; Enter opens one; Delete
removes one and Edit ▸ Undo brings it back; dropped e-mail goes to Import e-mail."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QIcon, QImage
from PySide6.QtWidgets import QApplication, QMessageBox

from complaint_desk.core.models import Case, Channel, Contact, Vendor
from complaint_desk.ui.dialogs.mail_import_dialog import MailImportDialog
from tests.ui.conftest import T0, answer_dialog


def _png(tmp_path: Path, name="hinge.png") -> Path:
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("#c0392b"))
    raw = QByteArray()
    buffer = QBuffer(raw)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    path = tmp_path / name
    path.write_bytes(bytes(raw.data()))
    return path


def _open_case(window, desk):
    vendor = desk.records.save_vendor(Vendor(None, "Acme"))
    case = desk.records.save_case(Case(None, vendor.id, "Broken kettle", T0))
    call = desk.records.log_contact(Contact(None, case.id, Channel.PHONE, T0, 20, "Gary", "No"))
    window.show_view("case")
    view = window.case_view
    view.select_case(case.id)
    return case, call, view


def _drop(target, paths, pos=None):
    """A drag entering `target`, then the drop (Qt delivers a drop only where a drag entered)."""
    pos = QPointF(5, 5) if pos is None else pos
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(
        pos.toPoint(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, enter)
    if not enter.isAccepted():
        return False, None
    event = QDropEvent(
        pos,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, event)
    return event.isAccepted(), event.dropAction()


def _rows(view):
    m = view.model
    return [[m.data(m.index(r, c)) for c in range(m.columnCount())] for r in range(m.rowCount())]


def test_a_photo_dropped_on_a_call_is_kept_with_it_and_shown_with_a_thumbnail(
    qtbot, window, desk, tmp_path, clock
):
    case, call, view = _open_case(window, desk)
    photo = _png(tmp_path)
    clock.advance(timedelta(minutes=5))
    row_rect = view.table.visualRect(view.model.index(0, 0))
    accepted, action = _drop(view.table.viewport(), [photo], QPointF(row_rect.center()))
    assert accepted and action == Qt.DropAction.CopyAction
    (kept,) = desk.evidence.files(case.id)
    assert kept.contact_id == call.id and kept.name == "hinge.png"
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)
    top = _rows(view)[0]
    assert top[view.model.WHO] == "You"
    assert top[view.model.WHAT].startswith("Photo or screenshot · ")
    assert top[view.model.SUMMARY] == "hinge.png"
    assert top[view.model.ANSWERS].startswith("kept with your phone of ")
    icon = view.model.data(view.model.index(0, view.model.WHAT), Qt.ItemDataRole.DecorationRole)
    assert isinstance(icon, QIcon) and not icon.isNull()


def test_a_file_dropped_beside_the_rows_is_kept_with_the_case(qtbot, window, desk, tmp_path):
    case, _call, view = _open_case(window, desk)
    receipt = tmp_path / "receipt.pdf"
    receipt.write_bytes(b"%PDF-1.4 the receipt")
    _drop(view, [receipt])
    (kept,) = desk.evidence.files(case.id)
    assert (kept.contact_id, kept.response_id) == (None, None)
    qtbot.waitUntil(lambda: any(r[view.model.SUMMARY] == "receipt.pdf" for r in _rows(view)))
    row = next(r for r in _rows(view) if r[view.model.SUMMARY] == "receipt.pdf")
    assert row[view.model.ANSWERS] == "kept with the case"
    assert row[view.model.WHAT].startswith("PDF · ")


def test_enter_opens_a_kept_file_from_a_private_copy(qtbot, window, desk, tmp_path, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    case, _call, view = _open_case(window, desk)
    photo = _png(tmp_path)
    desk.evidence.attach_paths(case.id, [photo])
    photo.unlink()  # the app kept its own copy
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    row = next(i for i, r in enumerate(_rows(view)) if r[view.model.SUMMARY] == "hinge.png")
    view.table.setCurrentIndex(view.model.index(row, 0))
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    (url,) = opened
    copy = Path(url.toLocalFile())
    assert copy.name == "hinge.png" and copy.read_bytes() == desk.evidence.data(
        desk.evidence.files(case.id)[0]
    )


def test_delete_removes_a_kept_file_and_undo_brings_it_back(qtbot, window, desk, tmp_path):
    case, _call, view = _open_case(window, desk)
    desk.evidence.attach_paths(case.id, [_png(tmp_path)])
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)
    qtbot.waitUntil(lambda: hasattr(window, "undo_action"))
    seen = {}

    def press(box):
        assert isinstance(box, QMessageBox)
        seen["title"], seen["text"] = box.windowTitle(), box.text()
        next(b for b in box.buttons() if b.text().startswith("Delete")).click()

    answer_dialog(qtbot, press)
    row = next(i for i, r in enumerate(_rows(view)) if r[view.model.SUMMARY] == "hinge.png")
    view.table.setCurrentIndex(view.model.index(row, 0))
    view.delete_selected()
    assert seen["title"] == "Delete file?" and "“hinge.png”" in seen["text"]
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert desk.evidence.files(case.id) == []
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)
    assert [e.name for e in desk.evidence.files(case.id)] == ["hinge.png"]


def test_a_file_that_cannot_be_kept_says_why(qtbot, window, desk, tmp_path):
    case, _call, view = _open_case(window, desk)
    said = []
    view.message.connect(said.append)
    _drop(view, [tmp_path / "vanished.jpg"])
    assert desk.evidence.files(case.id) == []
    assert said and said[-1].startswith("Not kept: vanished.jpg — it cannot be read")


def test_dropped_e_mail_goes_to_import_e_mail(qtbot, window, desk, tmp_path):
    case, _call, view = _open_case(window, desk)
    message = tmp_path / "reply.eml"
    message.write_bytes(
        b"From: Support <help@acme.example>\r\nTo: me@example.org\r\n"
        b"Date: Mon, 2 Mar 2026 10:00:00 +0000\r\nSubject: Your kettle\r\n\r\nSorry.\r\n"
    )
    seen = {}

    def look(dialog):
        seen["dialog"] = type(dialog)
        seen["paths"] = list(dialog.paths)
        dialog.reject()

    answer_dialog(qtbot, look)
    _drop(view, [message])
    assert seen["dialog"] is MailImportDialog and seen["paths"] == [message]
    assert desk.evidence.files(case.id) == []
