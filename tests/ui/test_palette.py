"""The palette's own copy of the heat bands must match the tone module's."""

from __future__ import annotations

from complaint_desk.core import tone
from complaint_desk.ui import palette


def test_palette_bands_match_the_tone_module() -> None:
    heats = [h / 4 for h in range(-8, 440)] + [24.999, 49.999, 74.999, float("inf")]
    for heat in heats:
        assert palette.band_for(heat) == tone.band_for(heat), heat
