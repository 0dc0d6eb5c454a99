"""Colours the views share: heat bands and response-time bands."""

from __future__ import annotations

from PySide6.QtGui import QColor

# The bands themselves live in core (no tone engine loaded for them at start-up).
from complaint_desk.core.heat_bands import band_for as band_for

BAND_COLOURS = {
    "calm": "#2e7d32",
    "firm": "#9e7a00",
    "heated": "#d84315",
    "furious": "#b71c1c",
}


def band_colour(heat: float) -> QColor:
    return QColor(BAND_COLOURS.get(band_for(heat), "#555555"))
