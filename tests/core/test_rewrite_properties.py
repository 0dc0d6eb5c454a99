"""Property: whatever the heated wording around them, a calm rewrite keeps every number, date,
reference, amount, @handle and link of the original verbatim."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from complaint_desk.core.rewrite import RewriteFacts, calm_version, fact_tokens, suggestions

HEATED = [
    "YOU PEOPLE ARE USELESS",
    "what the hell",
    "you clowns never answer",
    "refund me or I'll post a 1-star review",
    "I'll remove my review if you refund me",
    "see you in court",
    "this is bullshit",
    "thanks for nothing",
    "I am absolutely LIVID",
    "worst company ever",
    "you have 48 hours or else",
    "shame on you",
    "my order",
    "it broke",
    "I paid",
    "since",
    "on",
]
FACT = st.one_of(
    st.integers(0, 99999).map(str),
    st.builds(lambda a, b: f"£{a}.{b:02d}", st.integers(1, 999), st.integers(0, 99)),
    st.builds(lambda d, m: f"{d} {m}", st.integers(1, 28), st.sampled_from(["May", "March"])),
    st.from_regex(r"@[A-Za-z][A-Za-z0-9_]{2,10}", fullmatch=True),
    st.from_regex(r"[A-Z]{2}-?[0-9]{3,6}", fullmatch=True),
    st.from_regex(r"https://example\.com/[a-z0-9]{1,8}", fullmatch=True),
    st.builds(lambda a: f"2024-0{a}-1{a}", st.integers(1, 9)),
)
PIECE = st.one_of(st.sampled_from(HEATED), FACT)
END = st.sampled_from([".", "!!!", "?!", "", ". ", "!! "])


@st.composite
def drafts(draw):
    sentences = []
    for _ in range(draw(st.integers(1, 4))):
        words = draw(st.lists(PIECE, min_size=1, max_size=5))
        sentences.append(" ".join(words) + draw(END))
    return " ".join(sentences)


FACTS = RewriteFacts(contacts=3, first_contact=date(2025, 3, 3), deadline=date(2025, 12, 12))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(drafts(), st.booleans())
def test_every_fact_token_survives_verbatim(draft, with_facts):
    calm = calm_version(draft, FACTS if with_facts else None)
    kept = set(fact_tokens(calm))
    assert [t for t in fact_tokens(draft) if t not in kept] == [], (draft, calm)


@settings(max_examples=150, deadline=None)
@given(drafts())
def test_suggestions_are_non_overlapping_spans_in_order(draft):
    last = 0
    for item in suggestions(draft):
        assert last <= item.start <= item.end <= len(draft)
        last = item.end
