"""Review extortion told across two sentences ("I have a write-up ready for the village forum.
Credit my account and it never sees daylight.").

The tone engine reads a sentence at a time, but a trade is often split: the public act in one
sentence, the remedy and the link in the next. The threat table's "trade" forms that reach over
a sentence break read two sentences as one text; this module runs them on a pair of neighbouring
sentences when one of them holds a word of a public act (`SentenceEvidence.public`, which the
phrase guard's one scan of the draft gives for free), neither already holds an extortion, and
the pair holds every string those forms need (one test over ~150 characters). Most drafts hold
no such word, so they pay nothing for it. The extortion forms that answer a question ("You want a
better rating? Comp our meal.") cross a sentence break too, and are read the same way.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

# The piece of a form that crosses from one sentence into the next (threat_forms.tsv): a trade's
# sentence break, and a question an extortion answers ("Want a better rating? Comp our meal.").
_SENTENCE_BREAK = r"[.!?]+\s+"
_QUESTION_BREAK = r"\?\s*"

_Group = tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]]


@cache
def _forms() -> tuple[_Group, ...]:
    """The table's forms that reach over a sentence break, as the tone engine's phrase guard
    compiled them (not compiled twice: ~0.3 MB), in two groups (the trades, and the extortion
    forms that cross a question), each with one search per set of strings all of its forms
    need (a text that fails one cannot match any)."""
    from complaint_desk.core.tone import lexicon

    guard = lexicon.phrase_guard()
    groups = (
        tuple(p for p in guard.each("trade") if _SENTENCE_BREAK in p.pattern),
        tuple(p for p in guard.each("extortion") if _QUESTION_BREAK in p.pattern),
    )
    return tuple((forms, _shared_tests(forms)) for forms in groups if forms)


def warm_up() -> None:
    """Build the cross-sentence forms and their tests (the tone engine's warm-up calls this on
    its worker: the first draft with a public word would otherwise build them where it is
    scored)."""
    _forms()


def _shared_tests(forms: tuple[re.Pattern[str], ...]) -> tuple[re.Pattern[str], ...]:
    from complaint_desk.core.tone.prefilter import literal_test, required_forms

    shared: set[frozenset[str]] | None = None
    for pattern in forms:
        sets = set((required_forms(pattern) or ((),))[0])
        shared = sets if shared is None else shared & sets
    return tuple(literal_test(needs) for needs in shared or () if needs)


@lru_cache(maxsize=1024)
def across(first: str, second: str) -> tuple[int, int] | None:
    """Where a trade (or an extortion answering a question) that needs both sentences lies in
    `second` (from its first word to its end), or None. One that fits in one sentence is that
    sentence's own (detect reads it)."""
    from complaint_desk.core.tone.prefilter import lower_keeping_length

    head = first.rstrip()
    tail = second.lstrip()
    joined = lower_keeping_length(f"{head} {tail}")
    boundary = len(head) + 1  # where `second`'s words start in `joined`
    lead = len(second) - len(tail)
    for forms, tests in _forms():
        if any(test.search(joined) is None for test in tests):
            continue
        for pattern in forms:
            for m in pattern.finditer(joined):
                if m.start() < len(head) and m.end() > boundary:
                    return lead, lead + m.end() - boundary
    return None
