"""Calm and heated rewrites of the same complaint: the order a person would put them in.

The pairs (tests/core/data/tone_rewrites.tsv) are written for this test and never used by the fit
(tools/fit_tone.py reads only its own anchors), so they check the shipped weights on drafts the
model has not seen. Each is a complaint a user could send either way: the same facts, once
firmly and politely, once with insults, shouting, threats or ultimatums.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from complaint_desk.core.tone import analyse

_FILE = Path(__file__).parent / "data" / "tone_rewrites.tsv"
PAIRS = [
    tuple(line.split("\t"))
    for line in _FILE.read_text(encoding="utf-8").splitlines()
    if line and not line.startswith("#")
]


def test_the_file_holds_the_pairs():
    assert len(PAIRS) >= 15 and all(len(p) == 2 for p in PAIRS)


@pytest.mark.parametrize(("calm", "heated"), PAIRS, ids=[c[:30] for c, _h in PAIRS])
def test_the_heated_rewrite_reads_clearly_hotter(calm, heated):
    cool, hot = analyse(calm), analyse(heated)
    assert hot.heat >= cool.heat + 15, (cool.heat, hot.heat)
    assert hot.band in ("heated", "furious") or hot.heat >= 35


@pytest.mark.parametrize("calm", [c for c, _h in PAIRS], ids=[c[:30] for c, _h in PAIRS])
def test_the_calm_rewrite_is_not_held_long(calm):
    # Calm or at most just into "firm": a factual complaint should wait close to the minimum.
    assert analyse(calm).heat < 30


def test_praise_made_sarcastic_by_the_sentence_before_is_named_sarcasm():
    # Alone, "Customer service at its finest." is praise; after a failure it is sarcasm, and the
    # reason given for leaving it out says so.
    from complaint_desk.core.rewrite import suggestions

    text = "Forty minutes on hold, then the line closes on me. Customer service at its finest."
    items = suggestions(text)
    finest = [s for s in items if "finest" in text[s.start : s.end]]
    assert finest and finest[0].replacement == ""
    assert finest[0].reason == "Calmer without: sarcasm."


def test_intensifying_swears_go_without_leaving_a_stub():
    # "grown-ass adults" had become "grown- adults", "intentional as fuck" "intentional as."
    from complaint_desk.core.rewrite import calm_version

    assert calm_version("Grown-ass adults left the parcel in the rain.").startswith("Grown adults")
    calm = calm_version("That was intentional as fuck. The refund is late.")
    assert calm.startswith("That was intentional."), calm


def test_rubbish_as_a_verdict_goes_with_its_intensifier_and_litter_stays_litter():
    from complaint_desk.core.rewrite import calm_version

    # "Your service is absolute rubbish." had become "…is absolute not acceptable."
    assert calm_version("Your service is absolute rubbish.") == "Your service is not acceptable."
    # What was left behind is a thing, said as it was: "left his garbage", "left trash".
    calm = calm_version("The engineer left his garbage in my kitchen. Disgusting.")
    assert calm.startswith("The engineer left his garbage in my kitchen."), calm


def test_a_sentence_added_after_one_with_no_stop_starts_a_new_sentence():
    # "guys irritate me" + the added request had read "Guys irritate me I would like this…"
    from complaint_desk.core.rewrite import calm_version

    calm = calm_version("guys irritate me")
    assert ". I would like this resolved." in calm or calm.endswith("."), calm
    assert " me I " not in calm, calm


def test_no_offence_goes_with_what_it_softened():
    from complaint_desk.core.rewrite import calm_version

    calm = calm_version("No offence, but your managers are clowns. Order 5512 is still missing.")
    assert "offence" not in calm and "Order 5512 is still missing." in calm, calm
