"""The calm rewrite of one sentence: its clauses, threats and extortion as units, the table,
name-calling left out, what is left joined back up."""

from __future__ import annotations

import re
from dataclasses import dataclass

from complaint_desk.core.posting.reported import quotations
from complaint_desk.core.rewrite.facts import (
    RewriteFacts,
    _carry_facts,
    _overlaps,
    fact_spans,
    fact_tokens,
    fact_tokens_kept,
)
from complaint_desk.core.rewrite.pressure import (
    _DEMAND_FIRST,
    _OFFER,
    _WARNING_ONLY,
    FURTHER,
    GENERIC_STEPS,
    IF_NOT,
    _extortion_sentence,
    _next_step,
    _threat_sentence,
)
from complaint_desk.core.rewrite.replies import (
    _COUNTED,
    _DATED_TAIL,
    _NO_REPLY,
    _NO_REPLY_PLAIN,
    _REPLY_OBJECT,
    _no_reply_sentence,
)
from complaint_desk.core.rewrite.table import _soften
from complaint_desk.core.rewrite.wording import (
    _ANGRY_EMOJI,
    _CLAUSE,
    _EXCLAIM,
    _SPACES,
    CALM_TARGET,
    _capitalise,
    _capitalise_starts,
    _clause_hostile,
    _end,
    _heat,
    _sentence_case,
    _tidy,
)
from complaint_desk.core.tone.split import repeats_across_comma


@dataclass
class _Unit:
    start: int
    end: int
    kind: str  # "clause", "threat", "extortion"


# Two verdicts on one thing, a comma between them ("such a shambolic, dishonest organisation"):
# not two clauses (session 29).
_VERDICTS = (
    r"disgraceful|disgusting|outrageous|appalling|atrocious|abysmal|horrendous|horrific|"
    r"diabolical|shambolic|scandalous|dishonest|incompetent|useless|pathetic|terrible|awful|"
    r"horrible|dreadful|shocking|rude|lazy|unprofessional|crooked|shady|dodgy|arrogant|greedy"
)
_VERDICT_END = re.compile(
    rf"(?i)\b(?:such an?|an?|the|this|that|your|their|so)\s+"
    rf"(?:(?:very|really|utterly|absolutely|totally|truly)\s+)?(?:{_VERDICTS})$"
)
_VERDICT_START = re.compile(rf"(?i)(?:{_VERDICTS})\b")


def _units(sentence: str, spans: list[tuple[str, int, int]]) -> list[_Unit]:
    """Clauses of a sentence, with a threat or extortion (and the clauses it spans) as one."""
    cuts = [0]
    quoted = quotations(sentence, min_words=3)  # someone's words: one clause, kept as said
    for m in _CLAUSE.finditer(sentence):
        if any(a < m.start() and m.end() < b for a, b in quoted):
            continue
        if _BARE_ADDRESS.fullmatch(sentence[m.end() :]):
            continue  # "Thieves, the lot of you.": the address says whom the name is for
        comma = m.start() + m.group().find(",")
        if comma >= m.start() and repeats_across_comma(sentence, comma):
            continue  # "really, really angry": one clause
        if (
            m.group().strip() == ","
            and _VERDICT_END.search(sentence, 0, m.start())
            and _VERDICT_START.match(sentence, m.end())
        ):
            continue  # "such a shambolic, dishonest organisation": one noun phrase
        if (
            m.group().strip() == ","
            and _IN_A_LIST.search(sentence, 0, m.start())
            and _IN_A_LIST_AFTER.match(sentence, m.end())
        ):
            continue  # "on 7, 9 and 12 May": one list of facts (session 32)
        if m.start() > 0 and not _overlaps(m.start(), m.end(), fact_spans(sentence)):
            cuts.append(m.start())
            cuts.append(m.end())
    cuts.append(len(sentence))
    units = [
        _Unit(cuts[i], cuts[i + 1], "clause")
        for i in range(0, len(cuts) - 1, 2)
        if cuts[i] < cuts[i + 1]
    ]
    for kind, a, b in sorted(spans, key=lambda s: s[0] == "threat"):
        hit = [u for u in units if u.start < b and a < u.end]
        if not hit:
            continue
        first = units.index(hit[0])
        merged = [_Unit(hit[0].start, hit[-1].end, kind)]
        # "You cancelled my flight BA2490 and you'll regret it": the account before the
        # threat stays a clause of its own.
        lead = re.search(r"\s+(?:and|but|so|,)\s*$", sentence[hit[0].start : a])
        if lead and len(sentence[hit[0].start : a].split()) >= 4:
            cut = hit[0].start + lead.start()
            merged = [_Unit(hit[0].start, cut, "clause"), _Unit(a, hit[-1].end, kind)]
        units[first : first + len(hit)] = merged
    # The other half of an offer is the offer too: "Pay up and the one-star comes down; don't,
    # and it stays there forever", "…; keep it and you'll get the opposite", "…, otherwise I'm
    # adding more detail".
    k = 1
    bare = False  # the half just joined was its marker alone ("don't"): what follows is its end
    while k < len(units):
        here = units[k]
        if units[k - 1].kind == "extortion" and (bare or _OTHER_HALF.match(sentence, here.start)):
            units[k - 1 : k + 1] = [_Unit(units[k - 1].start, here.end, "extortion")]
            bare = not bare and len(sentence[here.start : here.end].split()) <= 2
        else:
            bare = False
            k += 1
    return units


# What frames an ultimatum and says nothing else ("How about this:", "Your choice.", "Simple as
# that."): it goes with the threat or offer it frames.
# "I told your driver" / "we said to the manager" at the end of what is left of a sentence whose
# quoted threat or offer was rewritten (session 29).
_TOLD_WHAT_WENT = re.compile(
    r"\b(?P<who>I|we|We)\s+(?:told|said\s+to)\s+"
    r"(?P<whom>(?:your|the|his|her|their|a|an|that|this)\s+[\w-]+|him|her|them)\W*$"
)


def _calm_marks(piece: str) -> str:
    """ "!!!" -> "." and "?!" -> "?", outside quotation marks: "'arrived perfect, thanks!'" is
    what the buyer wrote."""
    quoted = quotations(piece, min_words=2)
    return _EXCLAIM.sub(
        lambda m: (
            m.group()
            if any(a <= m.start() and m.end() <= b for a, b in quoted)
            else ("?" if "?" in m.group() else ".")
        ),
        piece,
    )


# Words from which a sentence marked sarcastic as a whole is an account to calm, not a jab.
_LONG_ACCOUNT = 40
# A clause that states a condition for what follows it ("If I do not receive…by…", "Unless…").
_CONDITION_FIRST = re.compile(r"\W*(?:if|unless|should|until)\b", re.IGNORECASE)
# A clause that goes on with the pressure just rewritten ("…, unless you add £20 for my trouble").
_PRESSURE_TAIL = re.compile(
    r"\W*(?:unless|until|till|or else|otherwise|if not|if you (?:don'?t|do not|won'?t))\b",
    re.IGNORECASE,
)
_ULTIMATUM_FILLER = re.compile(
    r"\W*(?:so,?\s+|and\s+)?(?:how about this|here['’]s the deal|here is the deal|"
    r"(?:it['’]s\s+|the\s+)?your (?:choice|call|decision|move)|the choice is yours|"
    r"the ball(?:['’]s| is) in your court|simple as that|take it or leave it|choose wisely|"
    r"you decide|(?:it['’]s\s+)?up to you|one way or (?:another|the other)|mark my words|"
    # "…happened to your van overnight, just saying" (session 31, round 97: "jus sayin" was
    # left standing before the calm next step)
    r"(?:i['’]?m\s+)?ju?st\s+say(?:ing|in['’]?)|jus\s+sayin['’]?|just a thought|just so you know|"
    r"that['’]?s all(?: i['’]?m saying)?|think about it|you have been warned|"
    # a dare after the ultimatum (session 32: "Try me.", "Don't think I won't.")
    r"try me|(?:and\s+)?don['’]?t (?:think|test|doubt) (?:i won['’]?t|me)|do not think i will not|"
    r"i mean it|i['’]?m not (?:bluffing|joking|kidding)|watch me|believe me|i will do it|"
    r"i['’]ll do it|"
    # an aside's opening left alone before the pressure (session 33: "Oh, and a refund … would go
    # a long way to keeping this off Checkatrade." had become "Oh. I would like a refund…")
    r"oh|ah|oh,?\s+and|also|plus|and another thing|one more thing|by the way|btw|p\.?s\.?)\W*",
    re.IGNORECASE,
)

