"""Fixtures for the core tests."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def fit_tone():
    """tools/fit_tone.py as a module (tools/ is not a package): its learned-word rules, data
    loaders and Pearson r, under test as the app's own code is."""
    path = Path(__file__).resolve().parents[2] / "tools" / "fit_tone.py"
    spec = importlib.util.spec_from_file_location("fit_tone_under_test", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
