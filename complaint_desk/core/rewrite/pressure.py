"""Threats and extortion made calm: the remedy asked for, its deadline, and a calm next step."""

from __future__ import annotations

import re

from complaint_desk.core.rewrite.facts import RewriteFacts
from complaint_desk.core.rewrite.wording import format_date
from complaint_desk.core.tone.detect import AMOUNT_SOURCE

# A time of day ("5pm", "5:30 pm", "17:00", "midday"), a day ("Friday", "tomorrow") and a date
# ("15 March", "March 15th", "15/03"), in the orders people write them: "by 5pm Friday 15 March",
# "before Friday the 15th at noon", "by 5pm", "by the end of the week".
_TIME = (
    r"(?:\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}:\d{2}|noon|midday|midnight|"
    r"close of (?:business|play)|(?:the\s+)?end of (?:the\s+)?(?:day|week|month))"
)
_DAY = (
    r"(?:today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"next week|this week|the weekend)"
)
_DATE = (
    r"(?:\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}(?:/\d{2,4})?"
    r"|(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?"
    r"(?:\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?)?"
    r"(?:,?\s+\d{4})?(?!\s?(?:am|pm|[:.]\d))|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?\s+\d{1,2}(?:st|nd|rd|th)?"
    r"(?:,?\s+\d{4})?)"
)
_WHEN = (
    rf"(?:{_TIME},?\s+(?:on\s+|this\s+|next\s+)?)?"
    rf"(?:{_DAY}(?:,?\s+(?:the\s+)?{_DATE})?|{_DATE})"
    rf"(?:,?\s+(?:at\s+|by\s+)?{_TIME})?"
    rf"|{_TIME}(?:\s+(?:on\s+|this\s+|next\s+)?{_DAY})?"
)
_DEADLINE = re.compile(
    rf"\b(?:by|before|until|till|no later than)\s+(?:the\s+)?(?:end of\s+)?(?:{_WHEN})(?!\w)"
    r"|\b(?:within|in)\s+(?:\d+|an?|one|two|three|seven|ten|fourteen|twenty[- ]four|forty[- ]eight)"
    r"\s+(?:working\s+)?(?:hours?|days?|weeks?)\b",
    re.IGNORECASE,
)

_UNTIL = re.compile(r"^(?:until|till)\b", re.IGNORECASE)

_YOU_HAVE = re.compile(
    r"\byou(?:'ve| have| got)(?:\s+got)?\s+(\d+|an?|one|two|three|seven|ten|fourteen|"
    r"twenty[- ]four|forty[- ]eight)\s+((?:working\s+)?(?:hours?|days?|weeks?))",
    re.IGNORECASE,
)

_REMEDIES = (
    (re.compile(r"\bdeposit\b", re.I), "my deposit back"),
    (
        re.compile(
            r"\b(?:refund|money back|reimburse|pay (?:me )?back|every (?:penny|cent))", re.I
        ),
        "a refund",
    ),
    (re.compile(r"\b(?:replace|replacement|new one)", re.I), "a replacement"),
    (re.compile(r"\b(?:repair|fix)", re.I), "this fixed"),
    (re.compile(r"\b(?:finish|complete)\b", re.I), "the work finished"),
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
    (
        re.compile(r"(?<!\bcan )\b(?:find|locate|trace|track down) (?:it|them|my|the|our)\b", re.I),
        "you to find it",
    ),
)

_BODIES = re.compile(
    r"\b(?:the\s+)?(ombudsman|ombudsmen|trading standards|citizens advice|the bbb|better business "
    r"bureau|bbb|ofcom|ofgem|ofwat|the fca|fca|financial ombudsman(?: service)?|ftc|the ftc|cma|"
    r"small claims court|small claims|the regulator|regulator|consumer protection|my bank|"
    r"chargeback|the press|(?:every|all the|the) (?:newspapers?|papers|media)|watchdog|"
    r"the council)\b",
    re.IGNORECASE,
)