_OTHER_HALF = re.compile(
    r"[\s,;:–—-]*(?:and\s+|but\s+)?(?:don['’]?t|do not|if not|if you don['’]?t|if you do not|"
    r"otherwise|or else|else|keep it|refuse|say no|no refund|no money)\b",
    re.IGNORECASE,
)

_INSULT_LEAD = re.compile(
    r"\b(?:you|your|these|those|the)\s+(?P<lead>(?:absolute|complete|total|utter|bloody|proper|"
    # a verdict that only leads up to the name: "Your clumsy idiots smashed…" -> "You smashed…"
    r"right|clumsy|lazy|useless|incompetent|stupid|greedy|pathetic|careless|thieving|lying|"
    r"brainless|hopeless|clueless|dozy|idle|arrogant|ignorant|dodgy|crooked|cowboy)\s+)$"
    # degree words that only lead up to the name: "so ridiculously stupid people" -> "people"
    r"|(?<![\w'’])(?P<degree>(?:(?:so|too|very|really|ridiculously|incredibly|unbelievably|"
    r"utterly|completely|totally|absolutely|extremely|genuinely|truly)\s+)+)$",
    re.IGNORECASE,
)

_PEOPLE_AFTER = (
    "staff|people|team|company|firm|agents?|reps?|employees?|managers?|drivers?|couriers?|"
    "engineers?|technicians?|support|service|customer|call centre|bot|app|website|system|lot"
)

# The word before a name when the name is what a verb acts on: a word that is no determiner,
# pronoun, verdict or degree (those lead up to the name: "your lazy idiots", "such clowns").
_OBJECT_OF = re.compile(
    r"(?<![\w'’])(?!(?:you|your|yours|ya|u|ur|the|these|those|this|that|a|an|such|some|all|of|"
    r"bunch|lot|like|are|is|was|were|be|been|am|'re|’re|absolute|complete|total|utter|bloody|"
    r"proper|right|real|clumsy|lazy|useless|incompetent|stupid|greedy|pathetic|careless|thieving|"
    r"lying|brainless|hopeless|clueless|dozy|idle|arrogant|ignorant|dodgy|crooked|cowboy|so|too|"
    r"very|really|utterly|completely|totally|absolutely|and|or|but|with|to|by|for|from|at|in|"
    r"on|than|as|what|bunch|load|pack|gang|shower|band|fellow|other|fucking|effing|bloody|"
    r"damn|freaking)\b)[a-z]+$"
)
_PLACE_AFTER = r"\s*(?:in|at|on|from|of|who|that|working|behind)\b"


# What is left of a clause whose name-calling is gone: nothing a vendor can act on.
# What is left of an address once its name is gone: "You idiots!!!" -> "You", "Thieves, the lot
# of you." -> "the lot of you".
# What is left of a verdict after it went: a clause with no subject that opens on a
# preposition or a verb in -ing ("from the call centre up", "cheating students only").
_VERBLESS_TAIL = re.compile(
    r"\W*(?:(?:from|to|in|at|on|with|by|for|of|like|as)\s|[a-z]+ing\b(?!\s+(?:is|are|was|were|has)\b))",
)

_OF_THEM = re.compile(r"\W*(?:both|all|each|every (?:last |single )?one) of them\W*", re.IGNORECASE)

_BARE_ADDRESS = re.compile(
    r"\W*(?:you|you lot|you people|you guys|you all|your"
    r"|(?:the (?:whole )?lot|all|each|every (?:last |single )?one|both) of (?:you|them)"
    # "Useless, lazy lot." -> "lot": the group the names were for
    r"|(?:(?:the|a|you|what an?|such an?)\s+)?(?:whole\s+|entire\s+)?"
    r"(?:lot|bunch|crowd|shower|pack|mob|gang|crew)(?:\s+of(?:\s+(?:you|them))?)?)\W*",
    re.I,
)


def _lone_name(piece: str) -> bool:
    """A clause that is one name-calling word and nothing else ("lazy", "Crooks")."""
    from complaint_desk.core.tone import lexicon as lex

    word = piece.strip(" \t.,;:!?…-–—").lower()
    return bool(word) and " " not in word and lex.insults().get(word) is not None


# The reader named at a clause's end ("…, you clowns", "…NOW you thieves"), and a clause that
# opens with a demand (what the writer wants done).
_VOCATIVE = re.compile(r"(?:,\s*|\s+)(?:you|ya|u)$", re.IGNORECASE)
_DEMANDING = re.compile(
    r"\W*(?:(?:please|just|now|so)\s+)?(?:refund|fix|give|send|pay|sort|return|replace|repair|"
    r"cancel|call|ring|answer|reply|deliver|reconnect|compensate|credit|get)\b",
    re.IGNORECASE,
)


# An oath that only colours the word after it ("f***ing", "bloody", "damn"): left out, the
# clause still says what it said.
_OATH_MODIFIER = re.compile(
    r"[a-z]+(?:ing|in['’]?)|bloody|damn(?:ed)?|goddamn(?:ed)?|shitty|crappy|shite|effing|frigging"
)


def _spelled(word: str) -> str:
    """A masked oath as the word it stands for ("bl**dy" -> "bloody"), lower-cased."""
    from complaint_desk.core.tone import lexicon as lex

    return lex.unmasked(word) or word.lower()


_PUBLICITY_LIST = re.compile(
    r"\W*(?:(?:and|or|on|plus|also|my|our|the|all|every|local|r/[\w-]+|@[\w.]+|\d+(?:[.,]\d+)?k?|"
    r"followers|subscribers|members|friends|reviews?|pages?|groups?|stories|posts?|google|facebook|"
    r"instagram|insta|tiktok|x|twitter|reddit|yelp|tripadvisor|trustpilot|hellopeter|youtube|"
    r"linkedin|nextdoor|mumsnet|whatsapp|threads|bluesky|news|papers?|press|everyone|everywhere|"
    r"online|social|media)\b\W*)+",
    re.IGNORECASE,
)
_HANDLE_ONLY = re.compile(r"\W*@[\w.]+\W*")
_GENERIC_STEP_END = re.compile(rf"I will (?:{'|'.join(GENERIC_STEPS)})\.$")


# What the rewrite of an extortion says when the sentence gave it nothing of its own, and the
# words by which a sentence asks or trades something.
_GENERIC_ASK = "I would like this resolved."
_GENERIC_STEP = f"I will {FURTHER}."
_ASKS_ANYTHING = re.compile(
    r"\b(?:refund\w*|money|reviews?|ratings?|stars?|post\w*|pay\w*|paid|compensat\w*|credit\w*|"
    r"vouchers?|free|discount\w*|waive\w*|upgrade\w*|delete|remove|take\s+down|return\w*|"
    r"fees?|charges?|deposit|back|replace\w*|repair\w*|fix\w*|sort\w*|unless|otherwise|else|"
    r"if|or|until|till)\b|[£$€₹₦\d]",
    re.IGNORECASE,
)


