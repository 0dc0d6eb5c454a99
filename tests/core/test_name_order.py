"""core.formatting.name_order: how lists sort names (the vendors list)."""

from __future__ import annotations

from complaint_desk.core.formatting import name_order


def test_names_sort_as_a_person_expects():
    names = ["Acme Telecom 10", "acme telecom 2", "Acme Telecom", "Zeta", "Acme Telecom 1", "Beta"]
    assert sorted(names, key=name_order) == [
        "Acme Telecom",
        "Acme Telecom 1",
        "acme telecom 2",
        "Acme Telecom 10",
        "Beta",
        "Zeta",
    ]