# A body the writer names by its own name after a verb of reporting: "reporting you to the NCA",
# "complain to the Tribunal for Consumer Claims", "file with the Office de la protection du
# consommateur" (session 32: each had become "take the matter further"). A name is capitalised
# words with the small words of names between them; a site one posts on is no body.
# A capitalised word of a name, and the small words between a name's words.
_CAPITALISED = r"(?-i:[A-Z][\w'’&.-]*)"
_SMALL_WORDS = r"(?:of|for|on|de|la|le|du|des|del|al|y)"
_NAMED_BODY = re.compile(
    r"\b(?:report(?:ing|ed)?(?:\s+(?:you|this|it|the\s+matter|the\s+\w+))?|complain(?:ing)?|"
    r"rais(?:e|ing)\s+(?:an?\s+)?(?:formal\s+|official\s+)?(?:dispute|complaint|claim|case)|"
    r"(?:mak(?:e|ing)|made|send(?:ing)?)\s+(?:an?\s+)?(?:official\s+|formal\s+)?complaint|"
    r"(?:fil(?:e|ing)|lodg(?:e|ing))(?:\s+(?:an?\s+)?(?:official\s+|formal\s+)?"
    r"(?:complaints?|claims?|cases?|reports?))?|"
    r"escalat(?:e|ing)\s+(?:this|it|the\s+matter)|"
    r"(?:tak(?:e|ing)|bring(?:ing)?)\s+(?:you|this|it|the\s+matter)|refer(?:ring)?\s+(?:this|it)|"
    # "contacting the Consumer Affairs Center" (session 34): a body by its name, as "going to"
    r"(?P<going>go(?:ing|es)?|went|head(?:ing)?|contact(?:ing|ed)?))"
    r"(?:\s+(?:to|with|at)|(?<=contact)|(?<=contacting)|(?<=contacted))\s+(?P<the>the\s+)?"
    rf"(?P<name>{_CAPITALISED}(?:\s+(?:{_SMALL_WORDS}\s+)*{_CAPITALISED}"
    # "…Department of Consumer and Worker Protection": "and" inside a name, never before "I"
    r"|\s+(?:and|&)\s+(?-i:[A-Z][\w'’&.-]+)"
    # a French or Spanish name's words are lower case after its small words ("Office de la
    # protection du consommateur")
    r"|\s+(?:(?:de|la|le|du|des|del|al|y)\s+)+(?-i:[^\W\d_A-Z][\w'’-]*))*)",
    re.IGNORECASE,
)
_NOT_A_BODY = frozenset(
    """x twitter facebook google instagram tiktok youtube reddit trustpilot yelp tripadvisor
    linkedin threads bluesky mastodon amazon whatsapp snapchat i my your their everyone
    all""".split()
)


# "Going to" a place is a body only by its name: an acronym ("the CCPC") or a word bodies are
# named with ("…Consumer Centre Ireland"), not "going to the Dublin shop".
_BODY_WORD = re.compile(
    r"^[A-Z]{2,}\b|\b(?:Ombudsman|Council|Commission|Authority|Tribunal|Board|Office|Centre|Center|"
    r"Agency|Bureau|Regulator|Court|Standards|Association|Federation|Institute|Department|"
    r"Ministry|Advice|Inspectorate|Service|Scheme|Ombud|Register|Commissioner|Watchdog|Trust|Section|Division|Unit|"
    r"Attorney General)\b"
)
# More bodies after the first: "the CCPC and the European Consumer Centre Ireland".
_AND_BODY = re.compile(
    r"\s*(?:,|and|&)\s+(?:(?:also|then)\s+)?(?P<the>the\s+)?"
    rf"(?P<name>{_CAPITALISED}(?:\s+(?:{_SMALL_WORDS}\s+)*{_CAPITALISED})*)"
)


