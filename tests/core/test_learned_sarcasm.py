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
from tests.core import round_80


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
    rows = learned_guard.table_rows(resource_path("tone", "learned_guard.tsv"))
    kinds = rows[0][1:]
    models = learned_guard.models()
    features = [(row[0], row[1:]) for row in rows if not row[0].startswith("@")]
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


# The first pair's parcel "enjoying its tour" is read by a rule since session 35 (luggage or a
# parcel enjoying a holiday or tour, `phrases.txt`); the others are still the reader's alone.
@pytest.mark.parametrize(("calm", "heated"), DRY_PAIRS[1:])
def test_the_rules_alone_read_no_sarcasm_in_these(rules_only, calm, heated):
    assert "sarcasm" not in _kinds(heated)
    assert analyse(heated).heat - analyse(calm).heat < 10


def test_the_rules_alone_read_a_parcel_on_tour(rules_only):
    calm, heated = DRY_PAIRS[0]
    assert "sarcasm" in _kinds(heated)
    assert analyse(heated).heat - analyse(calm).heat >= 10


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
    from complaint_desk.core.tone import engine

    monkeypatch.setattr(engine, "_told", lambda ev: told)

    def jabbed(text: str, p: float) -> bool:
        monkeypatch.setattr(learned_guard, "chance_of", lambda kind, sentences: p)
        return "sarcasm" in _kinds(text)

    praise = "We had a lovely afternoon at the museum with the children."
    bar = engine._JAB_TOLD + (0 if told else engine._JAB_UNTOLD_ADD)
    assert jabbed(praise, bar) and not jabbed(praise, bar - 0.01)


def test_with_no_word_of_praise_only_a_told_failure_read_as_sure_is_a_jab(monkeypatch):
    from complaint_desk.core.tone import engine

    def jabbed(text: str, p: float, told: bool) -> bool:
        monkeypatch.setattr(learned_guard, "chance_of", lambda kind, sentences: p)
        monkeypatch.setattr(engine, "_told", lambda ev: told)
        return "sarcasm" in _kinds(text)

    faint = "We spent the afternoon at the museum with the children, which was interesting."
    assert not jabbed(faint, 1.0, told=False)
    assert jabbed(faint, engine._JAB_PLAIN, told=True)
    assert not jabbed(faint, engine._JAB_PLAIN - 0.01, told=True)
    # With no word of praise at all, however faint, an account is never the jab (session 32:
    # "I called 450-555-0134 three times, each time 40 minutes on hold then cut off." read 0.92).
    plain = "We spent the afternoon at the museum with the children."
    assert not jabbed(plain, 1.0, told=True)
    # A request is meant: never the jab, even read as sure.
    assert not jabbed("I would like a refund, please.", 1.0, told=True)


@pytest.mark.parametrize(
    "text",
    [
        "The café sold its last sandwich an hour in. A bold way to run a ferry.",
        "The warning light came on again a day later. Very reassuring of your agent.",
        "Three hours in the lobby before we saw a room. It was thoughtful of you.",
    ],
)
def test_praise_vader_rates_low_sets_the_told_bar(monkeypatch, text):
    # Session 37: "bold", "reassuring", "thoughtful" (VADER 1.6-1.7, under the bar of clear
    # praise) said of what someone did are praise to the jab's gate, so a window that tells
    # a failure needs only _JAB_TOLD, not _JAB_PLAIN.
    from complaint_desk.core.tone import engine

    monkeypatch.setattr(engine, "_told", lambda ev: True)
    monkeypatch.setattr(learned_guard, "chance_of", lambda kind, sentences: engine._JAB_TOLD)
    assert engine._JAB_TOLD < engine._JAB_PLAIN
    assert "sarcasm" in _kinds(text)


def test_a_warm_noun_of_an_account_is_still_no_praise(monkeypatch):
    # "holiday" and "active" (VADER 1.7) tell what happened; read as praise, a sincere thanks
    # and a calm version ("…still says 'warranty active'") were marked as jabs.
    from complaint_desk.core.tone import engine

    monkeypatch.setattr(engine, "_told", lambda ev: True)
    monkeypatch.setattr(learned_guard, "chance_of", lambda kind, sentences: engine._JAB_TOLD)
    for text in (
        "The order page still says the warranty is active.",
        "We booked the holiday in March.",
    ):
        assert "sarcasm" not in _kinds(text), text


