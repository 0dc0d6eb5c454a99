"""One value kept while what it was built from is unchanged: the app's one cache mechanism.

Views ask the services for the same lists on every refresh (the drafts list, a vendor's timeline,
the scorecard), and rebuilding them cost tens to hundreds of milliseconds at 100,000 drafts. A
service keeps each such value with the key it was built under: the store's generation stamps of
the tables it was read from (`Store.generation`, which also sees other connections' commits
through PRAGMA data_version), plus the minute for anything worded by the clock ("no reply for
14 h"). Asked again with an equal key, it hands back the same object; with another key it builds
afresh. A key of None means "cannot tell" (the stamps could not be read): the value is built and
not kept, so a stale value is never served.

Kept values are shared: callers must not change them (copy a list before changing it). A value
is never None (None is what "nothing kept" reads as).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

V = TypeVar("V")


class Kept(Generic[V]):
    """One value and the key it was built under."""

    __slots__ = ("_key", "_value")

    def __init__(self) -> None:
        self._key: Hashable | None = None
        self._value: V | None = None

    def held(self, key: Hashable | None) -> V | None:
        """The kept value if it was built under `key` (never for a None key), else None."""
        if key is None or self._value is None or self._key != key:
            return None
        return self._value

    def get(self, key: Hashable | None, build: Callable[[], V]) -> V:
        """The value kept under `key`, or `build()` (kept under `key` unless it is None)."""
        value = self.held(key)
        if value is None:
            value = build()
            self.put(key, value)
        return value

    def put(self, key: Hashable | None, value: V) -> None:
        """Keep `value` as built under `key` (a None key forgets instead)."""
        if key is None:
            self.clear()
        else:
            self._key, self._value = key, value

    def clear(self) -> None:
        self._key, self._value = None, None

    @property
    def key(self) -> Hashable | None:
        """The key the kept value was built under (None: nothing kept)."""
        return self._key if self._value is not None else None

    @property
    def value(self) -> V | None:
        """The kept value whatever its key (for a service patching it after its own write)."""
        return self._value
