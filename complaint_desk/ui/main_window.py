"""The main window: five views in tabs, a message banner, and the menus."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, cast

from PySide6.QtWidgets import QMainWindow, QTabWidget, QVBoxLayout, QWidget

from complaint_desk import APP_NAME, __version__
from complaint_desk.app.desk import Desk
from complaint_desk.app.drafts import HeldChoice
from complaint_desk.core.formatting import format_remaining, format_when
from complaint_desk.ui.first_paint import after_first_paint, hold_gc_until_first_paint

if TYPE_CHECKING:
    from complaint_desk.ui.data_menu import DataActions
    from complaint_desk.ui.reminder_notices import ReminderNotices
    from complaint_desk.ui.tray import HoldTray
    from complaint_desk.ui.views.case_view import CaseView
    from complaint_desk.ui.views.copy_view import CopyView
    from complaint_desk.ui.views.drafts_view import DraftsView
    from complaint_desk.ui.views.scorecard_view import ScorecardView
    from complaint_desk.ui.views.vendors_view import VendorsView
    from complaint_desk.ui.widgets.banner import Banner
    from complaint_desk.ui.widgets.draft_editor import DraftEditor

VIEWS = ("drafts", "case", "vendors", "scorecard", "copy")
TAB_TITLES = ("Drafts", "Case", "Vendors", "Scorecard", "Copy out")


def _view_class(name: str):
    """Import a view's module only when the view is first shown: start-up pays for one view."""
    if name == "drafts":
        from complaint_desk.ui.views.drafts_view import DraftsView

        return DraftsView
    if name == "case":
        from complaint_desk.ui.views.case_view import CaseView

        return CaseView
    if name == "vendors":
        from complaint_desk.ui.views.vendors_view import VendorsView

        return VendorsView
    if name == "scorecard":
        from complaint_desk.ui.views.scorecard_view import ScorecardView

        return ScorecardView
    from complaint_desk.ui.views.copy_view import CopyView

    return CopyView


