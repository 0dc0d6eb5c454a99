"""Absolutes about replies ("you never answer") said as what happened, with the log's count."""

from __future__ import annotations

import re

from complaint_desk.core.rewrite.facts import RewriteFacts
from complaint_desk.core.rewrite.wording import format_date

# Whom or what went unanswered, after the no-reply: "…answers their phones", "…replied to me".
_UNANSWERED = (
    r"(?:\s+(?:to\s+)?(?:me|us|my \w+|"
    # "…reply to any mail", "…answer any of my calls" (had left "To any mail." behind, session 22)
    r"(?:(?:any|a single|one|all|either|every|each|none)\s+(?:of\s+)?)?"
    r"(?:(?:the|their|his|her|your|my|our|these|those)\s+)?"
    r"(?:phones?|e-?mails?|mails?|calls?|messages?|letters?|texts?|chats?|complaints?|tickets?|"
    r"voicemails?|dms|enquir(?:y|ies)|quer(?:y|ies))|"
    # "You NEVER reply to anything" (had left "To anything." behind, session 34)
    r"(?:anything|a\s+(?:thing|word)|any\s+of\s+(?:it|them|this|these))(?!\s+[a-z])))?"
    # a question tag that asked it: "…to anything, do you?"
    r"(?:,?\s+(?:do|did|have|will|would|can)\s+(?:you|they)\?*)?"
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