def test_a_jabs_window_keeps_no_praise_as_calm(monkeypatch):
    # "The pool looked wonderful on your website, and I'm sure it looks just as wonderful
    # behind the padlock. How thoughtful…": the jab marks the last sentence of praise; the
    # first one's "wonderful" is part of the same act and no longer cools the draft.
    from complaint_desk.core.tone import engine

    monkeypatch.setattr(engine, "_told", lambda ev: True)
    monkeypatch.setattr(learned_guard, "chance_of", lambda kind, sentences: 0.99)
    text = (
        "The pool looked wonderful on your website, and I'm sure it looks just as wonderful "
        "behind the padlock. How thoughtful to keep it a surprise until check-in."
    )
    report = analyse(text)
    second = text.index("How")
    assert any(s.kind == "sarcasm" and s.start >= second for s in report.signals)
    assert not any(s.kind == "positive" for s in report.signals)


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


def test_each_jab_of_a_longer_draft_is_read_and_left_out_of_its_calm_version():
    from complaint_desk.core.rewrite import calm_version

    text = (
        "Ordered a kettle on 3 May (order 55123). Lovely to see my parcel is enjoying its tour "
        "of the Midlands. Perhaps it will send me a postcard before it eventually turns up. So "
        "generous of you to hold on to my money for me."
    )
    report = analyse(text)
    jabs = [text[s.start : s.end] for s in report.signals if s.kind == "sarcasm"]
    assert any(j.startswith("Lovely to see") for j in jabs)
    assert any(j.startswith("So generous") for j in jabs)
    assert report.band != "calm"
    calm = calm_version(text)
    assert "Lovely" not in calm and "generous" not in calm
    assert "order 55123" in calm and "3 May" in calm
    assert analyse(calm).heat < 25


def test_counted_features_and_word_counts_agree_on_short_lines():
    # Fewer than MIN_WORDS words (facts not counted) and the window is not read.
    assert learned_guard.chance_of("sarcasm", ["Order 4471, £40."]) == 0.0
    assert Counter(learned_guard.counted_features("")) == Counter()


# Two blind rounds (session 24), written by helper sessions that saw no rule, table or earlier
# round, and in no file the fit reads. Round 78 was measured when written (the rules: 0 of 10
# dry pairs with the 10-point margin) and then looked at while the reader's bars were chosen, so
# it is a development round; round 79 was sealed until the code was final and measured once:
# 5 of 10 (the session's starting code 3), its sincere messages flagged as before (1 of 15, by
# the rules). Kept as measured, misses included: a change that loses one fails here.
ROUND_78_DRY_PAIRS = [
    (
        "I ordered with next-day delivery on the 3rd and it still hasn't arrived. "
        "Could you tell me where it is?",
        "Ordered next-day delivery on the 3rd. It's now the 12th. I suppose 'next "
        "day' was more of a philosophy than a promise.",
    ),
    (
        "I was on hold for 50 minutes and then got disconnected. Could someone call "
        "me back, please?",
        "Fifty minutes of your hold music and then a dial tone. Thanks for the "
        "concert. Same time tomorrow, I assume.",
    ),
    (
        "The room we booked as 'sea view' faces the car park. Would it be possible to move us?",
        "Our 'sea view' room has a lovely outlook over the car park. If I squint, "
        "the bins almost look like waves.",
    ),
    (
        "The engineer was booked for 8 to 12 today but didn't arrive and nobody "
        "called. Can we rebook?",
        "Took a day off to wait for an engineer who never came. Very restful. I'm "
        "now on first-name terms with every crack in my ceiling.",
    ),
    (
        "I've been charged twice for order #4471. Please refund the duplicate payment.",
        "Appreciate you charging me twice for order #4471. Very generous of me, apparently.",
    ),
    (
        "My train was cancelled again this morning. That's the third time this week.",
        "Third cancellation this week. At this point I'm less a commuter and more a "
        "permanent fixture of platform 4.",
    ),
    (
        "The pizza arrived about an hour late and was cold.",
        "Thanks for the chilled pizza, delivered at such a leisurely pace. Saved me "
        "the trouble of putting it in the fridge.",
    ),
    (
        "I've emailed three times about my warranty claim and haven't had a reply yet.",
        "Third email now. I'm starting to think your inbox is more of a decorative feature.",
    ),
    (
        "The app logged me out and cleared my saved basket again.",
        "App cleared my basket again, lah. Very kind of you to help me practise "
        "patience every single week.",
    ),
    (
        "The jacket sold as waterproof let water through in light rain.",
        "Wore the 'waterproof' jacket in a light drizzle. It now functions mainly as "
        "a sponge. Quite the versatile product.",
    ),
]

