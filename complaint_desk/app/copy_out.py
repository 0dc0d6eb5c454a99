"""Copy-out: turn a released draft into what a site will accept, hand it over, and record the post.

The text that leaves the app is always built here from the draft's latest revision (never taken
from a widget), and only after `DraftsService.decide_copy` allows it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from complaint_desk.app.drafts import CopyDecision, DraftsService
from complaint_desk.app.records import RecordsService
from complaint_desk.core import platforms, privacy, site_rules
from complaint_desk.core.models import Channel, Contact, DraftStatus


@dataclass(frozen=True)
class CopyOptions:
    include_handle: bool = True
    redact_pii: bool = False
    hashtags: str = ""


@dataclass(frozen=True)
class CopyPreview:
    """What the copy view shows for one site: the final text, its parts, and the checks."""

    platform_id: str
    text: str
    parts: list[str]
    count: int
    limit: int
    issues: list = field(default_factory=list)  # site_rules.RuleIssue
    pii: list = field(default_factory=list)  # privacy findings in the text before redaction
    heat: float = 0.0
    handle: str = ""


class CopyOutService(QObject):
    copied = Signal(int, str)  # draft id, platform id

    def __init__(
        self,
        drafts: DraftsService,
        records: RecordsService,
        set_clipboard: Callable[[str], None],
        open_url: Callable[[str], bool] | None = None,
    ) -> None:
        super().__init__()
        self._drafts = drafts
        self._records = records
        self._set_clipboard = set_clipboard
        self._open_url = open_url
        self._recorded: set[tuple[int, str, str]] = set()
        self.mastodon_instance = "mastodon.social"

    def profile(self, platform_id: str):
        profile = platforms.PLATFORMS[platform_id]
        if platform_id == "mastodon" and hasattr(profile, "with_instance"):
            profile = profile.with_instance(self.mastodon_instance)
        return profile

    def decide(self, draft_id: int) -> CopyDecision:
        return self._drafts.decide_copy(draft_id)

    def vendor_handle(self, draft_id: int, platform_id: str) -> str:
        draft = self._drafts.draft(draft_id)
        case = self._records.case(draft.case_id) if draft else None
        vendor = self._records.vendor(case.vendor_id) if case else None
        if vendor is None:
            return ""
        raw = vendor.handles.get(platform_id, "").strip()
        if not raw:
            return ""
        return platforms.format_handle(platform_id, raw)

    def preview(self, draft_id: int, platform_id: str, options: CopyOptions) -> CopyPreview | None:
        """The text as the site will see it, or None while the draft is held (nothing to show)."""
        if not self.decide(draft_id).allowed:
            return None
        return self._build(draft_id, platform_id, options)

    def _build(self, draft_id: int, platform_id: str, options: CopyOptions) -> CopyPreview:
        profile = self.profile(platform_id)
        original = self._drafts.latest_text(draft_id)
        findings = privacy.find_pii(original)
        text = privacy.redact(original, findings) if options.redact_pii and findings else original
        handle = self.vendor_handle(draft_id, platform_id) if options.include_handle else ""
        if handle and handle.lower() not in text.lower():
            text = f"{handle} {text}"
        if options.hashtags.strip():
            text = f"{text.rstrip()}\n\n{options.hashtags.strip()}"
        revs = self._drafts.revisions(draft_id)
        heat = revs[-1].heat if revs else 0.0
        parts = profile.split(text) if profile.threads else [text]
        issues = site_rules.check(text, platform_id, heat=heat)
        return CopyPreview(
            platform_id,
            text,
            list(parts),
            profile.count(text),
            profile.limit,
            list(issues),
            [] if options.redact_pii else list(findings),
            heat,
            handle,
        )

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
        decision = self.copy(draft_id, platform_id, options, part=0)
        if decision.allowed and self._open_url is not None:
            url = self.compose_url(draft_id, platform_id, options)
            if url:
                self._open_url(url)
        return decision

    def _record(self, draft_id: int, platform_id: str, text: str) -> None:
        key = (draft_id, platform_id, text)
        if key in self._recorded:
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
        if self._records.log_contact(contact) is not None:
            self._recorded.add(key)
            self._drafts.set_status(draft_id, DraftStatus.POSTED)
