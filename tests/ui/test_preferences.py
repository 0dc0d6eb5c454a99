"""Preferences: set once, kept in the data file, and refused with a reason when not valid."""

from __future__ import annotations

from complaint_desk.ui.dialogs.preferences_dialog import PreferencesDialog
from tests.ui.conftest import answer_dialog


def test_region_server_and_theme_are_kept(qtbot, window, desk):
    def fill(dialog):
        assert isinstance(dialog, PreferencesDialog)
        assert str(desk.data.data_folder) in dialog.folder.text()
        dialog.region.setCurrentIndex(dialog.region.findData("UK"))
        dialog.mastodon.setText("https://Fosstodon.org/")
        dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
        dialog.buttons.accepted.emit()

    done = answer_dialog(qtbot, fill)
    window.open_preferences()
    assert done["ran"]
    assert desk.records.region() == "UK"
    assert desk.copy_out.mastodon_instance == "fosstodon.org"
    from complaint_desk.ui import palette

    assert palette.current_theme() == "dark"
    window.set_theme("system")


def test_a_server_name_that_is_not_one_keeps_the_dialog_open(qtbot, window, desk):
    seen = {}

    def fill(dialog):
        dialog.mastodon.setText("not a server!")
        dialog.buttons.accepted.emit()
        seen["open"], seen["error"] = dialog.isVisible(), dialog.error.text()
        dialog.reject()

    answer_dialog(qtbot, fill)
    window.open_preferences()
    assert seen["open"] and "is not a server name" in seen["error"]


def test_when_no_reply_counts_as_unanswered_changes_the_figures_at_once(qtbot, window, desk, clock):
    from datetime import timedelta

    from complaint_desk.core.models import Case, Channel, Contact, Vendor
    from tests.ui.conftest import T0

    vendor = desk.records.save_vendor(Vendor(None, "Acme"))
    case = desk.records.save_case(Case(None, vendor.id, "Late parcel", T0))
    desk.records.log_contact(Contact(None, case.id, Channel.EMAIL, T0))
    clock.advance(timedelta(hours=30))
    window.show_view("case")
    window.case_view.select_case(case.id)
    model = window.case_view.model
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    assert model.data(model.index(0, model.ANSWER)) == "30 h, no answer yet"

    def fill(dialog):
        assert dialog.unanswered.currentText() == "After 3 days"  # the default
        dialog.unanswered.setCurrentIndex(dialog.unanswered.findText("After 24 hours"))
        dialog.buttons.accepted.emit()

    done = answer_dialog(qtbot, fill)
    window.open_preferences()
    assert done["ran"]
    qtbot.waitUntil(lambda: model.data(model.index(0, model.ANSWER)) == "30 h, no answer")
    window.show_view("scorecard")
    card = window.scorecard_view.model
    qtbot.waitUntil(lambda: card.rowCount() >= 1)
    rates = [str(card.data(card.index(r, card.REPLY))) for r in range(card.rowCount())]
    assert "0%" in rates, rates  # unanswered now, so the reply rate counts it
    # Kept for the next start.
    from complaint_desk.app import settings

    assert settings.read(desk.store, settings.UNANSWERED_AFTER_HOURS) == 24


def test_a_default_chase_reminder_is_set_on_each_new_message_but_not_on_a_call_that_got_through(
    qtbot, window, desk
):
    from datetime import timedelta

    from complaint_desk.core.models import Case, Channel, Contact, Vendor
    from tests.ui.conftest import T0

    def fill(dialog):
        assert dialog.chase.currentData() == 0
        dialog.chase.setCurrentIndex(dialog.chase.findText("If no reply in 3 days"))
        dialog.buttons.accepted.emit()

    done = answer_dialog(qtbot, fill)
    window.open_preferences()
    assert done["ran"]
    vendor = desk.records.save_vendor(Vendor(None, "Acme"))
    case = desk.records.save_case(Case(None, vendor.id, "Late parcel", T0))
    mail = desk.records.log_contact(Contact(None, case.id, Channel.EMAIL, T0))
    desk.records.log_contact(Contact(None, case.id, Channel.PHONE, T0, rep="Dana"))
    (reminder,) = desk.reminders.pending_for_case(case.id)
    assert reminder.contact_id == mail.id
    assert reminder.due_at == max(mail.at + timedelta(hours=72), desk.clock.now())