def _named_body(piece: str) -> str | None:
    """The writer's own named body or bodies ("the NCA", "the CCPC and the European Consumer
    Centre Ireland"), with "the" where they wrote it, else None."""
    for m in _NAMED_BODY.finditer(piece):
        names = [((m.group("the") or "").lower(), m.group("name"))]
        more = _AND_BODY.match(piece, m.end())
        while more is not None and _BODY_WORD.search(more.group("name")):
            names.append(((more.group("the") or "").lower(), more.group("name")))
            more = _AND_BODY.match(piece, more.end())
        names = [(the, name.rstrip(".'’")) for the, name in names]
        if names[0][1].split()[0].lower() in _NOT_A_BODY:
            continue
        if m.group("going") and not _BODY_WORD.search(names[0][1]):
            continue
        return " and ".join(the + name for the, name in names)
    return None


# A body named with no verb of reporting before it: "If this isn't sorted it's Hellopeter, Google,
# the Consumer Goods and Services Ombud and a lawyer's letter." (session 34).
_CAPITALISED_NAME = re.compile(
    rf"(?P<the>\bthe\s+)?(?P<name>{_CAPITALISED}(?:\s+(?:{_SMALL_WORDS}\s+)*{_CAPITALISED}"
    r"|\s+(?:and|&)\s+(?-i:[A-Z][\w'’&.-]+))*)",
    re.IGNORECASE,
)


# The words a body's name ends on, for a name with no verb of reporting before it (narrower than
# _BODY_WORD: no acronym alone, which a site's or a shop's name may be).
_BARE_BODY_WORD = re.compile(
    r"\b(?:Ombudsman|Ombud|Commission|Authority|Tribunal|Council|Helpline|Bureau|"
    r"Regulator|Standards|Centre|Center|Office|Agency|Board|Service)\b"
)


def _bare_body(piece: str) -> str | None:
    """The first capitalised name of two words or more that is a body by its words
    ("…Ombud", "…Commission", "…Helpline"), with "the" where the writer wrote it."""
    for m in _CAPITALISED_NAME.finditer(piece):
        name = m.group("name").rstrip(".'’")
        words = name.split()
        if len(words) < 2 or words[0].lower() in _NOT_A_BODY:
            continue
        if _BARE_BODY_WORD.search(name):
            return (m.group("the") or "").lower() + name
    return None


# Bodies _BODIES reads by a common noun, which a named body says better.
_GENERIC_BODY = re.compile(
    r"(?:the\s+)?(?:ombudsman|ombudsmen|regulator|consumer protection|watchdog|the council)",
    re.IGNORECASE,
)

_LEGAL = re.compile(r"\b(?:sue|suing|court|lawyer|solicitor|attorney|legal|law suit|lawsuit)", re.I)


def _deadline_text(piece: str, facts: RewriteFacts | None) -> str:
    """The writer's own deadline ("by Friday", "you have 48 hours") if the piece has one, else
    the case's, else 14 days."""
    m = _YOU_HAVE.search(piece)
    if m:
        return f"within {m.group(1)} {m.group(2)}"
    m = _DEADLINE.search(piece)
    if m:
        found = m.group()
        # "You have until Friday to refund me": a refund is asked for by Friday, not until it
        # (and "until … I'd rate it 1-star" reads as a trade).
        found = _UNTIL.sub("by", found, count=1)
        if found.endswith(".") and not found.lower().endswith(("a.m.", "p.m.")):
            found = found[:-1]  # "by 24 May." ends the sentence it was read from
        return found[0].lower() + found[1:]
    if facts is not None and facts.deadline is not None:
        return "by " + format_date(facts.deadline)
    return "within 14 days"


# The next steps said when the writer named none (the rewrite tells a named one from these).
FURTHER = "take the matter further"
LEGAL_ADVICE = "take legal advice"
GENERIC_STEPS = (FURTHER, LEGAL_ADVICE)


