"""Review extortion told across two sentences ("I have a write-up ready for the village forum.
Credit my account and it never sees daylight.").

The tone engine reads a sentence at a time, but a trade is often split: the public act in one
sentence, the remedy and the link in the next. The threat table's "trade" forms that reach over
a sentence break read two sentences as one text; this module runs them on a pair of neighbouring
sentences when one of them holds a word of a public act (`SentenceEvidence.public`, which the
phrase guard's one scan of the draft gives for free), neither already holds an extortion, and
the pair holds every string those forms need (one test over ~150 characters). Most drafts hold
no such word, so they pay nothing for it.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

# The piece of a form that crosses from one sentence into the next (threat_forms.tsv).
_SENTENCE_BREAK = r"[.!?]+\s+"


@cache
def _forms() -> tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]]:
    """The table's trade forms that reach over a sentence break, as the tone engine's phrase
    guard compiled them (not compiled twice: ~0.3 MB), and one search per set of strings all of
    them need (a text that fails one cannot match any)."""
    from complaint_desk.core.tone import lexicon
    from complaint_desk.core.tone.prefilter import literal_test, required_forms

    compiled = tuple(
        p for p in lexicon.phrase_guard().each("trade") if _SENTENCE_BREAK in p.pattern
    )
    shared: set[frozenset[str]] | None = None
    for pattern in compiled:
        sets = set((required_forms(pattern) or ((),))[0])
        shared = sets if shared is None else shared & sets
    tests = tuple(literal_test(needs) for needs in shared or () if needs)
    return compiled, tests


@lru_cache(maxsize=1024)
def across(first: str, second: str) -> tuple[int, int] | None:
    """Where a trade that needs both sentences lies in `second` (from its first word to the
    trade's end), or None. A trade that fits in one sentence is that sentence's own (detect
    reads it)."""
    from complaint_desk.core.tone.prefilter import lower_keeping_length

    forms, tests = _forms()
    head = first.rstrip()
    tail = second.lstrip()
    joined = lower_keeping_length(f"{head} {tail}")
    if not forms or any(test.search(joined) is None for test in tests):
        return None
    boundary = len(head) + 1  # where `second`'s words start in `joined`
    lead = len(second) - len(tail)
    for pattern in forms:
        for m in pattern.finditer(joined):
            if m.start() < len(head) and m.end() > boundary:
                return lead, lead + m.end() - boundary
    return None
