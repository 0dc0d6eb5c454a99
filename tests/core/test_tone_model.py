"""Heat scale, bands, monotonicity, and calm/heated rewrites ordered correctly."""

from __future__ import annotations

import pytest

from complaint_desk.core.tone import SIGNAL_KINDS, analyse, band_for, contributors
from complaint_desk.core.tone.model import load_weights

# (calm, heated) rewrites of the same complaint, written for this test.
PAIRS = [
    (
        "My router has dropped the connection every evening this week. Could you send an engineer?",
        "My router drops out EVERY SINGLE NIGHT. Send an engineer NOW or else!!!",
    ),
    (
        "The sofa delivered on 14 June has a torn cushion. I would like a replacement cover.",
        "You sent me a ripped sofa, you cowboys. Absolutely disgraceful!!",
    ),
    (
        "I was charged £12.50 twice for one ticket. Please refund the duplicate charge.",
        "You thieves charged me twice. Refund me or I post a 1-star review everywhere.",
    ),
    (
        "My flight was cancelled and I have not yet received the voucher I was promised.",
        "Thanks for nothing. You cancelled my flight and you people never do what you promise.",
    ),
    (
        "I have been on hold for forty minutes. I would appreciate a call back.",
        "I've been on hold for 40 f***ing minutes, you useless idiots!",
    ),
    (
        "The replacement phone also has a faulty screen. Could you arrange a repair?",
        "Oh wonderful, ANOTHER broken phone. Great job as always, morons.",
    ),
    (
        "My parcel shows as delivered but it is not here. Can you please investigate?",
        "Your so-called delivery driver is a liar. I'll sue you if it isn't found.",
    ),
    (
        "The invoice for March is higher than quoted. I'd like the difference credited.",
        "This invoice is a total scam and you know it. You'll regret ripping me off.",
    ),
    (
        "The hotel room was not cleaned during our stay. I would like a partial refund.",
        "Filthy disgusting room!!! Worst hotel ever. I hate you all.",
    ),
    (
        "I asked for my account to be closed on 2 January and I am still being billed.",
        "I TOLD YOU TO CLOSE MY ACCOUNT. Stop billing me, you incompetent clowns!!!",
    ),
]


@pytest.mark.parametrize(("calm", "heated"), PAIRS)
def test_rewrites_order_correctly(calm: str, heated: str) -> None:
    calm_heat, hot_heat = analyse(calm).heat, analyse(heated).heat
    assert calm_heat < hot_heat
    assert calm_heat < 50


def test_calm_pairs_are_calm_and_heated_ones_hot_on_average() -> None:
    calm = [analyse(c).heat for c, _ in PAIRS]
    hot = [analyse(h).heat for _, h in PAIRS]
    assert sum(calm) / len(calm) < 25
    assert sum(hot) / len(hot) > 50


@pytest.mark.parametrize(
    ("heat", "band"),
    [(0, "calm"), (24.9, "calm"), (25, "firm"), (49.9, "firm"), (50, "heated"), (75, "furious")],
)
def test_band_for(heat: float, band: str) -> None:
    assert band_for(heat) == band


def test_hostile_weights_are_non_negative() -> None:
    weights = load_weights().weights
    for kind in ("insult", "profanity", "threat", "extortion", "shouting", "blame", "sarcasm"):
        assert weights[kind] >= 0
    for kind in ("fact", "request", "positive"):
        assert weights[kind] <= 0


@pytest.mark.parametrize("text", [calm for calm, _ in PAIRS] + [hot for _, hot in PAIRS])
@pytest.mark.parametrize("insult", [" You idiots.", " Morons!", " You clowns."])
def test_adding_an_insult_never_lowers_heat(text: str, insult: str) -> None:
    assert analyse(text + insult).heat >= analyse(text).heat


def test_contributors_sorted_with_labels() -> None:
    report = analyse("You clowns NEVER answer!!! I paid £20 on 3 May.")
    items = contributors(report)
    assert [points for _, points in items] == sorted((p for _, p in items), reverse=True)
    labels = {label for label, _ in items}
    assert SIGNAL_KINDS["insult"] in labels
    assert SIGNAL_KINDS["fact"] in labels


def test_empty_text_is_calm() -> None:
    report = analyse("")
    assert report.band == "calm"
    assert report.signals == () and report.sentences == ()
    assert report.polarity == 0.0


def test_polarity_sign() -> None:
    assert analyse("Thank you, wonderful service, I love it.").polarity > 0.3
    assert analyse("Terrible, awful, horrible service.").polarity < -0.3


def test_importing_tone_is_cheap() -> None:
    import subprocess
    import sys

    code = (
        "import sys; import complaint_desk.core.tone;"
        "bad = [m for m in ('textblob', 'nltk', 'vaderSentiment', 'PySide6') if m in sys.modules];"
        "print(bad)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_fit_learned_words_shrink_towards_the_valence_prior(fit_tone) -> None:
    valence = fit_tone.learn_valence(
        [("what a lovely parcel", 3.0), ("lovely day", 2.0), ("dreadful parcel", -3.0)] * 2
    )
    assert valence["lovely"] > 0 > valence["dreadful"]
    rows = [("zorble tweet", 0.5), ("plain tweet", 0.5), ("other tweet", 0.5)]
    # One tweet is enough for a word; a pair needs two.
    assert "zorble" not in fit_tone.learn_words(rows)  # at the mean: no association
    shifted = fit_tone.learn_words(rows, {"zorble": -2.0})
    assert shifted["zorble"] == pytest.approx(fit_tone.VALENCE_PRIOR * 2.0 * 10 / 11, abs=1e-3)
    assert "zorble tweet" not in shifted
    assert "hello" not in fit_tone.learn_words([("hello", 0.1), ("calm", 0.5)])


def test_fit_a_word_no_tweet_shows_keeps_its_word_vector_estimate(fit_tone) -> None:
    rows = [("zorble tweet", 0.9), ("plain tweet", 0.1)] * 20
    learned = fit_tone.learn_words(rows, None, {"unseenword": 0.05, "zorble": -0.3})
    assert learned["unseenword"] == pytest.approx(0.05)  # its prior, nothing else
    # Seen in 20 tweets at 0.9 (mean 0.5): its tweets outweigh a prior that calls it calm,
    # (20 * 0.9 + 10 * (0.5 - 0.3)) / (20 + 10) - 0.5.
    assert learned["zorble"] == pytest.approx(1 / 6, abs=1e-3)


@pytest.mark.parametrize(
    "text",
    [
        "The app logs me out every time I open it. Is there a fix planned?",
        "Your broadband is a joke and your engineer never turned up!!",
        "Many thanks to the team for the quick refund. Excellent service! The app is fine.",
        "I have waited all week for the engineer. You people are hopeless.",
    ],
)
def test_the_fit_counts_learned_words_as_the_app_does(fit_tone, text: str) -> None:
    """tools/fit_tone.py rebuilds the learned-word features for each CV fold; with the shipped
    list they must equal what analyse() feeds the model (plain and warm sentence gates too)."""
    from complaint_desk.core.tone import evidence_sums
    from complaint_desk.core.tone import lexicon as tone_lexicon
    from complaint_desk.core.tone import model as tone_model

    in_fit = fit_tone.Example(text).features(tone_lexicon.learned_words())
    in_app = {
        fit_tone.KINDS.index(k): v for k, v in tone_model.features(evidence_sums(text)).items()
    }
    assert in_fit.keys() == in_app.keys()
    for key, value in in_app.items():
        assert in_fit[key] == pytest.approx(value)
