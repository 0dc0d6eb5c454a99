"""Speech the writer reports: words in quotation marks that someone else said.

"Your staff member said to my son, word for word, 'I'll break your legs if you touch that
display again.'" holds a threat, but it is what happened to the writer, the very thing they
complain about, not a threat they make. A review site takes it, and the tone engine should not
read it as the writer's. The site rules read threats in the text with such quotations blanked
(`without_reported`); the tone engine drops a threat or violence hit inside one, and re-reads a
menace or learned threat found across sentences without them. The calm versions keep any
quotation as it was said (`quotations`): never reworded, split or re-punctuated.

Only someone else's words count: "I told him, 'I'll be back with my brothers'" is the writer's
own threat, and a quotation with no one said to speak it ("'Refund me or else' is all I have to
say") is the writer's too.
"""

from __future__ import annotations

import re

# A quotation, tried where `_OPENING` finds a mark: the same family's closing mark before anything
# but a letter or digit, so "I'll" and "don't" neither open nor close one. Up to 400 characters,
# within one paragraph.
_QUOTATION = re.compile(
    r"(?:'(?=\S)[^\n]{1,400}?(?<=\S)'|‘(?=\S)[^\n]{1,400}?(?<=\S)’"
    r"|\"(?=\S)[^\n]{1,400}?(?<=\S)\"|“(?=\S)[^\n]{1,400}?(?<=\S)”)(?!\w)"
)
# Where a quotation can open: a mark at the start or after a space, a bracket, a dash, ":" or ",".
_OPENING = re.compile(r"(?:^|[\s(\[:,—–-])['‘\"“]")
# Said, in the words a report of speech uses.
_SAID = re.compile(
    r"(?i)(?<![\w'’])(?:said|says|saying|told|tells|telling|shouted|shouting|yelled|yelling"
    r"|screamed|screaming|threatened|threatening|texted|wrote|messaged|replied|answered|warned"
    r"|snapped|muttered|growled|hissed|barked|added|went|goes|was like|were like|quote"
    r"|verbatim|word for word)(?![\w'’])"
)
_STOP = re.compile(r"[.!?\n]")
_WORD = re.compile(r"[\w'’]+")
# Who speaks, the nearest person word before the word of report deciding: the writer...
_WRITER = frozenset("i i'm i’m i've i’ve i'd i’d we we're we’re we've we’ve".split())
# ...or someone else.
_SOMEONE = frozenset(
    """he she they he's she's they're it staff manager driver agent rep guy man woman lady bloke
    owner boss member receptionist worker engineer technician courier landlord waiter waitress
    employee someone somebody son daughter husband wife partner""".split()
)


# The writer's words to a friend, told as a scene ("Me to my best mate while waiting for our
# tickets: 'If you eat my nachos again I'll end you.'", session 35, blind round 110): a joke among
# friends, not said to the company, so read as a report is.
_TO_A_FRIEND = re.compile(
    r"(?i)(?:^|[.!?\n]\s*)me to (?:my|our) (?:best |oldest |little |big )?(?:mate|mates|friend|"
    r"friends|pal|bestie|wife|husband|partner|sister|brother|mum|mom|dad|kids?|son|daughter|"
    r"flatmate|roommate|colleague|gran|nan)\b[^.!?\n]{0,80}?:\s*$"
)


def _quotation_matches(text: str) -> list[re.Match[str]]:
    """The quotations of `text`, in order, not overlapping: tried only where one can open
    (`_OPENING`), not at every character (what a look-behind at the pattern's start cost)."""
    out: list[re.Match[str]] = []
    end = 0
    for opening in _OPENING.finditer(text):
        at = opening.end() - 1  # the mark
        if at < end:
            continue
        m = _QUOTATION.match(text, at)
        if m is not None:
            out.append(m)
            end = m.end()
    return out


def quotations(text: str, min_words: int = 1) -> list[tuple[int, int]]:
    """Spans of the quotations in `text` (the marks included) of at least `min_words` words,
    whoever speaks them."""
    if _OPENING.search(text) is None:
        return []
    return [m.span() for m in _quotation_matches(text) if len(m.group().split()) >= min_words]


def reported_quotations(text: str) -> list[tuple[int, int]]:
    """Spans of the quotations in `text` that someone other than the writer is said to have
    spoken, or the writer said to a friend as a scene ("Me to my best mate: '…'"), the marks
    included."""
    if _OPENING.search(text) is None:
        return []  # most texts: an apostrophe inside a word ("I'm") opens no quotation
    spans: list[tuple[int, int]] = []
    for m in _quotation_matches(text):
        before = text[max(0, m.start() - 120) : m.start()]
        if _TO_A_FRIEND.search(before):
            spans.append(m.span())
            continue
        speaker = _speaker_before(before)
        if speaker is None:
            speaker = _speaker_after(text[m.end() : m.end() + 40])
        if speaker is not None and not speaker:
            spans.append(m.span())
    return spans


def _speaker_before(before: str) -> bool | None:
    """Whether the writer speaks the quotation that follows `before` (None: no word of report
    in its sentence, at most 40 characters before the quotation): the last word of report
    before it decides ("He said sorry, and I told him 'I'll…'": the writer)."""
    reports = list(_SAID.finditer(before))
    if not reports:
        return None
    said = reports[-1]
    tail = before[said.end() :]
    if len(tail) > 40 or _STOP.search(tail):
        return None
    head = _STOP.split(before[: said.start()])[-1]
    return _the_writer(_WORD.findall(head.lower())[-4:])


def _speaker_after(after: str) -> bool | None:
    """The same for "'…,' he said" / "'…' I told him": one to three words, then the report."""
    said = _SAID.search(after)
    if said is None or _STOP.search(after[: said.start()].lstrip(",.!? ")):
        return None
    words = _WORD.findall(after[: said.start()].lower())
    if not 1 <= len(words) <= 3:
        return None
    return _the_writer(words)


def _the_writer(words: list[str]) -> bool:
    """Whether the nearest person word (reading back) is the writer; no person word at all is
    someone else ("The manager then said", "Your staff member said")."""
    for word in reversed(words):
        if word in _WRITER:
            return True
        if word in _SOMEONE:
            return False
    return False


def without_reported(text: str) -> str:
    """`text` with each quotation someone else is said to have spoken blanked out: what the
    writer says in their own words."""
    return blanked(text, reported_quotations(text))


def blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with each of `spans` turned to spaces, the same length (so a span found in the
    result is the text's)."""
    for a, b in spans:
        text = text[:a] + " " * (b - a) + text[b:]
    return text


def inside_reported(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether text[start:end] lies wholly inside one of `spans` (`reported_quotations`)."""
    return any(a <= start and end <= b for a, b in spans)
