"""What the readers a user meets say of a text, for the blind rounds' tests: the tone engine's
signals in the editor and Trustpilot's site rules at Copy out; and the check every calm version
written from a round's drafts must pass."""

from __future__ import annotations

import re

from complaint_desk.core.posting import site_rules
from complaint_desk.core.rewrite import calm_version, fact_tokens
from complaint_desk.core.tone import analyse

GUARDED = {"threat", "extortion", "violence"}


def kinds(text: str) -> set[str]:
    return {s.kind for s in analyse(text).signals}


def site_flags(text: str) -> set[str]:
    return {i.rule for i in site_rules.check(text, "trustpilot")}


def read_as_threat(text: str) -> bool:
    """Whether the editor reads a threat (or extortion, or wished violence) in `text`, or
    Trustpilot's rules flag a threat."""
    return bool(GUARDED & kinds(text)) or "no_threats" in site_flags(text)


def reads_threat(text: str) -> bool:
    """Whether the threat table's forms or the tone engine read a threat in `text` (narrower than
    `read_as_threat`: no extortion, no wished violence, no site rule)."""
    from complaint_desk.core.posting import threat_forms

    return bool(threat_forms.find_threats(text)) or "threat" in kinds(text)


def read_as_extortion(text: str) -> bool:
    return "extortion" in kinds(text) or "no_extortion" in site_flags(text)


def assert_calm_reads_plainly(draft: str, kept: str, gone: str) -> None:
    """The calm version keeps `kept`, holds nothing `gone` matches, reads calm and keeps every
    fact token of the draft."""
    calm = calm_version(draft)
    assert kept in calm, calm
    assert not re.search(gone, calm, re.IGNORECASE), calm
    assert analyse(calm).heat < 25
    assert [t for t in fact_tokens(draft) if t not in fact_tokens(calm)] == []


def assert_round_reads(round_module, *, innocent: int, sincere: int, pairs: int) -> None:
    """A blind round after the fixes written from it: every threat and trade read, at least
    `innocent` look-alikes and `sincere` sincere messages left alone, at least `pairs` calm/heated
    pairs 10 points apart, and every calm version of its drafts calm (heat < 25), holding every
    fact token and at least 40 % of the draft's length."""
    from complaint_desk.core.rewrite import fact_tokens_kept

    assert all(map(read_as_threat, round_module.THREATS))
    assert all(map(read_as_extortion, round_module.EXTORTION))
    left = [t for t in round_module.LOOK_ALIKES if not read_as_threat(t)]
    assert len(left) >= innocent
    plain = [t for t in round_module.SINCERE if not {"sarcasm", "eyeroll"} & kinds(t)]
    assert len(plain) >= sincere
    margins = [analyse(hot).heat - analyse(calm).heat for calm, hot in round_module.PAIRS]
    assert sum(m >= 10 for m in margins) >= pairs
    for draft in round_module.CALM_DRAFTS:
        calm = calm_version(draft)
        assert analyse(calm).heat < 25 and fact_tokens_kept(draft, calm)
        assert len(calm) >= 0.4 * len(draft)


def assert_round_floor(
    round_module,
    *,
    threats: int,
    extortion: int,
    innocent: int,
    sincere: int,
    pairs: int | None = None,
    calm_drafts: bool = False,
) -> None:
    """A blind round's reading when last measured, held as a floor for later work: at least
    `threats` threats and `extortion` trades read, `innocent` look-alikes and `sincere` sincere
    messages left alone; with `pairs`, at least that many calm/heated pairs 10 points apart;
    with `calm_drafts`, every calm version of its drafts calm (heat < 25), holding every fact
    token and at least 40 % of the draft's length."""
    from complaint_desk.core.rewrite import fact_tokens_kept

    assert sum(map(read_as_threat, round_module.THREATS)) >= threats
    assert sum(map(read_as_extortion, round_module.EXTORTION)) >= extortion
    assert sum(not read_as_threat(t) for t in round_module.LOOK_ALIKES) >= innocent
    assert sum(not {"sarcasm", "eyeroll"} & kinds(t) for t in round_module.SINCERE) >= sincere
    if pairs is not None:
        margins = [analyse(hot).heat - analyse(calm).heat for calm, hot in round_module.PAIRS]
        assert sum(m >= 10 for m in margins) >= pairs
    if calm_drafts:
        for draft in round_module.CALM_DRAFTS:
            calm = calm_version(draft)
            assert analyse(calm).heat < 25 and fact_tokens_kept(draft, calm), calm
            assert len(calm) >= 0.4 * len(draft)
