"""The calmer-wording table (`resources/tone/calmer.tsv`) and applying it to a clause."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from complaint_desk.core.posting.reported import quotations
from complaint_desk.core.rewrite.facts import _overlaps, fact_spans


@dataclass(frozen=True)
class _Rule:
    pattern: re.Pattern[str]
    replacement: str  # "DROP" leaves the clause out


@cache
def _rules() -> tuple[_Rule, ...]:
    from complaint_desk.core.posting.threat_forms import either_apostrophe
    from complaint_desk.core.resources import read_text

    rules = []
    for raw in read_text("tone", "calmer.tsv").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        pattern, _, replacement = raw.partition("\t")
        pattern = either_apostrophe(pattern.strip())
        rules.append(
            # whole words, a masked one too: "the f***" is no match in "the f***ing form"
            _Rule(
                re.compile(rf"(?<![\w'’*-])(?:{pattern})(?![\w'’*-])", re.IGNORECASE), replacement
            )
        )
    return tuple(rules)


_MASKED = re.compile(r"[^\W\d_][\w*!@$]*\*[\w*!@$]*")


def _read_unmasked(text: str) -> str:
    """The text with each masked oath spelled out letter for letter ("bird sh*t" -> "bird
    shit"), so the table's rows read it as the word it stands for: only the table reads this;
    what it keeps is the writer's own text, at the same places."""
    if "*" not in text:
        return text
    from complaint_desk.core.tone.lexicon import unmasked

    def spelled(m: re.Match[str]) -> str:
        said = m.group()
        word = unmasked(said)
        if word is None or len(word) != len(said):
            return said
        return "".join(w.upper() if s.isupper() else w for w, s in zip(word, said, strict=True))

    return _MASKED.sub(spelled, text)


def _soften(clause: str, keep: list[tuple[int, int]]) -> tuple[str, bool]:
    """Apply the calmer-wording table to a clause. Returns (text, dropped)."""
    text = clause
    read = _read_unmasked(text)
    rules = _rules()
    for rule in [r for r in rules if r.replacement == "DROP"] + [
        r for r in rules if r.replacement != "DROP"
    ]:
        pos = 0
        while True:
            m = rule.pattern.search(read, pos)
            if m is None:
                break
            # Words in quotation marks are someone's own ("'bags go missing all the time'",
            # what the agent said): quoted as they were, or not at all (session 29).
            local_keep = fact_spans(text) + quotations(text, min_words=3)
            if _overlaps(m.start(), m.end(), local_keep):
                pos = m.end()
                continue
            if rule.replacement == "DROP":
                return text, True
            if _names_someone(text, m.end()):
                # "Pathetic crooks" is name-calling, not a poor service: the verdict is left for
                # the name's removal to take with it ("poor crooks" kept the name, and "You
                # pathetic crooks charged…" became "You poor charged…" once it was left out).
                pos = m.end()
                continue
            new = m.expand(rule.replacement) if "\\" in rule.replacement else rule.replacement
            if text[m.start() : m.start() + 1].isupper() and new[:1].islower() and m.start() == 0:
                new = new[:1].upper() + new[1:]
            rest = text[m.end() :]
            if new.endswith("not acceptable"):
                # "…is a shambles run by folk who never leave their desks" had become "…is not
                # acceptable run by folk…": what described the noun goes with it (session 32).
                described = _DESCRIBED.match(rest)
                if described:
                    rest = rest[described.end() :]
            text = text[: m.start()] + new + rest
            read = _read_unmasked(text)
            pos = m.start() + len(new)
    return text, False


# What describes a noun verdict, to the clause's end: "run by cowboys", "staffed by…",
# "masquerading as a business", "from start to finish" stays (no noun is described).
_DESCRIBED = re.compile(
    r"\s+(?:(?:run|staffed|managed|operated|owned|led|populated|manned)\s+by|"
    r"masquerading\s+as|pretending\s+to\s+be|posing\s+as|dressed\s+up\s+as)\b[^,;.!?]*",
    re.IGNORECASE,
)

_NEXT_WORD = re.compile(r"\s+([\w'’-]+)")


def _names_someone(text: str, at: int) -> bool:
    """Whether the word after `at` is a name people are called ("crooks", "clowns"), as the
    tone engine's insult list has it."""
    from complaint_desk.core.tone import lexicon as lex

    m = _NEXT_WORD.match(text, at)
    return m is not None and lex.insults().get(m.group(1).lower()) is not None
