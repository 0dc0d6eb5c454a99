"""App-service fixtures: a real store under tmp_path, a FakeClock at T0, a deterministic scorer."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from complaint_desk.app.clock import FakeClock
from complaint_desk.app.desk import Desk
from complaint_desk.store.store import open_store
from tests.app.fakes import FakeScorer

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
H = timedelta(hours=1)


@pytest.fixture
def clock():
    return FakeClock(T0)


@pytest.fixture
def desk(tmp_path, qapp, clock):
    d = Desk(open_store(tmp_path / "desk.sqlite3"), clock, scorer=FakeScorer())
    yield d
    d.close()
