"""The case-file export leaves out held texts (drafts and letters still cooling off) and says so;
exports are private files; the PDF is written by the ui layer, not app/ (issue 11)."""

from __future__ import annotations

import ast
import os
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

import complaint_desk.app.export as export
from complaint_desk.app.clock import FakeClock
from complaint_desk.app.desk import Desk
from complaint_desk.app.export import case_markdown, write_markdown
from complaint_desk.core.models import Case, Channel, Contact, DraftKind, Vendor
from complaint_desk.store.store import open_store
from complaint_desk.ui.pdf_writer import pdf_bytes, write_pdf
from tests.app.fakes import FakeScorer

T0 = datetime(2026, 3, 3, 9, 30, tzinfo=UTC)
FURIOUS = "You thieves stole my money and I will make sure everyone knows it."
LETTER = "Dear Ms Reed, your staff have ignored me for six weeks. This is a disgrace."
CALM = "My kettle broke on 3 May; a replacement would settle this."
THANKS = "Thank you so much for the quick and friendly help, it is all sorted now!"


@pytest.fixture
def env(tmp_path, qapp):
    clock = FakeClock(T0)
    scorer = FakeScorer({THANKS: (2.0, 0.8), CALM: (10.0, 0.0)})
    desk = Desk(open_store(tmp_path / "e.sqlite3"), clock, scorer=scorer)
    vendor = desk.records.save_vendor(Vendor(None, "Acme Kettles"))
    case = desk.records.save_case(Case(None, vendor.id, "Kettle", T0))
    desk.records.log_contact(
        Contact(None, case.id, Channel.SOCIAL, T0, site="x", text="@acme Still waiting.")
    )
    yield desk, clock, case.id
    desk.close()


def test_held_drafts_and_the_held_letter_are_left_out_and_counted(env):
    desk, clock, case_id = env
    desk.drafts.new_draft(case_id, "Angry", FURIOUS)
    desk.drafts.new_draft(case_id, "Angrier", FURIOUS + " Liars!")
    desk.drafts.new_draft(case_id, "Letter to a senior manager", LETTER, kind=DraftKind.LETTER)
    other = desk.records.save_case(Case(None, desk.records.vendors()[0].id, "Other", T0))
    desk.drafts.new_draft(other.id, "Elsewhere", FURIOUS)  # another case: not counted here
    md = case_markdown(desk.records, case_id, UTC, drafts=desk.drafts)
    assert FURIOUS not in md and LETTER not in md
    assert "## Not included" in md
    assert "- 2 drafts are still cooling off and are not included." in md
    assert "- The letter to a senior manager is still cooling off and is not included." in md
    assert "> @acme Still waiting." in md  # the record itself is all there

    # Once the wait is over nothing is held: no note (drafts are not part of the case file).
    clock.advance(timedelta(hours=49))
    md = case_markdown(desk.records, case_id, UTC, drafts=desk.drafts)
    assert "Not included" not in md and "cooling off" not in md and FURIOUS not in md


def test_one_held_draft_is_said_in_the_singular_and_free_texts_are_not_counted(env):
    desk, clock, case_id = env
    desk.drafts.new_draft(case_id, "Thanks", THANKS)  # a thank-you is never held
    withdrawn = desk.drafts.new_draft(case_id, "Withdrawn", FURIOUS)
    desk.drafts.withdraw(withdrawn.id)
    desk.drafts.new_draft(case_id, "Empty")
    assert "Not included" not in case_markdown(desk.records, case_id, UTC, drafts=desk.drafts)
    desk.drafts.new_draft(case_id, "Calm", CALM)
    md = case_markdown(desk.records, case_id, UTC, drafts=desk.drafts)
    assert "- 1 draft is still cooling off and is not included." in md and CALM not in md


def test_the_gate_judges_the_editors_unsaved_text_before_the_file_is_made(env):
    desk, clock, case_id = env
    draft = desk.drafts.new_draft(case_id, "Thanks", THANKS)
    clock.advance(timedelta(hours=1))
    typed = {"text": FURIOUS}  # typed in the editor within the autosave delay
    desk.drafts.set_flusher(draft.id, lambda: desk.drafts.save_text(draft.id, typed["text"]))
    md = case_markdown(desk.records, case_id, UTC, drafts=desk.drafts)
    assert "1 draft is still cooling off" in md and FURIOUS not in md


def test_exports_are_private_files(env, tmp_path):
    desk, _clock, case_id = env
    old = os.umask(0o022)
    try:
        md = case_markdown(desk.records, case_id, UTC, drafts=desk.drafts)
        for path in (
            write_markdown(md, tmp_path / "case.md"),
            write_pdf(md, tmp_path / "case.pdf", "Kettle"),
        ):
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    finally:
        os.umask(old)
    assert pdf_bytes(md, "Kettle").startswith(b"%PDF")


def _imports(module) -> set[str]:
    tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
    return names


def test_the_pdf_writer_is_in_the_ui_layer():
    import complaint_desk.ui.pdf_writer as pdf_writer

    assert "PySide6.QtGui" in _imports(pdf_writer)
    assert not any(name.startswith("complaint_desk.ui") for name in _imports(export))
