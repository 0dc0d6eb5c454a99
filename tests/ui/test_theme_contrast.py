"""Themes: every view rendered in the light and the dark scheme, and every text/background pair
the app sets checked against WCAG AA (4.5:1 text, 3:1 large text and graphics); heat bands and
reply bands stay distinguishable in both schemes.

Backgrounds are read from the rendered pixels (the colour most of a label's own grab shows), so
a hard-coded light box behind palette-coloured text fails here whichever file sets it.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QAbstractItemView, QLabel

from complaint_desk.app.demo import build
from complaint_desk.ui import palette
from complaint_desk.ui.main_window import VIEWS

SCHEMES = ("light", "dark")
_COLOUR = re.compile(r"color\s*:\s*(#[0-9a-fA-F]{6}|#[0-9a-fA-F]{3})\b")

# Colours set in files this change could not touch, keyed by (scheme, module of the widget or
# model). Empty: every colour the app sets is checked.
KNOWN_ELSEWHERE: set[tuple[str, str]] = set()


def _lab(colour: str) -> tuple[float, float, float]:
    c = QColor(colour)

    def lin(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    r, g, b = lin(c.redF()), lin(c.greenF()), lin(c.blueF())
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def _delta_e(a: str, b: str) -> float:
    return sum((p - q) ** 2 for p, q in zip(_lab(a), _lab(b), strict=True)) ** 0.5


@pytest.mark.parametrize("dark", [False, True], ids=SCHEMES)
def test_palette_pairs_meet_wcag_aa(dark):
    c = lambda role: palette.colour(role, dark)  # noqa: E731
    surface = palette.dark_palette() if dark else palette.light_palette()
    window = surface.color(surface.ColorRole.Window).name()
    base = surface.color(surface.ColorRole.Base).name()
    text = surface.color(surface.ColorRole.WindowText).name()
    failures = []

    def need(fg: str, bg: str, ratio: float, what: str) -> None:
        got = palette.contrast(fg, bg)
        if got < ratio:
            failures.append(f"{what}: {fg} on {bg} is {got:.2f}:1 (needs {ratio})")

    for role in ("text_ok", "text_error", "text_warning", "text_info", "text_link", "text_muted"):
        for bg_name, bg in (("window", window), ("base", base), ("card", c("card_bg"))):
            need(c(role), bg, 4.5, f"{role} on {bg_name}")
        need(c(role), c("panel_bg"), 4.5, f"{role} on panel")
    need(c("text_heading"), c("panel_bg"), 4.5, "checks heading on the checks panel")
    for kind in ("info", "success", "warning", "error", "note"):
        need(c("box_text"), c(kind + "_bg"), 4.5, f"text on the {kind} box")
    need(c("text_ok"), c("success_bg"), 4.5, "'Link saved' on the posted strip")
    need(c("text_error"), c("success_bg"), 4.5, "a link problem on the posted strip")
    need(c("text_error"), c("error_bg"), 4.5, "an error row")
    need(c("text_warning"), c("warning_bg"), 4.5, "a warning row / redaction mark")
    need(c("text_info"), c("info_bg"), 4.5, "an info row")
    need(c("box_text"), c("card_bg"), 4.5, "post text on its card")
    need(c("avatar_text"), c("avatar_bg"), 4.5, "the avatar's initials")
    need(c("box_text"), c("panel_bg"), 4.5, "checks panel text")
    # The heat gauge: its label over the track and over each band's fill; fills 3:1 on the track.
    need(text, c("track"), 4.5, "gauge label on its track")
    for band in palette.HEAT_BANDS:
        fill = palette.band_hex(band, dark)
        need(c("on_band"), fill, 4.5, f"gauge label on the {band} fill")
        need(fill, c("track"), 3.0, f"{band} fill on the gauge track")
        need(fill, base, 3.0, f"{band} as text colour/graphic on base")
    for band, pair in palette.REPLY_BARS.items():
        need(pair[1] if dark else pair[0], base, 3.0, f"reply bar {band} on the chart")
    for band, pair in palette.REPLY_SHADES.items():
        need(text, pair[1] if dark else pair[0], 4.5, f"scorecard text on the {band} shade")
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("dark", [False, True], ids=SCHEMES)
def test_bands_stay_distinguishable(dark):
    heat = [palette.band_hex(b, dark) for b in palette.HEAT_BANDS]
    reply = [p[1] if dark else p[0] for p in palette.REPLY_BARS.values()]
    shades = [p[1] if dark else p[0] for p in palette.REPLY_SHADES.values()]
    for name, colours in (("heat", heat), ("reply", reply), ("scorecard", shades)):
        closest = min(_delta_e(a, b) for a, b in itertools.combinations(colours, 2))
        # Scorecard shades are pale tints behind the figure itself: told apart, not loud.
        assert closest >= (5 if name == "scorecard" else 20), (name, closest)


def _background(image: QImage) -> QColor:
    """The colour most of the image shows (a label's own background, text excluded)."""
    counts: Counter[int] = Counter()
    step = max(1, min(image.width(), image.height()) // 12)
    for x in range(0, image.width(), step):
        for y in range(0, image.height(), max(1, step // 2)):
            counts[image.pixel(x, y)] += 1
    return QColor.fromRgb(counts.most_common(1)[0][0])


def _module(obj) -> str:
    return type(obj).__module__


def _owner(label: QLabel) -> str:
    """The module that built this label: the nearest app-defined ancestor's."""
    w = label
    while w is not None:
        module = _module(w)
        if module.startswith("complaint_desk."):
            return module
        w = w.parentWidget()
    return ""


def _label_failures(window, scheme: str) -> list[str]:
    failures = []
    for label in window.findChildren(QLabel):
        if not label.isVisible() or not label.text().strip() or label.width() < 4:
            continue
        label.ensurePolished()
        owner = _owner(label)
        if (scheme, owner) in KNOWN_ELSEWHERE:
            continue
        # The window's pixels under the label (a label's own grab has no parent background).
        top_left = label.mapTo(window, QPoint(0, 0))
        bg = _background(window.grab(QRect(top_left, label.size())).toImage())
        colours = {label.palette().color(label.foregroundRole()).name()}
        colours.update(m.group(1) for m in _COLOUR.finditer(label.text()))
        colours.update(m.group(1) for m in _COLOUR.finditer(label.styleSheet()))
        for fg in colours:
            ratio = palette.contrast(fg, bg)
            # Disabled or placeholder text is exempt in WCAG; ours has none in labels.
            if ratio < 4.5:
                failures.append(
                    f"{scheme} {owner}: {label.text()[:50]!r} {fg} on {bg.name()} = {ratio:.2f}"
                )
    return failures


def _model_failures(window, scheme: str) -> list[str]:
    failures = []
    for view in window.findChildren(QAbstractItemView):
        model = view.model()
        if not view.isVisible() or model is None:
            continue
        source = getattr(model, "sourceModel", lambda: None)() or model
        owner = _module(source)
        if (scheme, owner) in KNOWN_ELSEWHERE or not owner.startswith("complaint_desk."):
            continue
        pal = view.palette()
        for row in range(min(model.rowCount(), 40)):
            for col in range(model.columnCount()):
                index = model.index(row, col)
                fg = model.data(index, Qt.ItemDataRole.ForegroundRole)
                bg = model.data(index, Qt.ItemDataRole.BackgroundRole)
                if fg is None and bg is None:
                    continue
                fg = QColor(fg.color() if hasattr(fg, "color") else fg) if fg is not None else None
                fg = fg or pal.color(pal.ColorRole.Text)
                bgs = (
                    [QColor(bg.color() if hasattr(bg, "color") else bg)]
                    if bg is not None
                    else [pal.color(pal.ColorRole.Base), pal.color(pal.ColorRole.AlternateBase)]
                )
                for b in bgs:
                    ratio = palette.contrast(fg, b)
                    if ratio < 4.5:
                        failures.append(
                            f"{scheme} {owner} row {row} col {col}: "
                            f"{fg.name()} on {b.name()} = {ratio:.2f}"
                        )
    return failures


@pytest.fixture
def demo_window(window, desk, clock, qtbot):
    # The list's start-up reads are done (they run just after the first paint) before the demo
    # data is written behind its back, as before: the views read it when they reload.
    qtbot.waitUntil(lambda: window.drafts_view.all_rows_read)
    build(desk.store, clock.now())
    yield window
    palette.apply_theme("system")


@pytest.mark.parametrize("scheme", SCHEMES)
def test_every_view_reads_in_both_schemes(demo_window, qtbot, scheme):
    w = demo_window
    palette.apply_theme(scheme)
    assert palette.is_dark() == (scheme == "dark")
    for kind in ("info", "success", "warning", "error"):
        w.banner.show_message(f"A {kind} message", kind)
        qtbot.wait(10)
        failures = _label_failures(w, scheme)
        assert not failures, "\n".join(failures)
    failures: list[str] = []
    for name in VIEWS:
        w.show_view(name)
        qtbot.wait(50)
        if name == "copy":
            w.copy_view.posted_prompt.ask("Did you post it?")
            w.copy_view.posted_prompt.problem("That is not a link.")
            qtbot.wait(10)
        failures += _label_failures(w, scheme)
        failures += _model_failures(w, scheme)
    assert not failures, "\n".join(failures)


def test_switching_the_theme_restyles_what_is_already_built(demo_window, qtbot):
    w = demo_window
    w.banner.show_message("Ready", "success")
    badge = w.drafts_view.editor.badge
    palette.apply_theme("light")
    qtbot.wait(10)
    light_sheet = (w.banner.styleSheet(), badge.styleSheet())
    palette.apply_theme("dark")
    qtbot.wait(10)
    assert palette.colour("success_bg", dark=True) in w.banner.styleSheet()
    assert (w.banner.styleSheet(), badge.styleSheet()) != light_sheet
    palette.apply_theme("light")
    qtbot.wait(10)
    assert (w.banner.styleSheet(), badge.styleSheet()) == light_sheet


def test_view_menu_theme_is_saved_as_a_setting(demo_window, desk, qtbot):
    from complaint_desk.app import settings

    w = demo_window
    w._fill_menus()
    w.theme_actions["dark"].trigger()
    assert palette.current_theme() == "dark" and palette.is_dark()
    assert settings.read(desk.store, settings.THEME) == "dark"
    w.theme_actions["system"].trigger()
    assert settings.read(desk.store, settings.THEME) == "system"
    assert w.theme_actions["system"].isChecked()
