"""Every value the app keeps in the store's meta table, declared once: key, type and default.

Reading an undeclared or mistyped key is impossible by construction (callers pass a `Setting`,
not a string), and `write` refuses a Setting that is not in the registry, so a typo cannot quietly
create a second key. A stored value that no longer parses reads as the default.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Generic, NamedTuple, TypeVar

from complaint_desk.store.store import Store

T = TypeVar("T")


class Setting(NamedTuple, Generic[T]):
    """A value kept in the meta table. A named tuple: a frozen dataclass took 1.4 ms to make on
    the way to the first paint, this 0.4."""

    key: str
    default: T
    load: Callable[[str], T]
    dump: Callable[[T], str]
    doc: str = ""


def _load_time(raw: str) -> datetime | None:
    when = datetime.fromisoformat(raw)
    if when.tzinfo is None:
        raise ValueError("naive time")
    return when


def _dump_time(when: datetime | None) -> str:
    return "" if when is None else when.isoformat()


LATEST_SEEN: Setting[datetime | None] = Setting(
    "clock.latest_seen",
    None,
    _load_time,
    _dump_time,
    "The latest time the app has recorded: 'now' is never earlier (rolling the clock back).",
)
MASTODON_INSTANCE: Setting[str] = Setting(
    "copy.mastodon_instance", "mastodon.social", str, str, "The user's Mastodon server."
)
REGION: Setting[str] = Setting(
    "escalation.region", "", str, str, "UK, US or EU, for regulator deadlines; '' if not said."
)


def _load_unanswered_hours(raw: str) -> int:
    hours = int(raw)
    if hours not in UNANSWERED_CHOICES_HOURS:
        raise ValueError(f"not an offered wait: {hours} h")
    return hours


# The waits Preferences offers; a value outside them (a hand-edited file) reads as the default.
UNANSWERED_CHOICES_HOURS = (24, 48, 72, 120, 168, 336)
UNANSWERED_AFTER_HOURS: Setting[int] = Setting(
    "history.unanswered_after_hours",
    72,
    _load_unanswered_hours,
    str,
    "When a contact with no reply stops being 'pending' and counts as unanswered (hours).",
)


def _load_chase_hours(raw: str) -> int:
    hours = int(raw)
    if hours not in CHASE_CHOICES_HOURS:
        raise ValueError(f"not an offered reminder: {hours} h")
    return hours


CHASE_CHOICES_HOURS = (0, 24, 72, 168)  # 0: only when asked (Remind me)
CHASE_AFTER_HOURS: Setting[int] = Setting(
    "reminders.chase_after_hours",
    0,
    _load_chase_hours,
    str,
    "A chase reminder set by itself for each contact that waits for a reply (hours; 0: none).",
)
REMINDERS: Setting[str] = Setting(
    "reminders.v1", "", str, str, "Chase reminders, as a JSON list (see app.reminders)."
)


def _load_theme(raw: str) -> str:
    if raw not in ("system", "light", "dark"):
        raise ValueError(f"unknown theme {raw!r}")
    return raw


THEME: Setting[str] = Setting(
    "ui.theme",
    "system",
    _load_theme,
    _load_theme,
    "View ▸ Theme: 'system' (follow the desktop's colour scheme), 'light' or 'dark'.",
)

WINDOW: Setting[str] = Setting(
    "ui.window",
    "",
    str,
    str,
    "The window as it was left: size and place, splitters, column widths, the last view (JSON).",
)

DECLARED: dict[str, Setting] = {
    s.key: s
    for s in (
        LATEST_SEEN,
        MASTODON_INSTANCE,
        REGION,
        UNANSWERED_AFTER_HOURS,
        CHASE_AFTER_HOURS,
        REMINDERS,
        THEME,
        WINDOW,
    )
}


def read(store: Store, setting: Setting[T]) -> T:
    """The stored value, or the default when unset or unreadable. Raises StoreError."""
    raw = store.meta.get(setting.key)
    if raw is None or raw == "":
        return setting.default
    try:
        return setting.load(raw)
    except ValueError:
        return setting.default


def write(store: Store, setting: Setting[T], value: T) -> None:
    """Store a declared setting. Raises StoreError (environment) or KeyError (undeclared)."""
    if DECLARED.get(setting.key) is not setting:
        raise KeyError(f"undeclared setting {setting.key!r}")
    store.meta.set(setting.key, setting.dump(value))


def read_window(store: Store) -> str:
    """The window's state as it was left ('' if never saved or unreadable)."""
    from complaint_desk.store.errors import StoreError

    try:
        return read(store, WINDOW)
    except StoreError:
        return ""


def save_window(store: Store, state: str) -> None:
    """Keep the window's state for the next start (a full or read-only disk just forgets it)."""
    from complaint_desk.store.errors import StoreError

    try:
        write(store, WINDOW, state)
    except StoreError:
        pass


def save_theme(store: Store, theme: str) -> str | None:
    """Keep the View ▸ Theme choice. None when saved; else what to tell the user (the theme
    still applies for this run)."""
    from complaint_desk.store.errors import StoreError

    try:
        write(store, THEME, theme)
    except StoreError as exc:
        return exc.user_message
    return None