def _next_step(piece: str, facts: RewriteFacts | None) -> str:
    """The body the writer named ("…small claims court"), else the case's next step, else legal
    advice for a legal threat, else "take the matter further"."""
    body = _BODIES.search(piece)
    named = _named_body(piece)
    if body is None and named is None and facts is not None and facts.next_step:
        return facts.next_step
    if body and named and body.group(1).lower() in named.lower():
        return f"refer it to {named}"  # "the Furniture Ombudsman", not "the Ombudsman"
    if (
        body
        and named
        and _GENERIC_BODY.fullmatch(body.group(1))
        and _BODY_WORD.search(re.sub(r"^the\s+", "", named))
    ):
        # "…raise a dispute with the DPS, complain to The Property Ombudsman…": the body named
        # first, by its name, rather than "the Ombudsman" (session 33)
        return f"refer it to {named}"
    if body:
        name = body.group(1)
        low = name.lower()
        if low in ("the press", "watchdog") or low.endswith(("papers", "paper", "media")):
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
    if named is not None:
        return f"refer it to {named}"
    bare = _bare_body(piece)
    if bare is not None:
        return f"refer it to {bare}"
    if _LEGAL.search(piece):
        return LEGAL_ADVICE
    return FURTHER


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
        "you to find it",
    }
)


def _remedy(piece: str, facts: RewriteFacts | None) -> str:
    """What the writer asks for: their own amount when they name one ("Refund my £79 or…" ->
    "a refund of £79"), else the case's remedy, else the kind of remedy the piece names."""
    wanted = _WANTED.match(piece)
    if wanted and not _OTHER_REMEDY.search(wanted.group("what")):
        # "I want an apology and a £50 voucher or…": what the writer asked for, in their words
        return _DEADLINE.sub("", wanted.group("what")).strip(" ,")
    amount = _AMOUNT.search(piece)
    amount_for = _AMOUNT_FOR.search(piece)
    counted = None if amount else _REFUND_OF.search(piece)
    if counted is not None:
        # "Refund at least 2 nights or…": what the writer counted (session 32: "For reference: 2.")
        return f"a refund of {counted.group('what')}"
    more = _MORE_AMOUNT.match(piece, amount.end()) if amount and not amount_for else None
    if amount and more is not None and _REFUND.search(piece, 0, amount.start()):
        # "Refund the four unused lessons ($288) plus the $60 test fee" (session 32)
        return f"{_refund_asked(piece)} of {amount.group()} and {more.group('more')}"
    if amount_for:
        refund = _REFUND_KIND.search(piece) or re.search(r"\brefund\b", piece, re.I)
        if (
            amount
            and refund
            and amount.end() <= amount_for.start()
            and refund.start() < amount.start()
        ):
            # "I want full refund RM389 plus RM60 for the fish": both asks (session 32)
            return f"{_refund_asked(piece)} of {amount.group()} and {amount_for.group()}"
        return amount_for.group()  # "I expect £650 for the repair or…": the writer's own ask
    cover = _COVER.search(piece)
    if cover and not amount:
        # "…if you cover the vet bill": the writer's own ask, in their words
        return f"the {cover.group(1) or ''}{cover.group(2).lower()} covered"
    own = next((remedy for pattern, remedy in _REMEDIES if pattern.search(piece)), None)
    if amount and own == "the money I am owed":
        return f"the {amount.group()} I am owed"
    if amount and own == "the fee waived":
        # "Waive the £900 call-out fee and…" (session 30): the fee the writer named, not "the fee"
        # and the amount left over as "For reference: £900."
        return f"the {amount.group()} fee waived"
    if own == "a refund":
        own = _refund_asked(piece)
    if amount and own in (
        "a refund",
        "a full refund",
        "a partial refund",
        "compensation",
        "a discount",
        "a goodwill payment",
    ):
        return f"{own} of {amount.group()}"
    if amount and own is None:
        return f"the {amount.group()} I am owed"  # "…once the £60 lands in my account"
    if own in _OWN_ASKS:
        return own  # a different ask from the case's usual remedy: the writer's own words win
    if facts is not None and facts.remedy and own not in ("a full refund", "a partial refund"):
        return _mid_sentence(facts.remedy)
    return own or "this resolved"


