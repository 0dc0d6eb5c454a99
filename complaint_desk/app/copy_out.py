"""Copy-out: turn a released draft into what a site will accept, hand it over, and record the post.

The text that leaves the app is always built here from the draft's latest revision (never taken
from a widget), and only after `DraftsService.decide_copy` allows it, asked right before each
hand-over. Redaction is an option the UI asks for (all findings, or the exact texts of chosen
ones); it is applied here, never by editing a widget's text.

Copying is not posting. A copy only puts text on the clipboard and remembers which parts were
copied (`pending_post`); the post is recorded on the case (a social contact with the site and the
text that was copied, which starts the vendor's clock) only when the person says they posted it
(`confirm_post`, optionally with the link), and that record can be taken back (`undo_post`).

A huge draft is previewed on a bounded basis: over `MAX_TEXT_CHARS` (more than any site takes)
only its start is counted, split and checked, and nothing is copied.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import TYPE_CHECKING
from urllib.parse import quote, urlsplit

from PySide6.QtCore import QObject, Signal

from complaint_desk.app import settings
from complaint_desk.app.copy_decision import CopyDecision, CopyVerdict
from complaint_desk.app.drafts import DraftsService
from complaint_desk.app.records import RecordsService
from complaint_desk.core.models import Channel, Contact, DraftKind, DraftStatus, Vendor
from complaint_desk.store.errors import NotFoundError, StoreError

if TYPE_CHECKING:
    from complaint_desk.app.worker_call import WorkerCall

DEFAULT_MASTODON_INSTANCE = settings.MASTODON_INSTANCE.default

# Where a bare handle lives on a site that has no compose link (a stored URL always wins).
VENDOR_PAGES = {
    "facebook": "https://www.facebook.com/{handle}",
    "instagram": "https://www.instagram.com/{handle}",
    "linkedin": "https://www.linkedin.com/company/{handle}",
    "yelp": "https://www.yelp.com/biz/{handle}",
    "trustpilot": "https://www.trustpilot.com/review/{handle}",
}


# The longest post any site takes is a Reddit body (40,000 characters). A draft longer than this
# is too long for every site: its preview is built from its start only and it is never copied out.
MAX_TEXT_CHARS = 50_000
# A thread of more parts than this is too long to post (and the preview shows this many cards).
MAX_THREAD_PARTS = 20


@dataclass(frozen=True)
class CopyOptions:
    include_handle: bool = True
    redact_pii: bool = False  # redact every finding
    hashtags: str = ""
    redact: frozenset[str] = frozenset()  # exact texts of findings to redact (one-click redact)


@dataclass(frozen=True)
class CopyPreview:
    """What the copy view shows for one site: the final text, its parts, and the checks."""

    platform_id: str
    text: str
    parts: list[str]
    count: int
    limit: int
    issues: list = field(default_factory=list)  # site_rules.RuleIssue, on `text`
    pii: list = field(default_factory=list)  # privacy findings still in the draft's text
    heat: float = 0.0
    handle: str = ""  # the handle added to the text ("" when not added)
    redacted: list = field(default_factory=list)  # findings replaced by a placeholder
    part_counts: list[int] = field(default_factory=list)
    site_name: str = ""
    available_handle: str = ""  # the vendor's handle here, added or not
    compose_available: bool = False
    vendor_page: str = ""  # the vendor's page on the site, when there is no compose link
    vendor_name: str = ""
    site_kind: str = "social"  # "social" | "review"
    # Over MAX_TEXT_CHARS: `text`, `parts`, `count` and the checks cover only the start of the
    # draft (`total_chars` long in all), and nothing can be copied.
    too_long: bool = False
    total_chars: int = 0

    @property
    def too_many_parts(self) -> bool:
        """A thread longer than anyone can post (or a text too long for any site)."""
        return self.too_long or len(self.parts) > MAX_THREAD_PARTS


@dataclass(frozen=True)
class WaitingReview:
    """What the copy view can show of a held draft: figures and rule messages, no text."""

    site_name: str
    count: int
    limit: int
    part_counts: list[int]
    problems: list[str]  # site rules it breaks (errors)
    warnings: list[str]
    personal_data: int  # findings of personal data in the text
    too_long: bool = False

    def summary(self) -> str:
        """'312 / 280 as X counts it: a thread of 2 parts (280, 32).'"""
        n = len(self.part_counts)
        head = f"{self.count:,} / {self.limit:,} as {self.site_name} counts it"
        if self.too_long:
            return f"{head}: too long for any site."
        if n > 1:
            sizes = ", ".join(f"{c:,}" for c in self.part_counts[:8]) + (", …" if n > 8 else "")
            return f"{head}: a thread of {n} parts ({sizes})."
        return f"{head}."


def _blocking_rule(built: CopyPreview) -> CopyRefusal | None:
    """A site rule that forbids the copy outright (review extortion), quoted; else None."""
    for issue in built.issues:
        if getattr(issue, "blocks", False):
            return CopyRefusal(f"{built.site_name} will not take this text: {issue.message}")
    return None


@dataclass(frozen=True)
class CopyRefusal:
    """The gate allowed the draft, but this copy cannot go out (e.g. too long for any site).

    Shaped like a CopyDecision for the callers: `allowed` is False and `message` says why."""

    message: str
    verdict: CopyVerdict | None = None
    ready_at: datetime | None = None
    # The site's rules say no, but not outright: the person may copy anyway, when they say so
    # (`copy(..., anyway=True)`). Never for the hold, a refusing rule or a text too long.
    can_copy_anyway: bool = False

    @property
    def allowed(self) -> bool:
        return False


def _rule_errors(built: CopyPreview) -> CopyRefusal | None:
    """The site's rule errors short of a refusal (a phone number on Google, a threat, a link
    Trustpilot forbids…), said as one question; None when there are none."""
    errors = [i.message for i in built.issues if i.severity == "error"]
    if not errors:
        return None
    shown = "\n".join(f"• {m}" for m in dict.fromkeys(errors[:4]))
    more = f"\n• …and {len(errors) - 4} more." if len(errors) > 4 else ""
    return CopyRefusal(
        f"Against the rules of {built.site_name}:\n{shown}{more}",
        can_copy_anyway=True,
    )


@dataclass
class PendingPost:
    """What was copied for one draft and site since the "Did you post it?" question appeared."""

    draft_id: int
    platform_id: str
    site_name: str
    text: str  # the whole text as built for the site
    parts: tuple[str, ...]
    copied: dict[int, str] = field(default_factory=dict)  # part index -> its text
    copied_all: bool = False

    def recorded_text(self) -> str:
        """The text to record as posted: everything, or only the parts actually copied."""
        if self.copied_all or not self.copied:
            return self.text
        return "\n\n".join(self.copied[i] for i in sorted(self.copied))

    @property
    def copied_parts(self) -> list[int]:
        """Indexes of the parts copied one by one (all of them when the whole text was copied)."""
        return list(range(len(self.parts))) if self.copied_all else sorted(self.copied)


@dataclass(frozen=True)
class RecordedPost:
    """A post recorded on the case by `confirm_post`, kept for `undo_post`."""

    contact_id: int
    draft_id: int
    platform_id: str
    case_id: int
    at: datetime
    previous_status: DraftStatus


# The site profiles, privacy finder and site rules compile many patterns on import; they are
# imported on first use so that opening the window does not pay for them.


def _platforms():
    from complaint_desk.core import platforms

    return platforms


def _privacy():
    from complaint_desk.core import privacy

    return privacy


def _site_rules():
    from complaint_desk.core.posting import site_rules

    return site_rules


class CopyOutService(QObject):
    copied = Signal(int, str)  # draft id, platform id
    post_recorded = Signal(int, int)  # draft id, contact id
    post_undone = Signal(int, int)  # draft id, contact id
    settings_changed = Signal()

    def __init__(
        self,
        drafts: DraftsService,
        records: RecordsService,
        set_clipboard: Callable[[str], None],
        open_url: Callable[[str], bool] | None = None,
        store=None,
    ) -> None:
        super().__init__()
        self._drafts = drafts
        self._records = records
        self._set_clipboard = set_clipboard
        self._open_url = open_url
        self._store = store
        self._pending: PendingPost | None = None
        self._posts: dict[int, RecordedPost] = {}  # contact id -> post recorded this session
        self._last_post: dict[tuple[int, str], int] = {}
        self._mastodon_instance: str | None = None

    @property
    def mastodon_instance(self) -> str:
        """The user's Mastodon server (remembered in the store), read on first use."""
        if self._mastodon_instance is None:
            self._mastodon_instance = DEFAULT_MASTODON_INSTANCE
            saved = self._read_setting(settings.MASTODON_INSTANCE)
            if saved:
                try:
                    _platforms().PLATFORMS["mastodon"].with_instance(saved)
                    self._mastodon_instance = saved
                except ValueError:
                    pass
        return self._mastodon_instance

    @mastodon_instance.setter
    def mastodon_instance(self, host: str) -> None:
        self._mastodon_instance = host

    # -- settings --------------------------------------------------------------------------
    def set_mastodon_instance(self, instance: str) -> str:
        """Use (and remember) the user's Mastodon server; returns the cleaned host name.

        Raises ValueError for something that is not a server name.
        """
        host = _platforms().PLATFORMS["mastodon"].with_instance(instance).instance or ""
        if host != self.mastodon_instance:
            self.mastodon_instance = host
            if self._store is not None:
                try:
                    settings.write(self._store, settings.MASTODON_INSTANCE, host)
                except StoreError:
                    pass  # still used for this session; the next save tries again
            self.settings_changed.emit()
        return host

    def _read_setting(self, setting: settings.Setting[str]) -> str | None:
        if self._store is None:
            return None
        try:
            return settings.read(self._store, setting)
        except StoreError:
            return None

    # -- reading ---------------------------------------------------------------------------
    def profile(self, platform_id: str):
        profile = _platforms().PLATFORMS[platform_id]
        if platform_id == "mastodon":
            profile = profile.with_instance(self.mastodon_instance)
        return profile

    def site_count(self, platform_id: str, text: str) -> tuple[int, int, int]:
        """(count, limit, about how many thread parts) of `text` as the site counts it, for the
        editor as the person types (the site's own weighting: X's URLs as 23, Bluesky's
        graphemes…). The parts are estimated from the count: the real split (Copy out) costs
        tens of milliseconds on a long draft, too much between keystrokes."""
        profile = self.profile(platform_id)
        count = profile.count(text[:MAX_TEXT_CHARS])
        parts = max(1, -(-count // profile.limit))
        return count, profile.limit, parts

    @staticmethod
    def personal_data(text: str) -> list[tuple[int, int, str]]:
        """(start, end, note) of each piece of personal data in `text`, for the editor to mark as
        the person types (the same finder Copy out redacts with; a 5,000-character draft takes
        about 5 ms, so the editor asks after a pause, with the site's count)."""
        return [
            (f.start, f.end, personal_data_note(f.label))
            for f in _privacy().find_pii(text[:MAX_TEXT_CHARS])
        ]

    # Up to this many characters the editor looks for personal data on the spot (about 1 ms per
    # 1,000 characters of prose, 2 of dense facts); a longer draft is looked at on a worker.
    PERSONAL_DATA_ON_THE_SPOT_CHARS = 10_000

    def personal_data_later(self, text: str) -> WorkerCall:
        """`personal_data(text)` on a worker thread (a `scoring.WorkerCall`: connect to its
        signals). For a long draft: 50,000 characters take 50–90 ms, too long for the GUI."""
        from complaint_desk.app import worker_call

        return worker_call.start(
            lambda: self.personal_data(text), "Could not look for personal data"
        )

    @staticmethod
    def sites() -> list[tuple[str, str]]:
        """(platform id, name) of every site, in the table's order."""
        return [(pid, p.name) for pid, p in _platforms().PLATFORMS.items()]

    def decide(self, draft_id: int) -> CopyDecision:
        return self._drafts.decide_copy(draft_id)

    def _vendor(self, draft_id: int) -> Vendor | None:
        draft = self._drafts.draft(draft_id)
        case = self._records.case(draft.case_id) if draft else None
        return self._records.vendor(case.vendor_id) if case else None

    def vendor_handle(self, draft_id: int, platform_id: str) -> str:
        vendor = self._vendor(draft_id)
        raw = vendor.handles.get(platform_id, "").strip() if vendor else ""
        profile = self.profile(platform_id)
        if not raw or profile.handle_format is None or raw.lower().startswith(("http", "www.")):
            return ""  # review sites have pages, not mentions
        return profile.format_handle(raw)

    def vendor_page(self, draft_id: int, platform_id: str) -> str:
        """The vendor's page on a site, from what the user stored ("" if nothing stored)."""
        vendor = self._vendor(draft_id)
        if vendor is None:
            return ""
        raw = vendor.handles.get(platform_id, "").strip()
        if raw.lower().startswith(("http://", "https://")):
            return raw
        template = VENDOR_PAGES.get(platform_id)
        if raw and template:
            return template.format(handle=quote(raw.lstrip("@"), safe="._-"))
        if platform_id == "trustpilot" and vendor.url:
            host = urlsplit(vendor.url if "://" in vendor.url else f"https://{vendor.url}").netloc
            if host:
                return VENDOR_PAGES["trustpilot"].format(handle=host.removeprefix("www."))
        return ""

    def is_letter(self, draft_id: int) -> bool:
        """A letter to a senior manager is sent, not posted: Copy out shows and copies nothing."""
        draft = self._drafts.draft(draft_id)
        return draft is not None and draft.kind == DraftKind.LETTER

    def preview(self, draft_id: int, platform_id: str, options: CopyOptions) -> CopyPreview | None:
        """The text as the site will see it, or None while the draft is held (nothing to show)
        or is a letter."""
        if self.is_letter(draft_id) or not self.decide(draft_id).allowed:
            return None
        return self._build(draft_id, platform_id, options)

    def while_held(
        self, draft_id: int, platform_id: str, options: CopyOptions
    ) -> WaitingReview | None:
        """For a draft still cooling off: how it will count on the site, how it would split, and
        which site rules it breaks, so the wait can be used to fix it. Numbers and rule messages
        only, never the text: nothing of a held draft can be copied from what this returns.
        None for a draft that is not held (see `preview`), a letter, or nothing written."""
        if self.is_letter(draft_id) or self.decide(draft_id).allowed:
            return None
        if not self._drafts.latest_text(draft_id).strip():
            return None
        built = self._build(draft_id, platform_id, options)
        return WaitingReview(
            site_name=built.site_name,
            count=built.count,
            limit=built.limit,
            part_counts=list(built.part_counts),
            problems=[i.message for i in built.issues if i.severity == "error"],
            warnings=[i.message for i in built.issues if i.severity != "error"],
            personal_data=len(built.pii),
            too_long=built.too_long,
        )

    def _build(self, draft_id: int, platform_id: str, options: CopyOptions) -> CopyPreview:
        profile = self.profile(platform_id)
        original = self._drafts.latest_text(draft_id)
        total_chars = len(original)
        too_long = total_chars > MAX_TEXT_CHARS
        if too_long:
            # Count, split and check only as much as the preview can show: the whole text would
            # take minutes (and no site would take it anyway).
            original = _start_of(original, _basis_chars(profile))
        findings = _privacy().find_pii(original)
        chosen = [f for f in findings if options.redact_pii or f.text in options.redact]
        text = _privacy().redact(original, chosen) if chosen else original
        available = self.vendor_handle(draft_id, platform_id)
        handle = available if options.include_handle else ""
        if handle and handle.lower() not in text.lower():
            text = f"{handle} {text}"
        if options.hashtags.strip() and not too_long:
            text = f"{text.rstrip()}\n\n{options.hashtags.strip()}"
        row = self._drafts.summary(draft_id)  # the latest version's heat, one row read
        heat = row.heat if row is not None and row.heat is not None else 0.0
        if not profile.threads:
            parts = [text]
        elif too_long:
            parts = _thread_split().split_thread(
                text, profile.count, profile.limit, profile.numbering.replace("{n}", "…")
            )[: MAX_THREAD_PARTS + 1]
        else:
            parts = list(profile.split(text))
        issues = list(_site_rules().check(text, profile, heat=heat))
        if too_long:
            issues = [i for i in issues if i.rule != "max_length"]
            issues.insert(0, _too_long_issue(total_chars))
        elif len(parts) > MAX_THREAD_PARTS:
            issues = [i for i in issues if i.rule != "max_length"]
            issues.insert(
                0,
                _site_rules().RuleIssue(
                    "max_length",
                    "error",
                    f"Too long for {profile.name}: it would be a thread of {len(parts)} parts "
                    f"(at most {MAX_THREAD_PARTS} make sense). Shorten it.",
                ),
            )
        elif len(parts) > 1 and all(profile.count(p) <= profile.limit for p in parts):
            # Over one post's limit is no error when the thread carries it.
            issues = [
                replace(
                    i,
                    severity="info",
                    message=f"Longer than one {profile.name} post: it goes out as a thread of "
                    f"{len(parts)} numbered parts, each within the limit.",
                )
                if i.rule == "max_length"
                else i
                for i in issues
            ]
        has_compose = profile.compose_template is not None
        vendor = self._vendor(draft_id)
        return CopyPreview(
            platform_id,
            text,
            parts,
            profile.count(text),
            profile.limit,
            issues,
            [f for f in findings if f not in chosen],
            heat,
            handle,
            chosen,
            [profile.count(p) for p in parts],
            profile.name,
            available,
            has_compose,
            "" if has_compose else self.vendor_page(draft_id, platform_id),
            vendor.name if vendor else "",
            profile.kind,
            too_long,
            total_chars,
        )

    # -- handing out -----------------------------------------------------------------------
    def copy(
        self,
        draft_id: int,
        platform_id: str,
        options: CopyOptions,
        part: int | None = None,
        *,
        anyway: bool = False,
    ) -> CopyDecision | CopyRefusal:
        """Put the text (or one thread part) on the clipboard. Nothing is recorded: the copy is
        remembered for the "Did you post it?" question (`pending_post`). A text the site's rules
        object to is copied only with `anyway` (the person's explicit "Copy anyway"); the hold,
        a rule that refuses outright and a text too long are never passed by it."""
        if self.is_letter(draft_id):
            return CopyRefusal(LETTER_MESSAGE)
        decision = self.decide(draft_id)
        if not decision.allowed:
            return decision
        built = self._build(draft_id, platform_id, options)
        if built.too_long:
            return CopyRefusal(too_long_message(built.total_chars))
        refusal = _blocking_rule(built) or (None if anyway else _rule_errors(built))
        if refusal is not None:
            return refusal
        if part is not None and not 0 <= part < len(built.parts):
            return CopyRefusal("That part is no longer in the thread: look at the preview again.")
        out = built.parts[part] if part is not None else built.text
        self._set_clipboard(out)
        self._remember_copy(draft_id, platform_id, built, part)
        self.copied.emit(draft_id, platform_id)
        return decision

    def compose_url(self, draft_id: int, platform_id: str, options: CopyOptions) -> str | None:
        if self.is_letter(draft_id) or not self.decide(draft_id).allowed:
            return None
        built = self._build(draft_id, platform_id, options)
        if built.too_long or _blocking_rule(built) is not None:
            return None
        first = built.parts[0] if built.parts else built.text
        return self.profile(platform_id).compose_url(first)

    def open_compose(
        self, draft_id: int, platform_id: str, options: CopyOptions, *, anyway: bool = False
    ) -> CopyDecision | CopyRefusal:
        """Copy, then open the site: its compose page pre-filled with the first part, or else
        the vendor's page there if the user stored one (`anyway`: as for `copy`)."""
        url = self.compose_url(draft_id, platform_id, options)
        part = 0 if url else None
        if url is None:
            url = self.vendor_page(draft_id, platform_id) or None
        decision = self.copy(draft_id, platform_id, options, part=part, anyway=anyway)
        if decision.allowed and self._open_url is not None and url:
            self._open_url(url)
        return decision

    def _remember_copy(
        self, draft_id: int, platform_id: str, built: CopyPreview, part: int | None
    ) -> None:
        pending = self._pending
        if (
            pending is None
            or (pending.draft_id, pending.platform_id) != (draft_id, platform_id)
            or pending.text != built.text
        ):
            # A new question: another draft or site, or a text that changed since the last copy.
            pending = PendingPost(
                draft_id, platform_id, built.site_name, built.text, tuple(built.parts)
            )
            self._pending = pending
        if part is None:
            pending.copied_all = True
        else:
            pending.copied[part] = built.parts[part]

    # -- did you post it? ------------------------------------------------------------------
    def pending_post(self) -> PendingPost | None:
        """What was copied since the "Did you post it?" question appeared (None: no question)."""
        return self._pending

    def dismiss_post(self) -> None:
        """The person has not posted yet: forget the copies, record nothing (a copy asks again)."""
        self._pending = None

    def confirm_post(self, link: str = "") -> int | None:
        """The person posted what they copied: record it on the case as a post on that site
        (the vendor's clock starts now), with the link to it if given. Returns the contact id,
        or None when nothing was pending or it could not be saved (the question stays).
        ValueError (nothing recorded) for a link that is not a web address."""
        pending = self._pending
        if pending is None:
            return None
        link = _clean_link(link)
        draft = self._drafts.draft(pending.draft_id)
        if draft is None:
            self._pending = None
            return None
        at = self._records.wall_now()  # the real time it was posted, as the person knows it
        contact = Contact(
            None,
            draft.case_id,
            Channel.SOCIAL,
            at,
            summary=f"Posted on {pending.site_name}",
            site=pending.platform_id,
            text=pending.recorded_text(),
            link=link,
        )
        saved = self._records.log_contact(contact)
        if saved is None or saved.id is None:
            return None
        self._pending = None
        self._posts[saved.id] = RecordedPost(
            saved.id, pending.draft_id, pending.platform_id, draft.case_id, at, draft.status
        )
        self._last_post[(pending.draft_id, pending.platform_id)] = saved.id
        self._drafts.set_status(pending.draft_id, DraftStatus.POSTED)
        self.post_recorded.emit(pending.draft_id, saved.id)
        return saved.id

    def recorded_post(self, contact_id: int) -> RecordedPost | None:
        """A post recorded by `confirm_post` in this session (what `undo_post` can take back)."""
        return self._posts.get(contact_id)

    def undo_post(self, contact_id: int) -> bool:
        """Take back a post recorded by `confirm_post` in this session: the contact is deleted
        and the draft gets back the status it had (unless another of its posts remains)."""
        post = self._posts.get(contact_id)
        if post is None or self._store is None:
            return False
        try:
            self._store.contacts.delete(contact_id)
        except StoreError:
            return False
        del self._posts[contact_id]
        key = (post.draft_id, post.platform_id)
        if self._last_post.get(key) == contact_id:
            del self._last_post[key]
        if not any(p.draft_id == post.draft_id for p in self._posts.values()):
            draft = self._drafts.draft(post.draft_id)
            if draft is not None and draft.status is DraftStatus.POSTED:
                self._drafts.set_status(post.draft_id, post.previous_status)
        self._records.timeline_changed.emit(post.case_id)
        self.post_undone.emit(post.draft_id, contact_id)
        return True

    # -- the record of the post ------------------------------------------------------------
    def last_post(self, draft_id: int, platform_id: str) -> int | None:
        """The contact recorded for the latest confirmed post of this draft to this site (this
        session)."""
        return self._last_post.get((draft_id, platform_id))

    def set_post_link(self, contact_id: int, link: str) -> bool:
        """Attach the link to the live post to a recorded post. ValueError if not a web link."""
        link = _clean_link(link)
        if self._store is None:
            return False
        try:
            contact = self._store.contacts.get(contact_id)
            if contact is None:
                return False
            self._store.contacts.update(replace(contact, link=link))
        except (StoreError, NotFoundError):
            return False
        self._records.timeline_changed.emit(contact.case_id)
        return True


def personal_data_note(label: str) -> str:
    """The editor's tooltip on a piece of personal data."""
    return (
        f"Personal data: {'an' if label[:1] in 'aeiouAEIOU' else 'a'} {label}. Posted publicly, "
        "anyone can read it; Copy out lists it and takes it out with one click."
    )


def _clean_link(link: str) -> str:
    link = link.strip()
    parts = urlsplit(link)
    if link and (parts.scheme.lower() not in ("http", "https") or not parts.netloc):
        raise ValueError("Paste the post's web address (it starts with https://).")
    return link


LETTER_MESSAGE = (
    "This is your letter to a senior manager: it is sent, not posted on a site. Save it as a PDF "
    "or Markdown from the case (Letter…) once its wait is over."
)


def too_long_message(total_chars: int) -> str:
    return (
        f"This draft is {total_chars:,} characters long: more than any site takes (the longest, "
        f"a Reddit post, takes 40,000; a thread of {MAX_THREAD_PARTS} posts on X about 5,000). "
        "Shorten it in Drafts before copying it out."
    )


def _too_long_issue(total_chars: int):
    return _site_rules().RuleIssue("max_length", "error", too_long_message(total_chars))


def _basis_chars(profile) -> int:
    """How much of a too-long text the preview counts, splits and checks: enough for one more
    card than it shows (twice the limit per part, so wide characters and links still fill it)."""
    parts = MAX_THREAD_PARTS + 1 if profile.threads else 1
    return min(MAX_TEXT_CHARS, 2 * profile.limit * parts)


def _start_of(text: str, length: int) -> str:
    """The first `length` characters of `text`, ended at a space where there is one near."""
    if len(text) <= length:
        return text
    cut = text.rfind(" ", max(0, length - 200), length)
    return text[: cut if cut > 0 else length]


def _thread_split():
    from complaint_desk.core.posting import thread_split

    return thread_split
