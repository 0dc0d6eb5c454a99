"""What a screen reader and the keyboard need from every widget, in one place.

- `name(widget, name, description)`: the accessible name (and description) of a control.
- `table(view, name, description)`: a table a screen reader can name, with named headers, that
  Tab and Ctrl+Tab leave instead of walking its cells.
- `tab_leaves(root)`: Tab and Shift+Tab move focus out of every text box under `root`.
- `form_mnemonics(form)`: Alt+letter for every labelled row of a form (labels are buddies).
- `PoliteAnnouncer`: a value that changes often (the heat, the countdown) is said once it
  settles, politely, and only when it changed in a way worth saying.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

if TYPE_CHECKING:
    from PySide6.QtWidgets import QAbstractItemView, QFormLayout, QWidget

# The accessibility and text-box classes are loaded when first used: PySide makes a class's
# Python enums the first time the class is touched, and the first frame needs none of these.

ANNOUNCE_MS = 1500  # a value is said this long after it stopped changing


def name(widget: QWidget, text: str, description: str | None = None) -> QWidget:
    widget.setAccessibleName(text)
    if description is not None:
        widget.setAccessibleDescription(description)
    return widget


def table(view: QAbstractItemView, text: str, description: str | None = None) -> None:
    """Name a table and its headers; Tab (and Ctrl+Tab) leave it rather than move cell by cell
    (the arrow keys move between cells)."""
    name(view, text, description)
    view.setTabKeyNavigation(False)
    for header, which in (
        (getattr(view, "horizontalHeader", lambda: None)(), "columns"),
        (getattr(view, "verticalHeader", lambda: None)(), "rows"),
    ):
        if header is not None:
            header.setAccessibleName(f"{text}: {which}")


def tab_leaves(root: QWidget) -> None:
    """Tab and Shift+Tab move focus on from every plain or rich text box under `root` (no tab
    characters typed into a summary, a note or a letter)."""
    from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

    for box in root.findChildren(QPlainTextEdit) + root.findChildren(QTextEdit):
        box.setTabChangesFocus(True)


def form_mnemonics(form: QFormLayout, taken: str = "") -> None:
    """Give each row label of `form` whose field is its buddy an Alt+letter of its own (the
    first free letter of the label; `taken` lists letters already used in the window)."""
    from PySide6.QtWidgets import QFormLayout, QLabel

    used = set(taken.lower())
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        label = item.widget() if item is not None else None
        if not isinstance(label, QLabel) or label.buddy() is None or "&" in label.text():
            continue
        text = label.text()
        for i, ch in enumerate(text):
            if ch.isalpha() and ch.lower() not in used:
                used.add(ch.lower())
                label.setText(text[:i] + "&" + text[i:])
                break


class PoliteAnnouncer(QObject):
    """Keeps `widget`'s accessible description equal to a changing value, and says it.

    `update(text, key)` may be called on every keystroke: the description is set and the
    announcement sent only after `delay_ms` without a new value, and only when `key` (what is
    worth saying: the band, the state) differs from the last one said."""

    def __init__(
        self,
        widget: QWidget,
        delay_ms: int = ANNOUNCE_MS,
        worth_saying: Callable[[Hashable, Hashable], bool] | None = None,
    ) -> None:
        super().__init__(widget)
        self._widget = widget
        self._text = ""
        self._key: Hashable = None
        self._said_key: Hashable = None
        self._said_text = ""
        self._worth = worth_saying or (lambda old, new: old != new)
        self._timer = QTimer(self, singleShot=True, interval=delay_ms)
        self._timer.timeout.connect(self.flush)
        self.announced: list[str] = []  # what was said (for tests and the walk)

    def update(self, text: str, key: Hashable = None) -> None:
        self._text = text
        self._key = text if key is None else key
        self._timer.start()

    def flush(self) -> None:
        self._timer.stop()
        text = self._text
        if text == self._said_text:
            return
        self._widget.setAccessibleDescription(text)  # Qt tells the reader it changed
        first = not self._said_text
        worth = not first and self._worth(self._said_key, self._key)
        self._said_text, self._said_key = text, self._key
        if not worth:
            return
        self.announced.append(text)
        from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

        if QAccessible.isActive():
            event = QAccessibleAnnouncementEvent(self._widget, text)
            event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
            QAccessible.updateAccessibility(event)

    def pending(self) -> bool:
        return self._timer.isActive()


def announce(widget: QWidget, text: str, assertive: bool = False) -> None:
    """Say `text` once (a message in the banner): politely, or at once for a problem.

    Said once `widget` has painted with it, so once what it describes is on screen: making
    Qt's accessibility types (their enums) cost 2-6 ms, which the start-up's "N drafts ready"
    banner should not add before the window's first paint (a zero-delay timer would still run
    before that paint)."""
    if text:
        from complaint_desk.ui.first_paint import after_first_paint

        after_first_paint(widget, lambda: _announce_now(widget, text, assertive))


def _announce_now(widget: QWidget, text: str, assertive: bool) -> None:
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

    if not QAccessible.isActive():
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(
        QAccessible.AnnouncementPoliteness.Assertive
        if assertive
        else QAccessible.AnnouncementPoliteness.Polite
    )
    QAccessible.updateAccessibility(event)
