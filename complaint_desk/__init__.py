"""Complaint Desk: write the complaint, let it cool off, then post it."""

import builtins
import sys

__version__ = "0.1.0"
APP_NAME = "Complaint Desk"
APP_ID = "io.github.complaintdesk.ComplaintDesk"


def use_plain_imports() -> None:
    """Put Python's own `import` back in place of PySide 6's.

    PySide replaces `builtins.__import__` to serve `from __feature__ import snake_case`
    (PYSIDE-1019), and with it reads the whole source of every module imported after Qt to see
    whether the text "PySide6" appears in it (PYSIDE-2029): about 11 ms of our start-up (our
    modules load after Qt), and the source lines of ~500 modules kept in `linecache` for good
    (~18 MB once the worker has loaded TextBlob and NLTK). Complaint Desk never imports
    `__feature__`, so nothing is lost. Call it after PySide6 is imported (importing this package
    does when Qt is already in); a no-op when PySide's hook is not in place (a PySide release
    without it, or before Qt is imported)."""
    original = getattr(builtins, "__orig_import__", None)
    hook = getattr(builtins, "__feature_import__", None)
    if original is not None and hook is not None and builtins.__import__ is hook:
        builtins.__import__ = original


if "PySide6.QtCore" in sys.modules:
    use_plain_imports()
