"""app.kept: a value is handed back while its key holds, rebuilt when it changes, never kept
under an unknown (None) key."""

from __future__ import annotations

from complaint_desk.app.kept import Kept


def test_a_value_is_kept_while_its_key_holds_and_rebuilt_when_it_changes():
    kept: Kept[list[int]] = Kept()
    builds: list[int] = []

    def build() -> list[int]:
        builds.append(1)
        return [len(builds)]

    first = kept.get(("stamp", 1), build)
    assert kept.get(("stamp", 1), build) is first and builds == [1]
    second = kept.get(("stamp", 2), build)
    assert second == [2] and second is not first and kept.key == ("stamp", 2)
    assert kept.held(("stamp", 1)) is None and kept.held(("stamp", 2)) is second


def test_an_unknown_key_builds_every_time_and_forgets_what_was_kept():
    kept: Kept[str] = Kept()
    kept.put("k", "old")
    assert kept.get(None, lambda: "fresh") == "fresh"
    assert kept.held("k") is None and kept.key is None and kept.value is None
    assert kept.get(None, lambda: "again") == "again"


def test_an_empty_value_is_kept_too():
    kept: Kept[list[int]] = Kept()
    empty: list[int] = []
    kept.put(7, empty)
    assert kept.held(7) is empty
    kept.clear()
    assert kept.held(7) is None