def _remove_insults(clause: str) -> tuple[str, bool]:
    """Leave out name-calling: a name before the rest of the clause goes ("your useless staff
    hung up" -> "your staff hung up"); a clause that is the name-calling is dropped."""
    from complaint_desk.core.tone import analyse

    report = analyse(clause)
    insults = [s for s in report.signals if s.kind in ("insult", "profanity")]
    if not insults:
        return clause, False
    keep = fact_spans(clause) + quotations(clause, min_words=3)  # someone's words, as said
    text = clause
    for s in sorted(insults, key=lambda s: -s.start):
        if _overlaps(s.start, s.end, keep):
            continue
        before = text[: s.start].rstrip().lower()
        after = text[s.end :].strip()
        predicate = re.search(
            r"(?:\b(?:are|is|was|were|be|being|'re|’re|am)|\ba|\ban|\bof|\bsuch"
            r"|\bthe|\btotal|\bcomplete|\butter|\bbunch|\blike"
            # a verdict with only an intensifier before it: "Absolutely useless company."
            r"|^(?:absolutely|completely|totally|utterly|truly|really|so|such an?|what an?))$",
            before,
        )
        head = text[: s.start].rstrip()
        vocative = _VOCATIVE.search(head)
        if (
            vocative is not None
            and not re.match(r"[\w'’]", after)
            and (vocative.group().startswith(",") or _DEMANDING.match(head) is not None)
        ):
            # A demand with the name said to its reader at its end: "Refund my £2,300 NOW you
            # thieves!!!" -> "Refund my £2,300 NOW!!!" (the demand is the point: left out
            # whole, only its amount was kept).
            text = head[: vocative.start()] + text[s.end :]
            continue
        if not after or predicate or not re.match(r"[\w'’]", after):
            if s.kind == "insult" or not after or re.search(r"\b(?:an?|the)$", before):
                return text, True  # "you must be an asshole to…" would leave "an to…"
        # "You protect scammers and punish honest sellers": a name as what a verb acts on is the
        # clause's whole point; without it the verb acts on nothing ("You protect and punish…").
        verb = _OBJECT_OF.search(before)
        if s.kind == "insult" and verb and re.match(r"(?:and|or|but|[,.;:!?]|$)", after):
            return text, True
        if s.kind == "insult" and re.search(r"\b(?:with|to|by|for|from|at)$", before):
            return text, True  # "I hate dealing with morons like you" had left "with like you"
        # "You absolute muppets cancelled…" -> "You cancelled…", not "You absolute cancelled…".
        start = s.start
        lead = _INSULT_LEAD.search(text[:start])
        if lead:
            start = lead.start("lead") if lead.group("lead") else lead.start("degree")
        your = re.search(r"\b([Yy])our\s+$", text[:start])
        if your and re.match(_PLACE_AFTER, after, re.IGNORECASE):
            # "your liars in customer service" -> "your staff in customer service"
            text = text[: s.start] + "staff" + text[s.end :]
            continue
        if your and not re.match(rf"\s*(?:{_PEOPLE_AFTER})\b", after, re.IGNORECASE):
            # "Your clowns cancelled my flight" -> "You cancelled my flight"; "your idiot
            # driver" keeps its "your" ("your driver").
            text = text[: your.start()] + your.group(1) + "ou " + text[s.end :].lstrip()
            continue
        these = re.search(r"\b([Tt])h(?:ese|ose)\s+$", text[:start])
        if these and re.match(_PLACE_AFTER, after, re.IGNORECASE):
            # "Those clowns in your warehouse" -> "Those staff in your warehouse"
            text = text[:start] + "staff" + text[s.end :]
            continue
        if these and not re.match(rf"\s*(?:{_PEOPLE_AFTER})\b", after, re.IGNORECASE):
            # "These stupid idiots don't even…" -> "They don't even…", not "These don't…"
            text = text[: these.start()] + these.group(1) + "hey " + text[s.end :].lstrip()
            continue
        if s.kind == "profanity" and not _OATH_MODIFIER.fullmatch(_spelled(text[s.start : s.end])):
            # An oath that is the clause's noun or verb leaves a hole, not a plainer clause:
            # "Don't f*ck with me." had become "Don't with me.", "his own a*se with a torch"
            # "his own with a torch" (session 34).
            return text, True
        text = text[:start] + text[s.end :]
    text = _SPACES.sub(" ", text)
    if _BARE_ADDRESS.fullmatch(text):
        return text, True  # "You idiots!!!" -> "You": left out whole
    return text, False


# A letter's close on a line of its own: kept as written.
_CLOSING = re.compile(
    r"\s*(?:(?:(?:kind|best|warm|warmest|many)\s+)?(?:regards|wishes|thanks)|(?:yours\s+)?"
    r"(?:sincerely|faithfully|truly)|yours|cheers|thank\s+you|respectfully|best)\s*[,.]?\s*",
    re.IGNORECASE,
)

_SCARE_QUOTED = re.compile(r"[\x27‘\"“](?P<said>[^\x27‘’\"“”]+)[\x27’\"”]")


# Words of saying before a quotation, in its clause: "was told each time it was '…'".
_TOLD_BEFORE = re.compile(
    r"\b(?:told|said|says|say|saying|tells|telling|replied|replies|answered|wrote|texted|"
    r"status(?: says| said| shows| showed)?|shows|showed|showing)\b[^.!?;]{0,30}$",
    re.IGNORECASE,
)
_MY_FOOT = re.compile(r"\s+my\s+(?:foot|arse|ass|eye)\b", re.IGNORECASE)


