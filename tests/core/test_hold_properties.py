"""The cooling-off rule over random revision histories, through the public seam only."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from complaint_desk.core.complaint import complains
from complaint_desk.core.hold import Revision, clock_start, ready_at, required_wait, similarity

T0 = datetime(2026, 1, 1, 8, 0, tzinfo=UTC)
DAY = timedelta(hours=24)
WORDS = ("the", "kettle", "broke", "refund", "please", "never", "again", "order", "late", "thanks")

texts = st.lists(st.sampled_from(WORDS), min_size=1, max_size=12).map(" ".join)
heats = st.floats(min_value=0, max_value=100, allow_nan=False)
polarities = st.floats(min_value=-1, max_value=1, allow_nan=False)
gaps = st.integers(min_value=1, max_value=72 * 3600)  # seconds between saves


@st.composite
def histories(draw, min_size=1, max_size=8):
    n = draw(st.integers(min_size, max_size))
    when = T0
    revs = []
    for _ in range(n):
        when += timedelta(seconds=draw(gaps))
        revs.append(Revision(when, draw(texts), draw(heats), draw(polarities)))
    return revs


complaint_heat = st.floats(min_value=10, max_value=100, allow_nan=False)
complaint_polarity = st.floats(min_value=-1, max_value=0.19, allow_nan=False)


def thank_you(rev: Revision) -> bool:
    return rev.heat < 10 and rev.polarity >= 0.2 and not complains(rev.text)


def oracle_start(revs: list[Revision]) -> datetime | None:
    """docs/design.md "Hold", read word by word, written independently of the module under test."""
    start = None
    lowest = None
    prev = None
    for rev in sorted(revs, key=lambda r: r.saved_at):
        if start is None and thank_you(rev):
            pass  # never held: a thank-you is not held
        elif start is None:
            start, lowest = rev.saved_at, rev.heat
        else:
            heats_up = rev.heat - lowest > 5
            rewrite = similarity(prev.text, rev.text) < 0.5 and not (prev.heat - rev.heat > 5)
            if heats_up or rewrite:
                start, lowest = rev.saved_at, rev.heat
            else:
                lowest = min(lowest, rev.heat)
        prev = rev
    return start


def later(revs: list[Revision], seconds: int = 60) -> datetime:
    return revs[-1].saved_at + timedelta(seconds=seconds)


@given(histories())
def test_matches_the_rule_as_written(revs):
    start = oracle_start(revs)
    assert clock_start(revs) == start
    expected = None if start is None else start + required_wait(revs[-1].heat)
    assert ready_at(revs) == expected


@given(histories())
def test_wait_is_exactly_the_latest_heats_wait_and_never_under_24_h(revs):
    ready, start = ready_at(revs), clock_start(revs)
    if ready is None:
        assert start is None
        assert all(thank_you(r) for r in revs)  # never held: every version was a thank-you
        return
    assert ready - start == required_wait(revs[-1].heat)
    assert DAY <= ready - start <= 2 * DAY
    assert start in {r.saved_at for r in revs}
    assert start <= revs[-1].saved_at


@given(histories(), st.randoms(use_true_random=False))
def test_input_order_does_not_matter(revs, rnd):
    shuffled = list(revs)
    rnd.shuffle(shuffled)
    assert ready_at(shuffled) == ready_at(revs)
    assert clock_start(shuffled) == clock_start(revs)


@given(histories(), st.floats(min_value=5.01, max_value=100, allow_nan=False), gaps)
def test_heating_edit_restarts_the_clock(revs, rise, gap):
    start = clock_start(revs)
    since = [r.heat for r in revs if start is not None and r.saved_at >= start]
    lowest = min(since) if since else revs[-1].heat
    heat = lowest + rise
    if heat > 100 or start is None:
        return
    edit = Revision(later(revs, gap), revs[-1].text + " again", heat, -0.5)
    assert clock_start([*revs, edit]) == edit.saved_at
    assert ready_at([*revs, edit]) == edit.saved_at + required_wait(heat)


@given(histories(), st.floats(min_value=0, max_value=1, allow_nan=False), gaps)
def test_calming_edit_shortens_but_never_below_24_h(revs, fraction, gap):
    before = ready_at(revs)
    start = clock_start(revs)
    if before is None:
        return
    heat = revs[-1].heat * fraction  # calmer or the same, same words plus one
    edit = Revision(later(revs, gap), revs[-1].text + " please", heat, -0.1)
    if similarity(revs[-1].text, edit.text) < 0.5:
        return
    after = ready_at([*revs, edit])
    assert clock_start([*revs, edit]) == start
    assert after <= before
    assert after >= start + DAY
    assert after == start + required_wait(heat)


@given(histories(), st.floats(min_value=-5, max_value=100, allow_nan=False), gaps)
def test_wholesale_rewrite_that_does_not_cool_restarts(revs, change, gap):
    prev = revs[-1]
    heat = min(100.0, max(10.0, prev.heat + change))  # cooled by 5 points at most
    if prev.heat - heat > 5:
        return
    rewrite = "Completely different words about a parcel that never arrived at my door."
    if similarity(prev.text, rewrite) >= 0.5:
        return
    edit = Revision(later(revs, gap), rewrite, heat, -0.2)
    assert clock_start([*revs, edit]) == edit.saved_at


@given(
    st.lists(st.tuples(st.floats(0, 9.99), st.floats(0.2, 1)), min_size=1, max_size=5),
    complaint_heat,
    complaint_polarity,
    gaps,
)
def test_thank_you_is_not_held_until_it_turns_into_a_complaint(thanks, heat, polarity, gap):
    revs = [
        Revision(T0 + timedelta(hours=i), f"Thank you, the refund came {i}", h, p)
        for i, (h, p) in enumerate(thanks)
    ]
    assert ready_at(revs) is None
    turned = Revision(later(revs, gap), "The refund never came and nobody answers.", heat, polarity)
    assert clock_start([*revs, turned]) == turned.saved_at
    assert ready_at([*revs, turned]) == turned.saved_at + required_wait(heat)


@settings(max_examples=300)
@given(histories(min_size=2, max_size=12))
def test_once_held_held_until_ready(revs):
    """No edit ends a hold before its clock start + 24 h, and a held draft never becomes free."""
    held_since = None
    for k in range(1, len(revs) + 1):
        ready, start = ready_at(revs[:k]), clock_start(revs[:k])
        if held_since is not None:
            assert ready is not None and start is not None
            assert ready >= start + DAY
            assert start >= held_since
        if start is not None and held_since is None:
            held_since = start


@settings(max_examples=50)
@given(histories(min_size=2))
def test_ready_at_never_before_24_h_after_the_latest_restart(revs):
    for k in range(1, len(revs) + 1):
        ready, start = ready_at(revs[:k]), clock_start(revs[:k])
        if ready is not None:
            assert ready >= start + DAY
