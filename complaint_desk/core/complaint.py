"""Does a text complain? The test that keeps "…refund me by 15 December. Thank you." held.

The hold lets a draft go unheld only when it is clearly a thank-you: calm, warm, and with no
sentence that complains (docs/design.md, "Hold"). Heat and polarity alone cannot tell: a polite
complaint that ends in thanks reads calm and warm. So each sentence is read for what a complaint
is made of, whatever its tone:

- something went wrong: a failure word ("damaged", "late", "missing"), or a negated service
  ("never arrived", "still not fixed", "no reply", "didn't work");
- something is asked for: a remedy ("refund", "replacement", "compensation") together with a
  request cue ("I want", "please", "by 15 December"), or a deadline;
- something will follow: escalation ("ombudsman", "chargeback", "my bank", "a complaint");
- or the tone engine's own complaint evidence (insults, threats, blame, angry words…).

A sentence of thanks *about* a fix ("Thank you for replacing the damaged screen so quickly") does
not complain through its failure words: the failure is over. Negated services, requests and
escalations still count inside thanks ("Thanks, but it is still not working").
Pure, no clock, no I/O beyond the tone lexicons the engine already loads.
"""

from __future__ import annotations

import re
from functools import lru_cache

from complaint_desk.core.tone.failure import (
    FAILURE_WORD,
    NEGATED_SERVICE,
    NO_FAILURE,
    RESOLVED,
    THANKS,
)
from complaint_desk.core.tone.split import split_spans

_REMEDY = re.compile(
    r"\b(?:refund|refunded|refunding|money\s+back|replacement|replace|repair|compensation|"
    r"compensate|reimburse(?:ment|d)?|credit|voucher|discount|redelivery|redeliver|resend|"
    r"cancel|cancellation|fix|sort\s+(?:this|it)\s+out|(?:get|have)\s+(?:this|it)\s+sorted|"
    r"help\s+me|look\s+into|resolve|escalate|apology|explanation|"
    r"call\s+(?:me\s+)?back|get\s+back\s+to\s+me|respond|reply)\b",
    re.IGNORECASE,
)
_REQUEST_CUE = re.compile(
    r"\b(?:i\s+(?:want|need|expect|demand|require|request|insist|am\s+asking|'m\s+asking|ask)|"
    r"i'?d\s+like|i\s+would\s+(?:like|appreciate|expect)|please|kindly|must|should|"
    r"could\s+you|can\s+you|would\s+you|will\s+you|asking\s+for|requesting|waiting\s+for|"
    r"(?:i\s+)?hope\s+(?:you|someone)\s+(?:can|will|could)|asap|as\s+soon\s+as\s+possible|soon|"
    r"urgent|urgently|"
    r"still|yet|by\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|by\s+(?:tomorrow|tonight|"
    r"the\s+end\s+of)|by\s+\d|by\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+\w+|"
    r"by\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*|within\s+\d+\s+\w+)\b",
    re.IGNORECASE,
)
_ESCALATION = re.compile(
    r"\b(?:ombudsman|regulator|trading\s+standards|small\s+claims|court|lawyer|solicitor|"
    r"attorney|legal\s+action|chargeback|charge\s*back|dispute|my\s+bank|credit\s+card\s+company|"
    r"consumer\s+(?:rights|protection|council)|bbb|better\s+business\s+bureau|cfpb|ftc|ofcom|"
    r"ofgem|ofwat|formal\s+complaint|make\s+a\s+complaint|file\s+a\s+complaint|"
    r"(?:one|1)[- ]star|bad\s+review|negative\s+review|report\s+(?:you|this|it))\b",
    re.IGNORECASE,
)

_DEADLINE = re.compile(
    r"\b(?:by|before|no\s+later\s+than)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"tomorrow|tonight|the\s+end\s+of|\d|(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+\w+|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*)|\bwithin\s+\d+\s+\w+",
    re.IGNORECASE,
)


def complaining_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every sentence in `text` that complains, in order."""
    return [(a, b) for a, b in split_spans(text) if sentence_complains(text[a:b])]


def complains(text: str) -> bool:
    """True when any sentence of `text` complains (a thank-you has none)."""
    return any(sentence_complains(text[a:b]) for a, b in split_spans(text))


@lru_cache(maxsize=4096)
def sentence_complains(sentence: str) -> bool:
    """One sentence: does it say something went wrong, ask for a remedy, or threaten a step?"""
    sentence = NO_FAILURE.sub(" ", sentence)
    if NEGATED_SERVICE.search(sentence) or _ESCALATION.search(sentence):
        return True
    if _REMEDY.search(sentence) and _REQUEST_CUE.search(sentence):
        return True
    thanks_for_a_fix = bool(THANKS.search(sentence) and RESOLVED.search(sentence))
    if FAILURE_WORD.search(sentence) and not thanks_for_a_fix:
        return True
    if _DEADLINE.search(sentence) and not THANKS.search(sentence):
        return True  # "…by 15 December": a deadline is set for someone who has not delivered
    return _tone_complaint(sentence) and not thanks_for_a_fix


def _tone_complaint(sentence: str) -> bool:
    """The tone engine's own evidence: insults, threats, blame, anger, profanity, shouting."""
    from complaint_desk.core.tone.detect import detect  # the lexicons load with the first call

    return detect(sentence).complaint
