"""Refit the learned guard (resources/tone/learned_guard.tsv): extortion and threat models.

    python tools/fit_guard.py [--data ../shared/data] [--out resources/tone/learned_guard.tsv]

Needs `pip install -r tools/requirements-fit.txt` (numpy, scikit-learn); the app never does.

Labelled examples: the blind rounds in tests/core/test_threat_forms_wider.py (lists named
EXTORTION_ROUND_*, THREATS_ROUND_*, LOOK_ALIKES_ROUND_* and the like: messages written by
sessions that saw none of the rules, what review sites reject beside innocent look-alikes),
read with `ast`, never imported, and the training-only sets of tools/guard_examples.tsv (each a
round of its own). Ordinary text: the 59,404 EmoInt and VADER tweets and
GoEmotions comments in ../shared/data, as negatives weighted 0.2 each (they hold almost no
extortion; the tweets hold a few threats, which the small weight tolerates). Rounds kept for a
held-out check (tests/core/test_learned_guard.py) are in no file this reads. The app's own calm
version of each threat and extortion is a look-alike too: it must never trip the guard. Each
look-alike weighs LOOK_ALIKE_WEIGHT (2) against a trade or threat.

Per kind, a logistic regression (L2, C=10) over `learned_guard.features` (words, word pairs,
3-5 letter pieces; each present feature 1/sqrt(count)); the vocabulary is every feature in at
least 3 labelled messages. Extortion's negatives are the look-alikes and the threats; the
threat model's are the look-alikes (extortion is its own finding). Extortion is read only in a
window naming a remedy (`Model.needs_remedy`). The report is grouped 8-fold
cross-validation: whole rounds are left out together, so a figure is what the model does on a
round written after it, scored by windows as the app scores them.
"""

from __future__ import annotations

import argparse
import ast
import math
import random
import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from complaint_desk.core.posting.learned_guard import (  # noqa: E402
    Model,
    features,
    find_with,
    model_from,
    weights_of,
)

ROUNDS_FILE = REPO / "tests" / "core" / "test_threat_forms_wider.py"
# Training-only sets (written for the fit by helper sessions that saw no rule): set, label, text.
EXAMPLES_FILE = REPO / "tools" / "guard_examples.tsv"
LIST_NAME = re.compile(
    r"^(EXTORTION|THREATS|LOOK_ALIKES|NOT_VIOLENCE|NOT_THREATS|INNOCENT)(?:_(.+))?$"
)
LABEL = {"EXTORTION": "E", "THREATS": "T"}  # everything else is a look-alike ("L")
KINDS = ("extortion", "threat")
HEADER = (
    "# The learned guard (core/posting/learned_guard.py): @kinds, then @bias and",
    "# @threshold with a value per kind, then feature<TAB>weight per kind (0: none).",
    "# Written by tools/fit_guard.py (logistic regression over learned_guard.features),",
    "# fitted on the blind rounds in tests/core/test_threat_forms_wider.py and",
    "# tools/guard_examples.tsv, the app's calm versions of them and, as ordinary text,",
    "# the EmoInt, VADER-tweet and GoEmotions texts of ../shared/data. No text is shipped.",
)
THRESHOLDS = {"extortion": 0.6, "threat": 0.8}
POSITIVE = {"extortion": "E", "threat": "T"}
NEGATIVES = {"extortion": ("L", "T"), "threat": ("L",)}
CORPUS_WEIGHT = 0.2
LOOK_ALIKE_WEIGHT = 2.0  # an innocent look-alike (or calm version) counts twice a trade or threat
C_REG = 10.0
MIN_DF = 3
FOLDS = 8
KEEP = 0.3  # smaller weights are left out: 8,600 of 22,000 kept, ~0.8 MB less, recall 0.79 -> 0.77


def read_rounds(path: Path = ROUNDS_FILE) -> dict[str, dict[str, list[str]]]:
    """{round: {"E"|"T"|"L": [messages]}} from the test module's list literals."""
    rounds: dict[str, dict[str, list[str]]] = {}
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if not (isinstance(node, ast.Assign) and isinstance(node.value, ast.List)):
            continue
        for target in node.targets:
            m = LIST_NAME.match(getattr(target, "id", ""))
            if not m:
                continue
            texts = [
                e.value
                for e in node.value.elts
                if isinstance(e, ast.Constant) and isinstance(e.value, str)
            ]
            label = LABEL.get(m.group(1), "L")
            rounds.setdefault(m.group(2) or m.group(1), {}).setdefault(label, []).extend(texts)
    return rounds


def read_examples(rounds: dict[str, dict[str, list[str]]], path: Path = EXAMPLES_FILE) -> None:
    """Add the training-only sets (`set<TAB>E|T|L<TAB>text`, # comments) as rounds of their own."""
    if not path.exists():
        return
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, label, text = line.split("\t", 2)
            rounds.setdefault(name, {}).setdefault(label, []).append(text)


def read_corpus(data: Path) -> list[str]:
    """The shared-data texts as ordinary text: EmoInt and VADER tweets read as the tone fit reads
    them (`fit_tone.load_emoint`, `load_vader_tweets`), and GoEmotions comments."""
    from fit_tone import load_emoint, load_vader_tweets

    texts = [
        text
        for name in ("anger-ratings-0to1.train.txt", "anger-ratings-0to1.dev.gold.txt")
        for text, _rating in load_emoint(data / "emoint-anger" / name)
    ]
    vader = load_vader_tweets(data / "vader-tweets" / "tweets_GroundTruth.txt")
    texts += [text for text, _rating in vader]
    for split in ("train", "dev", "test"):
        for line in (data / "goemotions" / f"{split}.tsv").read_text(encoding="utf-8").splitlines():
            texts.append(line.split("\t")[0])
    return texts


