"""A vendor's contact details as a person types them, made consistent: handles, e-mail address.

Handles are stored the way each site writes them ("@acme" on X and Threads, "r/acme" or "u/acme"
on Reddit), so posts and lists show them right; an e-mail address must look like one.
"""

from __future__ import annotations

import re

_EMAIL = re.compile(r"[^@\s<>()\[\],;:\"]+@[^@\s<>()\[\],;:\"]+\.[A-Za-z]{2,}")
_AT_SITES = ("x", "threads")  # sites whose handles are written "@name"


def email_problem(email: str) -> str | None:
    """Why `email` is not an e-mail address, or None (blank is fine: the field is optional)."""
    text = email.strip()
    if not text or _EMAIL.fullmatch(text):
        return None
    return f"“{text}” doesn't look like an e-mail address (name@company.com)."


def normal_handle(site: str, handle: str) -> str:
    """The handle as the site writes it: "@acme" on X and Threads; Reddit's "r/acme" kept."""
    text = handle.strip()
    if not text:
        return ""
    if site in _AT_SITES and not text.startswith(("@", "http")):
        return "@" + text
    if site == "reddit":
        return text.lstrip("/")
    return text