class MainWindow(QMainWindow):
    def __init__(self, desk: Desk, initial_view: str = "drafts", *, restore: bool = False) -> None:
        """`restore`: put the window back as the person left it (size, place, splitters, column
        widths and, unless `initial_view` was asked for, the last view)."""
        super().__init__()
        hold_gc_until_first_paint(self)
        self.desk = desk
        self.setWindowTitle(APP_NAME)
        self.resize(1180, 760)
        self._saved_state = ""
        if restore:
            from complaint_desk.app import settings
            from complaint_desk.ui import window_state

            self._saved_state = settings.read_window(desk.store)
            last = window_state.restore_geometry(self, self._saved_state)
            if last in VIEWS and initial_view == "drafts":
                initial_view = last
        # The message strip and the reminder notices are made with the first message: at start-up
        # the strip is hidden, and building it only delayed the first paint.
        self._banner: Banner | None = None
        self._reminder_notices: ReminderNotices | None = None
        self._views: dict[str, QWidget] = {}
        self._pages: dict[str, QWidget] = {}
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName("Views")  # each tab names its page
        for name, title in zip(VIEWS, TAB_TITLES, strict=True):
            page = QWidget()
            page_layout = QVBoxLayout(page)
            page_layout.setContentsMargins(0, 0, 0, 0)
            self._pages[name] = page
            self.tabs.addTab(page, title)
        self.view(initial_view)
        self.tabs.setCurrentIndex(VIEWS.index(initial_view))
        self.tabs.currentChanged.connect(self._on_tab)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.setSpacing(4)
        layout.addWidget(self.tabs, 1)
        self._central_layout = layout
        self.setCentralWidget(central)
        self.statusBar().showMessage(
            "Private and local: nothing leaves this computer unless you copy it."
        )

        desk.problems.problem.connect(lambda text: self.banner.show_message(text, "error"))
        desk.problems.cleared.connect(lambda: self.banner.clear("error"))
        desk.releases.connect(self._on_releases)
        desk.reminders_due.connect(self._on_reminders_due)
        self._tray: HoldTray | None = None  # made when there is first something to say
        self._data_actions: DataActions | None = None
        desk.response_logged.connect(self._on_response_logged)
        self._build_menus()
        self._preloaded: set[str] = set()
        after_first_paint(self, partial(self._preload_views_later, self.PRELOAD_AFTER_MS))

    @property
    def banner(self) -> Banner:
        """The in-window message strip above the tabs (hidden until it has something to say)."""
        if self._banner is None:
            from complaint_desk.ui.widgets.banner import Banner

            self._banner = Banner()
            self._central_layout.insertWidget(0, self._banner)
        return self._banner

    @property
    def reminder_notices(self) -> ReminderNotices:
        if self._reminder_notices is None:
            from complaint_desk.ui.reminder_notices import ReminderNotices

            self._reminder_notices = ReminderNotices(self.banner, self)
        return self._reminder_notices

    def _on_reminders_due(self, messages: list[str]) -> None:
        self.reminder_notices.show(messages)

    @property
    def tray(self):
        if self._tray is None:
            from complaint_desk.ui.tray import HoldTray

            self._tray = HoldTray(self)
        return self._tray

    # -- views, built on first use ---------------------------------------------------------
    def view(self, name: str) -> QWidget:
        if name not in self._views:
            # Background reading steps aside meanwhile, and until the view has painted.
            with self.desk.gui_busy_until_idle():
                self._build_view(name)
        return self._views[name]

    def _build_view(self, name: str) -> None:
        view = _view_class(name)(self.desk)
        self._views[name] = view
        if self._saved_state:
            # Once the view has laid itself out (it sizes its columns when first shown).
            after_first_paint(view, partial(self._restore_view, name, view))
        layout = self._pages[name].layout()
        assert layout is not None  # every page is made with its layout
        layout.addWidget(view)
        view.show()  # now, not on the next event loop pass: a visible page shows it at once
        self._wire(name, view)

    def _wire(self, name: str, view: QWidget) -> None:
        """Wiring between views goes through view methods; the rules stay in the desk."""
        if hasattr(view, "message"):
            view.message.connect(lambda text: self.banner.show_message(text, "info"))
        if name == "drafts":
            drafts = cast("DraftsView", view)
            drafts.copy_out_requested.connect(self.open_copy_out)
            drafts.start_requested.connect(self._first_step)
            drafts.history_requested.connect(self.open_history)
        elif name == "case":
            cast("CaseView", view).new_draft_requested.connect(self._new_draft_for_case)
        elif name == "vendors":
            cast("VendorsView", view).new_case_requested.connect(self._new_case_for_vendor)

    @property
    def drafts_view(self) -> DraftsView:
        return cast("DraftsView", self.view("drafts"))

    @property
    def case_view(self) -> CaseView:
        return cast("CaseView", self.view("case"))

    @property
    def vendors_view(self) -> VendorsView:
        return cast("VendorsView", self.view("vendors"))

    @property
    def scorecard_view(self) -> ScorecardView:
        return cast("ScorecardView", self.view("scorecard"))

    @property
    def copy_view(self) -> CopyView:
        return cast("CopyView", self.view("copy"))

    def _save_open_draft(self) -> None:
        editor = self._open_editor()
        if editor is not None:
            editor.save_now()

    def _build_menus(self) -> None:
        """The menu bar's titles now; their actions (and shortcuts) once the window has painted,
        or when a menu is first opened, whichever comes first."""
        self._menus = [
            self.menuBar().addMenu(title) for title in ("&File", "&Edit", "&View", "&Help")
        ]
        for menu in self._menus:
            menu.aboutToShow.connect(self._fill_menus)
        after_first_paint(self, self._fill_menus)

    # The other views' modules are loaded while the window is idle, one per pass a little after
    # the first paint: their first open then only builds widgets (the imports and the Qt types
    # they bring cost 10-20 ms a view, which a click would otherwise wait for).
    PRELOAD_AFTER_MS = 2000
    PRELOAD_STEP_MS = 150

    def _preload_views_later(self, delay_ms: int) -> None:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(delay_ms, self, self._preload_views)

    def _preload_views(self) -> None:
        if self.desk.background_reading():
            # Not idle: an import shares the interpreter with the records' worker and took 2-3
            # times as long, stalling the window 40-67 ms at 100,000 drafts. Later.
            self._preload_views_later(self.PRELOAD_AFTER_MS)
            return
        waiting = [n for n in VIEWS if n not in self._views and n not in self._preloaded]
        if waiting:
            _view_class(waiting[0])
            self._preloaded.add(waiting[0])
        if len(waiting) > 1:
            self._preload_views_later(self.PRELOAD_STEP_MS)

    def _fill_menus(self) -> None:
        if not self._menus:
            return
        from PySide6.QtGui import QKeySequence

        file_menu, edit_menu, view_menu, help_menu = self._menus
        self._menus = []
        self._edit_menu(edit_menu)
        self._action(file_menu, "New co&mplaint…", self.new_complaint, "Ctrl+Shift+N")
        self._action(file_menu, "New &vendor…", lambda: self.vendors_view.add_vendor())
        self._action(file_menu, "New &case…", lambda: self.case_view.new_case())
        self._action(
            file_menu,
            "New &draft…",
            lambda: self.drafts_view.new_draft(),
            QKeySequence.StandardKey.New,
        )
        file_menu.addSeparator()
        # The data entries build their helper (and the message strip) only when used.
        self._action(file_menu, "&Back up now…", lambda: self.data_actions.back_up_now())
        self._action(
            file_menu, "&Restore from backup…", lambda: self.data_actions.restore_from_backup()
        )
        self._action(file_menu, "&Export all data…", lambda: self.data_actions.export_all())
        self._action(
            file_menu,
            "Replace data with an e&xport…",
            lambda: self.data_actions.replace_with_export(),
        )
        self._action(file_menu, "Open data &folder", lambda: self.data_actions.open_data_folder())
        file_menu.addSeparator()
        self._action(file_menu, "&Quit", self.close, QKeySequence.StandardKey.Quit)
        for i, name in enumerate(("&Drafts", "&Case", "&Vendors", "&Scorecard", "C&opy out")):
            self._action(
                view_menu, name, lambda _=False, k=i: self.tabs.setCurrentIndex(k), f"Ctrl+{i + 1}"
            )
        view_menu.addSeparator()
        self._theme_menu(view_menu.addMenu("&Theme"))
        self._action(
            view_menu, "&Find in this view", self.focus_search, QKeySequence.StandardKey.Find
        )
        self.help_action = self._action(
            help_menu, "How the hold &works", self.open_help, QKeySequence.StandardKey.HelpContents
        )
        self._action(help_menu, "Explore with &sample data", self.open_sample_data)
        help_menu.addSeparator()
        self._action(help_menu, "&About", self._about)

    def open_help(self) -> None:
        """Help ▸ How the hold works (F1): the cooling-off rule, in the app."""
        from complaint_desk.ui.dialogs.help_dialog import HelpDialog

        dialog = HelpDialog(self)
        dialog.exec()
        dialog.deleteLater()

    def focus_search(self) -> None:
        """Ctrl+F: the current view's search field, where it has one."""
        search = getattr(self.view(self.current_view()), "search", None)
        if search is None and self.current_view() == "vendors":
            search = self.vendors_view.timeline.search
        if search is not None and search.isVisible():
            search.setFocus()
            search.selectAll()

    def _edit_menu(self, menu) -> None:
        """Edit ▸ Undo / Redo for deletes and edits of records (a text field keeps its own
        Ctrl+Z while it has the focus)."""
        from PySide6.QtGui import QKeySequence

        changes = self.desk.changes
        self.undo_action = self._action(menu, "&Undo", self._undo, QKeySequence.StandardKey.Undo)
        self.redo_action = self._action(menu, "&Redo", self._redo, QKeySequence.StandardKey.Redo)
        menu.addSeparator()
        # Qt's standard Preferences key is empty on Linux desktops; Ctrl+, is the common one.
        preferences = QKeySequence(QKeySequence.StandardKey.Preferences)
        self._action(
            menu,
            "&Preferences…",
            self.open_preferences,
            preferences if not preferences.isEmpty() else QKeySequence("Ctrl+,"),
        )
        changes.changed.connect(self._update_undo)
        self._update_undo()

    def open_sample_data(self) -> bool:
        """Help ▸ Explore with sample data: the demo in a window of its own, on a throwaway copy
        (your data is not touched and this window stays as it is)."""
        import sys

        from PySide6.QtCore import QProcess

        if getattr(sys, "frozen", False):  # the standalone bundle
            program, args = sys.executable, ["--demo"]
        else:
            program, args = sys.executable, ["-m", "complaint_desk", "--demo"]
        started = QProcess.startDetached(program, args)
        ok = bool(started[0] if isinstance(started, tuple) else started)
        self.banner.show_message(
            "The sample data opens in a window of its own; changes there are thrown away."
            if ok
            else "The sample data could not be opened.",
            "info" if ok else "error",
        )
        return ok

    def open_preferences(self) -> None:
        from complaint_desk.ui.dialogs.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self.desk, self, self)
        dialog.exec()
        dialog.deleteLater()

    def _update_undo(self) -> None:
        changes = self.desk.changes
        for action, word, label in (
            (self.undo_action, "&Undo", changes.undo_label),
            (self.redo_action, "&Redo", changes.redo_label),
        ):
            action.setEnabled(label is not None)
            action.setText(f"{word} {label[0].lower()}{label[1:]}" if label else word)

    def _undo(self) -> None:
        label = self.desk.changes.undo_label
        if label and self.desk.changes.undo():
            self.banner.show_message(f"Undone: {label[0].lower()}{label[1:]}.", "info")

    def _redo(self) -> None:
        label = self.desk.changes.redo_label
        if label and self.desk.changes.redo():
            self.banner.show_message(f"Done again: {label[0].lower()}{label[1:]}.", "info")

    def _theme_menu(self, menu) -> None:
        """View ▸ Theme: System / Light / Dark, saved as a setting (`--theme` is one run's)."""
        from PySide6.QtGui import QAction, QActionGroup

        from complaint_desk.ui import palette

        group = QActionGroup(menu)
        self.theme_actions = {}
        for theme, text in (("system", "&System"), ("light", "&Light"), ("dark", "&Dark")):
            action = QAction(text, menu, checkable=True)
            action.setChecked(palette.current_theme() == theme)
            action.triggered.connect(lambda _=False, t=theme: self.set_theme(t))
            group.addAction(action)
            menu.addAction(action)
            self.theme_actions[theme] = action

    def set_theme(self, theme: str) -> None:
        from complaint_desk.app import settings
        from complaint_desk.ui import palette

        palette.apply_theme(theme)
        problem = settings.save_theme(self.desk.store, theme)
        if problem:  # applied for this run all the same
            self.banner.show_message(problem, "error")
        for name, action in getattr(self, "theme_actions", {}).items():
            action.setChecked(name == theme)

    def _action(self, menu, text, slot, shortcut=None):
        from PySide6.QtGui import QAction

        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def show_view(self, name: str) -> None:
        self.tabs.setCurrentIndex(VIEWS.index(name))

    def current_view(self) -> str:
        return VIEWS[self.tabs.currentIndex()]

    def open_copy_out(self, draft_id: int) -> None:
        self.copy_view.select(draft_id)
        self.show_view("copy")

    def open_history(self, draft_id: int) -> None:
        from complaint_desk.ui.dialogs.history_dialog import HistoryDialog

        editor = self.drafts_view.editor
        editor.save_now()
        dialog = HistoryDialog(self.desk, draft_id, self)
        dialog.restored.connect(lambda _id: editor.reload_text())
        dialog.exec()
        dialog.deleteLater()

    def _on_response_logged(self, case_id: int) -> None:
        """The vendor answered: for each draft on that case still cooling off, ask what to do."""
        for draft_id in self.desk.drafts.held_drafts_for_case(case_id):
            draft = self.desk.drafts.draft(draft_id)
            state = self.desk.drafts.hold_state(draft_id)
            if draft is None or not state.held:
                continue
            left = f"{format_remaining(state.remaining)} left"
            from complaint_desk.ui.dialogs.held_response_dialog import HeldResponseDialog

            dialog = HeldResponseDialog(draft.title, left, self)
            dialog.exec()
            choice = dialog.choice()
            dialog.deleteLater()
            self.desk.drafts.apply_held_choice(draft_id, choice)
            if choice is HeldChoice.WITHDRAW:
                self.banner.show_message(
                    f"“{draft.title}” was withdrawn. It stays in the list, marked."
                )
            elif choice is HeldChoice.REWRITE:
                follow_up = self.desk.drafts.start_follow_up(
                    draft_id, self.desk.records.follow_up_text(case_id)
                )
                if follow_up is None or follow_up.id is None:
                    continue
                self.show_view("drafts")
                self.drafts_view.select_draft(follow_up.id)
                box = self.drafts_view.editor.editor
                box.setFocus()
                box.moveCursor(box.textCursor().MoveOperation.End)
                self.banner.show_message(
                    f"A new draft, “{follow_up.title}”, starts from the vendor's response. "
                    "A calm thank-you is not held; a complaint still cools off. "
                    f"“{draft.title}” stays held until it is ready (withdraw it if you like).",
                )

    def _first_step(self, step: str) -> None:
        """The empty drafts view's button: no company or no case yet opens the New complaint
        flow (company, what happened, first draft in one go); else a new draft."""
        if step in ("vendor", "case"):
            self.new_complaint()
        else:
            self.drafts_view.new_draft()

    def new_complaint(self) -> None:
        """File ▸ New complaint… (Ctrl+Shift+N): pick or add the company, say what happened,
        and start writing."""
        from complaint_desk.ui.dialogs.new_complaint_dialog import NewComplaintDialog

        dialog = NewComplaintDialog(self.desk, self)
        if dialog.exec() and dialog.saved is not None and dialog.saved.id is not None:
            self.show_view("drafts")
            self.drafts_view.select_draft(dialog.saved.id)
            self.drafts_view.editor.editor.setFocus()
            self.banner.show_message(
                "Write what you want to say. It cools off for 24–48 hours before it can be "
                "copied out; the heat gauge shows how it reads.",
                "info",
            )

    def _new_draft_for_case(self, case_id: int) -> None:
        self.show_view("drafts")
        self.drafts_view.new_draft(case_id)

    def _new_case_for_vendor(self, vendor_id: int) -> None:
        self.show_view("case")
        self.case_view.new_case(vendor_id)

    def _on_tab(self, index: int) -> None:
        if VIEWS[index] != "drafts":
            self._save_open_draft()
        self.view(VIEWS[index])

    def _on_releases(self, draft_ids: list[int]) -> None:
        editor = self._open_editor()
        if editor is not None:
            editor.refresh_hold()
        drafts = [self.desk.drafts.draft(i) for i in draft_ids]
        self.tray.notify([d.title for d in drafts if d is not None])
        n = len(draft_ids)
        self.banner.show_message(
            f"{n:,} draft{'s are' if n != 1 else ' is'} ready to review: "
            "the cooling-off period is over.",
            "success",
        )

    @property
    def data_actions(self) -> DataActions:
        """File menu's backup, restore, export and data-folder entries."""
        if self._data_actions is None:
            from complaint_desk.ui.data_menu import DataActions

            self._data_actions = DataActions(
                self.desk, self, lambda text, kind="info": self.banner.show_message(text, kind)
            )
        return self._data_actions

    def announce_ready(self) -> None:
        """The start-up summary: how many drafts finished cooling off while the app was closed,
        and what a restore brought back."""
        restored = self.desk.restored
        if restored is not None:
            kept = (
                f" Your data as it was is kept as {restored.kept_as.name}."
                if restored.kept_as
                else ""
            )
            self.banner.show_message(
                f"Restored from {restored.restored_from.name}.{kept}", "success"
            )
            return
        n = self.desk.drafts.ready_count()  # a count in SQL, before the first paint
        if n:
            self.banner.show_message(
                f"{n:,} draft{'s are' if n != 1 else ' is'} ready to review.", "success"
            )

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            f"About {APP_NAME}",
            f"<b>{APP_NAME}</b> {__version__}<br>Write it, let it cool off, then post it.<br>"
            "Everything stays on this computer.",
        )

    def closeEvent(self, event) -> None:  # noqa: N802
        if not self.save_or_ask_to_quit():
            event.ignore()
            return
        if not self.desk.store.closed:
            from complaint_desk.app import settings
            from complaint_desk.ui import window_state

            settings.save_window(self.desk.store, window_state.capture(self))
        super().closeEvent(event)

    def _restore_view(self, name: str, view: QWidget) -> None:
        from complaint_desk.ui import window_state

        window_state.restore_view(name, view, self._saved_state)

    def built_views(self) -> dict[str, QWidget]:
        """The views built so far (the others were never shown)."""
        return dict(self._views)

    def _open_editor(self) -> DraftEditor | None:
        return self.drafts_view.built_editor() if "drafts" in self._views else None

    def save_or_ask_to_quit(self) -> bool:
        """Save what is typed; if that fails, say so and ask before quitting. True: quit."""
        editor = self._open_editor()
        if editor is None or editor.save_now():
            return True
        from PySide6.QtWidgets import QMessageBox

        kept = self.desk.drafts.recovered_path(editor.draft_id)
        where = (
            f"A recovery copy is kept in {kept} and will be offered back the next time you "
            "start Complaint Desk."
            if kept
            else "No recovery copy could be written either: stay, free some space, and the "
            "app will save it as soon as it can."
        )
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            "Your latest changes are not saved",
            "Your latest changes could not be saved to your data file.\n\n"
            f"{self.desk.problems.last or 'The file refused the write.'}\n\n{where}",
            parent=self,
        )
        quit_button = box.addButton(
            "Quit, keep the recovery copy" if kept else "Quit and lose them",
            QMessageBox.ButtonRole.DestructiveRole,
        )
        stay = box.addButton("Stay", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(stay)
        box.exec()
        box.deleteLater()
        return box.clickedButton() is quit_button

    def emergency_save(self) -> None:
        """On SIGTERM/SIGHUP: save what is typed, or keep a recovery copy; never asks."""
        editor = self._open_editor()
        if editor is not None:
            editor.save_now()  # on failure it keeps a recovery copy itself

    def offer_recovery(self) -> None:
        """At start: put back text a previous session could not save, if the person wants it."""
        from PySide6.QtWidgets import QMessageBox

        for item in self.desk.drafts.recovered():
            summary = self.desk.drafts.summary(item.draft_id)
            title = summary.title if summary else "a draft"
            when = format_when(item.kept_at)
            box = QMessageBox(
                QMessageBox.Icon.Question,
                "Text kept from last time",
                f"Complaint Desk kept text for “{title}” that could not be saved on {when} "
                f"({len(item.text):,} characters). Put it back as the draft's newest version? "
                "The cooling-off rule applies to it as to any edit.",
                parent=self,
            )
            put_back = box.addButton("Put it back", QMessageBox.ButtonRole.AcceptRole)
            later = box.addButton("Ask me next time", QMessageBox.ButtonRole.RejectRole)
            discard = box.addButton("Discard it", QMessageBox.ButtonRole.DestructiveRole)
            box.setDefaultButton(put_back)
            box.exec()
            clicked = box.clickedButton()
            box.deleteLater()
            if clicked is put_back and self.desk.drafts.restore_recovered(item.draft_id, item.text):
                self.show_view("drafts")
                self.drafts_view.select_draft(item.draft_id)
                self.drafts_view.editor.reload_text()
            elif clicked is discard:
                self.desk.drafts.discard_recovery(item.draft_id)
            elif clicked is later:
                continue
