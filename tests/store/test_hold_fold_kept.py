"""The hold kept with each draft (a fold stepped at every autosave) always equals the reference
rule folded over the whole history, and reading it costs the same whatever the history."""

from __future__ import annotations

from datetime import timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from complaint_desk.core import hold
from complaint_desk.core.hold import Revision
from complaint_desk.core.models import Draft

from .conftest import T0

WORDS = ("the", "kettle", "broke", "refund", "please", "thanks", "great", "late", "", "again")
texts = st.lists(st.sampled_from(WORDS), min_size=0, max_size=10).map(" ".join)


@st.composite
def histories(draw):
    when = T0
    revs = []
    for _ in range(draw(st.integers(1, 12))):
        when += timedelta(seconds=draw(st.integers(1, 40 * 3600)))
        revs.append(
            Revision(
                when,
                draw(texts),
                draw(st.floats(0, 100, allow_nan=False)),
                draw(st.floats(-1, 1, allow_nan=False)),
                draw(st.sampled_from(("", "m2"))),
                draw(st.booleans()),
            )
        )
    return revs


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(histories())
def test_the_kept_fold_equals_the_reference_rule(store, case, revs):
    draft = store.drafts.add(Draft(None, case.id, "D", T0))
    folded = store.drafts.hold_fold(draft.id)
    for rev in revs:
        folded = hold.step(folded, rev)
        store.drafts.add_revision(draft.id, rev, fold=folded)
    stored = store.drafts.revisions(draft.id)
    assert store.drafts.hold_fold(draft.id) == hold.fold(stored)
    summary = store.drafts.summary(draft.id)
    assert summary.ready_at == hold.ready_at(stored)
    assert summary.clock_start == hold.clock_start(stored)
