"""What a writer says to make plain that a message is no trade or no threat.

The learned readers weigh words one by one and the table's trade forms read a deal from its
parts; neither can weigh "regardless of how this ends", "No compensation asked" or "you'll regret
losing loyal patients like me". A window holding one of these is not read by the learned readers
(`learned_guard._may_read`), and a trade the table reads beside one is dropped by the site rules
(`threat_forms.find_extortion`) and the tone engine (`tone.engine._drop_disclaimed_trades`),
unless the deal is said outright ("…or I post a 1-star review, regardless of what you say").
A module of its own: both readers use it, and neither imports the other's whole.
"""

from __future__ import annotations

import re
from functools import cache

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})

# A threat taken back in the next breath: "I know where you live! Sorry, that sounded sinister. I
# mean your print depot is round the corner from me…" (session 35, blind round 108's look-alike).
# The writer says how the words came out, which no one who means a threat adds. Read in the
# sentence after a threat (`threat_forms.retracted_after`) by the site rules and the tone engine
# alike, and a window holding one is not read by the learned threat reader.
_RETRACTION = (
    r"(?:that|this|it|which)\s+(?:sounded|sounds|came\s+out|comes\s+out|reads|read|looked|looks)\s+"
    r"(?:a\s+(?:bit|lot|little)\s+|so\s+|very\s+|really\s+|more\s+|way\s+|well\s+)?"
    r"(?:sinister|creepy|wrong|weird|threatening|ominous|menacing|stalkerish|stalky|scary|dodgy|"
    r"aggressive|worse\s+than\s+(?:i|it)\s+meant)"
)

# What a writer says to make plain that a window is no trade or no threat, which the models,
# reading words one by one, cannot weigh: a review that goes up "regardless" of the outcome, a
# refund that is "a separate matter", "no compensation asked", a review that "will read the same
# whether or not you comp the room" (round 86: "my review of the course goes up on Trustpilot on
# Friday regardless of how this ends. The refund request is a completely separate matter." read
# 0.89 as a trade), business the company will "regret losing" (read 0.9 as a threat). None of
# the 949 trades and 1,960 threats of the fit's sets, the tests' rounds and rounds 80-86 holds
# one; 38 of their 2,635 look-alikes do. A window holding one is not read, by these readers or by
# the table's extortion forms (`threat_forms.find_extortion`, the tone engine's `_collect`).
_DISCLAIMERS = {
    "extortion": (
        r"regardless|(?<!go )(?<!going )either way|no matter (?:what|how)"
        r"|whatever (?:you decide|the outcome|your answer|you offer)"
        r"|(?:is|it'?s|that'?s|this is|this isn'?t) not a condition|(?:isn'?t|not) (?:a )?condition"
        r"(?:al|s)?|(?:completely |entirely |totally |quite )?separate (?:matter|issue|request"
        r"|question|thing)|(?:won'?t|will not|wouldn'?t|would not|doesn'?t|does not) change "
        r"(?:what i (?:write|say|post)|my review|the review|my rating|a word)|whether or not"
        r"|whether (?:you|they|it|i|we) [^.!?]{1,40}? or not"
        r"|(?:reflects|is about|describes) (?:the|my|our) [\w-]+(?: [\w-]+)?,? not (?:the|a|my|any)"
        r" (?:refund|money|compensation|outcome|payout)"
        r"|no (?:compensation|money|refund|freebies?|payment) (?:asked|wanted|sought|needed"
        r"|requested|expected|required)"
        r"|(?:i'?m |i am )?not (?:asking|looking|after) (?:for )?(?:anything"
        r"|compensation|money|a refund|a discount|a penny|freebies|payment)"
        r"|(?:will|would|'ll) read the same"
        r"|(?:i (?:have |had |'ve )?(?:declined|refused|turned down)|i (?:don'?t|do not) want"
        r"|no need for) (?:the|your|a|any)"
        r" (?:goodwill|offer|refund|voucher|compensation|gesture|discount|freebies?)"
        r"|(?:rather|want|prefer) my review (?:stays?|to stay|to be|remains?)"
        r" (?:accurate|honest|fair)"
        r"|true to my word|as i said i would"
    ),
    "threat": (
        r"what (?:time|day) (?:suits|works|is best|is good)|when (?:suits|works) (?:you|best)"
        r"|(?:book|arrange|make|set up) (?:an? )?(?:appointment|meeting)"
        # a visit said with its errand (session 31: "I'll be paying your branch a personal
        # visit on Monday to sort out the fridge" read 0.7 as a threat)
        r"|visit (?:\w+ ){0,3}?to (?:sort (?:out|it)|discuss|collect|return|pick up|drop off|"
        r"exchange|get (?:a|my) refund|speak to|talk to|see the manager)"
        r"|regret losing (?:(?:[\w-]+ ){0,2}(?:customers?|clients?|patients?|patrons?|members?"
        r"|guests?|flyers?|passengers?|shoppers?|tenants?|students?|subscribers?|users?|residents?"
        r"|diners?|businesses)|my (?:custom|business)|me as a \w+|(?:[\w-]+ ){0,3}?like (?:me|us))"
        rf"|{_RETRACTION}"
    ),
}


