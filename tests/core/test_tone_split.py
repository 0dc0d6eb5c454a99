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
        ("I paid Rs. 2,300 for it. Nothing came.", ["I paid Rs. 2,300 for it.", "Nothing came."]),
        ("", []),
        ("   \n  ", []),
        ("No full stop at the end", ["No full stop at the end"]),
        # "no." before a code with a digit numbers it too.
        ("Order no. FR-99812 came late. Sad.", ["Order no. FR-99812 came late.", "Sad."]),
        ("Did you say no. Fine.", ["Did you say no.", "Fine."]),
        # "?" or "!" ends a sentence even before a lower-case word; a quoted one may not.
        ("how hard is it??? tracking says 14.", ["how hard is it???", "tracking says 14."]),
        ('He said "why?" and left.', ['He said "why?" and left.']),
        # The pronoun "i" in lower case starts a sentence, and so does any word after a word's
        # full stop, as a writer who never capitalises means it; not after an abbreviation, a
        # number or a quoted full stop.
        ("It went to 14. i live at 41.", ["It went to 14.", "i live at 41."]),
        ("It took approx. five days.", ["It took approx. five days."]),
        (
            "he left. thats 3 weeks ago. no part no call.",
            ["he left.", "thats 3 weeks ago.", "no part no call."],
        ),
        ("e.g. this one. and that.", ["e.g. this one.", "and that."]),
        ("It cost 3. pounds", ["It cost 3. pounds"]),
        ('He said "fine." then hung up.', ['He said "fine." then hung up.']),
        # A letter ending a code is no initial; "J. R. Smith" keeps its initials.
        ("Order 2025-77812-B. Useless.", ["Order 2025-77812-B.", "Useless."]),
        ("J. R. Smith called.", ["J. R. Smith called."]),
        # A run of emoji before a capitalised word ends a sentence; before a code it does not.
        ("Have a nice day 🙃🙃 Order 5512.", ["Have a nice day 🙃🙃", "Order 5512."]),
        ("I ❤️ NY and so 😡 about it", ["I ❤️ NY and so 😡 about it"]),
        # A month or "Ltd." ends a sentence before a capital; not before a number or a code.
        ("On 2 Dec. It's now 9 Dec. Liar.", ["On 2 Dec.", "It's now 9 Dec.", "Liar."]),
        ("Paid on 3 Dec. 2025 in full.", ["Paid on 3 Dec. 2025 in full."]),
        ("Acme Ltd. The shop.", ["Acme Ltd.", "The shop."]),
        ("Ref. AB123 was given.", ["Ref. AB123 was given."]),
    ],
)
def test_split(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected
