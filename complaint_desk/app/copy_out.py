"""Copy-out: turn a released draft into what a site will accept, hand it over, and record the post.

The text that leaves the app is always built here from the draft's latest revision (never taken
from a widget), and only after `DraftsService.decide_copy` allows it. Redaction is an option the
UI asks for (all findings, or the exact texts of chosen ones); it is applied here, never by
editing a widget's text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from urllib.parse import quote, urlsplit

from PySide6.QtCore import QObject, Signal

from complaint_desk.app import settings
from complaint_desk.app.copy_decision import CopyDecision
from complaint_desk.app.drafts import DraftsService
from complaint_desk.app.records import RecordsService
from complaint_desk.core.models import Channel, Contact, DraftStatus, Vendor
from complaint_desk.store.errors import NotFoundError, StoreError

DEFAULT_MASTODON_INSTANCE = settings.MASTODON_INSTANCE.default

# Where a bare handle lives on a site that has no compose link (a stored URL always wins).
VENDOR_PAGES = {
    "facebook": "https://www.facebook.com/{handle}",
    "instagram": "https://www.instagram.com/{handle}",
    "linkedin": "https://www.linkedin.com/company/{handle}",
    "yelp": "https://www.yelp.com/biz/{handle}",
    "trustpilot": "https://www.trustpilot.com/review/{handle}",
}


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


# The site profiles, privacy finder and site rules compile many patterns on import; they are
# imported on first use so that opening the window does not pay for them.


def _platforms():
    from complaint_desk.core import platforms

    return platforms


def _privacy():
    from complaint_desk.core import privacy

    return privacy


def _site_rules():
    from complaint_desk.core import site_rules

    return site_rules


class CopyOutService(QObject):
    copied = Signal(int, str)  # draft id, platform id
    post_recorded = Signal(int, int)  # draft id, contact id
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
        self._recorded: dict[tuple[int, str, str], int] = {}
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

    def preview(self, draft_id: int, platform_id: str, options: CopyOptions) -> CopyPreview | None:
        """The text as the site will see it, or None while the draft is held (nothing to show)."""
        if not self.decide(draft_id).allowed:
            return None
        return self._build(draft_id, platform_id, options)

    def _build(self, draft_id: int, platform_id: str, options: CopyOptions) -> CopyPreview:
        profile = self.profile(platform_id)
        original = self._drafts.latest_text(draft_id)
        findings = _privacy().find_pii(original)
        chosen = [f for f in findings if options.redact_pii or f.text in options.redact]
        text = _privacy().redact(original, chosen) if chosen else original
        available = self.vendor_handle(draft_id, platform_id)
        handle = available if options.include_handle else ""
        if handle and handle.lower() not in text.lower():
            text = f"{handle} {text}"
        if options.hashtags.strip():
            text = f"{text.rstrip()}\n\n{options.hashtags.strip()}"
        revs = self._drafts.revisions(draft_id)
        heat = revs[-1].heat if revs else 0.0
        parts = list(profile.split(text)) if profile.threads else [text]
        issues = _site_rules().check(text, profile, heat=heat)
        if len(parts) > 1 and all(profile.count(p) <= profile.limit for p in parts):
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
            list(issues),
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
        )

    # -- handing out -----------------------------------------------------------------------
    def copy(
        self, draft_id: int, platform_id: str, options: CopyOptions, part: int | None = None
    ) -> CopyDecision:
        """Put the text (or one thread part) on the clipboard and record the post."""
        decision = self.decide(draft_id)
        if not decision.allowed:
            return decision
        built = self._build(draft_id, platform_id, options)
        out = built.parts[part] if part is not None else built.text
        self._set_clipboard(out)
        self._record(draft_id, platform_id, built.text)
        self.copied.emit(draft_id, platform_id)
        return decision

    def compose_url(self, draft_id: int, platform_id: str, options: CopyOptions) -> str | None:
        if not self.decide(draft_id).allowed:
            return None
        built = self._build(draft_id, platform_id, options)
        first = built.parts[0] if built.parts else built.text
        return self.profile(platform_id).compose_url(first)

    def open_compose(self, draft_id: int, platform_id: str, options: CopyOptions) -> CopyDecision:
        """Copy, then open the site: its compose page pre-filled with the first part, or else
        the vendor's page there if the user stored one."""
        url = self.compose_url(draft_id, platform_id, options)
        part = 0 if url else None
        if url is None:
            url = self.vendor_page(draft_id, platform_id) or None
        decision = self.copy(draft_id, platform_id, options, part=part)
        if decision.allowed and self._open_url is not None and url:
            self._open_url(url)
        return decision

    # -- the record of the post ------------------------------------------------------------
    def last_post(self, draft_id: int, platform_id: str) -> int | None:
        """The contact recorded for the latest copy of this draft to this site (this session)."""
        return self._last_post.get((draft_id, platform_id))

    def set_post_link(self, contact_id: int, link: str) -> bool:
        """Attach the link to the live post to a recorded post. ValueError if not a web link."""
        link = link.strip()
        if link and urlsplit(link).scheme.lower() not in ("http", "https"):
            raise ValueError("Paste the post's web address (it starts with https://).")
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

    def _record(self, draft_id: int, platform_id: str, text: str) -> None:
        key = (draft_id, platform_id, text)
        if key in self._recorded:
            self._last_post[(draft_id, platform_id)] = self._recorded[key]
            return
        draft = self._drafts.draft(draft_id)
        if draft is None:
            return
        contact = Contact(
            None,
            draft.case_id,
            Channel.SOCIAL,
            self._drafts.now(),
            summary=f"Posted on {self.profile(platform_id).name}",
            site=platform_id,
            text=text,
        )
        saved = self._records.log_contact(contact)
        if saved is not None and saved.id is not None:
            self._recorded[key] = saved.id
            self._last_post[(draft_id, platform_id)] = saved.id
            self._drafts.set_status(draft_id, DraftStatus.POSTED)
            self.post_recorded.emit(draft_id, saved.id)
