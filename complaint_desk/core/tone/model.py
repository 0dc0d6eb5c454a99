"""The heat model: a monotone squash of weighted signal features, and where each point came from.

z = bias + w_net * net_tone + sum_k w_k * log1p(S_k), where S_k is the summed strength of the
kind-k evidence and net_tone = -(P - N) / sqrt((P - N)^2 + 1) weighs negative wording N against
positive wording P (a VADER-style compound, -1..1); heat = 100 * link(z). The link is either the
logistic sigmoid or, when weights.json gives a ramp rate k, a smooth ramp that is 0.1 at the bias
(text with no evidence reads 10), rises as 0.1 + 0.9 * (1 - exp(-k (z - bias))) above it and
falls as 0.1 * exp(9 k (z - bias)) below it: closer to linear in rated anger than the sigmoid over
the 10-50 range most text lives in (tools/fit_tone.py picks it by cross-validation).
Hostile kinds (and w_net) have w_k >= 0 and calming kinds w_k <= 0, so adding hostile evidence
never lowers the heat.
The weights are fitted by tools/fit_tone.py and shipped in resources/tone/weights.json.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from complaint_desk.core.resources import read_text
from complaint_desk.core.tone.detect import CALMING_KINDS, HOSTILE_KINDS

KINDS = HOSTILE_KINDS + CALMING_KINDS
NET = "net_tone"  # the feature weighing negative against positive wording
FEATURES = (NET,) + KINDS

# Hand-set, not fitted (resources/tone/README.md, "Eye-rolls and wished violence").
EYEROLL_WEIGHT = 1.0
# A text (or sentence) holding any evidence of these kinds reads at least this heat, whatever the
# rest of the model says: wished violence ("I hope your warehouse burns down") is heated. Applied
# after the link, so no fitted weight can undo it; the points it adds are the kind's own.
FLOORS: dict[str, float] = {"violence": 55.0}

# Used when weights.json is missing, and as the prior the fit shrinks towards.
PRIOR_BIAS = -2.2  # sigmoid(-2.2) = 0.10: text with no evidence reads 10/100
PRIOR_WEIGHTS: dict[str, float] = {
    NET: 1.0,
    "negative": 1.0,
    "anger": 1.2,
    "owned": 1.5,
    "hashtag": 1.0,
    "shouting": 0.8,
    "exclamation": 0.6,
    "profanity": 1.2,
    "insult": 1.5,
    "threat": 1.5,
    "extortion": 2.0,
    "absolute": 0.4,
    "sarcasm": 0.8,
    "blame": 0.8,
    "learned": 1.0,
    # Not in the tweets' fit (too rare there to learn; see FLOORS and tools/fit_tone.py
    # MIN_WEIGHT): wished violence as strong as a threat, an eye-roll after a complaint set so
    # it adds a clear step of heat without making a mild sentence heated on its own.
    "violence": 2.0,
    "eyeroll": EYEROLL_WEIGHT,
    "positive": -0.6,
    "fact": -0.4,
    "request": -0.5,
    "learned_calm": -0.5,
}


@dataclass(frozen=True)
class Weights:
    bias: float
    weights: Mapping[str, float]
    ramp: float | None = None  # None: logistic link; else the ramp rate k
    spread: tuple[float, float] | None = None  # (knee, gain) of spread(), or None


@cache
def load_weights() -> Weights:
    try:
        data = json.loads(read_text("tone", "weights.json"))
    except FileNotFoundError:
        return Weights(PRIOR_BIAS, dict(PRIOR_WEIGHTS))
    weights = {k: float(data["weights"].get(k, PRIOR_WEIGHTS[k])) for k in FEATURES}
    # Guard the monotonicity promise even against a hand-edited file.
    for k in (NET, *HOSTILE_KINDS):
        weights[k] = max(0.0, weights[k])
    for k in CALMING_KINDS:
        weights[k] = min(0.0, weights[k])
    ramp = data.get("ramp")
    ramp = None if ramp is None else max(0.01, float(ramp))
    top = data.get("spread")
    stretch = None if not top else (float(top["knee"]), max(0.0, float(top["gain"])))
    return Weights(float(data["bias"]), weights, ramp, stretch)


@cache
def model_id() -> str:
    """A fingerprint of what turns text into heat: the tone data files, the tone modules' source
    and VADER's lexicon. Stored with each revision so the hold compares heats of one model only
    (core.hold): an update that reads the same words hotter must not restart a hold. A few ms."""
    import hashlib
    from pathlib import Path

    from complaint_desk.core.resources import resource_path

    files = sorted(Path(__file__).parent.glob("*.py"))  # this package: the tone engine
    files += sorted(
        p for p in resource_path("tone").iterdir() if p.suffix in (".tsv", ".json", ".txt")
    )
    digest = hashlib.sha256()
    for path in files:
        if path.is_file():
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def link(z: float, bias: float, ramp: float | None) -> float:
    """Heat fraction 0..1 for a score z; monotone increasing."""
    if ramp is None:
        return _sigmoid(z)
    d = z - bias
    if d >= 0:
        return 0.1 + 0.9 * -math.expm1(-ramp * d)
    return 0.1 * math.exp(max(-700.0, 9.0 * ramp * d))


def spread(f: float, top: tuple[float, float] | None) -> float:
    """Stretch the top of the heat scale, monotone and fixed by hand (not fitted): the fit matches
    tweets with a collection offset the app never adds, so their heat tops out low (the hottest
    rated tweets read in the 70s). Up to the knee the fraction is unchanged; above it it rises
    gain / (1 - exp(-gain)) times as steeply at first and flattens towards 1."""
    if top is None:
        return f
    knee, gain = top
    if f <= knee or gain <= 0.0:
        return f
    u = (f - knee) / (1.0 - knee)
    return knee + (1.0 - knee) * -math.expm1(-gain * u) / -math.expm1(-gain)


def link_slope(z: float, bias: float, ramp: float | None) -> float:
    if ramp is None:
        s = _sigmoid(z)
        return s * (1.0 - s)
    d = z - bias
    return 0.9 * ramp * math.exp(-ramp * d if d >= 0 else max(-700.0, 9.0 * ramp * d))


def features(sums: Mapping[str, float]) -> dict[str, float]:
    """The model's inputs from summed evidence strengths per kind."""
    out = {k: math.log1p(t) for k, t in sums.items() if t > 0.0}
    net = sums.get("positive", 0.0) - sums.get("negative", 0.0)
    if net:
        out[NET] = -net / math.sqrt(net * net + 1.0)
    return out


