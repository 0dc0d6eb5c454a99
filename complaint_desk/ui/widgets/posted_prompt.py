"""The "Did you post it?" strip under the copy-out header: not a dialog, nothing waits on it.

After a copy it asks whether the text was posted ("Yes, I posted it", "Paste the link…",
"Not yet"); once the post is recorded it says so and offers the link and an Undo. It only shows
what the copy-out service says and forwards the person's answer: the service records the post.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton

from complaint_desk.ui import a11y, palette

ASKING, RECORDED, UNDONE = "asking", "recorded", "undone"


class PostedPrompt(QFrame):
    posted = Signal(str)  # "Yes" (link "") or a pasted link
    not_yet = Signal()
    save_link_requested = Signal(str)  # a link for the post already recorded
    undo_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("postedPrompt")
        self._restyle()
        palette.on_theme_change(self, self._restyle)
        self.state = ""
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.yes_button = QPushButton("&Yes, I posted it")
        a11y.name(self.yes_button, "Yes, I posted it")
        self.yes_button.clicked.connect(lambda: self.posted.emit(""))
        self.link_button = QPushButton("&Paste the link…")
        a11y.name(self.link_button, "Paste the link")
        self.link_button.clicked.connect(self._ask_link)
        self.not_yet_button = QPushButton("&Not yet")
        a11y.name(self.not_yet_button, "Not yet")
        self.not_yet_button.setFlat(True)
        self.not_yet_button.clicked.connect(self.not_yet)
        self.link_edit = QLineEdit()
        self.link_edit.setPlaceholderText("Paste the link to your post (https://…)")
        a11y.name(self.link_edit, "Link to your post", "https://…")
        self.link_edit.returnPressed.connect(self._link_entered)
        self.link_save = QPushButton("Save lin&k")
        a11y.name(self.link_save, "Save link")
        self.link_save.clicked.connect(self._link_entered)
        self.link_status = QLabel()
        self.undo_button = QPushButton("Undo")
        a11y.name(self.undo_button, "Undo: it was not posted")
        self.undo_button.setToolTip("Take the post off the case: it was not posted after all")
        self.undo_button.clicked.connect(self.undo_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.question, 1)
        for w in (
            self.yes_button,
            self.link_button,
            self.link_edit,
            self.link_save,
            self.not_yet_button,
            self.link_status,
            self.undo_button,
        ):
            layout.addWidget(w)
        self.link_edit.setMinimumWidth(260)
        self.hide()

    def _restyle(self) -> None:
        self.setStyleSheet(palette.box_style("#postedPrompt", "success"))

    # -- states ----------------------------------------------------------------------------
    def ask(self, question: str) -> None:
        """Ask whether what was copied was posted."""
        self.state = ASKING
        self.question.setText(question)
        self.link_edit.clear()
        self.link_status.clear()
        self._show(self.yes_button, self.link_button, self.not_yet_button)
        self.show()

    def recorded(self, words: str, has_link: bool) -> None:
        """The post is on the case: say so; offer the link (if none yet) and Undo."""
        self.state = RECORDED
        self.question.setText(words)
        self.link_status.clear()
        if has_link:
            self._show(self.undo_button, self.link_status)
            self.link_status.setText(palette.span("Link saved ✓", "text_ok"))
        else:
            self.link_edit.clear()
            self._show(self.link_edit, self.link_save, self.undo_button)
        self.show()

    def undone(self, words: str) -> None:
        self.state = UNDONE
        self.question.setText(words)
        self._show()
        self.show()

    def link_saved(self) -> None:
        self.link_status.setText(palette.span("Link saved ✓", "text_ok"))
        self._show(self.undo_button, self.link_status)

    def problem(self, words: str) -> None:
        """Something the person must fix (a link that is not one): shown beside the buttons."""
        self.link_status.setText(palette.span(words, "text_error"))
        self.link_status.show()

    def close_prompt(self) -> None:
        self.state = ""
        self.hide()

    # -- inside ----------------------------------------------------------------------------
    def _ask_link(self) -> None:
        self._show(self.link_edit, self.link_save, self.not_yet_button)
        self.link_edit.setFocus()

    def _link_entered(self) -> None:
        link = self.link_edit.text().strip()
        if not link:
            self.problem("Paste the link first.")
            return
        if self.state == ASKING:
            self.posted.emit(link)
        else:
            self.save_link_requested.emit(link)

    def _show(self, *widgets) -> None:
        for w in (
            self.yes_button,
            self.link_button,
            self.not_yet_button,
            self.link_edit,
            self.link_save,
            self.link_status,
            self.undo_button,
        ):
            w.setVisible(w in widgets)
