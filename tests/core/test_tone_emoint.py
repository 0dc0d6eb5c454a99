"""The shipped engine against human anger ratings (EmoInt-2017 anger, ../shared/data).

Both splits are fit data since the final fit learns from train + dev (tools/fit_tone.py), so this
is no held-out score (those are the cross-validated figures in weights.json). It guards what the
ratings need from `analyse()` itself: that the learned word list and the fitted weights are
loaded and applied as the fit applied them. Without the learned words, r on dev falls to about
0.47; a model that ignored the ratings altogether would sit near VADER's 0.42.
"""

from __future__ import annotations

import html
import math

from complaint_desk.core.tone import analyse


def _ratings(path) -> list[tuple[str, float]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 4:
            rows.append((html.unescape(parts[1]).replace("\\n", "\n"), float(parts[3])))
    return rows


def _pearson(a: list[float], b: list[float]) -> float:
    ma, mb = sum(a) / len(a), sum(b) / len(b)
    cov = sum((x - ma) * (y - mb) for x, y in zip(a, b, strict=True))
    return cov / math.sqrt(sum((x - ma) ** 2 for x in a) * sum((y - mb) ** 2 for y in b))


def test_heat_follows_the_rated_anger_of_the_dev_tweets(shared_data):
    rows = _ratings(shared_data / "emoint-anger" / "anger-ratings-0to1.dev.gold.txt")
    assert len(rows) == 84
    r = _pearson([analyse(t).heat for t, _y in rows], [y for _t, y in rows])
    assert r >= 0.65, r
