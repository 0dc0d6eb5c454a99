"""Fill a data folder with synthetic, plausible data through the store API, fast.

    python -m benchmarks.seed --drafts 10000 --data-dir /tmp/cd [--contacts 100000]

Everything goes in through the repositories' bulk methods inside one transaction. The hold of each
draft is computed by core.hold over its revisions, exactly as the app would store it. Seeded with
a fixed random seed, so the same arguments give the same data (times are relative to "now").
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from complaint_desk import paths
from complaint_desk.core import hold
from complaint_desk.core.hold import Revision
from complaint_desk.core.models import (
    Case,
    CaseStatus,
    Channel,
    Contact,
    Draft,
    DraftStatus,
    Outcome,
    Response,
    Vendor,
)
from complaint_desk.store.store import Store, open_store

COMPANIES = [
    "Acme Telecom", "Northwind Air", "Globex Energy", "Initech Bank", "Umbrella Insurance",
    "Stark Broadband", "Wayne Rail", "Cyberdyne Phones", "Soylent Foods", "Hooli Cloud",
    "Vandelay Imports", "Oceanic Airlines", "Wonka Deliveries", "Tyrell Motors", "Gringotts Loans",
]  # fmt: skip
PROBLEMS = [
    "router never arrived", "double charged", "flight cancelled", "refund refused",
    "broken on delivery", "contract not cancelled", "bill doubled", "lost luggage",
    "repair took six weeks", "account locked",
]  # fmt: skip
OPENERS = [
    "I have been a customer for years and", "This is the third time", "Your team promised me that",
    "I am still waiting because", "Thanks for the quick help, but", "Honestly,",
]  # fmt: skip
MIDDLES = [
    "nobody has called me back", "the refund still has not arrived", "I was on hold for two hours",
    "the order shows delivered but nothing came", "I was charged twice this month",
    "the agent hung up on me", "I was told it would be fixed by Friday",
]  # fmt: skip
CLOSERS = [
    "Please sort this out.", "I expect a reply today.", "This is UNACCEPTABLE!!!",
    "Can someone help?", "Thank you for fixing it so quickly!", "I will take this further.",
]  # fmt: skip


def _text(rng: random.Random, sentences: int) -> str:
    return " ".join(
        f"{rng.choice(OPENERS)} {rng.choice(MIDDLES)}. {rng.choice(CLOSERS)}"
        for _ in range(sentences)
    )


def _revisions(rng: random.Random, created: datetime) -> list[Revision]:
    """1-4 revisions; mostly cooling down, sometimes heating up (restarting the clock)."""
    heat = rng.uniform(5, 95)
    polarity = rng.uniform(-0.9, 0.5)
    at = created + timedelta(minutes=rng.uniform(1, 30))
    text = _text(rng, rng.randint(1, 4))
    revs = [Revision(at, text, round(heat, 1), round(polarity, 2))]
    for _ in range(rng.randint(0, 3)):
        at += timedelta(minutes=rng.uniform(1, 600))
        # Steps of more than 5 points, so core.hold decides on heat alone (no text diff needed).
        heat = max(0.0, heat - rng.uniform(6, 25)) if rng.random() < 0.8 else heat + 20
        heat = min(heat, 100.0)
        polarity = min(1.0, polarity + rng.uniform(0, 0.3))
        text = text + " " + _text(rng, 1)
        revs.append(Revision(at, text, round(heat, 1), round(polarity, 2)))
    return revs


def seed(
    store: Store,
    *,
    drafts: int,
    contacts: int | None = None,
    responses: int | None = None,
    vendors: int | None = None,
    rng_seed: int = 1,
    now: datetime | None = None,
) -> dict[str, int]:
    """Add synthetic records to `store` in one transaction; how many of each."""
    rng = random.Random(rng_seed)
    now = now or datetime.now(UTC)
    n_vendors = vendors if vendors is not None else max(3, min(200, drafts // 50 or 3))
    n_cases = max(1, drafts // 2)
    n_contacts = contacts if contacts is not None else drafts * 10
    n_responses = responses if responses is not None else (n_contacts * 7) // 10
    start = now - timedelta(days=400)

    with store.transaction():
        vendor_ids = store.vendors.add_many(
            Vendor(
                None,
                f"{COMPANIES[i % len(COMPANIES)]}"
                + (f" {i // len(COMPANIES) + 1}" if i >= 15 else ""),
                {"x": f"@vendor{i}", "bluesky": f"vendor{i}.bsky.social"},
                phone=f"+1 555 01{i % 100:02d}",
                email=f"help@vendor{i}.example",
                url=f"https://vendor{i}.example/support",
            )
            for i in range(n_vendors)
        )
        case_rows = [
            Case(
                None,
                rng.choice(vendor_ids),
                rng.choice(PROBLEMS).capitalize(),
                start + timedelta(days=rng.uniform(0, 395)),
                story=_text(rng, 2),
                reference=f"REF-{rng.randint(10000, 99999)}",
                remedy=rng.choice(["refund", "replacement", "apology", "compensation"]),
                status=rng.choice(list(CaseStatus)),
            )
            for _ in range(n_cases)
        ]
        case_ids = store.cases.add_many(case_rows)
        opened = {cid: c.opened_at for cid, c in zip(case_ids, case_rows, strict=True)}

        channels = list(Channel)
        contact_rows = []
        for _ in range(n_contacts):
            cid = rng.choice(case_ids)
            channel = rng.choice(channels)
            contact_rows.append(
                Contact(
                    None,
                    cid,
                    channel,
                    opened[cid] + timedelta(hours=rng.uniform(0, 24 * 30)),
                    duration_min=rng.randint(1, 120) if channel is Channel.PHONE else None,
                    rep=rng.choice(["", "Sam", "Priya", "Jo", "Alex"]),
                    summary=rng.choice(MIDDLES),
                    site="x" if channel is Channel.SOCIAL else "",
                    text=_text(rng, 1) if channel is Channel.SOCIAL else "",
                )
            )
        contact_rows.sort(key=lambda c: c.at)  # ids follow time, as when logged live
        contact_ids = store.contacts.add_many(contact_rows)

        outcomes = list(Outcome)
        response_rows = []
        for _ in range(n_responses):
            k = rng.randrange(len(contact_rows))
            answered = contact_rows[k]
            response_rows.append(
                Response(
                    None,
                    answered.case_id,
                    answered.at + timedelta(minutes=rng.expovariate(1 / 600)),
                    rng.choice(channels),
                    rng.choice(outcomes),
                    who=rng.choice(["", "Support team", "Dana"]),
                    summary=rng.choice(["We are looking into it.", "Refund issued.", "No."]),
                    contact_id=contact_ids[k] if rng.random() < 0.5 else None,
                )
            )
        response_rows.sort(key=lambda r: r.at)
        store.responses.add_many(response_rows)

        draft_rows = []
        for i in range(drafts):
            cid = rng.choice(case_ids)
            created = now - timedelta(hours=rng.uniform(0, 24 * 60))
            status = DraftStatus.ACTIVE if rng.random() < 0.8 else rng.choice(list(DraftStatus))
            draft_rows.append(
                Draft(None, cid, f"Draft {i + 1}: {rng.choice(PROBLEMS)}", created, status)
            )
        draft_ids = store.drafts.add_many(draft_rows)
        items = []
        for did, draft in zip(draft_ids, draft_rows, strict=True):
            if rng.random() < 0.05:
                continue  # a few drafts with nothing written yet
            revs = _revisions(rng, draft.created_at)
            for j in range(len(revs)):
                upto = revs[: j + 1]
                items.append((did, revs[j], hold.ready_at(upto), hold.clock_start(upto)))
        n_revisions = store.drafts.add_revisions_many(items)

    return {
        "vendors": len(vendor_ids),
        "cases": len(case_ids),
        "contacts": len(contact_rows),
        "responses": len(response_rows),
        "drafts": len(draft_ids),
        "revisions": n_revisions,
    }


CACHE = Path(os.environ.get("BENCH_CACHE", "/tmp/bench-cache"))


def cached(drafts: int, contacts: int | None = None) -> Path:
    """A data folder seeded with these counts, kept under $BENCH_CACHE (default /tmp/bench-cache)
    so benchmarks do not reseed 100,000 drafts on every run; seeded (in a fresh process) when
    missing. Benchmarks open it read-mostly; a run that writes (a logged contact, an autosave)
    leaves the data a few records bigger, which changes no figure measurably. Delete the folder
    to start from scratch."""
    contacts = drafts * 10 if contacts is None else contacts
    folder = CACHE / f"d{drafts}-c{contacts}"
    if paths.database_path(folder).exists():
        return folder
    CACHE.mkdir(parents=True, exist_ok=True)
    partial = CACHE / f"{folder.name}.partial-{os.getpid()}"
    shutil.rmtree(partial, ignore_errors=True)
    subprocess.run(
        [sys.executable, "-m", "benchmarks.seed", "--drafts", str(drafts), "--contacts",
         str(contacts), "--data-dir", str(partial)],
        check=True,
        capture_output=True,
    )  # fmt: skip
    try:
        partial.rename(folder)
    except OSError:  # another run seeded it meanwhile
        shutil.rmtree(partial, ignore_errors=True)
    return folder


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.seed", description=__doc__)
    parser.add_argument("--drafts", type=int, required=True, help="number of drafts")
    parser.add_argument("--data-dir", type=Path, required=True, help="data folder to fill")
    parser.add_argument("--contacts", type=int, help="number of contacts (default 10 per draft)")
    parser.add_argument(
        "--responses", type=int, help="number of responses (default 70%% of contacts)"
    )
    parser.add_argument("--vendors", type=int, help="number of vendors (default drafts/50, 3..200)")
    parser.add_argument("--seed", type=int, default=1, help="random seed")
    args = parser.parse_args(argv)
    if args.drafts < 0 or (args.contacts or 0) < 0:
        parser.error("counts must not be negative")
    db = paths.database_path(args.data_dir.expanduser().resolve())
    began = time.perf_counter()
    with open_store(db) as store:
        counts = seed(
            store,
            drafts=args.drafts,
            contacts=args.contacts,
            responses=args.responses,
            vendors=args.vendors,
            rng_seed=args.seed,
        )
    took = time.perf_counter() - began
    summary = ", ".join(f"{v} {k}" for k, v in counts.items())
    print(f"Seeded {db}: {summary} in {took:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
