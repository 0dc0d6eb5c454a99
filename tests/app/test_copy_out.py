"""Copy-out service: redaction chosen by the user, compose links, the Mastodon server setting,
vendor pages for sites without a compose link, and the link to the live post."""

from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qs, urlsplit

import pytest

from complaint_desk.app.clock import FakeClock
from complaint_desk.app.copy_out import CopyOptions
from complaint_desk.app.desk import Desk
from complaint_desk.core.models import Case, Channel, DraftKind, DraftStatus, Vendor
from complaint_desk.store.store import open_store
from tests.app.fakes import Clipboard, FakeScorer

T0 = datetime(2026, 5, 4, 9, 30, tzinfo=UTC)
PHONE = "07700 900123"
TEXT = f"My kettle broke on 3 May. Please call me on {PHONE} or mail sam@example.com."
LONG = " ".join(["The kettle stopped working after a week of normal use."] * 12)


@pytest.fixture
def env(tmp_path, qapp):
    store = open_store(tmp_path / "db.sqlite3")
    clock = FakeClock(T0)
    clipboard = Clipboard()
    opened: list[str] = []
    desk = Desk(
        store,
        clock,
        set_clipboard=clipboard,
        open_url=lambda u: opened.append(u) or True,
        scorer=FakeScorer(),
    )
    vendor = desk.records.save_vendor(
        Vendor(
            None, "Acme", {"x": "acme", "facebook": "acmekettles"}, url="https://www.acme.example"
        )
    )
    case = desk.records.save_case(Case(None, vendor.id, "Broken kettle", T0))
    yield desk, clock, clipboard, case, opened, tmp_path
    desk.close()


def released(desk, clock, case, text):
    draft = desk.drafts.new_draft(case.id, "Post", text)
    clock.advance(timedelta(hours=49))
    return draft.id


def test_redacting_one_finding_by_its_text_leaves_the_others(env):
    desk, clock, clipboard, case, *_ = env
    draft = released(desk, clock, case, TEXT)
    preview = desk.copy_out.preview(draft, "x", CopyOptions())
    assert [(f.kind, f.text) for f in preview.pii] == [
        ("phone", PHONE),
        ("email", "sam@example.com"),
    ]
    desk.copy_out.copy(draft, "x", CopyOptions(redact=frozenset({PHONE})))
    assert PHONE not in clipboard.text and "[phone removed]" in clipboard.text
    assert "sam@example.com" in clipboard.text
    desk.copy_out.copy(draft, "x", CopyOptions(redact_pii=True))
    assert "sam@example.com" not in clipboard.text and PHONE not in clipboard.text


def test_the_recorded_post_is_exactly_what_was_copied(env):
    desk, clock, clipboard, case, *_ = env
    draft = released(desk, clock, case, TEXT)
    desk.copy_out.copy(draft, "x", CopyOptions(redact_pii=True))
    assert desk.records.contacts(case.id) == []  # a copy is not a post
    clock.advance(timedelta(minutes=3))
    contact_id = desk.copy_out.confirm_post()
    (post,) = desk.records.contacts(case.id)
    assert post.id == contact_id and post.channel is Channel.SOCIAL and post.site == "x"
    assert post.text == clipboard.text and PHONE not in post.text
    assert post.at == clock.now()  # the vendor's clock starts when the post is confirmed
    assert desk.drafts.draft(draft).status is DraftStatus.POSTED


def test_copy_records_nothing_until_confirmed_and_not_yet_forgets(env):
    desk, clock, clipboard, case, *_ = env
    draft = released(desk, clock, case, TEXT)
    assert desk.copy_out.pending_post() is None
    desk.copy_out.copy(draft, "x", CopyOptions())
    desk.copy_out.copy(draft, "x", CopyOptions())
    pending = desk.copy_out.pending_post()
    assert pending is not None and pending.copied_all and pending.site_name == "X (Twitter)"
    assert desk.records.contacts(case.id) == []
    desk.copy_out.dismiss_post()  # "Not yet"
    assert desk.copy_out.pending_post() is None and desk.copy_out.confirm_post() is None
    assert desk.records.contacts(case.id) == []
    assert desk.drafts.draft(draft).status is DraftStatus.ACTIVE


def test_a_thread_records_only_the_parts_copied(env):
    desk, clock, clipboard, case, *_ = env
    draft = released(desk, clock, case, LONG)
    parts = desk.copy_out.preview(draft, "x", CopyOptions()).parts
    assert len(parts) > 2
    desk.copy_out.copy(draft, "x", CopyOptions(), part=0)
    assert desk.copy_out.pending_post().copied_parts == [0]
    post_id = desk.copy_out.confirm_post()
    (post,) = desk.records.contacts(case.id)
    assert post.id == post_id and post.text == parts[0] == clipboard.text
    # The next two parts, copied out of order, are the next post, in thread order.
    desk.copy_out.copy(draft, "x", CopyOptions(), part=2)
    desk.copy_out.copy(draft, "x", CopyOptions(), part=1)
    desk.copy_out.confirm_post()
    assert desk.records.contacts(case.id)[-1].text == f"{parts[1]}\n\n{parts[2]}"