def _unquoted_sarcasm(
    sentence: str, drop: tuple[tuple[int, int], ...]
) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The sentence with each sarcasm span that is a quotation and nothing more ("…was told each
    time it was 'with the team'.") said without its marks: the status quoted back in scorn is
    what the company said, and plain it is only the account (session 32: the clause had gone,
    and its dates with it). The other spans stay to be left out, moved with the text."""
    out, kept, shift, last = [], [], 0, 0
    for a, b in sorted(drop):
        quoted = _SCARE_QUOTED.fullmatch(sentence, a, b)
        if quoted is not None and not (
            _TOLD_BEFORE.search(sentence, 0, a) and not _MY_FOOT.match(sentence, b)
        ):
            quoted = None  # "finally 'fixed' the pothole" is scorn, not what was said
        if quoted is None:
            kept.append((a - shift, b - shift))
            continue
        out.append(sentence[last:a] + quoted.group("said"))
        last = b
        shift += 2
    if not out:
        return sentence, drop
    return "".join(out) + sentence[last:], tuple(kept)


def rewrite_sentence(
    sentence: str,
    facts: RewriteFacts | None = None,
    seen: set[str] | None = None,
    drop: tuple[tuple[int, int], ...] = (),
    traded: tuple[int, int] | None = None,
    ask_before: str = "",
) -> str:
    """A calm version of one sentence ("" when nothing in it is worth keeping). `seen` holds
    the generated sentences earlier ones produced ("I have not had a reply."): not repeated.
    `traded`: the span of an extortion the draft reads only with the sentence before ("…my
    Facebook group would love to hear about this. Alternatively, you could just replace the
    washing machine."), which this sentence alone does not show. `ask_before`: the sentence before,
    when it asks for the remedy and this one only says what follows if not ("If not, I'm going
    to the CCPC…"): the rewrite then says the step with the ask's date, and asks nothing again."""
    seen = (
        set() if seen is None else seen
    )  # `drop`: spans (sarcasm the draft confirms) to leave out
    from complaint_desk.core.tone import analyse
    from complaint_desk.core.tone import lexicon as lex

    if not sentence.strip() or _CLOSING.fullmatch(sentence):
        return sentence  # "Sincerely," had become "Sincerely." (session 32)
    marker = _LIST_MARKER.match(sentence)
    if marker is not None and sentence[marker.end() :].strip():
        # An item of a list stays one ("- Your driver was rude"), and its mark is no part of
        # what is said: "4) The engineer was RUDE and left mud…" had lost "The engineer" and
        # read "4, I was invoiced…" (session 32).
        at = marker.end()
        rest = rewrite_sentence(
            sentence[at:],
            facts,
            seen,
            tuple((max(0, a - at), b - at) for a, b in drop if b > at),
            None if traded is None else (max(0, traded[0] - at), traded[1] - at),
            ask_before,
        )
        if _UNENDED.search(sentence) and rest.endswith(".") and not rest.endswith(".."):
            rest = rest[:-1]  # an item left without a full stop, as its neighbours are
        return marker.group() + rest if rest else ""
    if _ANGRY_SIGN_OFF.fullmatch(sentence):
        return "Regards,"  # "Fuming,\nR. Patel": the letter's close, not a feeling to explain
    sentence, drop = _unquoted_sarcasm(sentence, drop)
    reworded = _THANKS_TO.sub(_what_they_did, _EXCUSE_FOR.sub(r"\g<what>", sentence))
    reworded_from = reworded != sentence
    if reworded_from:
        # What the sarcasm was is gone, and `drop`'s offsets were the old sentence's.
        sentence, drop = reworded, ()
    report = analyse(sentence)
    acronyms = lex.acronyms()
    keep = fact_spans(sentence)
    question = sentence.rstrip().rstrip("!‼⁉1").endswith("?") and not _HOW_DARE.match(sentence)
    spans = [(s.kind, s.start, s.end) for s in report.signals if s.kind in ("threat", "extortion")]
    if (
        traded is not None
        and not reworded_from
        and not any(k == "extortion" for k, _a, _b in spans)
    ):
        spans = sorted([*spans, ("extortion", *traded)], key=lambda x: x[1])
    absolute = any(s.kind == "absolute" for s in report.signals)
    parts: list[str] = []
    joints: list[str | None] = []  # what joined each part to the one before; None: a gap
    lead: list[str] = []
    left_out = False  # a clause was left out for reading hostile
    units = _units(sentence, spans)
    previous: _Unit | None = None  # the unit whose calm text is the last part, kept as it was
    subject: re.Match[str] | None = None  # whom a clause just left out was about
    sarcasm_out = False  # a sarcastic clause was left out ("Thanks a lot, Northgate.")
    pressed = False  # the unit before was a threat or an extortion, rewritten above
    published: list[str] = []  # clauses of the pressure's own list, their facts carried at the end
    gone_just_before = False  # the unit just before was left out as hostile
    for unit in units:
        piece = sentence[unit.start : unit.end]
        if not _WORD_OR_NUMBER.search(piece):
            continue  # "." after a bracket, "!!!": nothing to keep, and no break between clauses
        pressed, after_pressure = unit.kind in ("threat", "extortion"), pressed
        if (
            after_pressure
            and unit.kind == "clause"
            and _PUBLICITY_LIST.fullmatch(piece)
            # a handle closing the sentence is whom it is said to: it leads the request
            and not (_HANDLE_ONLY.fullmatch(piece) and unit is units[-1])
        ):
            # "…posting the photos on Instagram (@ananya.inks, 18k followers), Google reviews and
            # r/bangalore, and…": where the pressure would be published; its facts are carried
            # with the pressure's.
            published.append(piece)
            pressed = True
            continue
        generic = [k for k, said in enumerate(lead) if _GENERIC_STEP_END.search(said)]
        if after_pressure and unit.kind == "clause" and generic:
            step = _next_step(piece, None)
            if step not in GENERIC_STEPS:
                # "…it's Hellopeter, Google, the Consumer Goods and Services Ombud and a lawyer's
                # letter": the pressure's own list names the body its next step goes to; the list
                # goes with the pressure (session 34: it had stayed as "The Consumer Goods and
                # Services Ombud and a lawyer's letter." before "…take the matter further.").
                lead[generic[-1]] = _GENERIC_STEP_END.sub(f"I will {step}.", lead[generic[-1]])
                published.append(piece)
                pressed = True
                continue
        if after_pressure and unit.kind == "clause" and _PRESSURE_TAIL.match(piece):
            # "…or I post the video everywhere, unless you add KSh 2,000 for my trouble": the
            # rest of the pressure, not a sentence of its own; its facts are kept.
            carried = _carry_facts(piece, "")
            if carried:
                lead.append(carried)
            pressed = True
            continue
        joints.extend(None for _ in range(len(parts) - len(joints)))  # parts made last time
        kept_after, previous = previous, None
        if spans and unit.kind == "clause" and _ULTIMATUM_FILLER.fullmatch(piece):
            continue  # "How about this:", "…, simple as that": the pressure's framing
        if unit.kind == "clause" and _lone_name(piece):
            left_out = True
            continue  # "Filthy, lazy, and you still charged…": a name alone says nothing more
        if unit.kind == "clause" and left_out and _BARE_ADDRESS.fullmatch(_calm_marks(piece)):
            continue  # "Thieves, both of them!!!": whom the name was for went with it
        if_not = bool(ask_before) and IF_NOT.match(piece) is not None
        if unit.kind == "extortion" and if_not and not _OFFER.search(piece):
            lead.append(_carry_facts(piece, _threat_sentence(piece, facts, ask_before)))
            continue
        if unit.kind == "extortion":
            offer = bool(_OFFER.search(piece))
            wanted = _extortion_sentence(piece, facts)
            if (
                not offer
                and wanted == _GENERIC_ASK
                and _threat_sentence(piece, facts).endswith(_GENERIC_STEP)
                and not _ASKS_ANYTHING.search(piece)
            ):
                # Read as pressure across its neighbours but asking nothing and naming no step
                # of its own ("Wonderful customer service, well done o." between a DM told and
                # the ask): left out, its facts kept, so it takes no place from the writer's own
                # next step after it (session 34).
                carried = _carry_facts(piece, "")
                if carried:
                    lead.append(carried)
                continue
            lead.append(_carry_facts(piece, wanted, offer))
            if not offer:
                # The pressure it held becomes a calm next step ("…I will take it to the
                # ombudsman"), unless it was an offer to change a review.
                lead.append(_threat_sentence(piece, facts))
            continue
        if unit.kind == "threat":
            if _WARNING_ONLY.fullmatch(piece):
                continue  # "Last warning.": it frames the ultimatum; the ultimatum says the step
            if _DEMAND_FIRST.match(piece):
                # "Refund the £210 by 10 December or I'll make your life hell.": what the writer
                # asks for stays, then the calm next step.
                wanted, step = _extortion_sentence(piece, facts), _threat_sentence(piece, facts)
                # Facts lost go after the step, @handles before the request (`_carry_facts`).
                both = f"{wanted} {step}"
                carried = _carry_facts(piece, both)
                at = carried.find(both)
                before, after = (carried[:at], carried[at + len(both) :]) if at >= 0 else ("", "")
                lead.extend([before + wanted, step + after])
            elif kept_after is not None and parts and IF_NOT.match(parts[-1]):
                # "If not I'm contacting the Consumer Affairs Centre and you'll regret it.": the
                # "if not" clause names the step, the threat after it only presses it; one calm
                # next step for both (it had become "If not I'm contacting …, I will take the
                # matter further.", session 34).
                whole = f"{parts[-1].rstrip(' ,.;:')} {piece}"
                parts[-1] = _carry_facts(whole, _threat_sentence(whole, facts, ask_before))
                continue
            elif kept_after is not None and parts and _CONDITION_FIRST.match(parts[-1]):
                # "If I do not receive a settlement offer by 5pm on Friday 6 October, I will
                # instruct my solicitor…": the writer's own condition stays, with the calm next
                # step as its consequence (it had been left as a fragment before a generic
                # "If this is not resolved within 14 days, …").
                condition = parts[-1].rstrip(" ,.;:")
                parts[-1] = _carry_facts(piece, f"{condition}, I will {_next_step(piece, facts)}")
                continue
            else:
                step = _threat_sentence(piece, facts, ask_before if if_not else "")
                lead.append(_carry_facts(piece, step))
            continue
        no_reply = _NO_REPLY.search(piece)
        if no_reply and not _overlaps(no_reply.start(), no_reply.end(), keep):
            said = _no_reply_sentence(
                # The writer counted already ("I have called you 6 times since 2 November"): the
                # log's own count beside it would read as a second, different story.
                None if _COUNTED.search(sentence) else facts,
                absolute or "never" in no_reply.group().lower(),
            )
            # Where the reply never came goes with it: "you never reply on whatsapp and…" had
            # left "On whatsapp and…" behind.
            channel = _CHANNEL_TAIL.match(piece, no_reply.end())
            reply_end = channel.end() if channel else no_reply.end()
            if said is not None:
                plain = said == _NO_REPLY_PLAIN
                if channel and plain:
                    said = f"I have not had a reply {channel.group().strip()}."
                rest = (piece[: no_reply.start()] + piece[reply_end:]).strip(" ,;-")
                # "I write 4 emails and nobody answer me": no "and" left hanging, …
                rest = _HANGING_LINK.sub("", rest)  # nor "that": "I'm disgusted that nobody…"
                # "You never replied to my email of 3 May." had left "Of 3 May." behind.
                asked = _REPLY_OBJECT.search(no_reply.group())
                dated = _DATED_TAIL.fullmatch(rest.rstrip(".!?… ")) if asked else None
                # "…and nobody has replied since 2 December." had left "…and since 2 December."
                since = None if asked else _SINCE_TAIL.match(piece[reply_end:].rstrip(".!?… "))
                called = _CALLED_NUMBER.fullmatch(rest.rstrip(".!?… "))
                also = None if called else _CALLED_AND.fullmatch(rest.rstrip(".!?… "))
                # The number right after the no-reply, with more said around it: "This is a
                # disaster, and you NEVER answer the hotline 0761 555 3390 after 15:00." had left
                # "…and the hotline 0761 555 3390 after 15:00." (session 34)
                after = piece[reply_end:].rstrip(".!?… ")
                at_number = (
                    None
                    if called or also
                    else _CALLED_NUMBER.match(after, len(after) - len(after.lstrip()))
                )
                if at_number is not None and not re.match(
                    r"\s*(?:[,;.!?…]|$)", after[at_number.end() :]
                ):
                    at_number = None
                if plain and also is not None:
                    # "Nobody answers 1300 555 208 and info@… bounces": the calls, then the rest
                    said = (
                        f"My calls to {also.group('at')} have not been answered, and "
                        f"{also.group('more')}."
                    )
                    rest = ""
                elif plain and at_number is not None:
                    said = (
                        f"I have not had a reply from {at_number.group('at')}."
                        if "@" in at_number.group("at")
                        else f"My calls to {at_number.group('at')}{at_number.group('when') or ''} "
                        "have not been answered."
                    )
                    head = _HANGING_LINK.sub("", piece[: no_reply.start()].rstrip(" ,;-"))
                    more = after[at_number.end() :].strip(" ,;")
                    rest = ", ".join(p for p in (head.rstrip(" ,;"), more) if p.strip(" .!?…"))
                    rest = _capitalise(rest) if rest else ""
                elif plain and called is not None:
                    # "You never answer 0161 496 0582 after 3pm." had left "0161 496 0582 after
                    # 3pm." behind: the number is where the calls went (session 32).
                    said = (
                        f"I have not had a reply from {called.group('at')}."
                        if "@" in called.group("at")
                        else f"My calls to {called.group('at')}{called.group('when') or ''} have "
                        "not been answered."
                    )
                    rest = ""
                elif plain and any(_SAID_NO_REPLY.search(x) for x in seen):
                    said = ""  # the draft says so already ("…and have not had ONE reply.")
                if _OBJECT_ONLY.fullmatch(rest.rstrip(".!?… ")):
                    # "You NEVER answer your customers." had left "Your customers." behind: the
                    # no-reply's own object says nothing more (its facts are carried).
                    said = _carry_facts(rest, said)
                    rest = ""
                if asked and dated:
                    rest = ""
                    said = (
                        f"I have not had a reply to {asked.group(1)} {dated.group()}."
                        if plain
                        else f"{said.rstrip('.')}, including {asked.group(1)} {dated.group()}."
                    )
                elif since is not None:
                    rest = _HANGING_LINK.sub("", piece[: no_reply.start()].rstrip(" ,;-"))
                    rest = f"{rest}." if rest and rest[-1] not in ".!?…" else rest
                    tail = since.group().strip()
                    said = (
                        f"{said.rstrip('.')} {tail}."
                        if plain
                        else f"{said.rstrip('.')} (none {tail})."
                    )
                if said:
                    lead.append(_carry_facts(no_reply.group(), said))
                piece = rest
                if not piece:
                    continue
        # A dry jab the learned reader marks is the whole sentence; a long account so marked is
        # calmed clause by clause instead (session 29: a 90-word run-on about void concert
        # tickets had been cut to its facts).
        whole_jab = len(piece.split()) >= _LONG_ACCOUNT and any(
            a <= 0 and len(sentence.rstrip()) <= b for a, b in drop
        )
        if not whole_jab and _overlaps(unit.start, unit.end, list(drop)):
            # Sarcasm the draft confirms is left out, unless the table turns it into what
            # happened ("Thanks a lot for ruining my holiday" -> "My holiday was ruined").
            said, gone = _soften(piece, keep)
            sarcastic = [sentence[a:b].lower() for a, b in drop if a < unit.end and unit.start < b]
            inside = any(a <= unit.start and unit.end <= b for a, b in drop)  # ", shall I?"
            if gone or inside or any(x in said.lower() for x in sarcastic):
                if fact_tokens(piece):
                    parts.append(_carry_facts(piece, "").strip())
                sarcasm_out = True
                continue
        calmer = _ANGRY_EMOJI.sub("", piece)
        calmer = _calm_marks(calmer)
        calmer = re.sub(r"(?<![\w#])#[^\W\d_]\w*", _calm_tag, calmer)
        calmer = _sentence_case(calmer, fact_spans(calmer), acronyms)
        calmer, dropped = _calmed(calmer, keep)
        if dropped:
            # Its calm clauses may still say what happened: "My mother was overcharged £230 on
            # bill 77120 and your staff were rude" keeps the overcharge.
            calm_part = _calm_clauses(piece, acronyms)
            if calm_part:
                left_out = True
                # Its lost facts are a sentence of their own, after the body ("…sort it out,
                # For reference: 28." had been run on when the parts were joined).
                said, carried, facts_lost = _carry_facts(piece, calm_part).partition(
                    " For reference: "
                )
                parts.append(said)
                if carried:
                    parts.append("For reference: " + facts_lost)
                continue
        if dropped or not _tidy(calmer.replace(".", " ")).strip():
            left_out = left_out or dropped
            gone_just_before = dropped
            lost = [t for t in fact_tokens(piece)]
            if lost:
                parts.append(_carry_facts(piece, "").strip())
            subject = (
                (_SAID_OF.match(piece) or _ACTED.match(piece)) if dropped and not lost else None
            )
            continue
        part = _tidy(calmer)
        after_gone, gone_just_before = gone_just_before, False
        if left_out and _TAG.fullmatch(part):
            subject = None
            continue  # "You are thieves, point final.": the tag went with the verdict
        if after_gone and _VERBLESS_TAIL.match(part) and not fact_tokens(part):
            subject = None
            continue  # "…useless, every one of you, from the call centre up": it went with it
        if subject and (
            _DONE.match(part)
            or (subject.group("who").lower() in _PRONOUNS and _BARE_VERB.match(part))
        ):
            # "Your engineer was rude, left mud on my carpet" -> "Your engineer left mud…": the
            # verdict goes, whom it was about stays with what they did ("You protect scammers
            # and punish honest sellers" -> "You punish honest sellers").
            part = subject.group("who") + " " + part[:1].lower() + part[1:]
        subject = None
        joints.append(
            _joint(sentence, kept_after, unit, part) if kept_after else _gap_joint(piece, part)
        )
        parts.append(part)
        previous = unit
    joints.extend(None for _ in range(len(parts) - len(joints)))
    body = _join_parts(
        [
            (joint, p)
            for joint, p in zip(joints, parts, strict=True)
            if p and not p.startswith("For reference") and not p.startswith("So far")
        ]
    )
    extras = [p for p in parts if p.startswith("For reference") or p.startswith("So far")]
    if left_out and _LONE_INTERJECTION.fullmatch(body):
        body = ""  # "Honestly, what kind of clown show…?" is not "Honestly?"
    if (left_out or sarcasm_out) and _LONE_NAME.fullmatch(body) and not fact_tokens(body):
        body = ""  # "Thanks a lot, Northgate." is not "Northgate."
    if _HOW_DARE.match(sentence):
        body = body.rstrip(" ?") + "." if body.rstrip().endswith("?") else body
    out: list[str] = []
    if left_out and not body and not lead:
        # Nothing of the sentence is left but its point: the writer is not happy. Said once
        # per draft, so a rant of insults does not shrink to its reference numbers alone.
        said = _NOT_HAPPY[_treated(report)]
        if not seen.intersection(_NOT_HAPPY.values()) and not any(
            _FEELING_SAID.search(s) for s in seen
        ):
            seen.add(said)
            out.append(said)
    if lead and body:
        # The writer's own threat in quotation marks went: "I told your driver, 'I'll…'" leaves
        # "I spoke to your driver", not a telling of nothing.
        body = _TOLD_WHAT_WENT.sub(r"\g<who> spoke to \g<whom>", body)
    if body:
        body = re.sub(r"\s*\.\s*,", ",", body)
        body = (
            re.sub(
                r"(?<!\bno)(?<!\bNo)(?<!\bref)(?<!\bRef)(?<!\bRs)(?<!\brs)\.(?=\s*\S)(?![\w\d])",
                ",",
                body,
            )
            if body.count(".") > 1
            else body
        )  # "(no. GM-44120)" keeps its stop
        body = re.sub(r"\.\)$", ")", body)  # "(again!!!)" -> "(again.)" -> "(again)"
        asks = question and not (left_out and not _ASKS.match(body))
        ended = _end(_capitalise_starts(_capitalise(_tidy(body))), asks)
        if _UNENDED.search(sentence) and len(sentence.split()) <= 4:
            # A list item or a signature ("- Charged AGAIN on 1 Nov", "Angry customer") is left
            # without a full stop, as the writer left it and its neighbours.
            ended = ended.rstrip(".") if ended.endswith(".") and not ended.endswith("..") else ended
        out.append(ended)
    if published:
        carried = _carry_facts(" ".join(published), "")
        if carried:
            lead.append(carried)
    for said in lead:
        if said in seen or (
            said.startswith(_NEXT_STEP) and any(x.startswith(_NEXT_STEP) for x in seen)
        ):
            continue  # one next step per draft: "…legal advice." then "…further." said nothing new
        seen.add(said)
        out.append(said)
    out.extend(extras)
    text = " ".join(o for o in out if o)
    return _repair_facts(sentence, text)


# Names listed before "excuse for a company" go with it, before the sentence is cut at its commas:
# "What kind of moronic, incompetent excuse for a company loses a passport?" -> "What kind of
# company loses a passport?"
_EXCUSE_FOR = re.compile(
    r"(?:(?:moronic|incompetent|brain-?dead|pathetic|useless|sorry|poor|shoddy|clueless|hopeless|"
    r"rubbish|lousy|miserable|sad|shambolic|cowboy|joke of an?|absolute|complete|total|utter),?"
    r"\s+(?:and\s+)?)+excuse for an?\s+(?P<what>company|business|firm|airline|service|shop|"
    r"store|bank|garage|landlord|agency|council|website|app|courier|hotel|restaurant)\b",
    re.IGNORECASE,
)


# Sarcastic thanks to a handle for what it did: "Cheers @EasyJet for leaving us stranded" ->
# "@EasyJet left us stranded" (the calmer table's "thanks for losing my bag" -> "my bag was lost"
# cannot keep the handle whole).
_THANKS_TO = re.compile(
    r"\b(?:thanks|thank you|cheers)(?: a lot| so much| very much| again| loads| a bunch)?,?\s+"
    r"(?P<who>@\w+),?\s+for\s+(?P<did>losing|ruining|leaving|cancell?ing|ignoring|wasting|"
    r"breaking|damaging|overcharging|delaying|stranding|charging)\b",
    re.IGNORECASE,
)

_PAST = {
    "losing": "lost",
    "ruining": "ruined",
    "leaving": "left",
    "cancelling": "cancelled",
    "canceling": "canceled",
    "ignoring": "ignored",
    "wasting": "wasted",
    "breaking": "broke",
    "damaging": "damaged",
    "overcharging": "overcharged",
    "delaying": "delayed",
    "stranding": "stranded",
    "charging": "charged",
}


def _what_they_did(m: re.Match[str]) -> str:
    return f"{m.group('who')} {_PAST[m.group('did').lower()]}"


# A verdict on someone, said as a clause of its own ("Your engineer was rude"), and a clause that
# goes on with what they did, without saying who ("left muddy boot prints…", "threw my parcel…").
_SAID_OF = re.compile(
    r"\s*(?P<who>(?:your|the|my|our|their|that|this)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+|"
    # a role with no "the", as reviews write it: "Waiter was rude and disappeared for ages"
    r"(?:waiter|waitress|driver|engineer|manager|receptionist|agent|courier|technician|chef|"
    r"cashier|host|seller|landlord|plumber|builder|electrician|guy|bloke))\s+"
    r"(?:was|were|is|are|has been|had been)\s+(?:\w+\s+){0,2}?\w+\W*$",
    re.IGNORECASE,
)

# Someone said to do something to a name ("You protect scammers"): when the clause goes, whom
# it was about stays with what they did next.
_ACTED = re.compile(
    r"\s*(?P<who>you|they|he|she)\s+[a-z]+\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+\W*$", re.IGNORECASE
)
_PRONOUNS = frozenset(("you", "they", "he", "she"))
_BARE_VERB = re.compile(
    r"(?!(?:the|a|an|my|your|our|their|his|her|this|that|these|those|it|i|we|you|they|he|she|"
    r"and|or|but|so|then|to|of|in|on|at|for|with|by|from|no|not|just|still|also|even)\b)[a-z]+\b"
)
_DONE = re.compile(
    r"(?!(?:need|feed|bed|red|seed|speed|greed|shed|weed|embed|indeed)\b)[a-z]+ed\b|"
    r"(?:left|threw|took|broke|told|said|gave|hung|kept|sent|came|went|put|made|lost|stole|"
    r"refused|ignored|shouted|swore|laughed|slammed|dumped|dropped|forgot|wrote|sold|ate|drove|"
    r"didn['’]t|did not|never|then)\b"
)

_WORD_OR_NUMBER = re.compile(r"[^\W_]")


# A name or address left alone once the words around it went ("Northgate", "Mr Patel").
_LONE_NAME = re.compile(r"\W*(?:[A-Z][\w'’&.-]*)(?: [A-Z][\w'’&.-]*){0,2}\W*")


# A clause ending on a word that needs another after it, once something was taken out.
_DANGLING = re.compile(
    r"\b(?:my|your|our|their|his|her|the|a|an|of|to|with|for|and|or|but)\W*$", re.IGNORECASE
)

_LETTER = re.compile(r"[^\W\d_]")


def _joint(sentence: str, before: _Unit, unit: _Unit, part: str) -> str:
    """What joined two clauses kept side by side, as the original wrote it: "(order 3381-A, £95)
    arrived late, and the card…" keeps its brackets and its "and" (the tidying takes a leading
    "and" off a clause, which a ", " join would lose)."""
    joint = re.sub(r"\s+", " ", sentence[before.end : unit.start])
    conj = re.match(r"(and|but|so|or|while)\s", sentence[unit.start : unit.end], re.IGNORECASE)
    if conj and not part.lower().startswith(conj.group(1).lower()):
        joint = (joint if joint.endswith(" ") else joint + " ") + conj.group(1).lower() + " "
    return joint


def _gap_joint(piece: str, part: str) -> str | None:
    """The joint after clauses left out: ", and " when the kept clause began with its "and"
    ("Filthy, lazy, and you still charged…" -> "Filthy, and you still charged…"; "Give me my
    money back, you parasites, or I'll dispute it…" keeps its "or"), else None."""
    conj = re.match(r"\W*(and|but|so|or|while)\s", piece, re.IGNORECASE)
    if conj and not part.lower().startswith(conj.group(1).lower()):
        return ", " + conj.group(1).lower() + " "
    return None


def _join_parts(parts: list[tuple[str | None, str]]) -> str:
    """The kept parts with their joints (None: clauses were left out between them, joined by
    ", "). A bracket opened before a gap is closed there ("£4.50 (twice!!!), you clowns" ->
    "£4.50 (twice)"), and one still open at the end is closed ("(account 5521-8890)." whose
    closing bracket came after the last clause); plain ", " joints if brackets still do not pair."""
    pieces: list[str] = []
    inside = False  # a bracket the joints opened and have not closed yet
    for i, (joint, p) in enumerate(parts):
        if i:
            # "Refund me now." then " (order 5512)": the clause ends where the sentence does
            # (one full stop, not an ellipsis).
            if pieces[-1].endswith(".") and not pieces[-1].endswith(".."):
                pieces[-1] = pieces[-1][:-1]
            if joint is None:
                joint = ", "
                if inside:
                    pieces[-1] += ")"
                    inside = False
                    joint = " "  # "(order 3381-A) arrived late", not "…), arrived late"
            elif "(" in joint or ")" in joint:
                inside = joint.rfind("(") > joint.rfind(")")
            pieces.append(joint)
        pieces.append(p)
    if inside:
        pieces[-1] = pieces[-1].rstrip(".!?") + ")"
    body = "".join(pieces)
    if body.count("(") != body.count(")"):
        body = ", ".join(p for _, p in parts)
    return body


_LIST_MARKER = re.compile(r"\s*(?:[-*•–]|\d{1,2}[.)])\s+")

_UNENDED = re.compile(r"[^\s.!?…‼⁉:;,)\]\"'”’]\s*$")  # a line its writer ended with no stop

_ANGRY_SIGN_OFF = re.compile(
    r"\s*(?:(?:very|extremely|absolutely|utterly|totally|still|a very|one)\s+)?(?:fuming|furious|"
    r"livid|angry|seething|disgusted|raging|incandescent|annoyed|fed up|disappointed|unhappy|"
    r"(?:angry|furious|fuming|disgusted|unhappy) customer|(?:thanks|thank you|cheers) for nothing|"
    r"no thanks to you|yours,? (?:in disgust|disgusted|furiously))\s*,\s*",
    re.IGNORECASE,
)

# What a question opens with. A sentence asked as a question whose question was left out ("I have
# been a loyal customer for 12 years and this is how you treat me?!") ends with a full stop.
_ASKS = re.compile(
    r"\W*(?:what|why|how|when|where|who|whom|whose|which|is|are|was|were|do|does|did|can|could|"
    r"will|would|should|shall|have|has|had|may|might|must|isn'?t|aren'?t|wasn'?t|weren'?t|"
    r"don'?t|doesn'?t|didn'?t|can'?t|couldn'?t|won'?t|wouldn'?t|shouldn'?t|haven'?t|hasn'?t|"
    r"any|anyone|anybody|so)\b|.*,\s*(?:right|isn'?t it|don'?t you|didn'?t you|no)\W*$",
    re.IGNORECASE,
)
_HOW_DARE = re.compile(r"\W*how dare\b", re.IGNORECASE)  # said as what happened, not asked

_LONE_INTERJECTION = re.compile(
    r"\W*(?:honestly|seriously|really|wow|well|right|look|listen|come on|i mean|oh|ok|okay|so|"
    r"jeez|god|ugh|man|yeah|mate|dude|exactly|then|anyway|again|no exaggeration|no joke|"
    # a tag question left by the clause it asked about: "…but the money, do you??"
    r"(?:do|does|did|are|is|was|were|have|has|can|will|would)(?:n't|n’t| not)? "
    r"(?:you|they|it|we|he|she|you lot|you people))\W*",
    re.IGNORECASE,
)

# A linking word left at a clause's end once what it linked is gone.
# Who or what went unanswered, all that is left of a no-reply sentence ("your customers", "any
# of my calls", "anyone", "the phone"), with no verb of its own.
_OBJECT_ONLY = re.compile(
    r"(?:(?:to|at|on)\s+)?(?:anyone|anybody|me|us|them|him|her|"
    r"(?:(?:any|all|one|none|some)\s+of\s+)?(?:your|my|our|their|the|any|a|an|its|his|her)\s+"
    r"[\w'’-]+(?:\s+[\w'’-]+)?)",
    re.IGNORECASE,
)

# A number or an address as all a no-reply acted on: "…answer 0161 496 0582 after 3pm".
_CALLED_NUMBER = re.compile(
    r"(?:(?:on|at|to)\s+)?"
    r"(?:(?:the|your)\s+(?:hotline|helpline|phone\s+line|support\s+line|line|number|phone|office)\s+)?"
    r"(?P<at>\+?\(?\d[\d ()-]{5,}\d|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)"
    r"(?P<when>\s+(?:after|before|at|on|in|during|since)\s+[^,;]{1,30})?"
    r"(?:\s+(?:either|too|at all|ever))?"
)
_CALLED_AND = re.compile(
    r"(?:(?:on|at|to)\s+)?(?P<at>\+?\(?\d[\d ()-]{5,}\d)\s+and\s+(?P<more>\S+@\S+\s+[^,;]{3,60})"
)
# A draft that says already that no reply came, in the writer's words.
_SAID_NO_REPLY = re.compile(
    r"\b(?:have|has|had)\s*(?:n[o']t|not|never)\s+(?:had|received|got(?:ten)?)\s+"
    r"(?:a|one|any|a single)\s+(?:reply|response|answer)|\bI have not had a reply\b|"
    r"\b(?:zero|no)\s+(?:reply|replies|response|responses|answer)\b|\bheard nothing\b|"
    r"\bnothing back\b|\bnot a (?:peep|word)\b",
    re.IGNORECASE,
)

_HANGING_LINK = re.compile(
    r"(?:\s*,)?\s+(?:and|but|so|or|that|because|as|when)(?=\s*[.!?]*$)", re.IGNORECASE
)

# Where a reply never came, said right after the no-reply: "on WhatsApp", "by email", "to my
# emails on the app" is the object's (`_UNANSWERED`).
_CHANNEL_TAIL = re.compile(
    r"\s+(?:on|via|by|over|through|in)\s+(?:the\s+)?(?:whatsapp|e-?mail|phone|live\s+chat|chat|"
    r"twitter|x|facebook|messenger|instagram|social\s+media|text|sms|dms?|app|website|helpline)"
    r"(?![\w'’-])",
    re.IGNORECASE,
)

# A date the no-reply runs from, said right after it and closing the sentence: "since 2 December".
_SINCE_TAIL = re.compile(r"\s*(?:since|from|as of)\s+[^,;.!?]{0,30}?\d[^,;.!?]*$", re.IGNORECASE)

_NEXT_STEP = "If this is not resolved"  # how `_threat_sentence` begins


# The draft says how the writer feels already ("I am furious." becomes "I am unhappy."): a
# sentence left out whole needs no "I am not happy with…" in its place.
_FEELING_SAID = re.compile(
    r"\b(?:i am|i'm|i feel|i felt|i was)\s+(?:(?:so|very|really|extremely|absolutely|utterly|"
    r"beyond|completely|totally|incredibly|deeply|bitterly)\s+)?(?:unhappy|not happy|disappointed|"
    r"furious|angry|livid|fuming|upset|annoyed|frustrated|disgusted|seething|raging|appalled)\b",
    re.IGNORECASE,
)

_NOT_HAPPY = {
    False: "I am not happy with how this has been handled.",
    True: "I am not happy with the service I have had.",
}


def _treated(report) -> bool:
    """Whether the heat came from name-calling (about people) rather than blame or sarcasm."""
    return any(s.kind == "insult" for s in report.signals)


# Not inside a pair that is one phrase: "a complete and utter disgrace", "sick and tired",
# "Never, ever".
_CLAUSE_BREAK = re.compile(
    r"\s*(?:,\s*(?:and|but|while)\s+|(?<!\bcomplete)(?<!\bsick)\s+(?:and|but|while)\s+|;\s*|,(?!\s+ever\b)\s+)",
    re.IGNORECASE,
)


def _acronyms() -> frozenset[str]:
    from complaint_desk.core.tone import lexicon as lex

    return lex.acronyms()


def _calmed(clause: str, keep: list[tuple[int, int]]) -> tuple[str, bool]:
    """The calmer-wording table, then name-calling left out; dropped when nothing a vendor can
    act on is left ("You idiots!!!" -> "You.") or what is left still reads as an attack."""
    calmer, dropped = _soften(clause, keep)
    if not dropped:
        calmer, dropped = _remove_insults(calmer)
    if not dropped and calmer.strip() != clause.strip() and _DANGLING.search(calmer):
        dropped = True  # "Premium my a**." less its oath is "Premium my": nothing is left to say
    if (
        not dropped
        and _BARE_ADDRESS.fullmatch(calmer)
        # "Both of them." said of two broken seats is what happened: a bare address is one only
        # when a name went from it or it speaks to the reader (session 32)
        and not (calmer.strip() == clause.strip() and _OF_THEM.fullmatch(clause))
    ):
        dropped = True
    if not dropped:
        inner = calmer.strip(" .")
        dropped = bool(inner) and _clause_hostile(inner)
    return calmer, dropped


def _calm_clauses(piece: str, acronyms: frozenset[str]) -> str:
    """The clauses of a hostile piece that read calm on their own (each calmed as a piece is),
    joined again; "" when none does or the piece has only one clause. A list item's mark stays
    before them ("4) The engineer left mud…")."""
    marker = _LIST_MARKER.match(piece)
    if marker is not None:
        calm = _calm_clauses(piece[marker.end() :], acronyms)
        return marker.group() + calm if calm else ""
    split, breaks = _clauses_and_breaks(piece.strip().rstrip(".!?‼"))
    pairs = [(c, b) for c, b in zip(split, breaks, strict=True) if c.strip()]
    clauses = [c for c, _b in pairs]
    if len(clauses) < 2:
        return ""
    kept: list[tuple[int, str]] = []
    subject: re.Match[str] | None = None  # whom a clause just left out was about
    gone_any = False  # a clause before was left out
    gone_last = False  # the clause just before was left out
    for index, clause in enumerate(clauses):
        calm = _sentence_case(clause, fact_spans(clause), acronyms)
        calm, gone = _calmed(calm, fact_spans(calm))
        calm = _tidy(calm).strip(" ,")
        if gone or _heat(calm) >= CALM_TARGET:
            gone_any = gone_last = True
            if fact_tokens(clause):
                subject = None
            else:  # a verdict after a verdict keeps whom the first was about ("…rude and lazy")
                subject = _SAID_OF.match(clause) or _ACTED.match(clause) or subject
            continue
        after_gone, gone_last = gone_last, False
        if _TAG.fullmatch(calm) or (gone_any and _BARE_ADDRESS.fullmatch(calm)):
            continue  # "…thieves and you know it", "Thieves, both of them": they went with it
        if after_gone and _VERBLESS_TAIL.match(calm) and not fact_tokens(calm):
            continue  # "…is totally useless and cheating students only": the verdict's own
        if subject and (
            _DONE.match(calm[:1].lower() + calm[1:])
            or (
                subject.group("who").lower() in _PRONOUNS
                and _BARE_VERB.match(calm[:1].lower() + calm[1:])
            )
        ):
            # "Waiter was rude and disappeared for ages" -> "Waiter disappeared for ages"
            calm = subject.group("who") + " " + calm[:1].lower() + calm[1:]
        subject = None
        if len(calm.split()) < 3 and not fact_tokens(calm):
            continue  # "Nine" says nothing alone; "(refs NW-2231, NW-2290)" is what happened
        kept.append((index, calm))
    if not kept:
        return ""
    # Clauses kept side by side are joined as the writer joined them ("my broadband and TV
    # bundle", "off and on" had become "broadband, TV bundle", "off, on": session 32); where
    # one went between them, by a comma (", and " when only two are left).
    out = kept[0][1]
    for (before, _said), (index, said) in zip(kept, kept[1:], strict=False):
        if index == before + 1:
            out += pairs[index][1] + said
        else:
            out += (", and " if len(kept) == 2 else ", ") + said
    return out


# What is only added to the clause before it: "…and you know it", "admit it", "face it".
_TAG = re.compile(
    r"\W*(?:and |so )?(?:you (?:all |lot )?know it|you know that|admit it|face it|"
    r"(?:and )?that'?s (?:a fact|the truth|that)|end of (?:story|discussion)|simple as that|"
    r"no (?:two ways|doubt) about it|it'?s (?:true|a fact)|"
    # a full stop said aloud ("…thieves, point final", session 32)
    r"full stop|period|point final|point barre|plain and simple|pure and simple|"
    r"(?:and )?that'?s final|no ifs,? (?:and|or) buts|no excuses|no question(?: about it)?|"
    r"hands down|bar none|by (?:a )?(?:far|mile|country mile))\W*",
    re.IGNORECASE,
)


# A list of numbers or amounts: a break between two of them is none.
_IN_A_LIST = re.compile(r"\d(?:st|nd|rd|th)?$")
_IN_A_LIST_AFTER = re.compile(r"(?:[£$€]\s?)?\d")


def _split_outside_brackets(piece: str) -> list[str]:
    """`_CLAUSE_BREAK` pieces, but a bracketed aside stays whole ("(refs NW-2231, NW-2290)")."""
    return _clauses_and_breaks(piece)[0]


def _clauses_and_breaks(piece: str) -> tuple[list[str], list[str]]:
    """`_split_outside_brackets`, with the break written before each piece ("" before the
    first): two pieces kept side by side are joined as the writer joined them."""
    out: list[str] = []
    breaks: list[str] = [""]
    start = 0
    quoted = quotations(piece, min_words=3)  # someone's words stay whole
    for m in _CLAUSE_BREAK.finditer(piece):
        before = piece[: m.start()]
        if before.count("(") > before.count(")"):
            continue
        if any(a < m.start() and m.end() < b for a, b in quoted):
            continue
        if _IN_A_LIST.search(before) and _IN_A_LIST_AFTER.match(piece, m.end()):
            continue  # "on 7, 9 and 12 May", "£40, £55 and £60": one list of facts (session 32)
        out.append(piece[start : m.start()])
        breaks.append(m.group())
        start = m.end()
    out.append(piece[start:])
    return out, breaks


def _angry_tag(tag: str) -> bool:
    from complaint_desk.core.tone import analyse

    return analyse(tag).heat >= 25


def _repair_facts(original: str, new: str) -> str:
    """Last line of defence: any fact token the rewrite lost goes back in, verbatim."""
    if fact_tokens_kept(original, new):
        return new
    return _carry_facts(original, new)


# A word a hashtag can stand in the sentence after: "wheres the #outrage", "a fit of #anger".
_TAG_IN_SENTENCE = re.compile(
    r"\b(?:the|a|an|of|for|my|your|our|with|in|at|to|and|pure|such)\s+$", re.IGNORECASE
)


def _calm_tag(m: re.Match[str]) -> str:
    """An angry hashtag goes ("…hangs up #fuming"); one the sentence needs as a word stays as
    that word ("a fit of #anger?" -> "a fit of anger?", not "a fit of?")."""
    tag = m.group()
    if not _angry_tag(tag):
        return tag
    if _TAG_IN_SENTENCE.search(m.string, 0, m.start()):
        return tag[1:]
    return ""