ROUND_78_SINCERE = [
    "Thank you so much to Priya at the front desk, she went above and beyond to help "
    "me find my lost passport. Brilliant service.",
    "The delivery was a day late, but the driver apologised and you refunded the "
    "shipping without me even asking. Really appreciated, thanks.",
    "Honestly the best fish and chips I've had since moving to Leeds. Cheers, lads.",
    "Had a small issue with the bill, the manager sorted it in two minutes and was "
    "lovely about it. Would definitely come back.",
    "Great service from start to finish. The installer explained everything and "
    "cleaned up after himself. Thank you!",
    "Wanted to say a genuine thanks to your support team. It took three calls to fix "
    "my router, but everyone was patient and kind, and it works perfectly now.",
    "Food was lovely. Service was a bit slow on a busy Saturday, but staff kept us "
    "updated. Fair enough. 4 stars.",
    "Thank you for the replacement kettle. The first one leaked, but the new one "
    "arrived the next day. Very impressed with how you handled it.",
    "The team at the Koramangala branch were extremely helpful. My SIM issue was "
    "resolved the same day. Much appreciated, thank you.",
    "Superb stay. Room was spotless, breakfast was ace, and they let us check out "
    "late at no charge. Will be back, no question.",
    "Thanks heaps for squeezing us in at short notice, the kids loved it 😊",
    "Mixed feelings: the venue was beautiful and the staff were wonderful, but the "
    "sound system cut out twice. They offered a partial refund, which was fair.",
    "Really pleased with the tailoring. One sleeve was slightly off and they redid "
    "it free while I waited. Top class.",
    "Your chat agent Tunde was amazing. Sorted my failed transfer in ten minutes. "
    "Thank you and God bless.",
    "Dear Sir/Madam, I write to commend your staff on their professionalism and "
    "kindness during my mother's hospital transport last week. With sincere thanks.",
]

ROUND_79_DRY_PAIRS = [
    (
        "My parcel was due on the 3rd and still hasn't arrived. Could you give me an "
        "update please?",
        "Day twelve of waiting for a parcel that was 'out for delivery' on the 3rd. "
        "I assume it's taking the scenic route.",
    ),
    (
        "I was charged twice for my subscription this month. Please refund the duplicate payment.",
        "Thanks so much for charging me twice this month. Very generous of me, apparently.",
    ),
    (
        "I've been on hold for over an hour trying to reach support. Is there "
        "another way to contact you?",
        "Seventy minutes of hold music. I now know every note of it. Is the next step a quiz?",
    ),
    (
        "The hotel room wasn't cleaned during our three-night stay. Could this be looked into?",
        "Loved the authentic touch of finding yesterday's towels exactly where we "
        "left them. Three days running. Very consistent.",
    ),
    (
        "My train was cancelled without notice and I missed my connection. How do I "
        "claim compensation?",
        "Cancelling the 07:42 with zero notice was a bold choice. I did enjoy the "
        "extra two hours on the platform, I suppose.",
    ),
    (
        "The laptop I bought stopped working after two weeks. I'd like a repair or replacement.",
        "Two whole weeks of use before it died. I suppose that's what you mean by 'built to last'?",
    ),
    (
        "My food order arrived cold and missing the drinks. Could I get a partial refund?",
        "Cold chips and no drinks. Thank you for helping me cut down on both warmth "
        "and liquids this evening.",
    ),
    (
        "I reported a broken streetlight three weeks ago and it hasn't been fixed yet.",
        "Three weeks since I reported the streetlight. No rush at all, we're getting "
        "quite good at walking in the dark.",
    ),
    (
        "The engineer didn't turn up for the appointment on Tuesday. Can we rebook?",
        "Took a day's leave to wait for an engineer who never came. Still, the house "
        "has never been so well supervised.",
    ),
    (
        "I was told my refund would take 5 days but it's been three weeks.",
        "Five working days, you said. I must have misunderstood which calendar you "
        "use. Mayan, perhaps?",
    ),
]

