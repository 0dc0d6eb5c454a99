"""Colours the views share: heat bands and response-time bands."""

from __future__ import annotations

from PySide6.QtGui import QColor

BAND_COLOURS = {
    "calm": "#2e7d32",
    "firm": "#9e7a00",
    "heated": "#d84315",
    "furious": "#b71c1c",
}


def band_for(heat: float) -> str:
    """`core.tone.band_for`'s bands (a test keeps the two the same). The drafts list colours its
    rows by band at start-up; importing the tone module for four thresholds would delay the first
    paint, and the module is needed only once a draft is scored."""
    if heat < 25:
        return "calm"
    if heat < 50:
        return "firm"
    if heat < 75:
        return "heated"
    return "furious"


def band_colour(heat: float) -> QColor:
    return QColor(BAND_COLOURS.get(band_for(heat), "#555555"))
