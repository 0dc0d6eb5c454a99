"""Entry point of the PyInstaller bundle (packaging/complaint-desk.spec): the same `main` as the
`complaint-desk` script that pip installs.

With COMPLAINT_DESK_BUNDLE_SELFTEST=1 in the environment the bundle checks itself instead and
exits (tools/smoke_deb.sh runs it on the installed package): what the app loads lazily, on worker
threads, fails there without a word, so a screenshot alone would not show a missing data file:

- TextBlob's `.sentiment` (the checklist's subjectivity) and the tone engine;
- twitter-text's emoji list (read through pkg_resources) and the X count;
- Qt: the offscreen platform, the SVG icon through the iconengines/imageformats plugins;
- and that none of it opens a network connection or looks for NLTK data.
"""

import os
import sys


def selftest() -> int:
    import socket

    attempts: list[str] = []

    def refuse(*args, **_kwargs):
        attempts.append(repr(args[1:] or args))
        raise OSError("the bundle self-test refuses network connections")

    socket.socket.connect = refuse  # type: ignore[method-assign]
    socket.socket.connect_ex = refuse  # type: ignore[method-assign]
    socket.create_connection = refuse  # type: ignore[assignment]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    failures: list[str] = []

    def check(name: str, ok: bool, detail: object = "") -> None:
        print(f"selftest: {'ok  ' if ok else 'FAIL'} {name} {detail}".rstrip())
        if not ok:
            failures.append(name)

    try:
        from complaint_desk.core import checklist

        subjective = checklist.subjectivity("This is a terrible, awful and useless service.")
        factual = checklist.subjectivity("The order 1234 was delivered on 3 May.")
        check("textblob .sentiment", subjective > factual, f"{subjective:.2f} > {factual:.2f}")
    except Exception as exc:
        check("textblob .sentiment", False, repr(exc))
    try:
        from complaint_desk.core import tone

        heat = tone.analyse("You people are useless and I want my refund NOW!!!").heat
        calm = tone.analyse("Could you tell me when my refund will arrive? Thank you.").heat
        check("tone engine", heat > calm, f"heat {heat:.0f} > {calm:.0f}")
    except Exception as exc:
        check("tone engine", False, repr(exc))
    try:
        from complaint_desk.core import platforms

        n = platforms.count_x("Hi \N{GRINNING FACE} https://example.com/a/very/long/path")
        check("twitter-text (X count, emoji list)", n == 3 + 2 + 1 + 23, n)
    except Exception as exc:
        check("twitter-text (X count, emoji list)", False, repr(exc))
    try:
        from PySide6.QtGui import QIcon, QImageReader
        from PySide6.QtWidgets import QApplication

        from complaint_desk.core.resources import resource_path

        app = QApplication.instance() or QApplication([sys.argv[0]])
        icon = QIcon(str(resource_path("icons", "complaint-desk.svg")))
        pixmap = icon.pixmap(64, 64)
        formats = sorted(bytes(f).decode() for f in QImageReader.supportedImageFormats())
        platform = app.platformName()
        check("Qt platform", platform == os.environ["QT_QPA_PLATFORM"], platform)
        check("SVG icon", not pixmap.isNull() and "svg" in formats, " ".join(formats))
    except Exception as exc:
        check("Qt", False, repr(exc))
    nltk = sys.modules.get("nltk.data")
    found = [p for p in getattr(nltk, "path", []) if os.path.isdir(p)]
    check("no NLTK data in use", not found, " ".join(found))
    check("no network connection attempted", not attempts, " ".join(attempts))
    bundled_qt = sorted(m for m in sys.modules if m.startswith("PySide6.Qt"))
    check("Qt modules loaded", set(bundled_qt) <= _QT_IN_USE, " ".join(bundled_qt))
    print("selftest: " + ("FAILED: " + ", ".join(failures) if failures else "all passed"))
    return 1 if failures else 0


_QT_IN_USE = {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtSvg"}


if __name__ == "__main__":
    if os.environ.get("COMPLAINT_DESK_BUNDLE_SELFTEST") == "1":
        sys.exit(selftest())
    from complaint_desk.__main__ import main

    sys.exit(main())
