"""The first words of an update or thank-you, written from the vendor's latest response.

When a vendor answers while a complaint is still cooling off, the person may want to say
something else: thanks for a fix, or an update on where things stand. That is a new draft, linked
to the first (the held one stays held until it is ready: docs/design.md, "Hold"). These words are
a start the person edits; they state only what the log holds.
"""

from __future__ import annotations

from datetime import tzinfo

from complaint_desk.core.models import Case, Outcome, Response, Vendor

_THANKS = {
    Outcome.RESOLVED: "Thank you, {vendor}, for sorting this out",
    Outcome.OFFERED: "Thank you, {vendor}, for the offer",
}


def follow_up_text(
    vendor: Vendor, case: Case, response: Response | None, tz: tzinfo | None = None
) -> str:
    """A calm opening for the new draft: thanks where the vendor fixed or offered something,
    otherwise a plain update. Dates are the person's local day."""
    if response is None:
        return f"An update on “{case.title}”: "
    day = response.at.astimezone(tz).strftime("%-d %B")
    said = response.summary.strip().rstrip(".")
    lead = _THANKS.get(response.outcome)
    if lead is not None:
        text = lead.format(vendor=vendor.name) + f" on {day}."
        if said:
            text += f" {said[0].upper()}{said[1:]}."
        return text + " "
    text = f"An update on “{case.title}”: {vendor.name} replied on {day}"
    text += f" ({response.outcome.label.lower()})." if response.outcome else "."
    if said:
        text += f" They said: {said}."
    return text + " "