@cache
def _disclaimer(kind: str) -> re.Pattern[str] | None:
    source = _DISCLAIMERS.get(kind)
    return None if source is None else re.compile(rf"(?<![\w'])(?:{source})(?!\w)")


# A deal said outright, "…or I post a 1-star review", "…otherwise…", "unless…": what a writer adds
# ("regardless of what you say") does not take it back. Only a deal read from its parts (a trade
# form with no either-or in it, the learned readers) stands down for a disclaimer.
_EITHER_OR = re.compile(
    r"\b(?:(?<!whether )or(?! not\b)|otherwise|unless|or else)\b", re.IGNORECASE
)


def says_either_or(span: str) -> bool:
    """Whether `span` links its deal outright ("or", "otherwise", "unless")."""
    return _EITHER_OR.search(span) is not None


def disclaims(kind: str, text: str) -> bool:
    """Whether `text` says in so many words that it is no `kind` (see `_DISCLAIMERS`)."""
    disclaimer = _disclaimer(kind)
    if disclaimer is None:
        return False
    return disclaimer.search(text.lower().translate(_APOSTROPHES)) is not None


def retracts(sentence: str) -> bool:
    """Whether a sentence takes back how the one before it came out ("Sorry, that sounded
    sinister.")."""
    return _retraction().search(sentence.lower().translate(_APOSTROPHES)) is not None


@cache
def _retraction() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w'])(?:{_RETRACTION})(?!\w)")


# A harm foretold of no one in particular, then a request to fix what causes it: "Someone's going
# to get hurt or start a fire. Please sort it before the kids' party." (session 35, blind round
# 112's look-alike): a safety report. The table's forms read the request in the same sentence or
# the next; the tone engine, reading a sentence at a time, asks this of the next one.
_IMPERSONAL_HARM = re.compile(r"^(?:someone|somebody|people|one of you)\b", re.IGNORECASE)
_FIX_REQUEST = re.compile(
    r"^\W*(?:please|can you|could you|kindly)\s+(?:(?:get|have)\s+(?:it|this|that|them)\s+)?"
    r"(?:fix|repair|sort|mend|replace|look at|check|inspect|recall)(?:ed)?\b",
    re.IGNORECASE,
)


def safety_report(threat: str, next_sentence: str) -> bool:
    """Whether a threat's words foretell harm to no one in particular ("Someone's going to get
    hurt") and the next sentence asks for the cause to be fixed ("Please sort it…")."""
    return (
        _IMPERSONAL_HARM.match(threat) is not None and _FIX_REQUEST.match(next_sentence) is not None
    )
