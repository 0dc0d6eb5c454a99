"""The learned reader of dry sarcasm (`learned_guard`'s counted "sarcasm" model, read by the tone
engine's `_learned_jabs`): what it counts, that the app scores a window exactly as the fit
defines it, and what it does to a draft's heat and signals."""

from __future__ import annotations

import math
from collections import Counter

import pytest

from complaint_desk.core.posting import learned_guard
from complaint_desk.core.resources import resource_path
from complaint_desk.core.tone import IncrementalAnalyser, analyse


def _kinds(text: str) -> set[str]:
    return {s.kind for s in analyse(text).signals}


def test_counted_features_count_each_occurrence_and_leave_out_the_facts():
    found = learned_guard.counted_features("The parcel is late. The parcel cost £40 on 3 May.")
    assert found["parcel"] == 2
    assert found["the parcel"] == 2
    assert found["# pa"] == 2  # a piece per occurrence of its word
    # Amounts, numbers and links say nothing of sarcasm: no token, no piece, no pair of them.
    assert not any(f in found for f in ("zmoney", "znum", "cost zmoney", "# zm"))
    assert found["cost on"] == 1  # the words beside a fact become neighbours


def test_counted_features_never_pair_words_across_a_sentence_end():
    found = learned_guard.counted_features("It broke. Again tomorrow.")
    assert "broke again" not in found
    assert found["again tomorrow"] == 1


def _by_hand(model: learned_guard.Model, text: str) -> float:
    """The fit's definition: each feature count/sqrt(total count), through the logistic."""
    found = learned_guard.counted_features(text)
    total = sum(found.values())
    z = model.bias + sum(
        n * model.values[i] for f, n in found.items() if (i := model.positions.get(f)) is not None
    ) / math.sqrt(total)
    return 1 / (1 + math.exp(-z))


@pytest.mark.parametrize(
    "text",
    [
        "Lovely to see my parcel enjoying its tour of the Midlands.",
        "Third email now. I'm starting to think your inbox is more of a decorative feature.",
        "My order 4471 arrived broken. Could you send a replacement, please?",
        "Wow wow wow. The the the.",
    ],
)
def test_the_app_scores_a_window_as_the_fit_defines_it(text):
    model = learned_guard.models()["sarcasm"]
    sentences = [text[a:b] for a, b in learned_guard.sentence_spans(text)]
    assert learned_guard.probability(model, text) == pytest.approx(_by_hand(model, text), abs=1e-6)
    assert learned_guard.chance_of("sarcasm", sentences) == pytest.approx(
        _by_hand(model, text), abs=1e-6
    )


def test_a_fitted_model_scores_the_same_through_its_word_cache_after_another_model():
    # The word cache is per model: a second model (the fit's folds) must not read the first's.
    first = learned_guard.model_from(0.0, 0.5, {"lovely": 2.0}, counted=True)
    second = learned_guard.model_from(0.0, 0.5, {"lovely": -2.0}, counted=True)
    text = "What a lovely lovely day for it."
    assert learned_guard.probability(first, text) > 0.5
    assert learned_guard.probability(second, text) < 0.5
    assert learned_guard.probability(first, text) == pytest.approx(_by_hand(first, text))


