"""Revision history: how a draft changed while cooling off, a word diff, and restoring a version."""

from __future__ import annotations

import html
import re
from difflib import SequenceMatcher

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from complaint_desk.app.desk import Desk
from complaint_desk.core.formatting import (
    band_for,
    format_heat,
    format_when,
    heat_change,
    hold_line,
)
from complaint_desk.core.hold import Revision
from complaint_desk.ui import a11y
from complaint_desk.ui.models.table_model import RecordTableModel
from complaint_desk.ui.palette import band_colour, band_hex, colour

# Words and punctuation runs keep their trailing spaces, so a replaced phrase reads as one block.
_PIECES = re.compile(r"\w+\s*|[^\w\s]+\s*|\s+", re.UNICODE)


def _removed() -> str:
    """Removed words: struck out, red on a red tint (the scheme's pair, AA in both)."""
    return (
        f"background:{colour('error_bg')}; color:{colour('text_error')};"
        " text-decoration:line-through;"
    )


def _added() -> str:
    """Added words: underlined (not by colour alone), green on a green tint."""
    return (
        f"background:{colour('success_bg')}; color:{colour('text_ok')}; text-decoration:underline;"
    )


RESTORE_NOTE = (
    "Restoring saves that version as the newest one. The cooling-off rule applies to it again: "
    "if it reads more heated than the calmest version since the wait began, the wait starts over."
)


def _html(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def word_diff_html(old: str, new: str) -> str:
    """The change from `old` to `new`, word by word: removed words struck red, added words green."""
    a, b = _PIECES.findall(old), _PIECES.findall(new)
    # Compare words without their spacing, so "kettle!!!" → "kettle (" keeps "kettle" unmarked.
    keys_a, keys_b = [t.strip() or " " for t in a], [t.strip() or " " for t in b]
    out: list[str] = []
    matcher = SequenceMatcher(None, keys_a, keys_b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            out.append(_html("".join(b[j1:j2])))
            continue
        if op in ("delete", "replace"):
            out.append(f'<span style="{_removed()}">{_html("".join(a[i1:i2]))}</span>')
        if op in ("insert", "replace"):
            out.append(f'<span style="{_added()}">{_html("".join(b[j1:j2]))}</span>')
    return "".join(out) or "<i>(empty)</i>"


def _when(rev: Revision) -> str:
    return format_when(rev.saved_at)


def _heat(heat: float) -> str:
    return format_heat(heat)


class RevisionsModel(RecordTableModel[tuple[int, Revision]]):
    NUMBER, SAVED, HEAT = range(3)
    COLUMNS = (
        ("#", lambda r: r[0] + 1),
        ("Saved", lambda r: _when(r[1])),
        ("Heat", lambda r: _heat(r[1].heat)),
    )

    def sort_key(self, record, column: int):
        return record[0]

    def foreground(self, record, column: int):
        return band_colour(record[1].heat) if column == self.HEAT else None


class HistoryDialog(QDialog):
    restored = Signal(int)  # draft id

    def __init__(self, desk: Desk, draft_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.draft_id = draft_id
        draft = desk.drafts.draft(draft_id)
        self.setWindowTitle(f"History — {draft.title if draft else 'draft'}")
        self.resize(900, 560)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.model = RevisionsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(RevisionsModel.SAVED, QHeaderView.ResizeMode.Stretch)
        a11y.table(self.table, "Saved versions", "Each version with its heat; pick one to compare")
        for col in (RevisionsModel.NUMBER, RevisionsModel.HEAT):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.diff_title = QLabel()
        self.diff_title.setObjectName("diffTitle")
        self.diff = QTextBrowser()
        self.diff.setOpenLinks(False)
        # Reading only: the diff holds the draft's words, and copy-out has exactly one path.
        self.diff.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.diff.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.diff.setTabChangesFocus(True)
        a11y.name(
            self.diff,
            "What changed since that version",
            "Struck-out words were removed since that version; underlined words were added",
        )
        legend = QLabel(
            f'<span style="{_removed()}">&nbsp;removed&nbsp;</span> since that version · '
            f'<span style="{_added()}">&nbsp;added&nbsp;</span> since then'
        )
        self.restore_button = QPushButton("&Restore this version")
        a11y.name(self.restore_button, "Restore this version", RESTORE_NOTE)
        self.restore_button.setToolTip(RESTORE_NOTE)
        self.restore_button.clicked.connect(self.restore_selected)
        self.note = QLabel(RESTORE_NOTE)
        self.note.setWordWrap(True)
        self.note.setObjectName("restoreNote")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.diff_title)
        right_layout.addWidget(self.diff, 1)
        right_layout.addWidget(legend)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.note, 1)
        bottom.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        layout.addWidget(buttons)

        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_diff())
        self.reload()
        self.select(0)

    # -- content ----------------------------------------------------------------------
    def revisions(self) -> list[Revision]:
        return self.desk.drafts.revisions(self.draft_id)

    def reload(self) -> None:
        revs = self.revisions()
        self.model.set_rows(list(enumerate(revs)))
        if not revs:
            self.summary.setText("Nothing written yet: the history starts with the first save.")
            self.restore_button.setEnabled(False)
            self.diff.setHtml("")
            return
        first, last = revs[0], revs[-1]
        arrow = heat_change(first.heat, last.heat)
        hold = hold_line(self.desk.drafts.hold_state(self.draft_id))
        self.summary.setText(
            f"<b>{len(revs)} version{'s' if len(revs) != 1 else ''}</b> since {_when(first)}. "
            f"Heat then <b style='color:{band_hex(band_for(first.heat))}'>"
            f"{_heat(first.heat)}</b>, now <b style='color:{band_hex(band_for(last.heat))}'>"
            f"{_heat(last.heat)}</b>: {arrow}. {hold}"
        )

    def select(self, index: int) -> None:
        if 0 <= index < self.model.rowCount():
            self.table.selectRow(index)
            self._show_diff()

    def selected_index(self) -> int:
        current = self.table.currentIndex()
        return current.row() if current.isValid() else -1

    def _show_diff(self) -> None:
        revs = self.revisions()
        index = self.selected_index()
        if not revs or index < 0:
            return
        chosen, current = revs[index], revs[-1]
        if index == len(revs) - 1:
            self.diff_title.setText(f"Version {index + 1} is the current text")
            self.diff.setHtml(_html(current.text))
        else:
            self.diff_title.setText(
                f"From version {index + 1} (heat {_heat(chosen.heat)}) to now "
                f"(heat {_heat(current.heat)})"
            )
            self.diff.setHtml(word_diff_html(chosen.text, current.text))
        self.restore_button.setEnabled(chosen.text != current.text)

    # -- restoring --------------------------------------------------------------------
    def restore_selected(self) -> None:
        index = self.selected_index()
        if index < 0 or not self.desk.drafts.restore_revision(self.draft_id, index):
            return
        self.reload()
        self.select(self.model.rowCount() - 1)
        state = self.desk.drafts.hold_state(self.draft_id)
        if state.held and state.ready_at is not None:
            when = format_when(state.ready_at)
            outcome = f"The rule applied again: cooling off until {when}."
        else:
            outcome = "The rule applied again: it is not held."
        self.note.setText(f"Restored version {index + 1} as the newest version. {outcome}")
        self.restored.emit(self.draft_id)
