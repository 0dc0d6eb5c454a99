"""Threat and extortion forms, compiled from the data table `resources/tone/threat_forms.tsv`.

One table feeds the tone engine (as "threat"/"extortion" phrases), the calm rewrite and the site
rules (extortion blocks a review site's copy). Its [pairs] section reads a menace told across
sentences by two slots (`menaces_across`), which this module runs for both. Importing this module
is cheap; the table is read on first use.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache, lru_cache
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from complaint_desk.core.tone.prefilter import GuardSet

KINDS = ("extortion", "threat", "trade", "menace", "ultimatum")
# Kinds only the site rules read: the tone engine takes a fair next step with a deadline as calm.
SITE_RULES_ONLY = frozenset(("ultimatum",))
_SLOT = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")


class _Table(NamedTuple):
    slots: dict[str, str]  # name -> regex source, its own slots filled in
    forms: dict[str, tuple[str, ...]]  # kind -> forms, slots filled in
    pairs: tuple[tuple[str, str], ...]  # the menace pairs' slot names (first, second)
    gate: tuple[str, ...]  # slots one of which every pair holds: the tone engine looks for them


@cache
def _table() -> _Table:
    from complaint_desk.core.resources import read_text

    slots: dict[str, str] = {}
    out: dict[str, list[str]] = {k: [] for k in KINDS}
    pairs: list[tuple[str, str]] = []
    gate: tuple[str, ...] = ()
    section = None
    for raw in read_text("tone", "threat_forms.tsv").splitlines():
        line = raw.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("[") and line.rstrip().endswith("]"):
            section = line.strip()[1:-1]
            continue
        key, _, value = line.partition("\t")
        if section == "pairs":
            names = tuple(value.strip().split("\t"))
            for name in names:
                if name not in slots:
                    raise ValueError(f"threat_forms.tsv: unknown slot {name} in [pairs]")
            if key.strip() == "gate":
                gate = names
            else:
                pairs.append((names[0], names[1]))
            continue
        value = _fill(either_apostrophe(value.strip()), slots)
        if section == "slots":
            slots[key.strip()] = value
        elif section == "forms" and key.strip() in out:
            out[key.strip()].append(value)
    for pair in pairs:
        if gate and not set(pair) & set(gate):
            raise ValueError(f"threat_forms.tsv: the pair {pair} holds no slot of the gate")
    return _Table(slots, {k: tuple(v) for k, v in out.items()}, tuple(pairs), gate)


def forms() -> dict[str, tuple[str, ...]]:
    """Kind -> the table's forms with their slots filled in (regex source, lower-case text)."""
    return _table().forms


def either_apostrophe(line: str) -> str:
    """A pattern line (phrases.txt, calmer.tsv, this table) with each ' matching ' or ’: ['’]
    in the open, both characters inside a character class ("[\\w'-]", "(?<![\\w'])"), where a
    nested ['’] would end the class early (two forms here had read "[\\w'-]" as a class that
    ended at the apostrophe, so their few words in between never matched)."""
    out: list[str] = []
    in_class = escaped = False
    for i, c in enumerate(line):
        if escaped:
            escaped = False
            out.append(c)
            continue
        if c == "\\":
            escaped = True
        elif c == "[" and not in_class:
            in_class = True
        elif c == "]" and in_class and line[i - 1] not in "[^":
            in_class = False
        elif c == "'":
            c = "'’" if in_class else "['’]"
        out.append(c)
    return "".join(out)


def _fill(value: str, slots: dict[str, str]) -> str:
    def slot(m: re.Match[str]) -> str:
        name = m.group(1)
        if name not in slots:
            raise ValueError(f"threat_forms.tsv: unknown slot {{{name}}}")
        return slots[name]

    return _SLOT.sub(slot, value)


