"""Test doubles injected into the app services (no monkeypatching needed)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class FakeReport:
    heat: float
    polarity: float
    signals: tuple = ()
    sentences: tuple = ()
    band: str = "calm"


@dataclass
class FakeScorer:
    """Heat from a table of exact texts (default 50, polarity -0.3)."""

    table: dict[str, tuple[float, float]] = field(default_factory=dict)
    warm: bool = True

    def when_warm(self, callback) -> None:
        callback()

    def score(self, _key, text: str) -> FakeReport:
        heat, polarity = self.table.get(text, (50.0, -0.3))
        return FakeReport(heat, polarity)


class Clipboard:
    def __init__(self) -> None:
        self.text: str | None = None

    def __call__(self, text: str) -> None:
        self.text = text
