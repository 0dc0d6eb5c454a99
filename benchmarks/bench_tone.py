"""Tone engine speed and accuracy: vs TextBlob, incremental re-score, cold start, Pearson r.

The r figures: dev through `analyse()` (in-sample: the shipped fit learns from train + dev), and
the held-out ones tools/fit_tone.py stored in weights.json (CV on train, CV on train + dev, and
dev scored by the same settings fitted on train alone).
"""

from __future__ import annotations

import html
import json
import math
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEV = REPO.parent / "shared" / "data" / "emoint-anger" / "anger-ratings-0to1.dev.gold.txt"

_SAMPLE_TWEETS = [
    "@AcmeHelp my parcel is 3 weeks late and nobody answers the phone!! #fuming",
    "Thanks for nothing, you clowns. Refund me or I post a 1-star review.",
    "Hi, could you please check order 12345? It was due on 3 May. Thanks!",
    "WHY IS MY INTERNET DOWN AGAIN?! This is the worst ISP ever.",
]
_DRAFT_SENTENCES = [
    "I ordered a washing machine on 3 May (order 55123) and paid £499.99.",
    "It was meant to arrive within five working days, but it still has not turned up.",
    "I have called your helpline four times and waited over an hour each time.",
    "Honestly, you people never call back when you say you will!!",
    "I would like a full refund or a firm delivery date by Friday, please.",
]


def _dev_rows() -> list[tuple[str, float]]:
    if not DEV.is_file():
        return []
    rows = []
    for line in DEV.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 4:
            rows.append((html.unescape(parts[1]).replace("\\n", "\n"), float(parts[3])))
    return rows


def _best_of_interleaved(texts: list[str], analyse, blob) -> tuple[float, float]:
    """(best seconds for analyse() over `texts`, best for TextBlob's .sentiment): 20 interleaved
    rounds, the best of each, which resists the box's noise."""
    best_ours = best_blob = math.inf
    for _round in range(20):
        t0 = time.perf_counter()
        for text in texts:
            analyse(text)
        t1 = time.perf_counter()
        for text in texts:
            _ = blob(text).sentiment
        t2 = time.perf_counter()
        best_ours = min(best_ours, t1 - t0)
        best_blob = min(best_blob, t2 - t1)
    return best_ours, best_blob


def _posts_of(texts: list[str], limit: int) -> list[str]:
    """Neighbouring texts joined with a space while the post stays within `limit` characters."""
    posts: list[str] = []
    current = ""
    for text in texts:
        if current and len(current) + 1 + len(text) > limit:
            posts.append(current)
            current = ""
        current = f"{current} {text}" if current else text[:limit]
    if current:
        posts.append(current)
    return posts


def _pearson(a: list[float], b: list[float]) -> float:
    ma, mb = statistics.fmean(a), statistics.fmean(b)
    cov = sum((x - ma) * (y - mb) for x, y in zip(a, b, strict=True))
    den = math.sqrt(sum((x - ma) ** 2 for x in a) * sum((y - mb) ** 2 for y in b))
    return cov / den if den else 0.0


def _cold_start() -> float:
    code = (
        "import time; t = time.perf_counter();"
        "from complaint_desk.core.tone import analyse; analyse('You clowns lost my parcel!!');"
        "print(time.perf_counter() - t)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    )
    return float(out.stdout.strip().splitlines()[-1])


def run() -> dict[str, float]:
    from textblob import TextBlob

    from complaint_desk.core.tone import IncrementalAnalyser, analyse

    results: dict[str, float] = {"tone_cold_first_analyse_s": _cold_start()}
    rows = _dev_rows()
    texts = [t for t, _ in rows] or _SAMPLE_TWEETS * 20
    analyse(texts[0])
    _ = TextBlob(texts[0]).sentiment  # both warmed up: lexicons loaded
    best_ours, best_blob = _best_of_interleaved(texts, analyse, TextBlob)
    results["tone_analyse_us_per_tweet"] = best_ours / len(texts) * 1e6
    results["textblob_sentiment_us_per_tweet"] = best_blob / len(texts) * 1e6
    results["tone_analyse_vs_textblob_ratio"] = best_ours / best_blob

    # The issue's budget names 280-character posts; the EmoInt tweets are 2017's, most under 140.
    # Neighbouring tweets joined up to 280 characters make posts of several sentences each.
    posts = _posts_of(texts, 280)
    best_ours, best_blob = _best_of_interleaved(posts, analyse, TextBlob)
    results["tone_posts_280_mean_chars"] = statistics.fmean(len(p) for p in posts)
    results["tone_analyse_us_per_280_char_post"] = best_ours / len(posts) * 1e6
    results["textblob_sentiment_us_per_280_char_post"] = best_blob / len(posts) * 1e6
    results["tone_analyse_vs_textblob_ratio_280_chars"] = best_ours / best_blob

    draft = ""
    i = 0
    while len(draft) < 5000:
        draft += _DRAFT_SENTENCES[i % len(_DRAFT_SENTENCES)] + f" (note {i}) "
        i += 1
    draft = draft[:5000]
    analyser = IncrementalAnalyser()
    analyser.update(draft)
    times = []
    for k in range(200):
        pos = 37 + (k * 997) % (len(draft) - 40)
        edited = draft[:pos] + "x" + draft[pos:]
        t0 = time.perf_counter()
        analyser.update(edited)
        times.append((time.perf_counter() - t0) * 1000)
        draft = edited
    results["tone_incremental_rescore_ms_median"] = statistics.median(times)
    t0 = time.perf_counter()
    analyse(draft)
    results["tone_full_analyse_5000_chars_ms"] = (time.perf_counter() - t0) * 1000
    # The second budget: analyse() <= 2x TextBlob on a 5,000-character draft, the same
    # interleaved best-of rounds as for the tweets. Each round scores a fresh copy of the draft
    # (one more "x" each time), so no per-text cache can help either side.
    best_ours = best_blob = math.inf
    for _round in range(20):
        fresh = draft[: len(draft) // 2] + "x" * (_round + 1) + draft[len(draft) // 2 :]
        t0 = time.perf_counter()
        analyse(fresh)
        t1 = time.perf_counter()
        _ = TextBlob(fresh).sentiment
        t2 = time.perf_counter()
        best_ours = min(best_ours, t1 - t0)
        best_blob = min(best_blob, t2 - t1)
    results["tone_analyse_5000_chars_ms_best"] = best_ours * 1000
    results["textblob_sentiment_5000_chars_ms_best"] = best_blob * 1000
    results["tone_analyse_vs_textblob_ratio_5000_chars"] = best_ours / best_blob

    if rows:
        # In-sample since the shipped fit learns from train + dev: a check that the data loaded.
        results["tone_dev_pearson_r_in_sample"] = _pearson(
            [analyse(t).heat for t, _ in rows], [y for _, y in rows]
        )
    # The held-out figures of the shipped settings, as tools/fit_tone.py measured them.
    fitted = json.loads((REPO / "resources" / "tone" / "weights.json").read_text(encoding="utf-8"))
    for key in ("cv_pearson_r", "cv_train_dev_pearson_r", "dev_pearson_r"):
        if fitted.get(key) is not None:
            results[f"tone_fit_{key}"] = fitted[key]
    return results