def source(kind: str) -> str:
    """One alternation of a kind's forms, on whole words of lower-cased text, as the tone engine
    writes its phrases (not compiled: `find` runs it form by form, and the forms compiled for the
    tone engine are the same patterns, compiled once)."""
    from complaint_desk.core.tone.prefilter import PHRASE_HEAD, PHRASE_TAIL

    return PHRASE_HEAD + "|".join(_parts(kind)) + PHRASE_TAIL


def _parts(kind: str) -> tuple[str, ...]:
    from complaint_desk.core.tone.prefilter import phrase_part

    return tuple(phrase_part(f) for f in forms()[kind]) or (r"(?!x)x",)


@cache
def _guard() -> GuardSet:
    """The table's kinds behind the tone engine's prefilter: each form compiled on its own and
    tried only in texts holding the strings it needs. Compiled whole and case-blind, the
    extortion forms' ~200 KB alternation held ~13 MB (its compile a peak of ~25 MB) beside the
    tone engine's own copy of the same forms; the matches are the alternation's."""
    from complaint_desk.core.tone.prefilter import PHRASE_HEAD, PHRASE_TAIL, GuardSet, Source

    return GuardSet(
        {kind: Source(source(kind)) for kind in KINDS},
        fine=0,
        alternatives={kind: (PHRASE_HEAD, _parts(kind), PHRASE_TAIL) for kind in KINDS},
        key_chars=8,  # read on Copy out, not per keystroke: a smaller automaton to build
    )


def find(text: str, kind: str) -> list[tuple[int, int]]:
    """Spans of the kind's forms in `text`, the same as the case-blind alternation's; and, where
    `text` holds text-speak ("ur", "wud", "sumthin": `textspeak`), those of its spelt-out copy,
    as spans of `text`."""
    from complaint_desk.core.posting.textspeak import spelt_out
    from complaint_desk.core.tone.prefilter import lower_keeping_length

    lowered = lower_keeping_length(text)
    spans = _spans(lowered, kind)
    spelt = spelt_out(lowered)
    if spelt is not None:
        more = [spelt.span_of(a, b) for a, b in _spans(spelt.text, kind)]
        spans = sorted(set(spans).union(s for s in more if not _overlaps(s, spans)))
    return spans


def _spans(lowered: str, kind: str) -> list[tuple[int, int]]:
    matcher = _guard().narrow(frozenset((kind,)), lowered).get(kind)
    if matcher is None:
        return []
    return [m.span() for m in matcher.finditer(lowered) if m.end() > m.start()]


def _overlaps(span: tuple[int, int], spans: Iterable[tuple[int, int]]) -> bool:
    return any(a < span[1] and span[0] < b for a, b in spans)


def find_extortion(text: str) -> list[tuple[int, int]]:
    """The extortion forms' spans; where there are none, the trades' (a remedy, a public act
    and a link between them, in any wording: the table's "trade" kind), which are extortion
    too, only tried last. A span whose sentence, or one beside it, disclaims a deal ("No
    compensation asked.", `disclaimers.disclaims`) is left out."""
    spans = find(text, "extortion") or find(text, "trade")
    return [span for span in spans if not _disclaimed_near(text, span)] if spans else spans


def _disclaimed_near(text: str, span: tuple[int, int]) -> bool:
    from complaint_desk.core.posting.disclaimers import disclaims, says_either_or
    from complaint_desk.core.tone.split import split_spans

    if says_either_or(text[span[0] : span[1]]):
        return False
    sentences = split_spans(text)
    held = [i for i, (a, b) in enumerate(sentences) if a < span[1] and span[0] < b] or [0]
    first, last = max(0, held[0] - 1), min(len(sentences), held[-1] + 2)
    return disclaims("extortion", " ".join(text[a:b] for a, b in sentences[first:last]))