def test_a_changed_text_or_another_site_asks_afresh(env):
    desk, clock, _clipboard, case, *_ = env
    draft = released(desk, clock, case, LONG)
    desk.copy_out.copy(draft, "x", CopyOptions(), part=0)
    desk.copy_out.copy(draft, "x", CopyOptions(include_handle=False), part=1)
    assert desk.copy_out.pending_post().copied_parts == [1]  # another text: a new question
    desk.copy_out.copy(draft, "bluesky", CopyOptions())
    pending = desk.copy_out.pending_post()
    assert pending.platform_id == "bluesky" and pending.copied_all


def test_undo_takes_the_post_off_the_case(env, qtbot):
    desk, clock, _clipboard, case, *_ = env
    draft = released(desk, clock, case, TEXT)
    desk.copy_out.copy(draft, "x", CopyOptions())
    post_id = desk.copy_out.confirm_post("https://x.com/me/status/7")
    assert desk.records.contacts(case.id)[0].link == "https://x.com/me/status/7"
    assert desk.copy_out.last_post(draft, "x") == post_id
    assert len(desk.records.timeline(case.id)) == 1
    with qtbot.waitSignal(desk.records.timeline_changed):
        assert desk.copy_out.undo_post(post_id)
    assert desk.records.contacts(case.id) == [] and desk.records.timeline(case.id) == []
    assert desk.copy_out.last_post(draft, "x") is None
    assert desk.drafts.draft(draft).status is DraftStatus.ACTIVE
    assert not desk.copy_out.undo_post(post_id)  # only once
    assert desk.records.case_figures().get(case.id) is None or all(
        c.id != post_id for c in desk.records.contacts(case.id)
    )


def test_a_bad_link_records_nothing_and_keeps_the_question(env):
    desk, clock, _clipboard, case, *_ = env
    draft = released(desk, clock, case, TEXT)
    desk.copy_out.copy(draft, "x", CopyOptions())
    with pytest.raises(ValueError):
        desk.copy_out.confirm_post("javascript:alert(1)")
    assert desk.records.contacts(case.id) == [] and desk.copy_out.pending_post() is not None


def test_a_held_draft_puts_nothing_on_the_clipboard_and_asks_nothing(env):
    desk, clock, clipboard, case, *_ = env
    draft = desk.drafts.new_draft(case.id, "Hot", TEXT)
    assert not desk.copy_out.copy(draft.id, "x", CopyOptions()).allowed
    assert clipboard.text is None and desk.copy_out.pending_post() is None


@pytest.mark.parametrize("site", ["x", "bluesky", "threads", "mastodon", "reddit"])
def test_compose_link_decodes_back_to_the_first_part(env, site):
    desk, clock, clipboard, case, opened, _ = env
    draft = released(desk, clock, case, LONG)
    assert desk.copy_out.open_compose(draft, site, CopyOptions()).allowed
    preview = desk.copy_out.preview(draft, site, CopyOptions())
    query = parse_qs(urlsplit(opened[-1]).query)
    assert query["text"] == [preview.parts[0]]
    assert clipboard.text == preview.parts[0]


def test_mastodon_server_is_a_setting_kept_in_the_store(env, qapp):
    desk, clock, _clipboard, case, opened, tmp_path = env
    draft = released(desk, clock, case, TEXT)
    assert desk.copy_out.set_mastodon_instance("https://Fosstodon.org/") == "fosstodon.org"
    with pytest.raises(ValueError):
        desk.copy_out.set_mastodon_instance("not a server/")
    desk.copy_out.open_compose(draft, "mastodon", CopyOptions())
    assert opened[-1].startswith("https://fosstodon.org/share?text=")
    again = Desk(desk.store, clock)
    assert again.copy_out.mastodon_instance == "fosstodon.org"


def test_site_without_compose_link_opens_the_vendor_page_or_nothing(env):
    desk, clock, clipboard, case, opened, _ = env
    draft = released(desk, clock, case, TEXT)
    assert desk.copy_out.preview(draft, "facebook", CopyOptions()).vendor_page == (
        "https://www.facebook.com/acmekettles"
    )
    desk.copy_out.open_compose(draft, "facebook", CopyOptions(include_handle=False))
    assert opened == ["https://www.facebook.com/acmekettles"] and clipboard.text == TEXT
    # Trustpilot: derived from the vendor's web site; Instagram: nothing stored, nothing opened.
    assert desk.copy_out.vendor_page(draft, "trustpilot") == (
        "https://www.trustpilot.com/review/acme.example"
    )
    desk.copy_out.open_compose(draft, "instagram", CopyOptions())
    assert len(opened) == 1


