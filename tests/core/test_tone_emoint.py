"""The shipped engine against human anger ratings (EmoInt-2017 anger, ../shared/data).

Both splits are fit data since the final fit learns from train + dev (tools/fit_tone.py), so this
is no held-out score (those are the cross-validated figures in weights.json). It guards what the
ratings need from `analyse()` itself: that the learned word list and the fitted weights are
loaded and applied as the fit applied them. Without the learned words, r on dev falls to about
0.47; a model that ignored the ratings altogether would sit near VADER's 0.42.
"""

from __future__ import annotations

from complaint_desk.core.tone import analyse


def test_heat_follows_the_rated_anger_of_the_dev_tweets(shared_data, fit_tone):
    # The fit's own reader and Pearson r: the figures are read as the fit reads them.
    rows = fit_tone.load_emoint(shared_data / "emoint-anger" / "anger-ratings-0to1.dev.gold.txt")
    assert len(rows) == 84
    r = fit_tone.pearson([analyse(t).heat for t, _y in rows], [y for _t, y in rows])
    assert r >= 0.65, r