ROUND_79_SINCERE = [
    "Thank you so much to Gareth at the Cardiff branch, he was brilliant from start "
    "to finish. Diolch!",
    "The order came with one item missing but customer service sent it the next day "
    "without any fuss. Great service, honestly.",
    "Fantastic stay, the staff were lovely and the breakfast was excellent. Will "
    "definitely be back.",
    "Just wanted to say thanks for sorting my refund so quickly. Really appreciated it.",
    "Wonderful experience overall. Room was a bit noisy the first night but they "
    "moved us straight away, no questions asked.",
    "Big shout out to the delivery guy who carried everything up four flights. "
    "Legend, thank you 🙏",
    "Honestly the best customer service I've had in years. Maria was patient and "
    "explained everything clearly.",
    "Food was amazing as always. Small mix-up with our order but the waiter fixed it "
    "in minutes and was very apologetic. Thanks!",
    "Thank you for the quick response and the replacement. The new one works perfectly.",
    "Well done to the team in Makati, very accommodating and helpful. Salamat po!",
    "Brilliant service from the engineer today, turned up on time and explained the "
    "fault clearly. Cheers.",
    "Really pleased with the new kitchen. A couple of cabinet doors needed adjusting "
    "but the fitter came back the same week. Highly recommend.",
    "Thank you sir for resolving my issue so fast, very much satisfied with the service.",
    "Grand job lads, the car's running like new. Thanks a million.",
    "Mixed feelings: the product is good but delivery took ages. That said, support "
    "kept me updated and were kind throughout.",
]


# Round 80 (session 25), written blind for the threat work; its dry pairs and sincere messages,
# measured once: 8 of 10 dry pairs with the margin, 3 of 15 sincere messages read as sarcasm
# (thanks opened as a joke: "Thanks so much for losing our booking, only joking…"), the same
# for the session's starting code (the sarcasm reader was not refitted).
ROUND_80_DRY_PAIRS = round_80.DRY_PAIRS
ROUND_80_SINCERE = round_80.SINCERE


def _with_margin(pairs) -> int:
    return sum(analyse(heated).heat - analyse(calm).heat >= 10 for calm, heated in pairs)


def _sarcastic(texts) -> int:
    return sum(bool(_kinds(t) & {"sarcasm", "eyeroll"}) for t in texts)


def test_round_78_dry_pairs_as_measured():
    assert _with_margin(ROUND_78_DRY_PAIRS) >= 5
    assert _sarcastic(ROUND_78_SINCERE) <= 3  # the rules' three, as before the reader


def test_round_79_dry_pairs_as_measured_once():
    assert _with_margin(ROUND_79_DRY_PAIRS) >= 5
    assert _sarcastic(ROUND_79_SINCERE) <= 1


def test_round_80_dry_pairs_as_measured_once():
    assert _with_margin(ROUND_80_DRY_PAIRS) >= 8
    assert _sarcastic(ROUND_80_SINCERE) <= 3


def test_the_rules_alone_read_fewer_of_the_rounds(rules_only):
    # 0 until session 35, whose rules read two by shape (thanks for what no one thanks for
    # beside a failure told by counting); the reader still reads at least 5
    assert _with_margin(ROUND_78_DRY_PAIRS) <= 2
    assert _with_margin(ROUND_79_DRY_PAIRS) <= 3