def add_calm_versions(rounds: dict[str, dict[str, list[str]]]) -> None:
    """The app's own calm version of every threat and extortion joins its round as a look-alike
    ("C"): it asks for the remedy and names a next step, and the guard must not flag the wording
    the site rules tell the user to use."""
    from complaint_desk.core.rewrite import calm_version

    for r in rounds.values():
        originals = r.get("E", []) + r.get("T", [])
        r["C"] = [
            c for c in (calm_version(t) for t in originals) if c.strip() and c not in originals
        ]


def split(
    rounds: dict[str, dict[str, list[str]]], names: list[str], kind: str
) -> tuple[list[str], list[str]]:
    pos = [t for n in names for t in rounds[n].get(POSITIVE[kind], [])]
    neg = [t for n in names for label in (*NEGATIVES[kind], "C") for t in rounds[n].get(label, [])]
    return pos, neg


def fit(
    pos: list[str], neg: list[str], corpus: list[str], threshold: float, needs_remedy: bool = False
) -> Model:
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    df = Counter(f for t in pos + neg for f in features(t))
    vocab = {f for f, c in df.items() if c >= MIN_DF}

    def row(text: str) -> dict[str, float]:
        found = features(text)
        v = 1.0 / math.sqrt(max(len(found), 1))
        return {f: v for f in found if f in vocab}

    vectors = DictVectorizer()
    x = vectors.fit_transform([row(t) for t in pos + neg + corpus])
    y = np.r_[np.ones(len(pos)), np.zeros(len(neg) + len(corpus))]
    weight = np.r_[
        np.ones(len(pos)), np.full(len(neg), LOOK_ALIKE_WEIGHT), np.full(len(corpus), CORPUS_WEIGHT)
    ]
    clf = LogisticRegression(C=C_REG, max_iter=5000).fit(x, y, sample_weight=weight)
    names = vectors.get_feature_names_out()
    weights = {str(names[i]): float(w) for i, w in enumerate(clf.coef_[0]) if abs(w) >= KEEP}
    return model_from(float(clf.intercept_[0]), threshold, weights, needs_remedy)


def cross_validate(rounds: dict[str, dict[str, list[str]]], corpus: list[str], kind: str) -> None:
    rng = random.Random(0)
    names = sorted(rounds)
    rng.shuffle(names)
    order = list(range(len(corpus)))
    rng.shuffle(order)
    caught = flagged = corpus_flagged = n_pos = n_neg = 0
    for k in range(FOLDS):
        test = set(names[k::FOLDS])
        pos, neg = split(rounds, [n for n in names if n not in test], kind)
        held_corpus = {i for i in order[k::FOLDS]}
        kept = [t for i, t in enumerate(corpus) if i not in held_corpus]
        model = fit(pos, neg, kept, THRESHOLDS[kind], kind == "extortion")
        tpos, tneg = split(rounds, sorted(test), kind)
        caught += sum(bool(find_with(model, t)) for t in tpos)
        flagged += sum(bool(find_with(model, t)) for t in tneg)
        corpus_flagged += sum(bool(find_with(model, corpus[i])) for i in held_corpus)
        n_pos += len(tpos)
        n_neg += len(tneg)
    print(
        f"{kind}: rounds left out caught {caught}/{n_pos} ({caught / n_pos:.3f}); "
        f"look-alikes flagged {flagged}/{n_neg} ({flagged / n_neg:.3f}); "
        f"ordinary texts flagged {corpus_flagged}/{len(corpus)}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument(
        "--out", type=Path, default=REPO / "resources" / "tone" / "learned_guard.tsv"
    )
    parser.add_argument("--no-cv", action="store_true", help="skip the cross-validation report")
    args = parser.parse_args()
    rounds = read_rounds()
    read_examples(rounds)
    add_calm_versions(rounds)
    corpus = read_corpus(args.data)
    counts = {label: sum(len(r.get(label, [])) for r in rounds.values()) for label in "ETLC"}
    print(
        f"{len(rounds)} rounds: {counts['E']} extortion, {counts['T']} threats, {counts['L']} "
        f"look-alikes, {counts['C']} calm versions"
    )
    fitted: dict[str, Model] = {}
    for kind in KINDS:
        if not args.no_cv:
            cross_validate(rounds, corpus, kind)
        pos, neg = split(rounds, sorted(rounds), kind)
        fitted[kind] = fit(pos, neg, corpus, THRESHOLDS[kind], kind == "extortion")
        print(f"{kind}: {len(weights_of(fitted[kind]))} weights")
    weights = {kind: weights_of(model) for kind, model in fitted.items()}
    lines = [
        *HEADER,
        "@kinds\t" + "\t".join(KINDS),
        "@bias\t" + "\t".join(f"{fitted[k].bias:.4f}" for k in KINDS),
        "@threshold\t" + "\t".join(str(fitted[k].threshold) for k in KINDS),
    ]
    for feature in sorted({f for table in weights.values() for f in table}):
        row = (f"{weights[k][feature]:.4f}" if feature in weights[k] else "0" for k in KINDS)
        lines.append(feature + "\t" + "\t".join(row))
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