# "I want / expect / demand X or…" where X is not one of the remedies read above (a refund, a
# replacement…): an apology, a manager's call, "my car back".
_WANTED = re.compile(
    r"\W*(?:i|we)\s+(?:want|need|expect|demand|require)\s+(?P<what>(?:an?\s+|my\s+|the\s+|to\s+)"
    r"[^.!?]{2,70}?)\s*,?\s+(?:immediately\s+|now\s+|asap\s+|right\s+now\s+)?(?:or|otherwise)\b",
    re.IGNORECASE,
)
_OTHER_REMEDY = re.compile(
    r"\b(?:refund|money|reimburse|compensat|replace|repair|fix|deposit|credit|discount|waive|"
    r"cancel|honou?r|goodwill|pay)",
    re.IGNORECASE,
)

_REFUND_OF = re.compile(
    r"\brefund(?:\s+me)?\s+(?:for\s+|of\s+)?(?P<what>(?:at\s+least\s+|the\s+|my\s+)?"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|half)\s+(?:of\s+)?(?:the\s+|my\s+)?"
    r"(?!or\b|by\b|within\b)[\w-]+(?:\s+(?!(?:or|by|within|before|and|otherwise|now|asap)\b)[\w-]+)?)",
    re.IGNORECASE,
)
_REFUND = re.compile(r"\b(?:refund|reimburse|money back|pay (?:me )?back)", re.IGNORECASE)
# A second amount asked with the first: "($288) plus the $60 test fee", "£40 and the £15 postage".
_MORE_AMOUNT = re.compile(
    r"\)?\s*(?:plus|and|\+|as well as|along with)\s+(?P<more>(?:the\s+|my\s+|a\s+)?"
    rf"(?:{AMOUNT_SOURCE})(?:\s+(?!(?:by|within|before|or|and|plus|otherwise|asap|now|today|for|to|of|the)\b)"
    r"[\w-]+){0,2})",
    re.IGNORECASE,
)

_REFUND_KIND = re.compile(r"\b(full|partial)\s+refund", re.IGNORECASE)


def _refund_asked(piece: str) -> str:
    """ "a full refund" or "a partial refund" where the writer said so, else "a refund"."""
    kind = _REFUND_KIND.search(piece)
    return f"a {kind.group(1).lower()} refund" if kind else "a refund"


# An amount asked for a named thing: "£650 for the repair", "£80 to cover the taxi".
_AMOUNT_FOR = re.compile(
    "(?:" + AMOUNT_SOURCE + r")\s+(?:for|to\s+cover|towards)\s+(?:the|my|our)\s+"
    r"[\w-]+(?:\s+(?!(?:or|and|by|otherwise|within|before|immediately|now|today|else|if|"
    r"unless|asap)\b)[\w-]+)?",
    re.IGNORECASE,
)


# A cost the writer asks to have covered: "cover the vet bill", "pay for the repair costs".
_COVER = re.compile(
    r"\b(?:cover|pay for|foot)\s+(?:the|my|our)\s+((?:[\w-]+\s+)?)(bill|cost|costs|fees?|repairs?|"
    r"damage|invoice|excess)\b",
    re.IGNORECASE,
)