def test_the_shipped_index_keeps_each_feature_with_its_own_weights():
    rows = list(learned_guard.table_rows(resource_path("tone", "learned_guard.tsv")))
    kinds = rows[0][1]
    models = learned_guard.models()
    features = [(k, v) for k, v in rows if not k.startswith("@")]
    for key, values in features[:: max(1, len(features) // 400)]:
        for k, kind in enumerate(kinds):
            model = models[kind]
            assert model.values[model.positions[key]] == pytest.approx(float(values[k]), abs=1e-4)


def test_the_shipped_sarcasm_weights_are_not_all_of_one_sign():
    values = learned_guard.models()["sarcasm"].values
    assert sum(1 for v in values if v > 0) > 500
    assert sum(1 for v in values if v < 0) > 500


# Dry sarcasm with no marker a phrase lists: each heated half reads at least 10 points above
# its calm half (written for this test; never read by the fit), and the rules alone read none.
DRY_PAIRS = [
    (
        "My parcel was due on Tuesday and still hasn't arrived. Could you check where it is?",
        "Lovely to see my parcel is enjoying its tour of the Midlands. Perhaps it will send me a "
        "postcard before it eventually turns up.",
    ),
    (
        "The new fridge does not keep my milk cold.",
        "The fridge keeps my milk at a cosy room temperature. Very thoughtful design.",
    ),
    (
        "My refund has been outstanding for over a month.",
        "My refund is now in its second month. So generous of you to hold on to my money for me.",
    ),
]


@pytest.fixture
def rules_only(monkeypatch):
    """The tone engine with the learned reader silent."""
    monkeypatch.setattr(learned_guard, "chance_of", lambda kind, sentences: 0.0)


@pytest.mark.parametrize(("calm", "heated"), DRY_PAIRS)
def test_dry_sarcasm_reads_hotter_than_its_calm_version(calm, heated):
    assert analyse(heated).heat - analyse(calm).heat >= 10
    assert "sarcasm" in _kinds(heated)
    assert "sarcasm" not in _kinds(calm)


@pytest.mark.parametrize(("calm", "heated"), DRY_PAIRS)
def test_the_rules_alone_read_no_sarcasm_in_these(rules_only, calm, heated):
    assert "sarcasm" not in _kinds(heated)
    assert analyse(heated).heat - analyse(calm).heat < 10


@pytest.mark.parametrize(
    "text",
    [
        # plain and firm complaints, with facts
        "I ordered a washing machine on 3 May (order 55123) and paid £499.99. It was meant to "
        "arrive within five working days, but it still has not turned up.",
        "Promised a call back yesterday. Nobody called. Again.",
        # sincere thanks after a problem
        "The delivery was a day late, but the driver rang ahead to apologise and the table "
        "itself is gorgeous. Really happy overall.",
        "Thank you so much for the quick refund. It came through in two days, which I didn't "
        "expect.",
    ],
)
def test_plain_complaints_and_sincere_thanks_are_no_jab(text):
    assert "sarcasm" not in _kinds(text)


def test_a_draft_that_raises_its_voice_is_left_to_the_rules(monkeypatch):
    # Shouting, insults, threats are read already; the reader learned from drafts that never
    # raise their voice, and is not asked.
    asked = []
    monkeypatch.setattr(
        learned_guard, "chance_of", lambda kind, sentences: asked.append(sentences) or 1.0
    )
    analyse(DRY_PAIRS[1][1] + " You useless clowns.")
    analyse(DRY_PAIRS[1][1] + " FIX IT.")
    assert asked == []
    analyse(DRY_PAIRS[1][1])
    assert asked


def test_a_request_is_never_the_jab(monkeypatch):
    monkeypatch.setattr(learned_guard, "chance_of", lambda kind, sentences: 1.0)
    text = "Lovely fridge, it stopped cooling on 3 May. I would like a replacement, please."
    jabs = [s for s in analyse(text).signals if s.kind == "sarcasm"]
    assert jabs and all(s.end <= text.index("I would") for s in jabs)


@pytest.mark.parametrize("told", [True, False])
def test_praise_and_a_told_failure_set_the_bar(monkeypatch, told):
    import complaint_desk.core.tone as tone

    monkeypatch.setattr(tone, "_told", lambda ev: told)

    def jabbed(text: str, p: float) -> bool:
        monkeypatch.setattr(learned_guard, "chance_of", lambda kind, sentences: p)
        return "sarcasm" in _kinds(text)

    praise = "We had a lovely afternoon at the museum with the children."
    bar = tone._JAB_TOLD + (0 if told else tone._JAB_UNTOLD_ADD)
    assert jabbed(praise, bar) and not jabbed(praise, bar - 0.01)


def test_with_no_word_of_praise_only_a_told_failure_read_as_sure_is_a_jab(monkeypatch):
    import complaint_desk.core.tone as tone

    def jabbed(text: str, p: float, told: bool) -> bool:
        monkeypatch.setattr(learned_guard, "chance_of", lambda kind, sentences: p)
        monkeypatch.setattr(tone, "_told", lambda ev: told)
        return "sarcasm" in _kinds(text)

    plain = "We spent the afternoon at the museum with the children."
    assert not jabbed(plain, 1.0, told=False)
    assert jabbed(plain, tone._JAB_PLAIN, told=True)
    assert not jabbed(plain, tone._JAB_PLAIN - 0.01, told=True)
    # A request is meant: never the jab, even read as sure.
    assert not jabbed("I would like a refund, please.", 1.0, told=True)


def test_the_rules_sarcasm_read_as_sure_weighs_as_a_jab(monkeypatch):
    text = "The parcel arrived a week late. Great job, guys."
    ruled = [s for s in analyse(text).signals if s.kind == "sarcasm"]
    monkeypatch.setattr(learned_guard, "chance_of", lambda kind, sentences: 0.0)
    alone = analyse(text)
    monkeypatch.setattr(learned_guard, "chance_of", lambda kind, sentences: 1.0)
    sure = analyse(text)
    assert ruled and [(s.start, s.end) for s in sure.signals if s.kind == "sarcasm"] == [
        (s.start, s.end) for s in alone.signals if s.kind == "sarcasm"
    ]
    assert sure.heat > alone.heat


def test_a_re_score_reads_the_same_as_a_fresh_analysis():
    text = DRY_PAIRS[1][1]
    analyser = IncrementalAnalyser()
    analyser.update(text[:-10])
    again = analyser.update(text)
    fresh = analyse(text)
    assert again.heat == pytest.approx(fresh.heat)
    assert [s.kind for s in again.signals] == [s.kind for s in fresh.signals]


def test_the_calm_version_leaves_the_jab_out():
    from complaint_desk.core.rewrite import calm_version

    heated = "Order 4471 arrived two weeks late. Very generous of you to let me wait so long."
    calm = calm_version(heated)
    assert "generous" not in calm
    assert "4471" in calm
    assert analyse(calm).heat < 25


def test_counted_features_and_word_counts_agree_on_short_lines():
    # Fewer than MIN_WORDS words (facts not counted) and the window is not read.
    assert learned_guard.chance_of("sarcasm", ["Order 4471, £40."]) == 0.0
    assert Counter(learned_guard.counted_features("")) == Counter()
