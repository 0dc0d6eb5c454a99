"""The icon, desktop entry and metainfo ship as package resources and are well formed."""

import configparser
import xml.etree.ElementTree as ET

from PySide6.QtGui import QIcon

from complaint_desk import APP_ID
from complaint_desk.core.resources import resource_path


def test_icon_loads(qapp):
    icon = QIcon(str(resource_path("icons", "complaint-desk.svg")))
    assert not icon.isNull()
    assert not icon.pixmap(64, 64).isNull()


def test_desktop_entry_matches_the_app_id():
    entry = configparser.ConfigParser(interpolation=None)
    entry.read(resource_path("desktop", f"{APP_ID}.desktop"), encoding="utf-8")
    section = entry["Desktop Entry"]
    # The packaged entry names the launcher; --install-desktop-entry makes it absolute.
    assert section["Exec"] == "complaint-desk"
    assert section["Categories"] == "Office;"  # one main category: one menu
    assert section["Icon"] == APP_ID
    metainfo = ET.parse(resource_path("desktop", f"{APP_ID}.metainfo.xml")).getroot()
    assert metainfo.findtext("id") == APP_ID
    for needed in ("releases/release", "url", "screenshots/screenshot", "developer/name"):
        assert metainfo.find(needed) is not None, needed
    assert metainfo.find("content_rating").get("type") == "oars-1.1"


def test_licence_file_matches_the_declared_licence():
    import tomllib
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    project = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == "MIT"
    assert (root / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")
