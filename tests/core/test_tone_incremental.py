"""IncrementalAnalyser: same report as analyse(), re-analysing only changed sentences."""

from __future__ import annotations

from complaint_desk.core.tone import IncrementalAnalyser, analyse

DRAFT = (
    "I ordered a fridge on 3 May and paid £499. It never arrived!! "
    "You people keep telling me it is on the way. Great job.\n"
    "I would like a refund, please. Thanks for nothing."
)


def test_update_equals_analyse() -> None:
    analyser = IncrementalAnalyser()
    text = DRAFT
    for edit in ("", " Idiots.", " OK", "!!!"):
        text = text + edit
        assert analyser.update(text) == analyse(text)


def test_one_character_edit_reanalyses_one_sentence() -> None:
    analyser = IncrementalAnalyser()
    big = " ".join(f"Sentence number {i} says the parcel was late." for i in range(120))
    analyser.update(big)
    assert analyser.last_reanalysed == 120
    edited = big[:30] + "x" + big[30:]
    report = analyser.update(edited)
    assert analyser.last_reanalysed == 1
    assert report == analyse(edited)


def test_sentence_scores_cover_the_sentences() -> None:
    report = analyse(DRAFT)
    assert len(report.sentences) == 6
    hottest = report.hottest_sentence
    assert hottest is not None
    assert all(0 <= s.start < s.end <= len(DRAFT) for s in report.sentences)
