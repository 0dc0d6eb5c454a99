"""Heat bands: the words the app puts on a heat (calm, firm, heated, furious).

Its own module with no imports, so the drafts list can colour its rows at start-up without
loading the tone engine (core.tone re-exports `band_for`)."""

from __future__ import annotations


def band_for(heat: float) -> str:
    if heat < 25:
        return "calm"
    if heat < 50:
        return "firm"
    if heat < 75:
        return "heated"
    return "furious"
