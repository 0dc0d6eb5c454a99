"""Every view and dialog of the app, built on sample data, for the accessibility and keyboard
checks (tests/ui/test_accessibility.py, tests/ui/test_keyboard.py and tools/a11y_walk.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QWidget


def dialogs(window) -> Iterator[tuple[str, Callable[[], QWidget]]]:
    """(name, build) for each dialog: `build()` makes it on the window (not shown, not run)."""
    desk = window.desk
    records = desk.records
    vendors = records.vendors()
    cases = records.cases()
    case_id = cases[0].id
    drafts = desk.drafts.summaries()
    draft_id = drafts[0].draft_id
    now = records.wall_now()

    def vendor():
        from complaint_desk.ui.dialogs.vendor_dialog import VendorDialog

        return VendorDialog(vendors[0], window)

    def case():
        from complaint_desk.ui.dialogs.case_dialog import CaseDialog

        return CaseDialog(vendors, cases[0], None, window)

    def new_draft():
        from complaint_desk.ui.dialogs.new_draft_dialog import NewDraftDialog

        return NewDraftDialog(desk, cases, case_id, window)

    def contact():
        from complaint_desk.ui.dialogs.timeline_dialogs import ContactDialog

        return ContactDialog(case_id, now, window)

    def response():
        from complaint_desk.ui.dialogs.timeline_dialogs import ResponseDialog

        return ResponseDialog(case_id, now, records.contacts(case_id), window)

    def relink():
        from complaint_desk.ui.dialogs.timeline_dialogs import RelinkDialog

        return RelinkDialog(records.contacts(case_id), None, False, window)

    def history():
        from complaint_desk.ui.dialogs.history_dialog import HistoryDialog

        return HistoryDialog(desk, draft_id, window)

    def letter():
        from complaint_desk.ui.dialogs.letter_dialog import LetterDialog

        return LetterDialog(desk, case_id, window)

    def calm():
        from complaint_desk.ui.dialogs.calm_version_dialog import CalmVersionDialog

        text = "You people are useless clowns. My kettle broke on 3 May and nobody answers!"
        return CalmVersionDialog(text, None, window)

    def held():
        from complaint_desk.ui.dialogs.held_response_dialog import HeldResponseDialog

        return HeldResponseDialog("A draft", "20 h left", window)

    def mail():
        from complaint_desk.ui.dialogs.mail_import_dialog import MailImportDialog

        return MailImportDialog(desk, case_id, window)

    def backup():
        from complaint_desk.ui.data_menu import BackupPicker

        return BackupPicker(desk, window)

    def help_dialog():
        from complaint_desk.ui.dialogs.help_dialog import HelpDialog

        return HelpDialog(window)

    yield from (
        ("vendor", vendor),
        ("case", case),
        ("new draft", new_draft),
        ("contact", contact),
        ("response", response),
        ("relink", relink),
        ("history", history),
        ("letter", letter),
        ("calm version", calm),
        ("held response", held),
        ("mail import", mail),
        ("backup", backup),
        ("help", help_dialog),
    )


def focusable(root: QWidget) -> list[QWidget]:
    """The controls under `root` that take focus and are on screen (a widget that hands its
    focus to another, like a date edit's inner line, is counted as that other one)."""
    out = []
    for w in root.findChildren(QWidget):
        if w.focusPolicy() == Qt.FocusPolicy.NoFocus or not w.isVisibleTo(root):
            continue
        if w.focusProxy() is not None or isinstance(w.parentWidget(), QAbstractSpinBox):
            continue
        if w.objectName().startswith("qt_") and w.parentWidget() is not None:
            # Qt's own parts of a control (scroll bars' buttons, a combo box's list): the
            # control they belong to is what has the name.
            if w.parentWidget().focusPolicy() != Qt.FocusPolicy.NoFocus:
                continue
        out.append(w)
    return out


def settle(ms: int = 30) -> None:
    from PySide6.QtCore import QDeadlineTimer, QEventLoop

    app = QApplication.instance()
    deadline = QDeadlineTimer(ms)
    while not deadline.hasExpired():
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
