"""The regex sentence splitter (no NLTK data)."""

from __future__ import annotations

import pytest

from complaint_desk.core.tone.split import split_spans


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr. Smith called. He was rude.", ["Mr. Smith called.", "He was rude."]),
        ("It costs 3.5 pounds. Too much.", ["It costs 3.5 pounds.", "Too much."]),
        (
            "See https://example.com/a.b?x=1. Then call.",
            ["See https://example.com/a.b?x=1.", "Then call."],
        ),
        ("Really?! Yes.", ["Really?!", "Yes."]),
        ("I waited... and waited... Nothing.", ["I waited... and waited...", "Nothing."]),
        ("Line one\nLine two", ["Line one", "Line two"]),
        ("Order No. 5 is late. Dr. Who agrees.", ["Order No. 5 is late.", "Dr. Who agrees."]),
        ("", []),
        ("   \n  ", []),
        ("No full stop at the end", ["No full stop at the end"]),
    ],
)
def test_split(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected
