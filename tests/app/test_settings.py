"""Settings are declared once; unknown keys are refused and damaged values read as defaults."""

from datetime import UTC, datetime

import pytest

from complaint_desk.app import settings
from complaint_desk.store.store import open_store


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "s.db")
    yield s
    s.close()


def test_defaults_round_trip_and_damage(store):
    assert settings.read(store, settings.MASTODON_INSTANCE) == "mastodon.social"
    assert settings.read(store, settings.LATEST_SEEN) is None
    when = datetime(2026, 5, 1, 12, tzinfo=UTC)
    settings.write(store, settings.LATEST_SEEN, when)
    assert settings.read(store, settings.LATEST_SEEN) == when
    store.meta.set(settings.LATEST_SEEN.key, "not a time")
    assert settings.read(store, settings.LATEST_SEEN) is None
    store.meta.set(settings.LATEST_SEEN.key, "2026-05-01T12:00:00")  # naive: not trusted
    assert settings.read(store, settings.LATEST_SEEN) is None


def test_undeclared_settings_are_refused(store):
    stray = settings.Setting("copy.mastadon_instance", "x", str, str)  # a typo'd key
    with pytest.raises(KeyError):
        settings.write(store, stray, "fosstodon.org")
    assert store.meta.get("copy.mastadon_instance") is None


def test_every_declared_key_is_unique_and_documented():
    keys = [s.key for s in settings.DECLARED.values()]
    written = {id(v) for v in vars(settings).values() if isinstance(v, settings.Setting)}
    # every Setting the module defines is in the registry, under its own key, once
    assert written == {id(s) for s in settings.DECLARED.values()}
    assert len(keys) == len(set(keys)) == len(written) >= 8
    assert all(s.doc for s in settings.DECLARED.values())
