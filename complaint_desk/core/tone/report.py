"""What the tone engine reports: the signal kinds and their texts, a Signal, a sentence's
heat and the whole ToneReport. Value types only, in a module of their own: the engine
(`tone.engine`) builds them and the package re-exports them, and neither imports the other.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

SIGNAL_KINDS: dict[str, str] = {
    "negative": "Negative wording",
    "anger": "Angry words",
    "hashtag": "Angry hashtags",
    "shouting": "Shouting",
    "exclamation": "Exclamation runs",
    "profanity": "Profanity",
    "insult": "Insults",
    "threat": "Threats & ultimatums",
    "extortion": "Review extortion",
    "absolute": "Absolutes",
    "sarcasm": "Sarcasm",
    "blame": "Blame",
    "learned": "Words rated angry",
    "positive": "Positive wording",
    "fact": "Specific facts",
    "request": "Clear request",
    "learned_calm": "Words rated calm",
}
CALMING = frozenset({"positive", "fact", "request", "learned_calm"})
# Model features shown under another kind: anger the writer owns ("I'm livid") has its own weight
# but is an angry word to the reader.
# Wished violence is a threat to the reader, and an eye-roll after a complaint sarcasm; both have
# their own weight (and violence a floor: tone_model.FLOORS).
SHOWN_AS = {"owned": "anger", "violence": "threat", "eyeroll": "sarcasm"}

SIGNAL_TEXTS: dict[str, tuple[str, str]] = {
    "negative": (
        "“{}” is negative wording",
        "Say what happened in neutral words: “arrived cracked” rather than “terrible”.",
    ),
    "anger": (
        "“{}” names the anger outright",
        "Describe the impact instead: what it cost you in time or money.",
    ),
    "hashtag": ("“{}” is an angry hashtag", "Drop the hashtag and let the facts carry it."),
    "shouting": (
        "“{}” is in capitals, which reads as shouting",
        "Write it in normal case; let the facts give the emphasis.",
    ),
    "exclamation": ("“{}” raises the temperature", "One full stop reads firmer than “!!!”."),
    "profanity": (
        "“{}” is profanity",
        "Leave it out: sites hide such posts and staff stop reading.",
    ),
    "insult": (
        "“{}” is name-calling",
        "Criticise what was done, not the people: “the advice I was given was wrong”.",
    ),
    "threat": (
        "“{}” reads as a threat or ultimatum",
        "State the next step calmly, with a date: “if this isn’t resolved by Friday I will "
        "contact the ombudsman”.",
    ),
    "extortion": (
        "“{}” trades a review for a refund",
        "Ask for the remedy on its own; reviews traded for refunds break most sites’ rules.",
    ),
    "absolute": (
        "“{}” is a sweeping generalisation",
        "Give the count instead: “three times since May”.",
    ),
    "sarcasm": ("“{}” reads as sarcasm", "Say plainly what went wrong."),
    "blame": (
        "“{}” blames people broadly",
        "Address the company and the specific failure.",
    ),
    "learned": (
        "“{}” is a word people rated as angry",
        "Check whether a plainer word says the same thing.",
    ),
    "learned_calm": ("“{}” is a word people rated as calm", "Fine as it is."),
    "positive": ("“{}” softens the tone", "Keep it: courtesy gets answers."),
    "fact": ("“{}” is a specific fact", "Good: facts make the complaint easy to act on."),
    "request": ("“{}” is a clear request", "Good: say exactly what would put it right."),
}


class Signal(NamedTuple):
    """One finding: kind, span [start, end) in the text, and its share of the heat in points.

    A named tuple, not a dataclass: every re-score rebuilds all of a draft's signals (their
    shares depend on the whole draft), a few hundred in a long one, and a tuple is made in a
    third of the time of a frozen dataclass."""

    kind: str
    start: int
    end: int
    weight: float
    reason: str
    suggestion: str

    @property
    def label(self) -> str:
        return SIGNAL_KINDS.get(self.kind, self.kind)


@dataclass(frozen=True, slots=True)
class SentenceScore:
    start: int
    end: int
    heat: float


@dataclass(frozen=True)
class ToneReport:
    heat: float
    band: str
    polarity: float
    signals: tuple[Signal, ...]
    sentences: tuple[SentenceScore, ...]
    base: float = 0.0  # the heat of text with no evidence at all; signal weights add up from it

    @property
    def hottest_sentence(self) -> SentenceScore | None:
        return max(self.sentences, key=lambda s: s.heat, default=None)
