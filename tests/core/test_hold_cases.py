"""Hand-written cases of the cooling-off rule (docs/design.md "Hold"), through the public seam."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from complaint_desk.core.hold import Revision, clock_start, ready_at, required_wait, state

T0 = datetime(2026, 2, 2, 10, 0, tzinfo=UTC)
H = timedelta(hours=1)
TEXT = "My order A-17 arrived broken and nobody has answered my three emails about it."


def rev(hours: float, heat: float, text: str = TEXT, polarity: float = -0.4) -> Revision:
    return Revision(T0 + timedelta(hours=hours), text, heat, polarity)


def test_required_wait_is_24_to_48_hours():
    assert required_wait(0) == 24 * H
    assert required_wait(50) == 36 * H
    assert required_wait(100) == 48 * H
    assert required_wait(-20) == 24 * H
    assert required_wait(250) == 48 * H


def test_nothing_written_is_not_held():
    assert ready_at([]) is None
    assert not state([], T0).held


def test_first_revision_starts_the_clock():
    assert ready_at([rev(0, 50)]) == T0 + 36 * H


def test_calming_shortens_to_the_calmer_wait_from_the_same_start():
    assert ready_at([rev(0, 80), rev(5, 20, TEXT + " Please help.")]) == T0 + required_wait(20)


def test_calming_never_goes_below_24_h_from_the_start():
    assert ready_at([rev(0, 100), rev(30, 0, TEXT + " Thanks.")]) == T0 + 24 * H


def test_exactly_five_points_above_the_lowest_does_not_restart():
    assert clock_start([rev(0, 40), rev(1, 45)]) == T0


def test_just_over_five_points_above_the_lowest_restarts():
    assert clock_start([rev(0, 40), rev(1, 45.01)]) == T0 + H


def test_lowest_since_start_counts_the_start_revision_and_later_dips():
    # 60 → 30 → 40: 40 is 10 above the lowest (30) since the start, so it restarts, even though it
    # is below the start heat. Creeping back up in small steps cannot dodge the rule.
    revs = [
        rev(0, 60),
        rev(1, 30, TEXT + " a"),
        rev(2, 34, TEXT + " a b"),
        rev(3, 40, TEXT + " ab"),
    ]
    assert clock_start(revs) == T0 + 3 * H


def test_lowest_resets_when_the_clock_restarts():
    revs = [rev(0, 20), rev(1, 70, TEXT + "!"), rev(2, 74, TEXT + "!!")]
    assert clock_start(revs) == T0 + H  # 74 is within 5 of 70, the lowest since the restart


def test_wholesale_rewrite_without_cooling_restarts():
    new = "Completely different: the courier left the parcel in the rain at the wrong house."
    assert clock_start([rev(0, 30), rev(2, 30, new)]) == T0 + 2 * H


def test_wholesale_rewrite_that_cools_more_than_five_points_keeps_the_start():
    new = "Completely different: the courier left the parcel in the rain at the wrong house."
    assert clock_start([rev(0, 40), rev(2, 34.9, new)]) == T0


def test_wholesale_rewrite_that_cools_exactly_five_restarts():
    new = "Completely different: the courier left the parcel in the rain at the wrong house."
    assert clock_start([rev(0, 40), rev(2, 35, new)]) == T0 + 2 * H


def test_small_edit_keeps_the_start():
    assert clock_start([rev(0, 40), rev(2, 40, TEXT.replace("three", "four"))]) == T0


def test_thank_you_is_not_held():
    thanks = Revision(T0, "Thank you so much for the quick fix!", 3, 0.6)
    assert ready_at([thanks]) is None
    assert not state([thanks], T0).held


def test_border_of_a_thank_you():
    assert ready_at([Revision(T0, "ok", 10, 0.9)]) is not None  # heat 10 is not < 10
    assert ready_at([Revision(T0, "ok", 9.9, 0.19)]) is not None  # polarity below 0.2
    assert ready_at([Revision(T0, "ok", 9.9, 0.2)]) is None


def test_thank_you_turned_complaint_starts_at_that_edit():
    revs = [Revision(T0, "Thanks for the refund!", 2, 0.7), rev(10, 45, "The refund bounced.")]
    assert ready_at(revs) == T0 + 10 * H + required_wait(45)


def test_once_held_a_thank_you_edit_shortens_the_wait_to_the_floor_but_never_frees_it():
    revs = [rev(0, 60), Revision(T0 + H, "Thanks, all sorted now!", 1, 0.8)]
    assert clock_start(revs) == T0
    assert ready_at(revs) == T0 + required_wait(1)
    assert state(revs, T0 + 2 * H).held
    back = [*revs, rev(2, 60)]
    assert clock_start(back) == T0 + 2 * H


def test_polite_complaint_ending_in_thanks_is_held():
    """Issue 11: heat 89 with 45 h left, edited into a calm complaint that ends in thanks."""
    polite = "My order A-17 arrived broken. I would like it refunded by 15 December. Thank you."
    assert ready_at([Revision(T0, polite, 2, 0.5)]) == T0 + required_wait(2)
    furious = Revision(T0, "This is a DISGRACE, refund me NOW", 89, -0.8)
    calmed = Revision(T0 + timedelta(minutes=3), polite, 2, 0.5)
    assert ready_at([furious, calmed]) == T0 + required_wait(2)  # 24 h from the start


def test_blank_revision_changes_nothing_and_retyping_does_not_restart():
    text = "The kettle broke after a week and the shop will not answer my emails."
    first = Revision(T0, text, 40, -0.5)
    emptied = Revision(T0 + H, "", 0, 0)
    again = Revision(T0 + 2 * H, text, 40, -0.5)
    assert ready_at([first, emptied]) == ready_at([first])
    assert clock_start([first, emptied, again]) == T0


def test_a_version_the_clock_saw_is_not_a_rewrite_but_a_hotter_one_restarts():
    a = "The kettle broke after a week and the shop will not answer my emails."
    b = "Different words entirely: my parcel is lost and nobody at the depot picks up."
    revs = [Revision(T0, a, 40, -0.5), Revision(T0 + H, b, 40, -0.5)]
    start = clock_start(revs)
    assert start == T0 + H  # b rewrote a without cooling it
    back = Revision(T0 + 2 * H, a, 40, -0.5, restored=True)
    assert clock_start([*revs, back]) == start
    # Unmarked, the same edit is a rewrite and restarts (the app marks only what it checked).
    assert clock_start([*revs, Revision(T0 + 2 * H, a, 40, -0.5)]) == T0 + 2 * H
    # Calmed, then the hot words brought back: hotter than the calmest since the start.
    hot = [Revision(T0, b, 80, -0.8), Revision(T0 + H, b + " Please.", 30, -0.1)]
    undone = Revision(T0 + 2 * H, b, 80, -0.8, restored=True)
    assert clock_start([*hot, undone]) == T0 + 2 * H


def test_state_is_held_until_exactly_ready_at():
    revs = [rev(0, 50)]
    ready = T0 + 36 * H
    assert state(revs, ready - timedelta(microseconds=1)).held
    assert not state(revs, ready).held
    assert state(revs, ready).ready_at == ready


def test_state_explains_how_long_is_left():
    s = state([rev(0, 80)], T0 + 2 * H)
    assert "41 h 12 min left" in s.reason and s.remaining == required_wait(80) - 2 * H


def test_one_word_edit_in_a_long_draft_is_near_identical_and_cheap():
    import time

    from complaint_desk.core.hold import similarity

    words = ("the kettle broke after a week and I would like a refund please " * 80).split()
    old = " ".join(words)
    new = " ".join([*words[:300], "toaster", *words[301:]])
    start = time.perf_counter()
    value = similarity(old + " a", new + " b")  # fresh strings: not from the cache
    assert time.perf_counter() - start < 0.05
    assert 0.99 < value < 1.0
    assert similarity("I am furious with you", "Thank you for the quick fix") < 0.5


def _scored_by(model: str, hours: float, heat: float, text: str = TEXT) -> Revision:
    return Revision(T0 + timedelta(hours=hours), text, heat, -0.4, model)


def test_a_new_tone_model_reading_the_same_words_hotter_does_not_restart_the_hold():
    # An update's model scores a typo fix 12 points hotter: the writer heated nothing.
    revs = [_scored_by("old", 0, 40), _scored_by("new", 20, 52, TEXT + " ")]
    assert clock_start(revs) == T0
    assert ready_at(revs) == T0 + required_wait(52)


def test_after_a_model_change_its_first_heat_is_the_baseline_for_heating_up():
    revs = [
        _scored_by("old", 0, 40),
        _scored_by("new", 20, 52, TEXT + " "),
        _scored_by("new", 21, 55, TEXT + "!"),  # +3 over the new baseline: no restart
    ]
    assert clock_start(revs) == T0
    hotter = [*revs, _scored_by("new", 22, 60, TEXT + "!!")]  # +8: restarts
    assert clock_start(hotter) == T0 + 22 * H


def test_the_same_heating_under_one_model_still_restarts():
    revs = [_scored_by("m", 0, 40), _scored_by("m", 20, 52, TEXT + " ")]
    assert clock_start(revs) == T0 + 20 * H


def test_a_rewrite_restarts_across_a_model_change_too():
    rewritten = "You clowns. Refund me now or I post everywhere what you did to me, every word."
    revs = [_scored_by("old", 0, 40), _scored_by("new", 20, 40, rewritten)]
    assert clock_start(revs) == T0 + 20 * H