def find_ultimatums(text: str) -> list[tuple[int, int]]:
    """Deadlines with a consequence, legal threats and "or else" (the table's "ultimatum" kind):
    what a review site refuses, so only the site rules read them. A deadline met by a formal
    next step and nothing public ("…or I'll take it to the ombudsman") is left out: it says what
    "If this is not resolved by Friday, I will refer it to the ombudsman" says, which no form
    reads (`_fair_next_step`)."""
    spans = find(text, "ultimatum")
    return [s for s in spans if not _fair_next_step(text[s[0] : s[1]])] if spans else spans


def _fair_next_step(span: str) -> bool:
    """An ultimatum told as a condition ("…or I will…", "unless…, I will…") whose consequence
    names a formal step (the table's UL_FORMAL) or taking one's custom elsewhere (UL_LEAVE), and
    no public act (PUBLIC), "or else" or harm."""
    from complaint_desk.core.tone.prefilter import lower_keeping_length

    lowered = lower_keeping_length(span)
    parts = _formal_parts()
    step = parts["condition"].search(lowered)
    if step is None or parts["menace"].search(lowered):
        return False
    consequence = lowered[step.end() :]
    return (
        parts["formal"].search(consequence) is not None
        and parts["public"].search(consequence) is None
    )


@cache
def _formal_parts() -> dict[str, re.Pattern[str]]:
    table = _table()
    return {
        "condition": re.compile(
            rf"(?:\bor,? |\bunless\b.*?)(?:{table.slots['UL_WILL']})\b|\bbefore (?:i|we)\b"
        ),
        "formal": re.compile(
            rf"(?<![\w'’])(?:{table.slots['UL_FORMAL']}|{table.slots['UL_LEAVE']})(?!\w)"
        ),
        "public": re.compile(rf"(?<![\w'’])(?:{table.slots['PUBLIC']})(?!\w)|\btell\w*|\bwarn\w*"),
        "menace": re.compile(
            r"\bor else\b|\b(?:ruin|destroy|expose|regret|sorry|make sure|make you)\b"
        ),
    }


def find_threats(text: str) -> list[tuple[int, int]]:
    """The threat forms' spans; where there are none, the menaces' (a harm and a framing that
    points it at someone, in any wording: the table's "menace" kind), which are threats too."""
    spans = find(text, "threat") or find(text, "menace") or _pair_spans(text)
    return [span for span in spans if not retracted_after(text, span)] if spans else spans


def retracted_after(text: str, span: tuple[int, int]) -> bool:
    """Whether the sentence after the one a threat ends in takes it back ("I know where you live!
    Sorry, that sounded sinister.": `disclaimers.retracts`)."""
    from complaint_desk.core.posting.disclaimers import retracts
    from complaint_desk.core.tone.split import split_spans

    sentences = split_spans(text)
    ends = [i for i, (a, b) in enumerate(sentences) if a < span[1] <= b]
    return (
        bool(ends)
        and ends[0] + 1 < len(sentences)
        and retracts(text[slice(*sentences[ends[0] + 1])])
    )


# A menace told across sentences (the table's [pairs]): a sentence holding a pair's first slot and
# the same one or one of the next PAIR_REACH sentences holding its second, neither holding
# PAIR_NOT (advice, logistics, a hurt already suffered).
PAIR_REACH = 2
PAIR_NOT = "MN_NOT"


@cache
def _pair_patterns() -> dict[str, re.Pattern[str]]:
    """Each slot a pair names, and PAIR_NOT, compiled on whole words of lower-cased text (a few
    slots, not a form per pair and order: those cost ~0.4 MB each)."""
    table = _table()
    names = {name for pair in table.pairs for name in pair} | {PAIR_NOT}
    return {n: re.compile(rf"(?<![\w'’])(?:{table.slots[n]})(?!\w)") for n in sorted(names)}


def warm_up() -> None:
    """Compile the menace pairs' slots and their gate test (~25 ms): the tone engine's warm-up
    calls this on its worker, so the first draft near a gate word does not pay it where it is
    scored, on the GUI thread."""
    pair_parts("I drove past your manager's house last night.")
    _gate_test()


