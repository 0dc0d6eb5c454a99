"""An autosave in the first seconds of a session, while the tone engine loads on a worker: the
window does not wait for it (a save scores the text); a recovery copy is kept meanwhile, and
the save follows once the engine is in."""

from __future__ import annotations

import time

from tests.ui.test_user_loop import _new_draft, _setup_case

TEXT = "Nine days without a working kettle. Please replace it."


def _engine_still_loading(desk, monkeypatch) -> None:
    scorer = desk.scorer
    monkeypatch.setattr(scorer, "TONE_WAIT_S", 5.0)  # a score that waited would take this long
    scorer.warm = False
    scorer._warming = True  # as while the warm-up worker is loading the tables
    scorer._tone_loaded.clear()


def test_an_autosave_while_the_heat_loads_does_not_freeze_and_saves_once_it_is_in(
    qtbot, window, desk, monkeypatch
):
    view = _new_draft(qtbot, window, desk, _setup_case(desk))
    editor = view.editor
    draft_id = editor.draft_id
    _engine_still_loading(desk, monkeypatch)
    qtbot.keyClicks(editor.editor, TEXT)

    started = time.perf_counter()
    editor.autosave()  # what the autosave timer calls
    assert time.perf_counter() - started < 1.0  # did not wait on the engine
    assert desk.drafts.latest_text(draft_id) != TEXT  # not saved yet ...
    assert "Saving in a moment" in editor.save_state.text()
    assert "recovery copy" in editor.save_state.text()
    assert desk.drafts.recovered_path(draft_id) is not None  # ... but kept, should the app die
    assert TEXT in desk.drafts.recovered_path(draft_id).read_text(encoding="utf-8")

    desk.scorer._tone_loaded.set()  # the warm-up's tables are in
    desk.scorer.warmed.emit()
    qtbot.waitUntil(lambda: desk.drafts.latest_text(draft_id) == TEXT, timeout=3000)
    assert editor.save_state.text() == "Saved"
    assert desk.drafts.recovered_path(draft_id) is None  # the copy is let go once saved


def test_an_autosave_once_the_tables_are_in_saves_at_once(qtbot, window, desk, monkeypatch):
    view = _new_draft(qtbot, window, desk, _setup_case(desk))
    editor = view.editor
    draft_id = editor.draft_id
    qtbot.keyClicks(editor.editor, TEXT)
    _engine_still_loading(desk, monkeypatch)
    desk.scorer._tone_loaded.set()  # tables in, the rest of the warm-up still running
    assert desk.scorer.ready()
    editor.autosave()
    assert desk.drafts.latest_text(draft_id) == TEXT
