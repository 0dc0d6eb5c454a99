"""The copy-out view: pick a released draft and a site, check it, preview it, copy it (by part).

Every text shown or copied comes from the app's CopyOutService; this view only keeps the user's
choices (site, handle, hashtags, which findings to redact) and forwards them. A copy records
nothing: the strip under the header then asks whether it was posted, and forwards the answer.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from complaint_desk.app.copy_out import LETTER_MESSAGE, CopyOptions, CopyPreview, PendingPost
from complaint_desk.app.desk import Desk
from complaint_desk.core.models import DraftKind, DraftStatus
from complaint_desk.ui import a11y, palette
from complaint_desk.ui.lazy_reload import LazyReload
from complaint_desk.ui.widgets.copy_checks_panel import ChecksPanel
from complaint_desk.ui.widgets.copy_length_meter import meter_colour
from complaint_desk.ui.widgets.copy_site_preview import SitePreview
from complaint_desk.ui.widgets.posted_prompt import ASKING, PostedPrompt

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

__all__ = ["CopyView", "meter_colour"]


class CopyView(LazyReload, QWidget):
    message = Signal(str)

    def __init__(self, desk: Desk, parent=None) -> None:
        super().__init__(parent)
        self.desk = desk
        self._redact: set[str] = set()
        self.rules_question: QMessageBox | None = None  # "Copy anyway?" while it is asked
        self.draft_box = QComboBox()
        self.draft_box.setMinimumContentsLength(28)
        self.site_box = QComboBox()
        for pid, name in desk.copy_out.sites():
            self.site_box.addItem(name, pid)
        self.handle_check = QCheckBox("Add the vendor's handle")
        self.handle_check.setChecked(True)
        self.redact_check = QCheckBox("&Redact all personal data")
        a11y.name(self.redact_check, "Redact all personal data")
        self.hashtags = QLineEdit()
        self.hashtags.setPlaceholderText("Hashtags (optional), e.g. #customerservice")
        a11y.name(self.hashtags, "Hashtags", "Optional, added to the post, e.g. #customerservice")
        self.instance_label = QLabel("Your &Mastodon server")
        self.instance = QLineEdit(desk.copy_out.mastodon_instance)
        self.instance.setPlaceholderText("mastodon.social")
        self.instance.setToolTip("The compose link opens on this server")
        self.instance.editingFinished.connect(self.save_instance)
        self.instance_label.setBuddy(self.instance)
        a11y.name(self.draft_box, "Draft", "Drafts still cooling off are locked")
        a11y.name(self.site_box, "Site", "Where you will post: its length and rules apply")
        for w in (self.draft_box, self.site_box):
            w.currentIndexChanged.connect(self.refresh)
        self.draft_box.currentIndexChanged.connect(self._draft_switched)
        for check in (self.handle_check, self.redact_check):
            check.toggled.connect(self.refresh)
        self.hashtags.textChanged.connect(self.refresh)

        self.locked = QLabel()
        self.locked.setObjectName("lockedState")
        self.locked.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.locked.setWordWrap(True)
        # A held draft's figures and checks show here; nothing in the box can be selected.
        self.locked.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self._style_locked()
        palette.on_theme_change(self.locked, self._style_locked)

        self.counter = QLabel()
        self.counter.setObjectName("counter")
        self.site_preview = SitePreview()
        self.site_preview.copy_part_requested.connect(self.copy)
        self.checks_panel = ChecksPanel()
        self.checks_panel.setMinimumWidth(330)
        self.checks_panel.redact_requested.connect(self.redact)
        self.checks_panel.redact_all_requested.connect(lambda: self.redact_check.setChecked(True))
        self.checks_panel.undo_redactions_requested.connect(self.undo_redactions)
        self.copy_all = QPushButton("Copy all")
        self.copy_all.setShortcut("Ctrl+Shift+C")
        self.copy_all.setToolTip("Copy the whole text for the site (Ctrl+Shift+C)")
        a11y.name(self.copy_all, "Copy all")
        self.copy_all.clicked.connect(lambda: self.copy(None))
        self.compose = QPushButton("Copy and open the site")
        self.compose.setShortcut("Ctrl+Shift+O")
        self.compose.setToolTip("Copy, then open the site's compose page (Ctrl+Shift+O)")
        a11y.name(self.compose, "Copy and open the site")
        self.compose.clicked.connect(self.open_compose)

        # "Did you post it?": asked after a copy, never modal; the post is recorded on "Yes".
        self.posted_prompt = PostedPrompt()
        self.posted_prompt.posted.connect(self.confirm_post)
        self.posted_prompt.not_yet.connect(self.not_posted)
        self.posted_prompt.save_link_requested.connect(self.save_link)
        self.posted_prompt.undo_requested.connect(self.undo_post)
        self._post_id: int | None = None

        ready = QWidget()
        ready_layout = QVBoxLayout(ready)
        ready_layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(self.counter)
        head.addStretch(1)
        head.addWidget(self.copy_all)
        head.addWidget(self.compose)
        ready_layout.addLayout(head)
        ready_layout.addWidget(self.posted_prompt)
        body = QHBoxLayout()
        body.addWidget(self.site_preview, 3)
        body.addWidget(self.checks_panel, 2)
        ready_layout.addLayout(body, 1)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.locked)
        self.stack.addWidget(ready)

        grid = QGridLayout()
        draft_label = QLabel("&Draft")
        draft_label.setBuddy(self.draft_box)
        site_label = QLabel("&Site")
        site_label.setBuddy(self.site_box)
        grid.addWidget(draft_label, 0, 0)
        grid.addWidget(self.draft_box, 0, 1)
        grid.addWidget(site_label, 0, 2)
        grid.addWidget(self.site_box, 0, 3)
        grid.addWidget(self.handle_check, 1, 1)
        grid.addWidget(self.redact_check, 1, 3)
        grid.addWidget(self.hashtags, 2, 1)
        instance_row = QHBoxLayout()
        instance_row.addWidget(self.instance_label)
        instance_row.addWidget(self.instance, 1)
        grid.addLayout(instance_row, 2, 3)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(3, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(grid)
        layout.addWidget(self.stack, 1)

        self.preview: CopyPreview | None = None
        desk.drafts.drafts_changed.connect(self.request_reload)
        desk.drafts.draft_saved.connect(self._draft_saved)
        desk.copy_out.settings_changed.connect(self.refresh)
        desk.releases.connect(lambda _ids: self.refresh())
        self._tick = QTimer(self, interval=30_000)
        self._tick.timeout.connect(self.refresh)
        self._tick.start()
        self.request_reload()

    def reload(self) -> None:
        self.reload_drafts()

    def _style_locked(self) -> None:
        # The label is the box itself: its own text colour too (box_style sets its children's).
        self.locked.setStyleSheet(
            palette.box_style("#lockedState", "warning", 8, "padding:24px; font-size:15px;")
            + f" #lockedState {{ color:{palette.colour('box_text')}; }}"
        )

    # -- the user's choices ----------------------------------------------------------------
    @property
    def draft_id(self) -> int | None:
        data = self.draft_box.currentData()
        return int(data) if data is not None else None

    @property
    def platform_id(self) -> str:
        return str(self.site_box.currentData())

    @property
    def part_buttons(self) -> list[QPushButton]:
        return self.site_preview.part_buttons

    @property
    def part_frames(self) -> list[QFrame]:
        return self.site_preview.part_frames

    def options(self) -> CopyOptions:
        return CopyOptions(
            self.handle_check.isChecked(),
            self.redact_check.isChecked(),
            self.hashtags.text(),
            frozenset(self._redact),
        )

    def redact(self, text: str) -> None:
        self._redact.add(text)
        self.refresh()

    def undo_redactions(self) -> None:
        self._redact.clear()
        self.redact_check.setChecked(False)
        self.refresh()

    def save_instance(self) -> None:
        try:
            host = self.desk.copy_out.set_mastodon_instance(self.instance.text())
        except ValueError as exc:
            self.message.emit(f"Not a server name: {exc}")
            self.instance.setText(self.desk.copy_out.mastodon_instance)
            return
        self.instance.setText(host)

    def reload_drafts(self) -> None:
        current = self.draft_id
        self.draft_box.blockSignals(True)
        self.draft_box.clear()
        for s in self.desk.drafts.summaries():
            if s.status is DraftStatus.WITHDRAWN or not s.revision_count:
                continue
            if s.kind is DraftKind.LETTER:
                continue  # a letter is sent, not posted
            self.draft_box.addItem(f"{s.title} · {s.vendor_name}", s.draft_id)
        if current is None:
            # Nothing chosen yet: start on a draft that can go out, if there is one.
            ready = [i for i in self.desk.ready_drafts() if self.draft_box.findData(i) >= 0]
            if ready:
                current = ready[0]
        if current is not None and self.draft_box.findData(current) >= 0:
            self.draft_box.setCurrentIndex(self.draft_box.findData(current))
        self.draft_box.blockSignals(False)
        self.refresh()

    def select(self, draft_id: int, platform_id: str | None = None) -> None:
        if self._stale:
            self._stale = False
            self.reload_drafts()
        # One preview for both choices (a huge draft's preview is built once, not three times).
        index = self.draft_box.findData(draft_id)
        switched = index >= 0 and index != self.draft_box.currentIndex()
        for box in (self.draft_box, self.site_box):
            box.blockSignals(True)
        if index >= 0:
            self.draft_box.setCurrentIndex(index)
        if platform_id:
            self.site_box.setCurrentIndex(max(0, self.site_box.findData(platform_id)))
        for box in (self.draft_box, self.site_box):
            box.blockSignals(False)
        if switched:
            self._draft_switched()
        self.refresh()

    def _draft_switched(self, *_args) -> None:
        self._redact.clear()
        if self.posted_prompt.state != ASKING:
            self.posted_prompt.close_prompt()  # a question still waiting for an answer stays

    def _draft_saved(self, draft_id: int) -> None:
        if draft_id == self.draft_id:
            self.refresh()

    # -- showing ---------------------------------------------------------------------------
    def refresh(self, *_args) -> None:
        if not self.isVisible():
            self._stale = True  # the preview is rebuilt when the view is shown
            return
        is_mastodon = self.platform_id == "mastodon"
        self.instance_label.setVisible(is_mastodon)
        self.instance.setVisible(is_mastodon)
        if self.draft_id is None:
            self.preview = None
            self.locked.setText("No draft to copy yet.\nWrite one in Drafts; it appears here.")
            self.stack.setCurrentWidget(self.locked)
            return
        # The preview asks the gate itself (None while the draft may not leave).
        shown = self.preview if self.stack.currentIndex() == 1 else None
        self.preview = self.desk.copy_out.preview(self.draft_id, self.platform_id, self.options())
        if self.preview is None:
            if self.desk.copy_out.is_letter(self.draft_id):
                self.locked.setText(LETTER_MESSAGE)
            else:
                decision = self.desk.copy_out.decide(self.draft_id)
                text = f"Locked while cooling off\n\n{decision.message}"
                review = self.desk.copy_out.while_held(
                    self.draft_id, self.platform_id, self.options()
                )
                if review is not None:
                    text += "\n\n" + _waiting_words(review)
                self.locked.setText(text)
            self.stack.setCurrentWidget(self.locked)
            return
        if self.preview == shown:
            return  # nothing changed (a tick, a recorded post): keep the cards and their marks
        self._show_preview(self.preview)
        self.stack.setCurrentIndex(1)

    def _show_preview(self, preview: CopyPreview) -> None:
        n = len(preview.parts)
        if preview.too_long:
            shown = (
                f"<span style='color:{meter_colour(2, 1)}; font-weight:bold'>"
                f"{preview.total_chars:,} characters: too long for any site</span>"
                " · shorten it in Drafts (the preview shows its start)"
            )
        elif n > 1:
            colour = meter_colour(max(preview.part_counts), preview.limit)
            shown = (
                f"{preview.count:,} characters as {preview.site_name} counts them · "
                f"<span style='color:{colour}; font-weight:bold'>a thread of {n} parts, "
                f"the longest {max(preview.part_counts):,} / {preview.limit:,}</span>"
            )
        else:
            colour = meter_colour(preview.count, preview.limit)
            shown = (
                f"<span style='color:{colour}; font-weight:bold'>{preview.count:,} / "
                f"{preview.limit:,}</span> characters as {preview.site_name} counts them"
            )
        self.counter.setText(shown)
        if preview.available_handle:
            self.handle_check.setText(f"Add {preview.available_handle}")
            self.handle_check.setEnabled(True)
            self.handle_check.setToolTip("")
        elif preview.site_kind == "review":
            self.handle_check.setText("Reviews take no @handle")
            self.handle_check.setEnabled(False)
            self.handle_check.setToolTip("The review goes on the vendor's page on the site.")
        else:
            self.handle_check.setText("Add the vendor's handle")
            self.handle_check.setEnabled(False)
            self.handle_check.setToolTip(
                f"No {preview.site_name} handle is stored for this vendor (add it in Vendors)."
            )
        self.checks_panel.set_preview(preview)
        self.site_preview.set_preview(preview)
        self.copy_all.setText("Copy all" if n > 1 else "Copy")
        self.copy_all.setEnabled(not preview.too_long)
        self._show_open_button(preview)

    def _show_open_button(self, preview: CopyPreview) -> None:
        name = preview.site_name
        if preview.too_long:
            self.compose.setText(f"Copy and open {name}")
            self.compose.setEnabled(False)
            self.compose.setToolTip("Too long for any site: shorten it in Drafts first.")
        elif preview.compose_available:
            first = " (part 1)" if len(preview.parts) > 1 else ""
            self.compose.setText(f"Copy{first} and open {name}")
            self.compose.setEnabled(True)
            self.compose.setToolTip(f"Opens {name}'s new-post page in your browser, filled in")
        elif preview.vendor_page:
            self.compose.setText(f"Copy and open {preview.vendor_name or 'the vendor'} on {name}")
            self.compose.setEnabled(True)
            self.compose.setToolTip(preview.vendor_page)
        else:
            self.compose.setText("Open")
            self.compose.setEnabled(False)
            self.compose.setToolTip(
                f"{name} has no link that opens a new post, and no {name} page is stored for "
                "this vendor: use Copy, then paste it on the site. (Add the page in Vendors.)"
            )

    # -- handing out -----------------------------------------------------------------------
    def copy(self, part: int | None) -> None:
        if self.draft_id is None:
            return
        self._copy(part, anyway=False)

    def _copy(self, part: int | None, anyway: bool) -> None:
        if self.draft_id is None:
            return
        decision = self.desk.copy_out.copy(
            self.draft_id, self.platform_id, self.options(), part, anyway=anyway
        )
        if getattr(decision, "can_copy_anyway", False):
            self._ask_copy_anyway(decision.message, lambda: self._copy(part, anyway=True))
            return
        if not decision.allowed:
            self.message.emit(decision.message)
            self.refresh()
            return
        if part is not None:
            self.site_preview.mark_copied(part)
        else:
            label = self.copy_all.text()
            self.copy_all.setText("Copied ✓")
            QTimer.singleShot(2000, self.copy_all, lambda: self.copy_all.setText(label))
        self._ask_posted()
        self.message.emit("Copied. Nothing is recorded on the case until you say you posted it.")

    def open_compose(self) -> None:
        if self.draft_id is None:
            return
        self._open_compose(anyway=False)

    def _open_compose(self, anyway: bool) -> None:
        if self.draft_id is None:
            return
        decision = self.desk.copy_out.open_compose(
            self.draft_id, self.platform_id, self.options(), anyway=anyway
        )
        if getattr(decision, "can_copy_anyway", False):
            self._ask_copy_anyway(decision.message, lambda: self._open_compose(anyway=True))
            return
        if not decision.allowed:
            self.message.emit(decision.message)
            return
        if self.preview is not None and self.preview.compose_available:
            self.site_preview.mark_copied(0)
        self._ask_posted()

    def _ask_copy_anyway(self, message: str, then: Callable[[], None]) -> None:
        """The site's rules object (short of refusing): ask, window-modal, "Copy anyway" or
        Cancel (the default); `then` copies when the person says so. The app says what the
        rules are; this only asks."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle("The site's rules")
        box.setText(message)
        box.setInformativeText("Copy it anyway? Or Cancel and fix it here first.")
        anyway = box.addButton("Copy &anyway", QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.rules_question = box  # the question on screen (tests and screen readers read it)

        def answered(button) -> None:
            self.rules_question = None
            if button is anyway:
                then()

        box.buttonClicked.connect(answered)
        box.open()

    # -- did you post it? ------------------------------------------------------------------
    def _ask_posted(self) -> None:
        pending = self.desk.copy_out.pending_post()
        if pending is not None:
            self.posted_prompt.ask(_question(pending))

    def confirm_post(self, link: str = "") -> None:
        try:
            post = self.desk.copy_out.confirm_post(link)
        except ValueError as exc:
            self.posted_prompt.problem(str(exc))
            return
        if post is None:
            self.posted_prompt.problem("Could not record the post.")
            return
        self._post_id = post
        recorded = self.desk.copy_out.recorded_post(post)
        where = ""
        if recorded is not None:
            site = self.site_box.itemText(self.site_box.findData(recorded.platform_id))
            where = f" posted on {site} at {recorded.at.astimezone():%H:%M}."
        self.posted_prompt.recorded(
            f"Recorded on the case:{where} The vendor's clock has started.", bool(link.strip())
        )
        self.message.emit("The post is recorded on the case; the vendor's clock has started.")

    def not_posted(self) -> None:
        self.desk.copy_out.dismiss_post()
        self.posted_prompt.close_prompt()
        self.message.emit("Nothing recorded. Copy it again when you are ready to post.")

    def undo_post(self) -> None:
        if self._post_id is None:
            return
        if self.desk.copy_out.undo_post(self._post_id):
            self._post_id = None
            self.posted_prompt.undone("The post is taken off the case: nothing is recorded.")
            self.message.emit("The post is taken off the case.")
        else:
            self.posted_prompt.problem("Could not take the post off the case.")

    def save_link(self, link: str) -> None:
        if self._post_id is None:
            return
        try:
            ok = self.desk.copy_out.set_post_link(self._post_id, link)
        except ValueError as exc:
            self.posted_prompt.problem(str(exc))
            return
        if ok:
            self.posted_prompt.link_saved()
            self.message.emit("The link is saved on the case timeline.")
        else:
            self.posted_prompt.problem("Could not save the link.")


def _question(pending: PendingPost) -> str:
    n = len(pending.parts)
    copied = pending.copied_parts
    if n > 1 and len(copied) < n:
        which = ", ".join(str(i + 1) for i in copied)
        what = f"part {which} of {n}" if len(copied) == 1 else f"parts {which} of {n}"
        return f"You copied {what} for {pending.site_name}. Did you post it?"
    return f"You copied it for {pending.site_name}. Did you post it?"


def _waiting_words(review) -> str:
    """What to fix while waiting, in plain text (the locked box shows no text of the draft)."""
    lines = [f"While you wait: {review.summary()}"]
    for message in review.problems[:5]:
        lines.append(f"✗ {message}")
    for message in review.warnings[:3]:
        lines.append(f"! {message}")
    if review.personal_data:
        n = review.personal_data
        lines.append(f"{n} piece{'s' if n != 1 else ''} of personal data to check before posting.")
    if not review.problems and not review.warnings and not review.personal_data:
        lines.append(f"Nothing breaks {review.site_name}'s rules.")
    return "\n".join(lines)