@lru_cache(maxsize=2048)
def pair_parts(sentence: str) -> frozenset[str]:
    """The pair slots a sentence holds; none when it holds PAIR_NOT."""
    from complaint_desk.core.tone.prefilter import lower_keeping_length

    patterns = _pair_patterns()
    lowered = lower_keeping_length(sentence)
    if patterns[PAIR_NOT].search(lowered):
        return frozenset()
    return frozenset(n for n, p in patterns.items() if n != PAIR_NOT and p.search(lowered))


def menaces_across(
    sentences: Sequence[str], near: Iterable[int] | None = None
) -> list[tuple[int, int]]:
    """(first, last) sentence indexes of each menace pair, first <= last <= first + PAIR_REACH,
    at most one per last sentence. `near`: only windows that reach one of these sentences (the
    tone engine passes those holding a word of the gate, which every pair holds); None reads
    them all."""
    n = len(sentences)
    pairs = _table().pairs
    if near is None:
        starts: Iterable[int] = range(n)
    else:
        starts = sorted({k for i in near for k in range(max(0, i - PAIR_REACH), min(n, i + 1))})
    parts: dict[int, frozenset[str]] = {}

    def held(k: int) -> frozenset[str]:
        if k not in parts:
            parts[k] = pair_parts(sentences[k])
        return parts[k]

    out: dict[int, int] = {}
    for i in starts:
        if not held(i):
            continue
        for j in range(i, min(n, i + PAIR_REACH + 1)):
            if j in out:
                continue
            if any(a in held(i) and b in held(j) for a, b in pairs):
                out[j] = i
    return sorted((i, j) for j, i in out.items())


def slot(name: str) -> str:
    """A slot's regex source (lower-case text, its own slots filled in), for a reader that needs
    one word class of the table (the learned guard's remedies)."""
    return _table().slots[name]


def gate_forms() -> tuple[str, ...]:
    """The gate's slots as forms (regex source, lower-case text): every menace pair holds a
    match of one, so the tone engine's one scan of a draft for the words its phrases need
    (`tone.lexicon`, kind "veil") says which sentences can be part of one, at no further cost."""
    table = _table()
    return tuple(f"(?:{table.slots[name]})" for name in table.gate)


@cache
def _gate_test() -> re.Pattern[str] | None:
    """One search for strings a match of each gate slot cannot do without (the guard's own
    analysis, `prefilter.required_literals`): a sentence holding none of them is in no pair.
    None when a slot needs nothing nameable (then every sentence is read)."""
    from complaint_desk.core.tone.prefilter import literal_test, required_literals

    table = _table()
    strings: set[str] = set()
    for name in table.gate:
        needs = required_literals(re.compile(f"(?:{table.slots[name]})"))
        if not needs:
            return None
        strings |= needs
    return literal_test(strings)


def _pair_spans(text: str) -> list[tuple[int, int]]:
    """The menaces told across the sentences of a whole text (the site rules' reading), read only
    near a sentence holding a gate string, as the tone engine reads them: reading every sentence
    of a long draft took ~1.5 s for 2 MB."""
    from complaint_desk.core.tone.prefilter import lower_keeping_length
    from complaint_desk.core.tone.split import split_spans

    spans = split_spans(text)
    test = _gate_test()
    near: list[int] | None = None
    if test is not None and spans:
        lowered = lower_keeping_length(text)
        starts = [a for a, _b in spans]
        near = []
        pos = 0
        while (m := test.search(lowered, pos)) is not None:
            k = max(0, bisect_right(starts, m.start()) - 1)
            near.append(k)
            pos = max(m.start() + 1, spans[k][1])  # one string is enough for its sentence
        if not near:
            return []
    found = menaces_across([text[a:b] for a, b in spans], near)
    return [(spans[i][0], spans[j][1]) for i, j in found]
