"""Sample data for `--demo`: vendors, cases and drafts drawn from the stories behind the product.

Built relative to `now`, so every hold state is on show whenever the demo opens: a furious draft
still cooling, a calmer one nearly there, one ready to copy, a thank-you that is not held, one
already posted and one withdrawn after the vendor answered.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from complaint_desk.core import hold, tone
from complaint_desk.core.models import (
    Case,
    CaseStatus,
    Channel,
    Contact,
    Draft,
    DraftStatus,
    Outcome,
    Reached,
    Response,
    Vendor,
    stored_id,
)
from complaint_desk.core.tone.model import model_id
from complaint_desk.store.store import Store

H = timedelta(hours=1)
MIN = timedelta(minutes=1)
D = timedelta(days=1)


def build(store: Store, now: datetime) -> None:
    """Fill an empty store with the sample data."""
    v = {
        key: store.vendors.add(vendor)
        for key, vendor in {
            "parcel": Vendor(
                None,
                "Trailhead Outfitters",
                {"x": "@TrailheadHelp", "bluesky": "trailhead.bsky.social"},
                "+1 800 555 0142",
                "care@trailhead.example",
                "https://trailhead.example/help",
                "Web shop for camping gear. Twitter team answers fast; email does not.",
            ),
            "telco": Vendor(
                None,
                "Northline Telecom",
                {"x": "@NorthlineCares", "mastodon": "@northline@mastodon.social"},
                "0800 555 0199",
                "support@northline.example",
                "https://northline.example/support",
                "Phone support unhelpful; the Twitter team fixed the last issue in 48 h.",
            ),
            "isp": Vendor(
                None,
                "Ironline Broadband",
                {"x": "@IronlineHelp", "bluesky": "ironline.bsky.social"},
                "0345 555 0100",
                "help@ironline.example",
            ),
            "software": Vendor(
                None,
                "Red-Shirt Software",
                {"x": "@redshirtsw"},
                email="support@red-shirt.example",
                notes="Daniel answered a blog post within two hours and fixed the bug in a week.",
            ),
            "laptop": Vendor(
                None,
                "Delmont Computers",
                {"x": "@DelmontCares", "trustpilot": "delmont.example"},
                "1-800-555-0177",
                notes="Warranty repairs; 15 minutes on hold is normal.",
            ),
        }.items()
    }

    def case(vendor: str, title: str, days_ago: float, **kw) -> Case:
        return store.cases.add(Case(None, stored_id(v[vendor]), title, now - days_ago * D, **kw))

    refund = case(
        "parcel",
        "Refund for a returned tent",
        9,
        story="Two days of back-and-forth with support about a faulty tent. I asked to return it "
        "for a refund including the shipping I paid. No answer to that request for 12 hours.",
        reference="Order TH-48213",
        remedy="Refund of $289.00 including shipping",
        status=CaseStatus.RESOLVED,
    )
    _timeline(
        store,
        stored_id(refund),
        now,
        [
            (
                "c",
                Channel.EMAIL,
                9 * D,
                "Asked for a return and refund of the faulty tent.",
                0,
                "Jess",
            ),
            (
                "r",
                Channel.EMAIL,
                9 * D - 20 * H,
                "Suggested re-seaming the tent myself.",
                Outcome.ASKED_DETAILS,
                "Jess",
            ),
            (
                "c",
                Channel.EMAIL,
                8 * D,
                "Said I would send it back; asked for a refund incl. shipping.",
                0,
                "",
            ),
            (
                "c",
                Channel.SOCIAL,
                7 * D - 12 * H,
                "Tweeted that I would no longer recommend them.",
                0,
                "",
            ),
            (
                "r",
                Channel.SOCIAL,
                7 * D - 12 * H - 5 * MIN,
                "DM: asked what was wrong.",
                Outcome.ACKNOWLEDGED,
                "Maya",
            ),
            (
                "r",
                Channel.SOCIAL,
                7 * D - 12 * H - 15 * MIN,
                "Full refund and a prepaid label.",
                Outcome.RESOLVED,
                "Maya",
            ),
        ],
    )
    phone = case(
        "telco",
        "Email client broken after their server change",
        40,
        story="After Northline changed their mail servers my email client stopped working. "
        "Phone support knew the fix but would not give it: 'we only support the web client'.",
        reference="Account NL-775-2031",
        remedy="The server settings, and a credit for the week without email",
        status=CaseStatus.RESOLVED,
    )
    _timeline(
        store,
        stored_id(phone),
        now,
        [
            (
                "c",
                Channel.PHONE,
                40 * D,
                "Two hours to reach the right person; refused to help.",
                0,
                "Gary",
                125,
                Reached.SPOKE,
                Outcome.REFUSED,
            ),
            (
                "c",
                Channel.PHONE,
                39 * D,
                "Asked again; told email clients are not supported.",
                0,
                "Priya",
                48,
                Reached.SPOKE,
                Outcome.REFUSED,
            ),
            ("c", Channel.LETTER, 37 * D, "Letter to the VP of Worldwide Customer Support.", 0, ""),
            ("c", Channel.SOCIAL, 36 * D, "Asked @NorthlineCares for help.", 0, ""),
            (
                "r",
                Channel.SOCIAL,
                36 * D - 40 * MIN,
                "Asked for account details by DM.",
                Outcome.ASKED_DETAILS,
                "Sam",
            ),
            (
                "r",
                Channel.SOCIAL,
                34 * D,
                "Sent the server settings; it works again.",
                Outcome.RESOLVED,
                "Sam",
            ),
            (
                "r",
                Channel.LETTER,
                6 * D,
                "The VP's office wrote back with an apology.",
                Outcome.ACKNOWLEDGED,
                "Office of the VP",
            ),
        ],
    )
    outage = case(
        "isp",
        "Broadband down for 9 days",
        10,
        story="Line dropped on the 12th. Engineer visit booked twice, nobody came either time.",
        reference="Ticket IB-99120",
        remedy="A working line and a refund of 9 days' fees",
        status=CaseStatus.OPEN,
    )
    _timeline(
        store,
        stored_id(outage),
        now,
        [
            (
                "c",
                Channel.PHONE,
                10 * D,
                "Reported the fault; engineer booked for Tuesday.",
                0,
                "Lee",
                35,
                Reached.SPOKE,
                Outcome.OFFERED,
            ),
            (
                "r",
                Channel.PHONE,
                10 * D - 10 * MIN,
                "Booked an engineer visit.",
                Outcome.ACKNOWLEDGED,
                "Lee",
            ),
            (
                "c",
                Channel.PHONE,
                7 * D,
                "Engineer did not come; rebooked for Friday.",
                0,
                "Ana",
                52,
                Reached.SPOKE,
                Outcome.OFFERED,
            ),
            (
                "c",
                Channel.EMAIL,
                3 * D,
                "Engineer missed the second visit too. Asked for a date.",
                0,
                "",
            ),
            (
                "c",
                Channel.CHAT,
                20 * H,
                "Chat closed after 40 minutes in the queue.",
                0,
                "",
                40,
                Reached.NO_ANSWER,
            ),
        ],
    )
    warranty = case(
        "laptop",
        "Notebook repaired three times under warranty",
        40,
        story="The same hinge and screen fault, repaired three times since September.",
        reference="Service tag 7HX2Q1",
        remedy="A replacement notebook",
        status=CaseStatus.OPEN,
    )
    _timeline(
        store,
        stored_id(warranty),
        now,
        [
            (
                "c",
                Channel.PHONE,
                40 * D,
                "15 minutes on hold; repair booked.",
                0,
                "Raj",
                45,
                Reached.SPOKE,
                Outcome.OFFERED,
            ),
            ("r", Channel.PHONE, 40 * D - 5 * MIN, "Repair booked.", Outcome.OFFERED, "Raj"),
            ("c", Channel.EMAIL, 6 * D, "Asked for a replacement after the third failure.", 0, ""),
            (
                "r",
                Channel.EMAIL,
                2 * D,
                "Asked for photos of the fault.",
                Outcome.ASKED_DETAILS,
                "Warranty team",
            ),
        ],
    )
    thanks = case(
        "software",
        "MarsEdit-style publishing bug",
        14,
        story="Posts failed to publish; wrote about it on my blog.",
        remedy="A fix",
        status=CaseStatus.RESOLVED,
    )
    _timeline(
        store,
        stored_id(thanks),
        now,
        [
            ("c", Channel.SOCIAL, 14 * D, "Linked my blog post about the bug on Twitter.", 0, ""),
            (
                "r",
                Channel.EMAIL,
                14 * D - 2 * H,
                "Daniel asked me to get in touch.",
                Outcome.ACKNOWLEDGED,
                "Daniel",
            ),
            ("r", Channel.EMAIL, 7 * D, "Fixed in the new build.", Outcome.RESOLVED, "Daniel"),
        ],
    )

    _draft(
        store,
        stored_id(outage),
        "Nine days without broadband",
        now,
        [
            (
                3 * H,
                "@IronlineHelp NINE DAYS without broadband and your engineers never showed up. "
                "Twice!!! You people are useless and I'll make sure everyone knows it. "
                "Worst ISP ever.",
            ),
            (
                2 * H,
                "@IronlineHelp NINE DAYS without broadband and your engineers never showed up. "
                "Twice!!! You people are useless and I'll make sure everyone knows it. "
                "Worst ISP ever. Refund me or I post a 1-star review everywhere.",
            ),
        ],
    )
    _draft(
        store,
        stored_id(outage),
        "Calmer version: missed engineer visits",
        now,
        [
            (
                20 * H,
                "@IronlineHelp My line has been down since the 12th (ticket IB-99120). Engineer "
                "visits were booked for Tuesday and Friday and nobody came. I would like a firm "
                "date for the repair and a refund for the days without service.",
            )
        ],
    )
    _draft(
        store,
        stored_id(warranty),
        "Third repair, same fault",
        now,
        [
            (
                50 * H,
                "@DelmontCares My notebook (service tag 7HX2Q1) has been repaired three times "
                "since September for the same hinge fault, and it has failed again. Honestly, "
                "this is ridiculous. I would like a replacement, please.",
            )
        ],
    )
    # Released drafts for the copy-out view: a long thread for X and a review with personal data.
    _draft(
        store,
        stored_id(warranty),
        "The whole warranty story (thread)",
        now,
        [
            (
                60 * H,
                "@DelmontCares Since September my notebook (service tag 7HX2Q1) has gone back for "
                "the same hinge and screen fault three times. Each repair took about two weeks, "
                "and each time it failed again within a month. I have spent over four hours on "
                "your support line and I have sent the photos you asked for twice. I am not "
                "asking for anything unusual: a notebook that works, or a replacement of the same "
                "model. Please call me on 07700 900123 or write to sam.baker@example.com so we can "
                "settle this. I would much rather sort it out with you than keep writing about it "
                "here. Thank you for reading.",
            )
        ],
    )
    _draft(
        store,
        stored_id(warranty),
        "Review of the repair service",
        now,
        [
            (
                56 * H,
                "Three warranty repairs for the same hinge fault in four months, two weeks without "
                "my notebook each time, and hours on hold. The staff were polite but nothing got "
                "fixed for good. Replace my notebook or I will post a 1-star review everywhere. "
                "You can reach me on 07700 900123.",
            )
        ],
    )
    _draft(
        store,
        stored_id(thanks),
        "Thank you, Daniel",
        now,
        [
            (
                6 * D,
                "Thank you to Daniel at Red-Shirt Software: he answered within two hours and the "
                "new build fixed my publishing problem. Great support, much appreciated!",
            )
        ],
    )
    posted = _draft(
        store,
        stored_id(refund),
        "Refund still missing",
        now,
        [
            (
                9 * D,
                "@TrailheadHelp I asked 12 hours ago to return a faulty tent (order TH-48213) for "
                "a refund including shipping and have had no reply. I will not be recommending "
                "you until this is sorted.",
            )
        ],
    )
    store.drafts.update(
        Draft(posted.id, posted.case_id, posted.title, posted.created_at, DraftStatus.POSTED)
    )
    withdrawn = _draft(
        store,
        stored_id(phone),
        "Northline phone support",
        now,
        [
            (
                38 * D,
                "Northline's phone support told me my email client is 'not supported' after THEY "
                "broke it. Two hours on the phone for nothing. Absolutely pathetic.",
            )
        ],
    )
    store.drafts.update(
        Draft(
            withdrawn.id,
            withdrawn.case_id,
            withdrawn.title,
            withdrawn.created_at,
            DraftStatus.WITHDRAWN,
        )
    )


def _timeline(store: Store, case_id: int, now: datetime, items: list[tuple]) -> None:
    """Contacts ("c": …, minutes, whether it got through, what came of it) and responses ("r")."""
    for item in items:
        kind, channel, ago, summary, outcome, who, *rest = item
        at = now - ago
        if kind == "c":
            minutes = rest[0] if rest else None
            reached = rest[1] if len(rest) > 1 else Reached.SPOKE
            said = rest[2] if len(rest) > 2 else None
            contact = Contact(None, case_id, channel, at, minutes, who, summary)
            store.contacts.add(replace(contact, reached=reached, outcome=said))
        elif outcome is not None:
            store.responses.add(Response(None, case_id, at, channel, outcome, who, summary))


def _draft(
    store: Store, case_id: int, title: str, now: datetime, versions: list[tuple[timedelta, str]]
) -> Draft:
    draft = store.drafts.add(Draft(None, case_id, title, now - versions[0][0]))
    revisions: list[hold.Revision] = []
    for ago, text in versions:
        report = tone.analyse(text)
        revisions.append(hold.Revision(now - ago, text, report.heat, report.polarity, model_id()))
        store.drafts.add_revision(
            stored_id(draft),
            revisions[-1],
            ready_at=hold.ready_at(revisions),
            clock_start=hold.clock_start(revisions),
        )
    return draft
