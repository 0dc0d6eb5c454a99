"""Calm rewrites: a calmer sentence for each hot one, built from the tone signals and the case log.

Seam: `calm_version(text, facts=None) -> str` and `suggestions(text, facts=None)` -> items with
`start`, `end`, `replacement`, `reason` (and the heat before and after). `calm_version` is the
text with every suggestion applied, so accepting all of them one by one gives the same text.

What a rewrite does, per sentence and clause:
- shouting -> sentence case; "!!!" -> "." ("?!" -> "?");
- profanity, owned anger, strong negative words, absolutes and blame -> plainer words, from the
  data table `resources/tone/calmer.tsv`; name-calling is left out;
- "you never answer" -> the count and date the log holds ("I have contacted you 3 times since
  3 March without a reply") when `facts` are given;
- a threat -> a calm next step with a date ("If this is not resolved by 12 December, I will take
  it to the ombudsman."); extortion -> the remedy ("I would like a refund.");
- a clause that still reads hostile says nothing a vendor can act on and is left out.

Every number, date, reference, amount, @handle and link of the original survives verbatim: the
edits never touch those spans (`fact_spans`), and a clause or threat that is left out hands its
facts to the sentence that replaces it. Pure functions: no Qt, no clock (dates come in `facts`).

The package, by stage: `facts` (what must survive, and carrying it), `table` (the calmer-wording
table), `wording` (sentence case, tidy ends, heat), `pressure` (threats and extortion), `replies`
(absolutes about replies), `sentence` (one sentence), `draft` (the whole draft).
"""

from __future__ import annotations

from complaint_desk.core.rewrite.draft import (
    Suggestion,
    apply,
    ask_before,
    calm_version,
    jab_spans,
    menace_halves,
    suggestions,
    traded_span,
)
from complaint_desk.core.rewrite.facts import (
    RewriteFacts,
    fact_spans,
    fact_tokens,
    fact_tokens_kept,
)
from complaint_desk.core.rewrite.sentence import rewrite_sentence
from complaint_desk.core.rewrite.wording import CALM_TARGET, HOT_SENTENCE, format_date

__all__ = [
    "CALM_TARGET",
    "HOT_SENTENCE",
    "RewriteFacts",
    "Suggestion",
    "apply",
    "ask_before",
    "calm_version",
    "fact_spans",
    "fact_tokens",
    "fact_tokens_kept",
    "format_date",
    "menace_halves",
    "rewrite_sentence",
    "suggestions",
    "jab_spans",
    "traded_span",
]
