"""Calm rewrites: a calmer sentence for each hot one, built from the tone signals and the case log.

Seam: `calm_version(text, facts=None) -> str` and `suggestions(text, facts=None)` -> items with
`start`, `end`, `replacement`, `reason` (and the heat before and after). `calm_version` is the
text with every suggestion applied, so accepting all of them one by one gives the same text.

What a rewrite does, per sentence and clause:
- shouting -> sentence case; "!!!" -> "." ("?!" -> "?");
- profanity, owned anger, strong negative words, absolutes and blame -> plainer words, from the
  data table `resources/tone/calmer.tsv`; name-calling is left out;
- "you never answer" -> the count and date the log holds ("I have contacted you 3 times since
  3 March without a reply") when `facts` are given;
- a threat -> a calm next step with a date ("If this is not resolved by 12 December, I will take
  it to the ombudsman."); extortion -> the remedy ("I would like a refund.");
- a clause that still reads hostile says nothing a vendor can act on and is left out.

Every number, date, reference, amount, @handle and link of the original survives verbatim: the
edits never touch those spans (`fact_spans`), and a clause or threat that is left out hands its
facts to the sentence that replaces it. Pure functions: no Qt, no clock (dates come in `facts`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from complaint_desk.core.tone.detect import AMOUNT_SOURCE, FACT_PATTERN
from complaint_desk.core.tone.split import repeats_across_comma

CALM_TARGET = 25.0  # calm_version keeps going until the whole text reads calm (band "calm")
HOT_SENTENCE = 25.0  # a sentence at or past this heat gets a suggestion even with no signal fix


@dataclass(frozen=True)
class RewriteFacts:
    """What the case log knows, for turning absolutes and threats into counts and dates."""

    contacts: int | None = None  # how many times the person contacted the vendor
    first_contact: date | None = None
    deadline: date | None = None  # the date a next step is promised for
    remedy: str | None = None  # "a refund", "a replacement kettle"
    next_step: str | None = None  # "take it to the ombudsman", "refer it to Ofcom"
    replies: int | None = None  # how many replies the vendor gave (0: never answered)


@dataclass(frozen=True)
class Suggestion:
    start: int  # [start, end) code points of the original text
    end: int
    replacement: str
    reason: str
    heat_before: float = 0.0  # the sentence's heat, alone
    heat_after: float = 0.0  # the replacement's heat, alone

    @property
    def original_span(self) -> tuple[int, int]:
        return (self.start, self.end)


# --- facts that must survive ------------------------------------------------------------------
_PROTECT = re.compile(
    r"https?://[^\s<>\"]+[^\s<>\".,;:!?)\]]"
    r"|www\.[^\s<>\"]+[^\s<>\".,;:!?)\]]"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|(?<![\w@])@\w+"
    r"|#\w*\d\w*"
    r"|\b[A-Z]{2}\d{2} ?[A-Z]{3}\b"  # a UK number plate: "AB12 CDE" (its letters are no shouting)
    r"|[£$€¥]\s?\d[\d,]*(?:\.\d+)?(?:[kKmM]\b)?"
    r"|[\w£$€#/+&-]*\d(?:[\w£$€#/:+&%-]|[.,](?=\w))*"
)


def fact_spans(text: str) -> list[tuple[int, int]]:
    """Spans that a rewrite must keep verbatim: links, e-mails, @handles, amounts, numbers,
    dates, references (anything with a digit), and dates written in words ("on Tuesday")."""
    spans = [m.span() for m in _PROTECT.finditer(text)]
    spans += [m.span() for m in FACT_PATTERN.finditer(text)]
    return _merge(spans)


def fact_tokens_kept(original: str, new: str) -> bool:
    """Whether every fact token of `original` is a fact token of `new` too (verbatim)."""
    kept = set(fact_tokens(new))
    return all(t in kept for t in fact_tokens(original))


def fact_tokens(text: str) -> list[str]:
    """The protected tokens themselves: each number, date, reference, amount, @handle, link."""
    return [m.group() for m in _PROTECT.finditer(text)]


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _overlaps(a: int, b: int, spans: list[tuple[int, int]]) -> bool:
    return any(a < y and x < b for x, y in spans)


# --- the data table --------------------------------------------------------------------------
@dataclass(frozen=True)
class _Rule:
    pattern: re.Pattern[str]
    replacement: str  # "DROP" leaves the clause out


@cache
def _rules() -> tuple[_Rule, ...]:
    from complaint_desk.core.resources import read_text

    rules = []
    for raw in read_text("tone", "calmer.tsv").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        pattern, _, replacement = raw.partition("\t")
        pattern = pattern.strip().replace("'", "['’]")
        rules.append(
            _Rule(re.compile(rf"(?<![\w'’-])(?:{pattern})(?![\w'’-])", re.IGNORECASE), replacement)
        )
    return tuple(rules)


# --- small text helpers ----------------------------------------------------------------------
_CLAUSE = re.compile(r"\s*(?:[,;:]|\s[-–—]|\.\.\.|…)\s+|\s*\(\s*|\s*\)\s*")
_WORD = re.compile(r"[^\W\d_][\w'’]*")
_EXCLAIM = re.compile(r"[!?‼⁉]*[!‼⁉][!?‼⁉1]*|\?{2,}")
_SPACES = re.compile(r"[ \t]{2,}")
_ANGRY_EMOJI = re.compile(
    "[\U0001f620-\U0001f624\U0001f92c\U0001f47f\U0001f595\U0001f644"
    "\U0001f643\U0001f4a2\U0001f92e\U0001f922\U0001f4a9\U0001f612"
    "\U0001f611\U0001f610\U0001f637\U0001f62d\U0001f629\U0001f62b]"
    "[\ufe0f\U0001f3fb-\U0001f3ff]?"
)
_MONTHS = (
    "January February March April May June July August September October November December"
).split()


def format_date(d: date) -> str:
    """ "12 December" (the year only when it is not the first-contact year)."""
    return f"{d.day} {_MONTHS[d.month - 1]}"


def _with_year(d: date, other: date | None) -> str:
    text = format_date(d)
    return text if other is None or other.year == d.year else f"{text} {d.year}"


def _is_shouted(word: str, acronyms: frozenset[str]) -> bool:
    letters = [c for c in word if c.isalpha()]
    return (
        len(letters) >= 2
        and all(c.isupper() for c in letters)
        and (word.upper().replace("’", "'") not in acronyms)
        # No vowel at all (Y counts): a code, not a word ("LGW", "NHS", "HMRC", "JFK").
        and any(c in "AEIOUY" for c in letters)
    )


def _sentence_case(text: str, keep: list[tuple[int, int]], acronyms: frozenset[str]) -> str:
    """Lower-case shouted words (not protected spans, not acronyms like USB)."""

    def kept(m: re.Match[str]) -> bool:
        # A reference's label is a word like any other ("MY ORDER 44120" -> "My order 44120").
        return _overlaps(m.start(), m.end(), keep) and m.group().lower() not in _LABEL_WORDS

    words = list(_WORD.finditer(text))
    loud = [_is_shouted(m.group(), acronyms) for m in words]
    if not any(loud):
        return text
    several = sum(loud) >= 2

    def beside_loud(i: int) -> bool:
        return (i > 0 and loud[i - 1]) or (i + 1 < len(words) and loud[i + 1])

    shouted = []
    for i, m in enumerate(words):
        word = m.group()
        if kept(m):
            continue
        if loud[i]:
            # A short capitalised word alone among lower-case ones is a code ("from ATL and"),
            # unless it is a common word ("for ONE pair", "I said NO").
            if len(word) <= 3 and word.upper() not in _COMMON_SHORT and not beside_loud(i):
                continue
            shouted.append(m)
        elif word in _SHOUTED_SHORT and (several or beside_loud(i)):
            shouted.append(m)  # in a shouted run, "A", "IT", "US" are words ("GOOGLE IT")
    out = list(text)
    for m in shouted:
        low = m.group().lower()
        if low in ("i", "i'm", "i’m", "i've", "i’ve", "i'll", "i’ll", "i'd", "i’d"):
            low = "I" + low[1:]
        out[m.start() : m.end()] = list(low)  # same length: offsets hold
    return "".join(out)


_SHOUTED_SHORT = frozenset({"A", "IT", "US", "AM", "OR", "ON", "OK"})
# Short words people shout on their own; another short capitalised word is a code (ATL, BA).
_COMMON_SHORT = frozenset(
    """I AM AN AS AT BE BY DO GO HE IF IN IS IT ME MY NO OF OH OK ON OR SO TO UP US WE ALL AND
    ANY ARE ASK BAD BIG BUT CAN DAY DID END FEE FEW FIX FOR GET GOT HAD HAS HER HIM HIS HOW ITS
    LET LOT MAD NEW NOT NOW OFF OLD ONE OUR OUT OWN PAY PUT SAD SAW SAY SEE SHE SIX TEN THE TOO
    TRY TWO USE WAS WAY WHO WHY YES YET YOU""".split()
)
_LABEL_WORDS = frozenset(
    """order ref reference booking account ticket invoice case tracking flight policy claim
    number no serial contract customer membership reservation confirmation parcel room on""".split()
)


def _capitalise(text: str) -> str:
    if re.match(r"\s*(?:https?://|www\.)", text, re.IGNORECASE):
        return text  # a link keeps its spelling
    for i, ch in enumerate(text):
        if ch.isalpha():
            if any(m.start() <= i < m.end() for m in _PROTECT.finditer(text, 0, i + 40)):
                return text  # a fact keeps its spelling ("a$5", "x-99812")
            return text[:i] + ch.upper() + text[i + 1 :]
        if ch.isdigit() or ch in "@#£$€\"'“‘(":
            return text
    return text


_LOWER_START = re.compile(r"(?<=[^\W_])([.!?])(\s+)(i\b|[a-z])")


def _capitalise_starts(text: str) -> str:
    """A sentence the writer began in lower case, inside a rewritten one ("I live at number 41.
    sort your drivers out") starts with a capital; not after an abbreviation ("approx. five")."""
    from complaint_desk.core.tone.split import is_abbreviation

    facts: list[tuple[int, int]] | None = None  # the fact tokens' spans, found when needed

    def cap(m: re.Match[str]) -> str:
        nonlocal facts
        word = re.search(r"[\w.]+$", text[max(0, m.start() - 40) : m.start()])
        if m.group(1) == "." and word and is_abbreviation(word.group()):
            return m.group()
        if facts is None:
            facts = [f.span() for f in _PROTECT.finditer(text)]
        if any(a <= m.start(3) < b for a, b in facts):
            return m.group()  # a fact keeps its spelling
        return m.group(1) + m.group(2) + m.group(3).upper()

    return _LOWER_START.sub(cap, text)


def _tidy(text: str) -> str:
    text = _SPACES.sub(" ", text)
    text = re.sub(r"\s+([,.;:?])", r"\1", text)
    text = re.sub(r"([,;:])(?:\s*[,;:])+", r"\1", text)
    text = re.sub(r"[,;:]+(?=[.!?])", "", text)  # "Sort it out, you lot!" less the name
    text = re.sub(r"^[\s,;:.-]+", "", text)
    # "And…", "So…" left leading a clause go; not "So far", "So many", "So sorry"
    text = re.sub(
        r"^(?i:and|but|or|so(?!\s+(?:far|much|many|long|sorry|glad|happy|it|that|what|please)\b))"
        r"\b\s*",
        "",
        text,
    )
    text = re.sub(r"[\s,;:-]+$", "", text)
    text = re.sub(r"\ba ([aeiou])", r"an \1", text)
    text = re.sub(r"\b(an?) (an?) ", r"\1 ", text)
    return text.strip()


def _end(text: str, question: bool = False) -> str:
    text = text.rstrip()
    if not text or re.fullmatch(r"(?:@\w+\s*)+", text):
        return text
    if text[-1] in ".?":
        return text
    if text[-1] in "!‼⁉":
        text = text.rstrip("!‼⁉")
    if text and text[-1] in ")\"”’'":
        return text + "."
    return text + ("?" if question else ".")


# --- the tone, sentence by sentence ----------------------------------------------------------
def _heat(text: str) -> float:
    from complaint_desk.core.tone import analyse

    return analyse(text).heat if text.strip() else 0.0


_HOSTILE = frozenset({"insult", "profanity", "blame", "sarcasm", "threat", "extortion"})


def _clause_hostile(clause: str) -> bool:
    """Whether a clause still carries something a reader takes as an attack."""
    from complaint_desk.core.tone import analyse

    report = analyse(clause)
    kinds = {s.kind for s in report.signals if s.weight > 0.3}
    return bool(kinds & _HOSTILE) or report.heat >= 45


# --- threats and extortion -------------------------------------------------------------------
_DEADLINE = re.compile(
    r"\b(?:by|before|until|till|no later than)\s+(?:the\s+)?(?:end of\s+)?"
    r"(?:today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"next week|this week|the weekend|\d{1,2}(?:st|nd|rd|th)?(?:\s+(?:of\s+)?[A-Za-z]{3,9})?"
    r"(?:\s+\d{4})?|[A-Za-z]{3,9}\s+\d{1,2}(?:st|nd|rd|th)?|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}(?:/\d{2,4})?)"
    r"|\b(?:within|in)\s+(?:\d+|one|two|three|seven|ten|fourteen|twenty[- ]four|forty[- ]eight)"
    r"\s+(?:working\s+)?(?:hours?|days?|weeks?)\b",
    re.IGNORECASE,
)
_YOU_HAVE = re.compile(
    r"\byou(?:'ve| have| got)\s+(\d+|one|two|three|seven|ten|fourteen|twenty[- ]four|"
    r"forty[- ]eight)\s+((?:working\s+)?(?:hours?|days?|weeks?))",
    re.IGNORECASE,
)
_REMEDIES = (
    (re.compile(r"\bdeposit\b", re.I), "my deposit back"),
    (re.compile(r"\b(?:refund|money back|reimburse|pay (?:me )?back)", re.I), "a refund"),
    (re.compile(r"\b(?:replace|replacement|new one)", re.I), "a replacement"),
    (re.compile(r"\b(?:repair|fix)", re.I), "this fixed"),
    (re.compile(r"\b(?:pay up|owed?\b)", re.I), "the money I am owed"),
    (re.compile(r"\bgoodwill", re.I), "a goodwill payment"),
    (re.compile(r"\b(?:compensat|pay me|credit)", re.I), "compensation"),
    (re.compile(r"\b(?:deliver|send)", re.I), "delivery"),
    (re.compile(r"\bcancel", re.I), "the cancellation confirmed"),
    (re.compile(r"\bhonou?r", re.I), "the agreed price honoured"),
    (re.compile(r"\bvoucher", re.I), "a voucher"),
    (re.compile(r"\bmatch\w* (?:the|your) (?:\w+ )?price", re.I), "the advertised price honoured"),
    (re.compile(r"\b(?:(?:knock|take)\b[^.!?\n]{1,25}?\boff\b|discount)", re.I), "a discount"),
    (re.compile(r"\bwaive", re.I), "the fee waived"),
    (re.compile(r"\b(?:sort|resolve)", re.I), "this resolved"),
)
_BODIES = re.compile(
    r"\b(?:the\s+)?(ombudsman|ombudsmen|trading standards|citizens advice|the bbb|better business "
    r"bureau|bbb|ofcom|ofgem|ofwat|the fca|fca|financial ombudsman(?: service)?|ftc|the ftc|cma|"
    r"small claims court|small claims|the regulator|regulator|consumer protection|my bank|"
    r"chargeback|the press|watchdog|the council)\b",
    re.IGNORECASE,
)
_LEGAL = re.compile(r"\b(?:sue|suing|court|lawyer|solicitor|attorney|legal|law suit|lawsuit)", re.I)
_STARS = re.compile(
    r"(?:\b[0-5](?:\.\d)?(?:\s?[-/]?\s?(?:stars?|⭐️?)|\s?\*)|⭐+)(?:\s+(?:reviews?|ratings?))?",
    re.IGNORECASE,
)


def _deadline_text(piece: str, facts: RewriteFacts | None) -> str:
    """The writer's own deadline ("by Friday", "you have 48 hours") if the piece has one, else
    the case's, else 14 days."""
    m = _YOU_HAVE.search(piece)
    if m:
        return f"within {m.group(1)} {m.group(2)}"
    m = _DEADLINE.search(piece)
    if m:
        found = m.group()
        return found[0].lower() + found[1:]
    if facts is not None and facts.deadline is not None:
        return "by " + format_date(facts.deadline)
    return "within 14 days"


def _next_step(piece: str, facts: RewriteFacts | None) -> str:
    """The body the writer named ("…small claims court"), else the case's next step, else legal
    advice for a legal threat, else "take the matter further"."""
    body = _BODIES.search(piece)
    if body is None and facts is not None and facts.next_step:
        return facts.next_step
    if body:
        name = body.group(1)
        low = name.lower()
        if low in ("the press", "watchdog"):
            return "raise it with a consumer watchdog"
        if low in ("chargeback", "my bank"):
            return "ask my bank for a chargeback"
        if low.startswith("small claims"):
            return "make a claim in the small claims court"
        the = (
            ""
            if low.startswith("the ")
            or low.isupper()
            or low
            in (
                "trading standards",
                "citizens advice",
                "ofcom",
                "ofgem",
                "ofwat",
                "fca",
                "ftc",
                "cma",
                "bbb",
            )
            else "the "
        )
        return f"refer it to {the}{name}"
    if _LEGAL.search(piece):
        return "take legal advice"
    return "take the matter further"


def _mid_sentence(phrase: str) -> str:
    """A phrase typed as a sentence ("A working line") put after "I would like": its first
    letter lowered unless the word is an acronym or a name in capitals ("BT", "ID")."""
    phrase = phrase.strip().rstrip(".")
    if len(phrase) > 1 and phrase[0].isupper() and not phrase[1].isupper():
        first = phrase.split(" ", 1)[0]
        if first.lower() in {"a", "an", "the", "my", "our", "some", "full", "refund", "repair"}:
            return phrase[0].lower() + phrase[1:]
    return phrase


_AMOUNT = re.compile(AMOUNT_SOURCE)


_OWN_ASKS = frozenset(
    {
        "a discount",
        "the fee waived",
        "the agreed price honoured",
        "the advertised price honoured",
        "a voucher",
        "my deposit back",
        "the cancellation confirmed",
    }
)


def _remedy(piece: str, facts: RewriteFacts | None) -> str:
    """What the writer asks for: their own amount when they name one ("Refund my £79 or…" ->
    "a refund of £79"), else the case's remedy, else the kind of remedy the piece names."""
    amount = _AMOUNT.search(piece)
    own = next((remedy for pattern, remedy in _REMEDIES if pattern.search(piece)), None)
    if amount and own == "the money I am owed":
        return f"the {amount.group()} I am owed"
    if amount and own in ("a refund", "compensation", "a discount", "a goodwill payment"):
        return f"{own} of {amount.group()}"
    if amount and own is None:
        return f"the {amount.group()} I am owed"  # "…once the £60 lands in my account"
    if own in _OWN_ASKS:
        return own  # a different ask from the case's usual remedy: the writer's own words win
    if facts is not None and facts.remedy:
        return _mid_sentence(facts.remedy)
    return own or "this resolved"


# An extortion that offers a better review for the remedy, rather than threatening a worse one.
_OFFER = re.compile(
    r"\b(?:remove|delete|take (?:[\w'’-]+ ){0,3}?(?:down|off)|edit|change|update|raise|bump|"
    r"improve|upgrade|withdraw|pull|reconsider|revise|amend|disappears?|removed|deleted)\b",
    re.IGNORECASE,
)


_WARNING_ONLY = re.compile(
    r"\W*(?:this is (?:your|my|the) )?(?:last|final|only) (?:warning|chance)"
    r"(?: (?:for you|mate))?\W*",
    re.IGNORECASE,
)
# A threat that opens with what the writer wants: "Refund the £210 … or I'll make your life hell."
_DEMAND_FIRST = re.compile(
    r"\W*(?:please\s+|just\s+|now\s+)?(?:i\s+(?:want|need|expect|demand)\s+(?:a\s+|my\s+|the\s+|full\s+)*"
    r"(?:[£$€]\s?\d[\d,.]*\s+)?(?:refund|compensation|replacement|money\s+back|repair)|"
    r"refund|reimburse|compensate|pay\s+(?:me|up|back)|replace|"
    r"repair|fix|sort\s+(?:it|this|out|my)|return\s+my|send\s+(?:me\s+)?(?:my|a|the)|give\s+me|"
    r"credit|cancel|waive)\b[^.!?]*?,?\s+(?:or|otherwise)\b",
    re.IGNORECASE,
)


def _threat_sentence(piece: str, facts: RewriteFacts | None) -> str:
    when = _deadline_text(piece, facts)
    return f"If this is not resolved {when}, I will {_next_step(piece, facts)}."


def _extortion_sentence(piece: str, facts: RewriteFacts | None) -> str:
    when = _deadline_text(piece, facts)
    remedy = _remedy(piece, facts)
    if when == "within 14 days" and not (facts and facts.deadline):
        return f"I would like {remedy}."
    return f"I would like {remedy} {when}."


# A month by name: capitalised, or in any case after its day ("14 november"); "march 2 the
# White House" is no date.
_MONTH = re.compile(
    r"\b(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b"
    r"|\d(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b",
    re.IGNORECASE,
)


def _whole_dates(original: str, tokens: list[str]) -> list[str]:
    """Lost fact tokens, each day or year given with the rest of its date: "For reference: 14
    November.", not "For reference: 14." (the token itself is kept verbatim inside it)."""
    dates = [original[a:b] for a, b in fact_spans(original) if _MONTH.search(original, a, b)]
    out: list[str] = []
    for token in tokens:
        whole = next((d for d in dates if re.search(rf"(?<!\w){re.escape(token)}(?!\w)", d)), None)
        out.append(whole or token)
    return list(dict.fromkeys(out))


def _carry_facts(original: str, new: str, offer: bool = False) -> str:
    """Append the facts of `original` that `new` lost, in a neutral sentence. A star rating reads
    "So far I would rate my experience 1 star"; in an `offer` ("…I'll bump my rating up to 4
    stars") it is the rating promised, not the writer's, and stays a plain reference."""
    kept = set(fact_tokens(new))
    lost = [t for t in fact_tokens(original) if t not in kept]
    if not lost:
        return new
    handles = [t for t in lost if t.startswith("@")]
    lost = [t for t in lost if not t.startswith("@")]
    stars = [t for t in lost if _STARS.match(t) or re.fullmatch(r"[0-5](?:\.\d)?[-/]?", t)]
    rest = [t for t in lost if t not in stars]
    if offer and stars:
        star = _STARS.search(original)
        rest = ([star.group()] if star else stars) + rest
        stars = []
    out = new
    if handles:
        out = " ".join(dict.fromkeys(handles)) + (" " + new if new else "")
    if stars:
        star = _STARS.search(original)
        rating = star.group() if star else None
        if rating:
            in_rating = set(fact_tokens(rating))
            rest = [t for t in stars if t not in in_rating] + rest
            stars = [t for t in stars if t in in_rating]
            rating = rating if stars else None
        if rating:
            rating = re.sub(r"\s+(?:reviews?|ratings?)$", "", rating.strip(), flags=re.I)
            # "1*" reads as "1 star" in a sentence (the number stays as written).
            rating = re.sub(
                r"^(\S+?)\s?\*$",
                lambda m: m.group(1) + (" star" if m.group(1) in ("1", "one") else " stars"),
                rating,
            )
            out += f" So far I would rate my experience {rating}."
        else:
            rest = stars + rest
    rest = _whole_dates(original, rest)
    if rest:
        if out.strip() and not out.rstrip().endswith((".", "!", "?", ":", ",")):
            out = out.rstrip() + "."  # "My dad is 79" then the reference: two sentences
        out += " For reference: " + ", ".join(dict.fromkeys(rest)) + "."
    return out.strip()


# --- absolutes about replies -----------------------------------------------------------------
# Whom or what went unanswered, after the no-reply: "…answers their phones", "…replied to me".
_UNANSWERED = (
    r"(?:\s+(?:to\s+)?(?:me|us|my \w+|(?:(?:the|their|his|her|your)\s+)?"
    r"(?:phones?|emails?|calls?)))?"
)
_NO_REPLY = re.compile(
    r"\b(?:you(?:\s+(?:people|lot|guys))?|they|nobody|no one|no-one|no-body)\s+"
    r"(?:have\s+|has\s+)?(?:ever|never|don't|do not|won't|will not|didn't|did not|can't|cannot|"
    r"haven't|hasn't|not once)\s+(?:even\s+|ever\s+|once\s+|bother(?:ed)? to\s+)*"
    r"(?:answer|repl(?:y|ies|ied)|respond|call(?:ed)?\s+(?:me\s+)?back|get\s+back|got\s+back|ring\s+back|"
    r"pick(?:ed)? up|answered|replied|responded|bothered|got back|came back|phone(?:d)? back|"
    r"email(?:ed)? back)\w*"
    + _UNANSWERED
    # "Nobody ever calls back", "No one has bothered to respond": the subject is the "no".
    + r"|\b(?:nobody|no one|no-one|no-body)\s+"
    r"(?:(?:has|have|ever|even|once|yet|bother(?:ed|s)? to)\s+)*"
    r"(?:answer|repl(?:y|ies|ied)|respond|call(?:s|ed)?\s+(?:me\s+|us\s+)?back|"
    r"rings?\s+(?:me\s+)?back|"
    r"gets?\s+back|got\s+back|phone(?:s|d)?\s+(?:me\s+)?back|email(?:s|ed)?\s+(?:me\s+)?back|"
    r"pick(?:s|ed)?\s+up)\w*"
    + _UNANSWERED
    # "I have emailed you countless times and heard NOTHING back": the count is in the log.
    + r"|\b(?:i(?:['’]ve|\s+have)?\s+)?(?:emailed|called|rung|rang|phoned|written to|wrote to|"
    r"contacted|chased)\s+(?:you\s+|this\s+|them\s+)?(?:countless|so many|a million|a hundred|"
    r"a thousand|dozens of|hundreds of|loads of|endless|numerous|umpteen)\s+times"
    r"(?:\s+and\s+(?:heard|had|got|received)\s+(?:nothing|no reply|no answer|no response|"
    r"not a word)(?:\s+back)?)?",
    re.IGNORECASE,
)


_COUNTED = re.compile(
    r"\b(?:called|rung|rang|phoned|emailed|e-mailed|written to|wrote to|contacted|chased|"
    r"messaged|texted)\s+(?:you\s+|them\s+|your\s+\w+\s+)?(?:\d+|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|several)\s+times\b",
    re.IGNORECASE,
)


_NO_REPLY_PLAIN = "I have not had a reply."
# What went unanswered, and the date it was sent, after the no-reply: "…to my email" "of 3 May".
_REPLY_OBJECT = re.compile(r"\b(?:to\s+)?((?:my|our)\s+[\w-]+)\s*$", re.IGNORECASE)
_DATED_TAIL = re.compile(
    r"(?:of|from|dated|sent on|sent|on|since)\s+[^,;.!?]{0,30}?\d[^,;.!?]*", re.IGNORECASE
)


def _no_reply_sentence(facts: RewriteFacts | None, absolute: bool) -> str | None:
    if facts is None or not facts.contacts:
        return _NO_REPLY_PLAIN if absolute else None
    times = "once" if facts.contacts == 1 else f"{facts.contacts} times"
    since = f" since {format_date(facts.first_contact)}" if facts.first_contact is not None else ""
    tail = " without a reply" if not facts.replies else ""
    return f"I have contacted you {times}{since}{tail}."


# --- the rewrite of one sentence -------------------------------------------------------------
@dataclass
class _Unit:
    start: int
    end: int
    kind: str  # "clause", "threat", "extortion"


def _units(sentence: str, spans: list[tuple[str, int, int]]) -> list[_Unit]:
    """Clauses of a sentence, with a threat or extortion (and the clauses it spans) as one."""
    cuts = [0]
    for m in _CLAUSE.finditer(sentence):
        if _BARE_ADDRESS.fullmatch(sentence[m.end() :]):
            continue  # "Thieves, the lot of you.": the address says whom the name is for
        comma = m.start() + m.group().find(",")
        if comma >= m.start() and repeats_across_comma(sentence, comma):
            continue  # "really, really angry": one clause
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
_ULTIMATUM_FILLER = re.compile(
    r"\W*(?:so,?\s+|and\s+)?(?:how about this|here['’]s the deal|here is the deal|"
    r"(?:it['’]s\s+|the\s+)?your (?:choice|call|decision|move)|the choice is yours|"
    r"the ball(?:['’]s| is) in your court|simple as that|take it or leave it|choose wisely|"
    r"you decide|(?:it['’]s\s+)?up to you|one way or (?:another|the other)|mark my words)\W*",
    re.IGNORECASE,
)

_OTHER_HALF = re.compile(
    r"[\s,;:–—-]*(?:and\s+|but\s+)?(?:don['’]?t|do not|if not|if you don['’]?t|if you do not|"
    r"otherwise|or else|else|keep it|refuse|say no|no refund|no money)\b",
    re.IGNORECASE,
)


def _soften(clause: str, keep: list[tuple[int, int]]) -> tuple[str, bool]:
    """Apply the calmer-wording table to a clause. Returns (text, dropped)."""
    text = clause
    rules = _rules()
    for rule in [r for r in rules if r.replacement == "DROP"] + [
        r for r in rules if r.replacement != "DROP"
    ]:
        pos = 0
        while True:
            m = rule.pattern.search(text, pos)
            if m is None:
                break
            local_keep = fact_spans(text)
            if _overlaps(m.start(), m.end(), local_keep):
                pos = m.end()
                continue
            if rule.replacement == "DROP":
                return text, True
            new = m.expand(rule.replacement) if "\\" in rule.replacement else rule.replacement
            if m.group()[:1].isupper() and new[:1].islower() and m.start() == 0:
                new = new[:1].upper() + new[1:]
            text = text[: m.start()] + new + text[m.end() :]
            pos = m.start() + len(new)
    return text, False


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


_PLACE_AFTER = r"\s*(?:in|at|on|from|of|who|that|working|behind)\b"
# What is left of a clause whose name-calling is gone: nothing a vendor can act on.
# What is left of an address once its name is gone: "You idiots!!!" -> "You", "Thieves, the lot
# of you." -> "the lot of you".
_BARE_ADDRESS = re.compile(
    r"\W*(?:you|you lot|you people|you guys|you all|your"
    r"|(?:the (?:whole )?lot|all|each|every (?:last |single )?one|both) of (?:you|them))\W*",
    re.I,
)


def _lone_name(piece: str) -> bool:
    """A clause that is one name-calling word and nothing else ("lazy", "Crooks")."""
    from complaint_desk.core.tone import lexicon as lex

    word = piece.strip(" \t.,;:!?…-–—").lower()
    return bool(word) and " " not in word and lex.insults().get(word) is not None


def _remove_insults(clause: str) -> tuple[str, bool]:
    """Leave out name-calling: a name before the rest of the clause goes ("your useless staff
    hung up" -> "your staff hung up"); a clause that is the name-calling is dropped."""
    from complaint_desk.core.tone import analyse

    report = analyse(clause)
    insults = [s for s in report.signals if s.kind in ("insult", "profanity")]
    if not insults:
        return clause, False
    keep = fact_spans(clause)
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
        if not after or predicate or not re.match(r"[\w'’]", after):
            if s.kind == "insult" or not after or re.search(r"\b(?:an?|the)$", before):
                return text, True  # "you must be an asshole to…" would leave "an to…"
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
        text = text[:start] + text[s.end :]
    text = _SPACES.sub(" ", text)
    if _BARE_ADDRESS.fullmatch(text):
        return text, True  # "You idiots!!!" -> "You": left out whole
    return text, False


def rewrite_sentence(
    sentence: str,
    facts: RewriteFacts | None = None,
    seen: set[str] | None = None,
    drop: tuple[tuple[int, int], ...] = (),
) -> str:
    """A calm version of one sentence ("" when nothing in it is worth keeping). `seen` holds
    the generated sentences earlier ones produced ("I have not had a reply."): not repeated."""
    seen = (
        set() if seen is None else seen
    )  # `drop`: spans (sarcasm the draft confirms) to leave out
    from complaint_desk.core.tone import analyse
    from complaint_desk.core.tone import lexicon as lex

    if not sentence.strip():
        return sentence
    if _ANGRY_SIGN_OFF.fullmatch(sentence):
        return "Regards,"  # "Fuming,\nR. Patel": the letter's close, not a feeling to explain
    reworded = _THANKS_TO.sub(_what_they_did, _EXCUSE_FOR.sub(r"\g<what>", sentence))
    if reworded != sentence:
        # What the sarcasm was is gone, and `drop`'s offsets were the old sentence's.
        sentence, drop = reworded, ()
    report = analyse(sentence)
    acronyms = lex.acronyms()
    keep = fact_spans(sentence)
    question = sentence.rstrip().rstrip("!‼⁉1").endswith("?") and not _HOW_DARE.match(sentence)
    spans = [(s.kind, s.start, s.end) for s in report.signals if s.kind in ("threat", "extortion")]
    absolute = any(s.kind == "absolute" for s in report.signals)
    parts: list[str] = []
    joints: list[str | None] = []  # what joined each part to the one before; None: a gap
    lead: list[str] = []
    left_out = False  # a clause was left out for reading hostile
    units = _units(sentence, spans)
    previous: _Unit | None = None  # the unit whose calm text is the last part, kept as it was
    subject: re.Match[str] | None = None  # whom a clause just left out was about
    sarcasm_out = False  # a sarcastic clause was left out ("Thanks a lot, Northgate.")
    for unit in units:
        piece = sentence[unit.start : unit.end]
        if not _WORD_OR_NUMBER.search(piece):
            continue  # "." after a bracket, "!!!": nothing to keep, and no break between clauses
        joints.extend(None for _ in range(len(parts) - len(joints)))  # parts made last time
        kept_after, previous = previous, None
        if spans and unit.kind == "clause" and _ULTIMATUM_FILLER.fullmatch(piece):
            continue  # "How about this:", "…, simple as that": the pressure's framing
        if unit.kind == "clause" and _lone_name(piece):
            left_out = True
            continue  # "Filthy, lazy, and you still charged…": a name alone says nothing more
        if unit.kind == "extortion":
            offer = bool(_OFFER.search(piece))
            lead.append(_carry_facts(piece, _extortion_sentence(piece, facts), offer))
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
                both = _carry_facts(piece, f"{wanted} {step}")  # facts lost go after the step
                lead.extend([wanted, step + both[len(wanted) + 1 + len(step) :]])
            else:
                lead.append(_carry_facts(piece, _threat_sentence(piece, facts)))
            continue
        no_reply = _NO_REPLY.search(piece)
        if no_reply and not _overlaps(no_reply.start(), no_reply.end(), keep):
            said = _no_reply_sentence(
                # The writer counted already ("I have called you 6 times since 2 November"): the
                # log's own count beside it would read as a second, different story.
                None if _COUNTED.search(sentence) else facts,
                absolute or "never" in no_reply.group().lower(),
            )
            if said is not None:
                rest = (piece[: no_reply.start()] + piece[no_reply.end() :]).strip(" ,;-")
                # "I write 4 emails and nobody answer me": no "and" left hanging, …
                rest = re.sub(
                    r"(?:\s*,)?\s+(?:and|but|so|or|that|because|as|when)(?=\s*[.!?]*$)",
                    "",
                    rest,
                    flags=re.IGNORECASE,
                )  # nor "that": "I'm disgusted that nobody called me back"
                # "You never replied to my email of 3 May." had left "Of 3 May." behind.
                asked = _REPLY_OBJECT.search(no_reply.group())
                dated = _DATED_TAIL.fullmatch(rest.rstrip(".!?… ")) if asked else None
                if asked and dated:
                    rest = ""
                    said = (
                        f"I have not had a reply to {asked.group(1)} {dated.group()}."
                        if said == _NO_REPLY_PLAIN
                        else f"{said.rstrip('.')}, including {asked.group(1)} {dated.group()}."
                    )
                lead.append(_carry_facts(no_reply.group(), said))
                piece = rest
                if not piece:
                    continue
        if _overlaps(unit.start, unit.end, list(drop)):
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
        calmer = _EXCLAIM.sub(lambda m: "?" if "?" in m.group() else ".", calmer)
        calmer = re.sub(r"(?<![\w#])#[^\W\d_]\w*", _calm_tag, calmer)
        calmer = _sentence_case(calmer, fact_spans(calmer), acronyms)
        calmer, dropped = _calmed(calmer, keep)
        if dropped:
            # Its calm clauses may still say what happened: "My mother was overcharged £230 on
            # bill 77120 and your staff were rude" keeps the overcharge.
            calm_part = _calm_clauses(piece, acronyms)
            if calm_part:
                left_out = True
                parts.append(_carry_facts(piece, calm_part))
                continue
        if dropped or not _tidy(calmer.replace(".", " ")).strip():
            left_out = left_out or dropped
            lost = [t for t in fact_tokens(piece)]
            if lost:
                parts.append(_carry_facts(piece, "").strip())
            subject = _SAID_OF.match(piece) if dropped and not lost else None
            continue
        part = _tidy(calmer)
        if subject and _DONE.match(part):
            # "Your engineer was rude, left mud on my carpet" -> "Your engineer left mud…": the
            # verdict goes, whom it was about stays with what they did.
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
    if body:
        body = re.sub(r"\s*\.\s*,", ",", body)
        body = (
            re.sub(r"(?<!\bno)(?<!\bNo)(?<!\bref)(?<!\bRef)\.(?=\s*\S)(?![\w\d])", ",", body)
            if body.count(".") > 1
            else body
        )  # "(no. GM-44120)" keeps its stop
        body = re.sub(r"\.\)$", ")", body)  # "(again!!!)" -> "(again.)" -> "(again)"
        ended = _end(_capitalise_starts(_capitalise(_tidy(body))), question)
        if _UNENDED.search(sentence) and (
            _LIST_MARKER.match(sentence) or len(sentence.split()) <= 4
        ):
            # A list item or a signature ("- Charged AGAIN on 1 Nov", "Angry customer") is left
            # without a full stop, as the writer left it and its neighbours.
            ended = ended.rstrip(".") if ended.endswith(".") and not ended.endswith("..") else ended
        out.append(ended)
    for said in lead:
        if said in seen or (
            said.startswith(_NEXT_STEP) and any(x.startswith(_NEXT_STEP) for x in seen)
        ):
            continue  # one next step per draft: "…legal advice." then "…further." said nothing new
        seen.add(said)
        out.append(said)
    out.extend(extras)
    text = " ".join(o for o in out if o)
    marker = _LIST_MARKER.match(sentence)
    if text and marker and not text.startswith(marker.group().strip()):
        text = marker.group() + text  # an item of a list stays one ("- Your driver was rude")
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
    ("Filthy, lazy, and you still charged…" -> "Filthy, and you still charged…"), else None."""
    conj = re.match(r"\W*(and|but|so|while)\s", piece, re.IGNORECASE)
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
_HOW_DARE = re.compile(r"\W*how dare\b", re.IGNORECASE)  # said as what happened, not asked
_LONE_INTERJECTION = re.compile(
    r"\W*(?:honestly|seriously|really|wow|well|right|look|listen|come on|i mean|oh|ok|okay|so|"
    r"jeez|god|ugh|man|yeah|mate|dude)\W*",
    re.IGNORECASE,
)


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
    True: "I am not happy with the service I have received.",
}


def _treated(report) -> bool:
    """Whether the heat came from name-calling (about people) rather than blame or sarcasm."""
    return any(s.kind == "insult" for s in report.signals)


_CLAUSE_BREAK = re.compile(r"\s*(?:,\s*(?:and|but|while)\s+|\s+(?:and|but|while)\s+|;\s*|,\s+)")


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
    if not dropped and _BARE_ADDRESS.fullmatch(calmer):
        dropped = True
    if not dropped:
        inner = calmer.strip(" .")
        dropped = bool(inner) and _clause_hostile(inner)
    return calmer, dropped


def _calm_clauses(piece: str, acronyms: frozenset[str]) -> str:
    """The clauses of a hostile piece that read calm on their own (each calmed as a piece is),
    joined again; "" when none does or the piece has only one clause."""
    clauses = [c for c in _split_outside_brackets(piece.strip().rstrip(".!?‼")) if c.strip()]
    if len(clauses) < 2:
        return ""
    kept = []
    subject: re.Match[str] | None = None  # whom a clause just left out was about
    for clause in clauses:
        calm = _sentence_case(clause, fact_spans(clause), acronyms)
        calm, gone = _calmed(calm, fact_spans(calm))
        calm = _tidy(calm).strip(" ,")
        if gone or _heat(calm) >= CALM_TARGET:
            subject = _SAID_OF.match(clause) if not fact_tokens(clause) else None
            continue
        if subject and _DONE.match(calm[:1].lower() + calm[1:]):
            # "Waiter was rude and disappeared for ages" -> "Waiter disappeared for ages"
            calm = subject.group("who") + " " + calm[:1].lower() + calm[1:]
        subject = None
        if len(calm.split()) < 3 and not fact_tokens(calm):
            continue  # "Nine" says nothing alone; "(refs NW-2231, NW-2290)" is what happened
        if _TAG.fullmatch(calm):
            continue  # "…thieves and you know it": the tag goes with what it was added to
        kept.append(calm)
    return ", and ".join(kept) if len(kept) == 2 else ", ".join(kept)


# What is only added to the clause before it: "…and you know it", "admit it", "face it".
_TAG = re.compile(
    r"\W*(?:and |so )?(?:you (?:all |lot )?know it|you know that|admit it|face it|"
    r"(?:and )?that'?s (?:a fact|the truth|that)|end of (?:story|discussion)|simple as that|"
    r"no (?:two ways|doubt) about it|it'?s (?:true|a fact))\W*",
    re.IGNORECASE,
)


def _split_outside_brackets(piece: str) -> list[str]:
    """`_CLAUSE_BREAK` pieces, but a bracketed aside stays whole ("(refs NW-2231, NW-2290)")."""
    out: list[str] = []
    start = 0
    for m in _CLAUSE_BREAK.finditer(piece):
        before = piece[: m.start()]
        if before.count("(") > before.count(")"):
            continue
        out.append(piece[start : m.start()])
        start = m.end()
    out.append(piece[start:])
    return out


def _angry_tag(tag: str) -> bool:
    from complaint_desk.core.tone import analyse

    return analyse(tag).heat >= 25


def _repair_facts(original: str, new: str) -> str:
    """Last line of defence: any fact token the rewrite lost goes back in, verbatim."""
    if fact_tokens_kept(original, new):
        return new
    return _carry_facts(original, new)


# --- the whole draft -------------------------------------------------------------------------
def suggestions(text: str, facts: RewriteFacts | None = None) -> list[Suggestion]:
    """One calmer replacement per hot sentence, in text order (spans never overlap).

    A sentence gets one when it has something to calm (shouting, "!!!", profanity, insults,
    threats, extortion, blame, absolutes…) or reads past calm on its own. A replacement of ""
    leaves the sentence out (its span then takes the space after it too)."""
    from complaint_desk.core.tone import analyse
    from complaint_desk.core.tone.split import split_spans

    if not isinstance(text, str) or not text.strip():
        return []
    report = analyse(text)
    items: list[Suggestion] = []
    # A sentence the draft already holds ("If this is not resolved by…, I will…", used from an
    # earlier suggestion) is not generated again.
    seen: set[str] = {text[s.start : s.end].strip() for s in report.sentences}
    pressure = False  # the sentence before held a threat or an extortion
    runs = _word_at_a_time(text, report)
    for index, score in enumerate(report.sentences):
        if index in runs:
            last = runs[index]
            if last is None:
                continue  # inside a run said a word at a time: its first sentence stands for it
            end = report.sentences[last].end
            said = text[score.start : end]
            words = [w.strip(".!?‼⁉…") for w in said.split()]
            # "Fix. My. Boiler." -> "Fix my boiler."; a shouted word is left for the rewrite.
            words[1:] = [w.lower() if w.istitle() else w for w in words[1:]]
            new = rewrite_sentence(" ".join(words) + ".", facts, seen)
            items.append(
                Suggestion(
                    score.start,
                    end,
                    new,
                    "Said a word at a time, it reads as shouting: one sentence says it calmly.",
                    round(max(s.heat for s in report.sentences[index : last + 1]), 1),
                    round(_heat(new), 1),
                )
            )
            pressure = False
            continue
        sentence = text[score.start : score.end]
        framing = pressure and _ULTIMATUM_FILLER.fullmatch(sentence)
        pressure = any(
            s.kind in ("threat", "extortion") and score.start <= s.start < score.end
            for s in report.signals
        )
        if framing:
            items.append(
                Suggestion(
                    score.start,
                    _past_spaces(text, score.end),
                    "",
                    "Part of the ultimatum before it.",
                    round(score.heat, 1),
                    0.0,
                )
            )
            continue
        drop = tuple(
            (s.start - score.start, s.end - score.start)
            for s in report.signals
            if s.kind == "sarcasm"
            and score.start <= s.start < score.end
            # an eye-roll emoji goes by itself (_ANGRY_EMOJI): its clause is what happened
            and _LETTER.search(text, s.start, s.end)
        )
        new = rewrite_sentence(sentence, facts, seen, drop)
        if new and not _WORDING.search(new):
            new = ""  # "Seriously?!" less its interjection is "?": nothing is left to say
        if new == sentence:
            continue
        after = _heat(new)
        if new and after >= score.heat and score.heat < HOT_SENTENCE and not drop:
            # No calmer than it was. Sarcasm said plainly is kept as a suggestion even so:
            # "My holiday was ruined" reads a point hotter than the sarcastic thanks (its
            # negative word counts once the thanks are gone), and it is what the writer means.
            continue
        start, end = score.start, score.end
        if not new:
            end = _past_spaces(text, end)
            if (start == 0 or text[start - 1] == "\n") and text.startswith("\n", end):
                end += 1  # a line of its own ("- Your driver was rude") goes with its break
        items.append(
            Suggestion(
                start,
                end,
                new,
                _reason(
                    sentence, [x for x in report.signals if score.start <= x.start < score.end]
                ),
                round(score.heat, 1),
                round(after, 1),
            )
        )
    items = _settle(text, items, facts)
    del split_spans  # imported for the side effect of a warm cache only
    return items


# One word of letters as a sentence ("Fix.", "NOW!"); never a reference ("AA000."), kept as is.
_ONE_WORD = re.compile(r"\s*[^\W\d_](?:[^\W\d_]|['’-])*[.!?‼⁉…]+\s*")


_WORDING = re.compile(r"[^\W_]")  # a letter or digit: something said
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


def _word_at_a_time(text: str, report) -> dict[int, int | None]:
    """Runs of two or more one-word sentences that read as raised voice ("Fix. My. Boiler.",
    "Two. Hours."; not "Yes. No."): the first sentence's index -> the run's last index; the
    others -> None."""
    sentences = report.sentences
    loud = [g.start for g in report.signals if g.kind == "shouting"]
    runs: dict[int, int | None] = {}
    i = 0
    while i < len(sentences):
        j = i
        while j < len(sentences) and _ONE_WORD.fullmatch(
            text[sentences[j].start : sentences[j].end]
        ):
            j += 1
        if (
            j - i >= 2
            and any(sentences[i].start <= at < sentences[j - 1].end for at in loud)
            and _reads_as_one(text, sentences[i:j])
        ):
            runs[i] = j - 1
            runs.update({k: None for k in range(i + 1, j)})
            i = j
        else:
            i += 1
    return runs


# Words that glue a run of one-word sentences into one ("Fix. My. Boiler.", "Two. Hours.",
# "Shame. On. You.", "Worst. Airline. Ever."); without one the words are said apart ("Soaked.
# Ruined.").
_RUN_GLUE = frozenset(
    """my your our their his her it its me us you him them the a an this that these those on in
    at to of for off out up down now again every single one two three four five six seven eight
    nine ten hours days weeks months years minutes times ever worst best""".split()
)


def _reads_as_one(text: str, run) -> bool:
    """A run of one-word sentences reads as one sentence: no question in it ("Phone call? Nope.
    Apology?") and a word that only makes sense joined to the others."""
    words = [text[s.start : s.end].strip() for s in run]
    if any(w.endswith("?") for w in words):
        return False
    return any(w.rstrip(".!‼⁉…").lower() in _RUN_GLUE for w in words)


def _past_spaces(text: str, end: int) -> int:
    """The end of a sentence left out, with the spaces after it (so no double space is left)."""
    while end < len(text) and text[end] in " \t":
        end += 1
    return end


def _reason(sentence: str, signals: list | None = None) -> str:
    """Why the sentence is calmer rewritten: its strongest signals as the draft reads them
    (`signals`; "Customer service at its finest." is sarcasm only after what went wrong), or as
    it reads alone."""
    from complaint_desk.core.tone import SIGNAL_KINDS, analyse

    kinds = []
    found = analyse(sentence).signals if signals is None else signals
    for s in sorted(found, key=lambda s: -s.weight):
        if s.weight >= 1.0 and s.kind in SIGNAL_KINDS and s.kind not in ("learned",):
            label = SIGNAL_KINDS[s.kind]
            if label not in kinds:
                kinds.append(label)
    if not kinds:
        return "Reads hotter than it needs to: the same facts, said plainly."
    return "Calmer without: " + ", ".join(k.lower() for k in kinds[:3]) + "."


def apply(text: str, items: list[Suggestion]) -> str:
    """`text` with the given suggestions applied (later spans first, so offsets hold)."""
    out = text
    # What ends just before an added sentence: a replacement ending there, applied after it.
    ending = {s.end: s.replacement for s in items if s.start < s.end}
    for item in sorted(items, key=lambda s: -s.start):
        before, replacement, after = out[: item.start], item.replacement, out[item.end :]
        last = ending.get(item.start, before).rstrip()[-1:] if item.start == item.end else ""
        if (
            item.start == item.end
            and replacement.startswith(" ")
            and replacement[1:2].isupper()
            and last.isalnum()
            and before.rstrip()[-1:].isalnum()
        ):
            # A sentence added after one with no stop: "Bloods boiling. I would like…", not
            # "Bloods boiling I would like…"
            before = before.rstrip() + "."
        if replacement.startswith(" ") and before.endswith((" ", "\n")):
            replacement = replacement.lstrip(" ")  # a sentence left out before it kept its space
        if not replacement and before.endswith(" ") and (not after or after[0] in " \n"):
            before = before.rstrip(" ")  # a last sentence left out takes the space before it
        out = before + replacement + after
    return out.strip()


SETTLE_ROUNDS = 12


def _settle(text: str, items: list[Suggestion], facts: RewriteFacts | None) -> list[Suggestion]:
    """Make the whole rewrite read calm: while it does not, the hottest remaining sentence is
    reduced to its facts (or left out when it has none). Keeps at least 40 % of the length by
    adding the remedy when too much went."""
    from complaint_desk.core.tone import analyse
    from complaint_desk.core.tone.split import split_spans

    asked = False
    # A long letter has more sentences to settle: one round per four sentences, twelve at least
    # (a 9,000-character letter stayed at 39 after twelve).
    rounds = max(SETTLE_ROUNDS, len(split_spans(text)) // 4)
    for _round in range(rounds):
        calm = apply(text, items)
        report = analyse(calm)
        if report.heat < CALM_TARGET or not calm:
            break
        if not asked:
            asked = True
            if not any(s.kind == "request" for s in report.signals):
                remedy = (
                    _mid_sentence(facts.remedy)
                    if facts is not None and facts.remedy
                    else "this resolved"
                )
                at = _insertion_point(text, items)
                items.append(
                    Suggestion(
                        at,
                        at,
                        _joiner(text, at) + f"I would like {remedy}.",
                        "Say what would put it right: a clear request cools the whole draft.",
                        0.0,
                        round(_heat(f"I would like {remedy}."), 1),
                    )
                )
                continue
        # Sentences that still show a hostile signal go first; a plain account of what
        # happened is reduced only when nothing else is left to calm.
        hostile = [
            s
            for s in report.sentences
            if any(
                g.kind in _SETTLE_FIRST and s.start <= g.start < s.end and g.weight > 0.5
                for g in report.signals
            )
        ]
        hottest = max(hostile or report.sentences, key=lambda s: s.heat, default=None)
        if hottest is None:
            break
        # Map the hottest sentence of the rewrite back to a span of the original.
        target = calm[hottest.start : hottest.end]
        owner = _owner(text, items, target)
        if owner is None:
            break
        start, end, current = owner
        if current.startswith("For reference") or current.startswith("I would like"):
            if _round > rounds - 4:
                break
        original = text[start:end]
        calm_part = _calm_clauses(original, _acronyms())
        reduced = (
            _end(_capitalise(_carry_facts(original, calm_part)))
            if calm_part and calm_part != current
            else _carry_facts(original, "").strip()
        )
        if reduced == current:
            if not current:
                break
            reduced = _plain(current)
            if reduced == current:
                break
        items = [i for i in items if not (i.start == start and i.end == end)]
        items.append(
            Suggestion(
                start,
                end,
                reduced,
                "Reads hot even calmed: only its facts are kept.",
                round(_heat(text[start:end]), 1),
                round(_heat(reduced), 1),
            )
        )
        items.sort(key=lambda s: s.start)
    return _keep_its_point(text, items, facts)


_SIGN_OFF = re.compile(
    r"\n\s*\n(?P<close>[^\n]{1,40}(?:\n[^\n]{1,40}){0,2})\s*$",
)


def _end_of_body(text: str) -> int:
    """Where a sentence added to the draft goes: before the letter's sign-off ("…Ofwat.\n\n
    Regards,\nR. Patel") when it ends with one (a last short paragraph with no full stop at its
    end), else at the end."""
    m = _SIGN_OFF.search(text)
    if m and not m.group("close").rstrip().endswith((".", "!", "?")):
        return len(text[: m.start()].rstrip())
    return len(text.rstrip())


def _insertion_point(text: str, items: list[Suggestion]) -> int:
    """Where a sentence added to the draft goes (`_end_of_body`), never inside a span already
    replaced ("thanks for nothing. " ends past the text's last word)."""
    body = _end_of_body(text)
    return max([body, *(i.end for i in items if i.start < body)])


# A draft that ends on a handle, a hashtag or a link ("…shameful @HeathrowAirport"): a sentence
# added after it starts on a line of its own, not run on after the tag.
_ENDS_ON_A_TAG = re.compile(r"(?:^|\s)(?:[@#]\w+|https?://\S+|www\.\S+)\s*$", re.IGNORECASE)


def _joiner(text: str, at: int) -> str:
    return "\n" if _ENDS_ON_A_TAG.search(text[:at]) else " "


def _keep_its_point(
    text: str, items: list[Suggestion], facts: RewriteFacts | None
) -> list[Suggestion]:
    """A draft that was mostly heat ("🤬🤬🤬 @Acme 🤬🤬🤬" -> "@Acme") still says what it is
    about: below 40 % of its length, a plain sentence of its point is added."""
    calm = apply(text, items)
    if not text.strip() or (calm.strip() and len(calm) >= 0.4 * len(text.strip())):
        return items  # (an empty calm version of a draft that was all heat still says its point)
    for said in (*_NOT_HAPPY.values(), "I would like this resolved."):
        if said not in calm:
            break
    if facts is not None and facts.remedy and "I would like" not in calm:
        said = f"I would like {_mid_sentence(facts.remedy)}."
    at = _insertion_point(text, items)
    items.append(
        Suggestion(
            at,
            at,
            _joiner(text, at) + said,
            "Says what the draft is about once the heat is gone.",
            0.0,
            round(_heat(said), 1),
        )
    )
    items.sort(key=lambda s: (s.start, s.end))  # before a sign-off replaced after it
    return items


_SETTLE_FIRST = frozenset(
    {
        "insult",
        "profanity",
        "blame",
        "sarcasm",
        "threat",
        "extortion",
        "shouting",
        "exclamation",
        "anger",
        "hashtag",
        "absolute",
    }
)


def _plain(sentence: str) -> str:
    return _carry_facts(sentence, "").strip()


def _owner(text: str, items: list[Suggestion], target: str) -> tuple[int, int, str] | None:
    from complaint_desk.core.tone.split import split_spans

    by_span = {(i.start, i.end): i for i in items if i.end > i.start}
    for s, e in split_spans(text):
        item = next((i for (a, b), i in by_span.items() if a == s), None)
        current = item.replacement if item is not None else text[s:e]
        if target and target in current:
            return (s, item.end if item else e, current)
    return None


def calm_version(text: str, facts: RewriteFacts | None = None) -> str:
    """The whole draft rewritten calmly (every suggestion applied). Keeps the facts verbatim."""
    if not isinstance(text, str) or not text.strip():
        return text if isinstance(text, str) else ""
    return apply(text, suggestions(text, facts))