def test_review_sites_take_no_handle(env):
    desk, clock, clipboard, case, *_ = env
    draft = released(desk, clock, case, TEXT)
    preview = desk.copy_out.preview(draft, "trustpilot", CopyOptions(include_handle=True))
    assert preview.available_handle == "" and preview.text == TEXT


def test_link_to_the_live_post_is_saved_on_the_contact(env, qtbot):
    desk, clock, _clipboard, case, *_ = env
    draft = released(desk, clock, case, TEXT)
    desk.copy_out.copy(draft, "x", CopyOptions())
    assert desk.copy_out.last_post(draft, "x") is None  # copied, not posted
    desk.copy_out.confirm_post()
    post = desk.copy_out.last_post(draft, "x")
    assert post is not None
    with pytest.raises(ValueError):
        desk.copy_out.set_post_link(post, "javascript:alert(1)")
    with qtbot.waitSignal(desk.records.timeline_changed):
        assert desk.copy_out.set_post_link(post, " https://x.com/me/status/1 ")
    assert desk.records.contacts(case.id)[0].link == "https://x.com/me/status/1"


def test_thread_that_fits_part_by_part_is_no_error(env):
    desk, clock, _clipboard, case, *_ = env
    draft = released(desk, clock, case, LONG)
    preview = desk.copy_out.preview(draft, "x", CopyOptions())
    assert len(preview.parts) > 1
    assert all(n <= 280 for n in preview.part_counts)
    assert not [i for i in preview.issues if i.severity == "error"]


def test_the_preview_shows_the_latest_versions_heat(env):
    desk, clock, _clipboard, case, *_ = env
    draft = released(desk, clock, case, TEXT)
    assert desk.copy_out.preview(draft, "x", CopyOptions()).heat == 50.0  # FakeScorer's default


def test_a_letter_is_not_copied_out_to_a_site(env):
    desk, clock, clipboard, case, opened, _ = env
    letter = desk.drafts.new_draft(case.id, "Letter", TEXT, kind=DraftKind.LETTER)
    clock.advance(timedelta(hours=49))
    assert desk.copy_out.is_letter(letter.id) and desk.drafts.decide_copy(letter.id).allowed
    assert desk.copy_out.preview(letter.id, "x", CopyOptions()) is None
    refused = desk.copy_out.copy(letter.id, "x", CopyOptions())
    assert not refused.allowed and "sent, not posted" in refused.message
    assert not desk.copy_out.open_compose(letter.id, "x", CopyOptions()).allowed
    assert clipboard.text is None and opened == [] and desk.copy_out.pending_post() is None


@pytest.mark.parametrize(
    "text",
    [
        "Give me a refund or 1-star on Trustpilot.",
        "I'll remove my 1-star review if you refund me.",
        "Refund me by Friday or you get a one star review.",
    ],
)
def test_review_extortion_blocks_the_copy_for_a_review_site_with_its_rule(env, text):
    desk, clock, clipboard, case, *_ = env
    draft = released(desk, clock, case, text)
    decision = desk.copy_out.copy(draft, "trustpilot", CopyOptions())
    assert not decision.allowed
    assert "Trustpilot will not take this text" in decision.message
    assert clipboard.text is None
    assert desk.copy_out.compose_url(draft, "trustpilot", CopyOptions()) is None
    assert desk.copy_out.copy(draft, "x", CopyOptions()).allowed  # a social site: a warning only


# --- the site's rule errors ask for an explicit "copy anyway" (issue 15, part 4) ----------------


def test_a_rule_error_is_copied_only_when_the_person_says_copy_anyway(env):
    desk, clock, clipboard, case, *_ = env
    draft = released(desk, clock, case, TEXT)  # a phone number: Google reviews forbid it
    asked = desk.copy_out.copy(draft, "google", CopyOptions())
    assert not asked.allowed and asked.can_copy_anyway
    assert "phone" in asked.message.lower() and asked.message.startswith(
        "Against the rules of Google"
    )
    assert clipboard.text is None and desk.copy_out.pending_post() is None
    copied = desk.copy_out.copy(draft, "google", CopyOptions(), anyway=True)
    assert copied.allowed and PHONE in clipboard.text
    # Redacted, nothing is against the rules: it copies without asking.
    clipboard.text = None
    assert desk.copy_out.copy(draft, "google", CopyOptions(redact_pii=True)).allowed
    assert PHONE not in clipboard.text


def test_copy_anyway_passes_neither_the_hold_nor_a_refusing_rule(env):
    desk, clock, clipboard, case, *_ = env
    held = desk.drafts.new_draft(case.id, "Held", TEXT)  # still cooling off
    decision = desk.copy_out.copy(held.id, "google", CopyOptions(), anyway=True)
    assert not decision.allowed and not getattr(decision, "can_copy_anyway", False)
    extortion = released(desk, clock, case, "Refund me by Friday or I post a 1-star review.")
    refused = desk.copy_out.copy(extortion, "trustpilot", CopyOptions(), anyway=True)
    assert not refused.allowed and not refused.can_copy_anyway
    assert clipboard.text is None
