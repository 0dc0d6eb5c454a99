"""A score asked for while the warm-up loads the tone engine waits for that load instead of
loading the engine beside it on the GUI thread (which shared the interpreter with the worker and
took about twice a cold load: a first autosave a few seconds into a session froze the window)."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QThreadPool

from complaint_desk.app import scoring


def test_a_score_during_the_warm_up_waits_for_the_tables_then_scores(qtbot, monkeypatch):
    finished: list[float] = []
    release = threading.Event()

    def slow_table() -> None:  # stands in for the engine's tables, loading on the worker
        release.wait(5)
        finished.append(time.perf_counter())

    scoring.Scorer().score("elsewhere", "Loaded.")  # the engine in memory: a score alone is quick
    monkeypatch.setattr(scoring.tone, "warm_up_steps", lambda: iter([slow_table]))
    scorer = scoring.Scorer()
    pool = QThreadPool()
    scorer.warm_up(pool)
    threading.Timer(0.2, release.set).start()  # the load ends 0.2 s from now
    report = scorer.score("draft", "You people are USELESS and I want my refund NOW!!!")
    returned = time.perf_counter()
    assert finished and finished[0] <= returned  # it waited for the load to finish
    assert report.heat > 25  # and then scored as usual
    pool.waitForDone(30_000)


def test_a_score_with_no_warm_up_running_does_not_wait(qtbot):
    scorer = scoring.Scorer()
    report = scorer.score("draft", "Thanks, that was quick.")  # would hang 60 s if it waited
    assert report.heat < 25
    assert not scorer._tone_loaded.is_set() and scorer.warm


def test_the_warm_up_leaves_no_shared_digests_behind_and_the_guards_still_work(qtbot):
    # Once the tone engine's and the site rules' guards are built, what was read of each form for
    # sharing between them (~1.2 MB) is dropped; both guards keep working, and a guard built
    # afterwards reads its forms again.
    from complaint_desk.core.posting import site_rules, threat_forms
    from complaint_desk.core.tone import analyse, prefilter

    scorer = scoring.Scorer()
    pool = QThreadPool()
    with qtbot.waitSignal(scorer.warmed, timeout=60_000):
        scorer.warm_up(pool)
    pool.waitForDone(60_000)
    assert not prefilter._DIGESTS
    text = "Refund me by Friday or I post a 1-star review on Trustpilot."
    assert "extortion" in {s.kind for s in analyse(text).signals}
    assert site_rules.blocked(site_rules.check(text, "trustpilot"))
    threat_forms._guard.cache_clear()
    try:
        assert threat_forms.find_extortion(text)
    finally:
        threat_forms._guard.cache_clear()