# An extortion that offers a better review for the remedy, rather than threatening a worse one.
_OFFER = re.compile(
    r"\b(?:remove|delete|take (?:[\w'’-]+ ){0,3}?(?:down|off)|edit|change|update|bump|"
    # "raise my rating", not "raise a dispute with the DPS" (session 33)
    r"raise(?!\s+(?:an?\s+|the\s+|my\s+)?(?:formal\s+|official\s+)?(?:dispute|complaint|claim|"
    r"case|issue|concern|chargeback|ticket)s?\b)|"
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
    r"i\s+(?:want|need|expect|demand)\s+[£$€]\s?\d[\d,.]*\s+(?:for|to\s+cover|towards)\s|"
    r"(?:i|we)\s+(?:want|need|expect|demand|require)\s+(?:an?|my|the|to)\s|"
    r"refund|reimburse|compensate|pay\s+(?:me|up|back)|replace|"
    r"repair|fix|finish|complete|sort\s+(?:it|this|out|my)|return\s+my|send\s+(?:me\s+)?(?:my|a|the)|give\s+me|"
    r"credit|cancel|waive|find\s+(?:it|them|my|the|our)|locate|trace)\b[^.!?]*?,?\s+"
    r"(?:or|otherwise)\b",
    re.IGNORECASE,
)


# A consequence told after the ask it depends on: "I want the full €356.80 back by 24 May. If
# not, I'm going to the CCPC…" (the ask and its date are the sentence before's).
IF_NOT = re.compile(
    r"\W*(?:and\s+)?(?:if\s+not|if\s+(?:it|this|that)\s+(?:is\s*n[o']t|does\s*n[o']t|does\s+not)"
    r"(?:\s+happen)?|if\s+you\s+(?:do\s*n[o']t|do\s+not|won'?t|can'?t)|otherwise|failing\s+that|"
    r"or\s+else|else|then|after\s+(?:that|which)|past\s+that|"
    # "If I don't see it, I'm filing a chargeback…" (session 33)
    r"if\s+(?:i|we)\s+(?:do\s*n[o']t|do\s+not|have\s*n[o']t|have\s+not)\s+(?:see|get|receive|have)"
    r"\s+(?:it|this|that|them|the\s+\w+|my\s+\w+))\b",
    re.IGNORECASE,
)


# A sentence that asks for a remedy outright: "Refund me by Friday.", "I expect a written
# apology within 7 days." (the tone engine's request reads the politer asks).
ASKS = re.compile(
    r"^\W*(?:please\s+|just\s+|now\s+)?(?:refund|reimburse|compensate|pay|replace|repair|fix|send|"
    r"return|give|cancel|sort|deliver|credit)\b|\b(?:i|we)\s+(?:want|need|expect|demand|require)\b"
    # "I am demanding ₦1,200,000 back by…", "Here's the deal: refund the $228.97 by July 1…"
    r"|\b(?:i|we)(?:\s+am|\s+are|'m|'re)\s+(?:demanding|requesting|asking\s+for|expecting)\b"
    # "I am giving you till Monday 24th to refund my ₦45,000…" (session 34)
    r"|\b(?:i|we)(?:\s+am|\s+are|'m|'re|'ll|\s+will)?\s+giv(?:e|ing)\s+you\s+(?:until|till|up\s+"
    r"(?:to|till|until)|\d+|one|two|three|seven|ten|fourteen|a|an)\b"
    r"|^[^.!?:]{0,30}:\s*(?:please\s+)?(?:refund|reimburse|compensate|pay|replace|repair|fix|return)\b",
    re.IGNORECASE,
)


def _threat_sentence(piece: str, facts: RewriteFacts | None, asked: str = "") -> str:
    """The calm next step: "If this is not resolved <when>, I will <step>.", its date the
    piece's own, else that of the ask before it (`asked`, see IF_NOT), else the case's."""
    dated = _YOU_HAVE.search(piece) or _DEADLINE.search(piece) or not asked
    when = _deadline_text(piece if dated else asked, facts)
    return f"If this is not resolved {when}, I will {_next_step(piece, facts)}."


def _extortion_sentence(piece: str, facts: RewriteFacts | None) -> str:
    when = _deadline_text(piece, facts)
    remedy = _remedy(piece, facts)
    if when == "within 14 days" and not (facts and facts.deadline):
        return f"I would like {remedy}."
    return f"I would like {remedy} {when}."
