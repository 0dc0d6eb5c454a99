"""Case file export: the case's details, full timeline and posts as Markdown.

The text is built here from the records (one place, tested without a screen). The PDF is laid out
from that same Markdown by `complaint_desk.ui.pdf_writer` (QtGui belongs to the ui layer).

The case file is the record of what happened: the case, every contact and response, and the
texts that were posted (recorded through Copy out, so they passed the hold). Drafts and letters
are not part of it; those still cooling off are counted in the file ("2 drafts are still cooling
off and are not included"), each judged by `DraftsService.decide_copy` when the file is made.
Files are written 0600 (`paths.write_private`).
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from complaint_desk import paths
from complaint_desk.app.record_rows import TimelineEntry
from complaint_desk.app.records import RecordsService
from complaint_desk.core import durations
from complaint_desk.core.formatting import format_size
from complaint_desk.core.models import (
    Channel,
    Contact,
    DraftKind,
    DraftStatus,
    Evidence,
    Response,
)

if TYPE_CHECKING:
    from complaint_desk.app.drafts import DraftsService
    from complaint_desk.app.evidence import EvidenceService

_MD_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_[]<>#|"})


def _md(text: str) -> str:
    """One paragraph of user text, safe inside Markdown (no accidental emphasis or headings)."""
    return " ".join(text.split()).translate(_MD_SPECIAL)


def _when(at: datetime, tz: tzinfo | None) -> str:
    local = at.astimezone(tz)
    return f"{local:%a} {durations.long_date(local)}, {local:%H:%M}"


def _line(entry: TimelineEntry, tz: tzinfo | None) -> str:
    r = entry.record
    if isinstance(r, Contact):
        bits = [r.channel.label]
        if r.duration_min:
            bits.append(f"{r.duration_min} min")
        if r.rep:
            bits.append(f"with {_md(r.rep)}")
        head = f"**You** · {' · '.join(bits)}"
    elif isinstance(r, Response):
        bits = [r.channel.label, r.outcome.label]
        if r.who:
            bits.append(_md(r.who))
        head = f"**Vendor** · {' · '.join(bits)}"
    else:  # kept files have their own section
        raise TypeError(f"not a contact or response: {type(r).__name__}")
    text = f"- {_when(entry.at, tz)} — {head}"
    if r.summary.strip():
        text += f": {_md(r.summary)}"
    tail = entry.answer
    if entry.answers_label:
        tail += f", answering {entry.answers_label}"
    if tail:
        text += f" *({tail})*"
    return text


def case_markdown(
    records: RecordsService,
    case_id: int,
    tz: tzinfo | None = None,
    drafts: DraftsService | None = None,
    evidence: EvidenceService | None = None,
    pictures: bool = False,
) -> str:
    """The whole case file as Markdown: details, timeline (oldest first), the exact posts and the
    files kept with the case.

    No draft or letter text is in it. With `drafts`, the file says how many of the case's drafts
    and letters are still cooling off (asked of the gate now) and so not included. Every kept file
    is listed with its name, size, date and SHA-256 (with `evidence`, each is checked first and a
    missing or altered one says so); with `pictures`, photos are shown too, as images named
    `evidence:<sha256>` (`case_pictures` gives their bytes, for the PDF)."""
    case = records.case(case_id)
    if case is None:
        return ""
    vendor = records.vendor(case.vendor_id)
    timeline = list(reversed(records.timeline(case_id)))
    entries = [e for e in timeline if e.kind != "evidence"]
    files = [e for e in timeline if isinstance(e.record, Evidence)]
    out = [f"# {_md(case.title)}", ""]
    facts = [
        ("Vendor", vendor.name if vendor else "?"),
        ("Reference", case.reference or "—"),
        ("Status", case.status.value.capitalize()),
        ("Opened", durations.long_date(case.opened_at.astimezone(tz))),
        ("Remedy wanted", case.remedy or "—"),
    ]
    out += [f"- **{k}:** {_md(v)}" for k, v in facts]
    out.append("")
    if case.story.strip():
        out += ["## What happened", "", _md(case.story), ""]
    out += ["## Timeline", ""]
    if entries:
        out += [_line(e, tz) for e in entries]
    else:
        out.append("Nothing logged yet.")
    out.append("")
    posts = [
        e.record
        for e in entries
        if isinstance(e.record, Contact) and e.record.channel is Channel.SOCIAL and e.record.text
    ]
    if posts:
        out += ["## Posts", ""]
        for p in posts:
            where = p.site or "social media"
            out += [f"### {_md(where)}, {_when(p.at, tz)}", ""]
            out += ["> " + _md(line) if line.strip() else ">" for line in p.text.splitlines()]
            if p.link:
                out += ["", f"Link: {_md(p.link)}"]
            out.append("")
    if files:
        out += ["## Evidence", ""]
        for e in files:
            out += _evidence_lines(e, tz, evidence, pictures)
        out.append("")
    if drafts is not None:
        held = held_notes(drafts, case_id)
        if held:
            out += ["## Not included", ""]
            out += [f"- {line}" for line in held]
            out.append("")
    now = records.now().astimezone(tz)
    out += ["---", "", f"Exported from Complaint Desk on {durations.long_date(now)}.", ""]
    return "\n".join(out)


def _evidence_lines(
    entry: TimelineEntry, tz: tzinfo | None, evidence: EvidenceService | None, pictures: bool
) -> list[str]:
    f = entry.record
    assert isinstance(f, Evidence)
    facts = [format_size(f.size)]
    if f.file_date is not None:
        facts.append(f"dated {_when(f.file_date, tz)}")
    kept_with = entry.answers_label.removeprefix("kept with ") or "the case"
    facts.append(f"kept {_when(f.added_at, tz)} with {kept_with}")
    line = f"- **{_md(f.name)}** — {', '.join(facts)}; SHA-256 `{f.sha256}`"
    problem = evidence.problem(f) if evidence is not None else None
    if problem is not None:
        return [line, f"  **{_md(problem)}**"]
    if pictures and f.is_image:
        return [line, "", f"  ![{_md(f.name)}](evidence:{f.sha256})", ""]
    return [line]


def case_pictures(evidence: EvidenceService, case_id: int) -> dict[str, bytes]:
    """sha256 -> bytes of each photo kept with the case that is present and unaltered."""
    out: dict[str, bytes] = {}
    for f in evidence.files(case_id):
        if f.is_image and f.sha256 not in out:
            try:
                out[f.sha256] = evidence.data(f)
            except ValueError:
                continue  # the case file says what is wrong with it
    return out


def held_notes(drafts: DraftsService, case_id: int) -> list[str]:
    """Sentences for the case file about the case's held texts ([] when none is held).

    Each draft and letter with text is put to the one gate now (`decide_copy`, which first saves
    an open editor's text): held ones are counted, and one that could not be judged (its latest
    text could not be saved) is counted apart."""
    from complaint_desk.app.copy_decision import CopyVerdict

    held = {DraftKind.POST: 0, DraftKind.LETTER: 0}
    unsure = 0
    for summary in drafts.summaries():
        if summary.case_id != case_id or summary.status is DraftStatus.WITHDRAWN:
            continue
        verdict = drafts.decide_copy(summary.draft_id).verdict
        if verdict is CopyVerdict.HELD:
            draft = drafts.draft(summary.draft_id)
            kind = DraftKind(draft.kind) if draft is not None else DraftKind.POST
            held[kind] = held.get(kind, 0) + 1
        elif verdict is CopyVerdict.UNSAVED:
            unsure += 1
    notes = []
    posts, letters = held[DraftKind.POST], held[DraftKind.LETTER]
    if posts:
        notes.append(
            "1 draft is still cooling off and is not included."
            if posts == 1
            else f"{posts} drafts are still cooling off and are not included."
        )
    if letters:
        notes.append(
            "The letter to a senior manager is still cooling off and is not included."
            if letters == 1
            else f"{letters} letters are still cooling off and are not included."
        )
    if unsure:
        notes.append(
            f"{unsure} draft{'s' if unsure > 1 else ''} with changes that could not be saved "
            f"{'are' if unsure > 1 else 'is'} not included."
        )
    return notes


def letter_markdown(text: str) -> str:
    """A plain-text letter as Markdown that keeps its line breaks and paragraphs."""
    paragraphs = text.strip().split("\n\n")
    return "\n\n".join("  \n".join(_md(ln) for ln in p.splitlines()) for p in paragraphs) + "\n"


def write_markdown(text: str, path: Path) -> Path:
    """Write the Markdown as a private (0600) file."""
    path = Path(path)
    paths.write_private(path, text)
    return path
