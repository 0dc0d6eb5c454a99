"""Does TextBlob's polarity add anything to the heat model's features? (issue 15, part 3)

Repeated 5-fold CV of a ridge regression on the EmoInt anger train + dev tweets, from the tone
engine's evidence sums (the fitted model's inputs) with and without TextBlob's polarity (and
subjectivity). The learned word list is left out of both arms: it was derived from these same
tweets, so it would leak. Prints the mean out-of-fold Pearson r of each arm.

    python tools/textblob_feature_check.py [../shared/data]
"""

from __future__ import annotations

import math
import random
import sys
from pathlib import Path


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        for r in range(n):
            if r != c and m[c][c]:
                f = m[r][c] / m[c][c]
                m[r] = [x - f * y for x, y in zip(m[r], m[c], strict=True)]
    return [m[i][n] / m[i][i] if m[i][i] else 0.0 for i in range(n)]


def _ridge(x: list[list[float]], y: list[float], lam: float = 1.0) -> list[float]:
    rows = [r + [1.0] for r in x]
    k = len(rows[0])
    a = [
        [sum(r[i] * r[j] for r in rows) + (lam if i == j else 0.0) for j in range(k)]
        for i in range(k)
    ]
    b = [sum(r[i] * t for r, t in zip(rows, y, strict=True)) for i in range(k)]
    return _solve(a, b)


def _pearson(a: list[float], b: list[float]) -> float:
    ma, mb = sum(a) / len(a), sum(b) / len(b)
    cov = sum((x - ma) * (y - mb) for x, y in zip(a, b, strict=True))
    va = math.sqrt(sum((x - ma) ** 2 for x in a))
    vb = math.sqrt(sum((y - mb) ** 2 for y in b))
    return cov / (va * vb)


def load(root: Path) -> tuple[list[str], list[float]]:
    texts, ys = [], []
    for name in ("anger-ratings-0to1.train.txt", "anger-ratings-0to1.dev.gold.txt"):
        for line in (root / "emoint-anger" / name).read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) == 4:
                texts.append(parts[1])
                ys.append(float(parts[3]))
    return texts, ys


def main() -> None:
    root = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parents[2] / "shared/data")
    from textblob import TextBlob

    from complaint_desk.core.tone import evidence_sums
    from complaint_desk.core.tone import lexicon as tone_lexicon

    tone_lexicon.learned_words.cache_clear()
    original = tone_lexicon.learned_words
    tone_lexicon.learned_words = lambda: {}  # leave the learned list out (it saw these tweets)
    try:
        texts, y = load(root)
        sums = [evidence_sums(t) for t in texts]
    finally:
        tone_lexicon.learned_words = original
    kinds = sorted({k for s in sums for k in s})
    base = [[s.get(k, 0.0) for k in kinds] for s in sums]
    blob = [TextBlob(t).sentiment for t in texts]
    arms = {
        "engine features": base,
        "+ polarity": [r + [b.polarity] for r, b in zip(base, blob, strict=True)],
        "+ polarity, subjectivity": [
            r + [b.polarity, b.subjectivity] for r, b in zip(base, blob, strict=True)
        ],
        "TextBlob polarity alone": [[b.polarity] for b in blob],
    }
    for name, x in arms.items():
        rs = []
        rng = random.Random(0)
        for _rep in range(3):
            order = list(range(len(y)))
            rng.shuffle(order)
            pred = [0.0] * len(y)
            for f in range(5):
                fold = set(order[f::5])
                train = [i for i in order if i not in fold]
                w = _ridge([x[i] for i in train], [y[i] for i in train])
                for i in fold:
                    pred[i] = sum(a * c for a, c in zip(x[i] + [1.0], w, strict=True))
            rs.append(_pearson(pred, y))
        mean = sum(rs) / len(rs)
        print(f"{name:28s} r = {mean:.4f} (range {min(rs):.4f}-{max(rs):.4f}, 3 x 5-fold)")


if __name__ == "__main__":
    main()