def heat_of(sums: Mapping[str, float], weights: Weights | None = None) -> float:
    weights = weights or load_weights()
    w = weights.weights
    z = weights.bias + sum(w[k] * f for k, f in features(sums).items())
    return floored(100.0 * spread(link(z, weights.bias, weights.ramp), weights.spread), sums)


def floored(heat: float, sums: Mapping[str, float]) -> float:
    """The heat raised to the FLOORS of the kinds present (monotone: evidence can only add one)."""
    for kind, floor in FLOORS.items():
        if heat < floor and sums.get(kind, 0.0) > 0.0:
            heat = floor
    return heat


def score(
    sums: Mapping[str, float], weights: Weights | None = None
) -> tuple[float, float, dict[str, float]]:
    """(heat, base heat, points per feature). The points add up to heat - base exactly."""
    weights = weights or load_weights()
    w = weights.weights
    contributions = {k: w[k] * f for k, f in features(sums).items()}
    z0 = weights.bias
    z = z0 + sum(contributions.values())
    base = 100.0 * spread(link(z0, z0, weights.ramp), weights.spread)
    heat = 100.0 * spread(link(z, z0, weights.ramp), weights.spread)
    if abs(z - z0) > 1e-9:
        slope = (heat - base) / (z - z0)  # secant of the squash: shares stay proportional
    else:
        slope = 100.0 * link_slope(z0, z0, weights.ramp)
    points = {k: c * slope for k, c in contributions.items()}
    lifted = floored(heat, sums)
    if lifted > heat:
        # The floor's points belong to the kinds that set it (all present kinds with that
        # floor share it by their own points; none has fewer than zero).
        kinds = [k for k, f in FLOORS.items() if f >= lifted and sums.get(k, 0.0) > 0.0]
        for k in kinds:
            points[k] = points.get(k, 0.0) + (lifted - heat) / len(kinds)
        heat = lifted
    return heat, base, points
