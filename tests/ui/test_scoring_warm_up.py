"""Opening a draft never waits for the sentiment models; the heat appears once they load."""

from complaint_desk.app.clock import FakeClock
from complaint_desk.app.desk import Desk
from complaint_desk.core.models import Case, Vendor
from complaint_desk.store.store import open_store
from complaint_desk.ui.main_window import MainWindow
from tests.ui.conftest import T0


def test_heat_appears_after_the_models_load(qtbot, tmp_path, qapp):
    store = open_store(tmp_path / "w.db")
    seed = Desk(store, FakeClock(T0))
    vendor = seed.records.save_vendor(Vendor(None, "Acme"))
    case = seed.records.save_case(Case(None, vendor.id, "Kettle", T0))
    draft = seed.drafts.new_draft(case.id, "Post", "You people are useless!!!")
    seed.close()

    desk = Desk(open_store(tmp_path / "w.db"), FakeClock(T0))  # a fresh start: models not loaded
    assert not desk.scorer.warm
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    editor = window.drafts_view.editor
    assert editor.draft_id == draft.id
    assert editor.tone.gauge.heat() is None  # the window is up before the models
    with qtbot.waitSignal(desk.scorer.warmed, timeout=10_000):
        pass
    qtbot.waitUntil(lambda: editor.tone.gauge.heat() is not None, timeout=5_000)
    assert editor.tone.gauge.heat() > 25
    window.close()
    desk.close()
