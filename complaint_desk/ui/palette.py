"""Every colour the app sets, as a light/dark pair, and the theme (System / Light / Dark).

Widgets ask for a colour by role (`colour("warning_bg")`) and get the one for the scheme the
window is drawn in now: dark when the application palette's window colour is dark, whatever
made it so (the app's Dark theme, GNOME/KDE dark palettes, `-style` with a dark palette). A
widget that bakes colours into a style sheet restyles itself when that changes
(`on_theme_change`). Pairs were chosen for WCAG AA: text 4.5:1 on its background, graphics
(bars, band fills) 3:1 on the surface they are drawn on; tests/ui/test_theme_contrast.py checks
them, and that heat bands and reply bands stay distinguishable in both schemes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

# The bands themselves live in core (no tone engine loaded for them at start-up).
from complaint_desk.core.formatting import band_for as band_for

THEMES = ("system", "light", "dark")

# role -> (light, dark)
COLOURS: dict[str, tuple[str, str]] = {
    # Text on the window/base background.
    "text_ok": ("#256d29", "#81c995"),
    "text_error": ("#b71c1c", "#f28b82"),
    "text_warning": ("#8a5a00", "#fdd663"),
    "text_info": ("#1565c0", "#8ab4f8"),
    "text_link": ("#1558b0", "#8ab4f8"),
    "text_muted": ("#546e7a", "#a7b6bf"),
    "text_heading": ("#37474f", "#cfd8dc"),
    # Tinted boxes: background, border and the text drawn on them.
    "info_bg": ("#e8f0fe", "#1d2b40"),
    "info_border": ("#9fb7df", "#4a6a99"),
    "success_bg": ("#e8f5e9", "#1b3320"),
    "success_border": ("#81c784", "#3f7a46"),
    "warning_bg": ("#fff4e5", "#3a2c12"),
    "warning_border": ("#f0b35b", "#8a6423"),
    "error_bg": ("#fdecea", "#3d1d1d"),
    "error_border": ("#e57373", "#9c4040"),
    "note_bg": ("#fff8e1", "#332b14"),
    "note_border": ("#f0c36d", "#7d6a2c"),
    "box_text": ("#1f1f1f", "#ececec"),
    # The Copy-out post card and the checks panel.
    "card_bg": ("#ffffff", "#26272b"),
    "card_border": ("#d5dce2", "#4a4d52"),
    "panel_bg": ("#fafbfc", "#222326"),
    "avatar_bg": ("#cfd8dc", "#455a64"),
    "avatar_text": ("#263238", "#eceff1"),
    # Charts.
    "grid": ("#cfd8dc", "#4a4f55"),
    "track": ("#e6eaed", "#3a3d42"),
    "outline": ("#37474f", "#cfd8dc"),
    # Text drawn on a band's fill (the heat gauge's number).
    "on_band": ("#ffffff", "#111111"),
}

# Heat bands (gauge fill, list dots, history): green, amber, orange, crimson in both schemes.
HEAT_BANDS: dict[str, tuple[str, str]] = {
    "calm": ("#2e7d32", "#81c784"),
    "firm": ("#7a5c00", "#fdd835"),
    "heated": ("#c43e00", "#ffa257"),
    "furious": ("#9a0b3a", "#ff7a9a"),
}
# Light values, kept for callers that read the table directly (history_dialog).
BAND_COLOURS = {band: pair[0] for band, pair in HEAT_BANDS.items()}

# Reply-time bands (core.records.reply_bands colour names): chart bars/dots and scorecard cells.
REPLY_BARS: dict[str, tuple[str, str]] = {
    "green": ("#1b7a2e", "#66bb6a"),
    "light-green": ("#5a8f1f", "#c5e1a5"),
    "amber": ("#a07800", "#fdd835"),
    "orange": ("#d05400", "#ffa726"),
    "red": ("#c62828", "#ef5350"),
    "none": ("#78909c", "#90a4ae"),
}
# Scorecard cell backgrounds (the table's text stays the palette's text colour on them).
REPLY_SHADES: dict[str, tuple[str, str]] = {
    "green": ("#c8e6c9", "#1e4023"),
    "light-green": ("#dcedc8", "#2d4220"),
    "amber": ("#fff3c4", "#453a12"),
    "orange": ("#ffe0b2", "#4a3014"),
    "red": ("#ffcdd2", "#4a1c20"),
}

_state: dict = {"theme": "system", "system_style": None, "notifier": None}


# -- which scheme is on screen ----------------------------------------------------------------


def is_dark(palette: QPalette | None = None) -> bool:
    """True when the window background is dark (the app's Dark theme or a dark system one)."""
    if palette is None:
        if QGuiApplication.instance() is None:
            return False
        palette = QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def colour(role: str, dark: bool | None = None) -> str:
    """The "#rrggbb" for `role` in the current (or the given) scheme."""
    light_value, dark_value = COLOURS[role]
    return dark_value if (is_dark() if dark is None else dark) else light_value


def qcolour(role: str, dark: bool | None = None) -> QColor:
    return QColor(colour(role, dark))


def band_hex(band: str, dark: bool | None = None) -> str:
    light_value, dark_value = HEAT_BANDS.get(band, ("#555555", "#aaaaaa"))
    return dark_value if (is_dark() if dark is None else dark) else light_value


def band_colour(heat: float, dark: bool | None = None) -> QColor:
    return QColor(band_hex(band_for(heat), dark))


def reply_bar(band_colour_name: str | None, dark: bool | None = None) -> QColor:
    light_value, dark_value = REPLY_BARS.get(band_colour_name or "none", REPLY_BARS["none"])
    return QColor(dark_value if (is_dark() if dark is None else dark) else light_value)


def reply_shade(band_colour_name: str, dark: bool | None = None) -> QColor | None:
    pair = REPLY_SHADES.get(band_colour_name)
    if pair is None:
        return None
    return QColor(pair[1] if (is_dark() if dark is None else dark) else pair[0])


def span(text: str, role: str, bold: bool = False) -> str:
    """Rich text in a role's colour (the caller escapes `text`)."""
    weight = "; font-weight:bold" if bold else ""
    return f"<span style='color:{colour(role)}{weight}'>{text}</span>"


def box_style(selector: str, kind: str, radius: int = 6, extra: str = "") -> str:
    """A style sheet for a tinted box (`kind`: info, success, warning, error, note) whose labels
    read on it in both schemes."""
    return (
        f"{selector} {{ background:{colour(kind + '_bg')}; border:1px solid "
        f"{colour(kind + '_border')}; border-radius:{radius}px; {extra}}}"
        f" {selector} QLabel {{ color:{colour('box_text')}; background:transparent; border:none; }}"
    )


# -- restyling when the scheme changes ----------------------------------------------------------


class _Notifier(QWidget):
    """One per application: `changed` after the app palette changes (our theme, or the
    desktop's). A hidden widget that is never shown: every widget that takes the application's
    palette gets a PaletteChange event, so this one sees each change through its own
    `changeEvent`, without filtering every event of the application in Python (which also made
    PySide build the Python types of every event class on the way to the first paint)."""

    changed = Signal()

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() in (QEvent.Type.ApplicationPaletteChange, QEvent.Type.PaletteChange):
            self.changed.emit()
        super().changeEvent(event)


def _notifier() -> _Notifier | None:
    app = QGuiApplication.instance()
    if app is None:
        return None
    notifier = _state.get("notifier")
    if notifier is None or _state.get("notifier_app") is not app or not isValid(notifier):
        notifier = _Notifier()
        _state["notifier"] = notifier
        _state["notifier_app"] = app
    return notifier


class _SchemeWatch(QObject):
    """Calls `restyle` when the app's palette turns from light to dark or back."""

    def __init__(self, widget, restyle: Callable[[], None]) -> None:
        super().__init__(widget)
        self._restyle = restyle
        self._dark = is_dark()
        notifier = _notifier()
        if notifier is not None:
            notifier.changed.connect(self._check)

    def _check(self) -> None:
        dark = is_dark()
        if dark != self._dark:
            self._dark = dark
            self._restyle()


def on_theme_change(widget, restyle: Callable[[], None]) -> None:
    """Run `restyle()` whenever the scheme the app is drawn in flips (light ↔ dark)."""
    widget._scheme_watch = _SchemeWatch(widget, restyle)


# -- the theme -------------------------------------------------------------------------------


def current_theme() -> str:
    return _state["theme"]


def light_palette() -> QPalette:
    return _make_palette(
        window="#efefef",
        text="#1f1f1f",
        base="#ffffff",
        alt="#f5f5f5",
        button="#e8e8e8",
        highlight="#2f6fb3",
        link="#1558b0",
        muted="#6b6b6b",
        mid="#b8b8b8",
        dark_shade="#9a9a9a",
        disabled="#8a8a8a",
    )


def dark_palette() -> QPalette:
    return _make_palette(
        window="#2b2b2e",
        text="#ececec",
        base="#1e1e21",
        alt="#26272b",
        button="#37383c",
        highlight="#3d7fd6",
        link="#8ab4f8",
        muted="#a0a0a0",
        mid="#505256",
        dark_shade="#18181a",
        disabled="#7c7c7c",
    )


def _make_palette(**c: str) -> QPalette:
    roles = QPalette.ColorRole
    p = QPalette()
    for role, value in (
        (roles.Window, c["window"]),
        (roles.WindowText, c["text"]),
        (roles.Base, c["base"]),
        (roles.AlternateBase, c["alt"]),
        (roles.ToolTipBase, c["base"]),
        (roles.ToolTipText, c["text"]),
        (roles.PlaceholderText, c["muted"]),
        (roles.Text, c["text"]),
        (roles.Button, c["button"]),
        (roles.ButtonText, c["text"]),
        (roles.BrightText, "#ff5252"),
        (roles.Light, c["button"]),
        (roles.Midlight, c["button"]),
        (roles.Mid, c["mid"]),
        (roles.Dark, c["dark_shade"]),
        (roles.Shadow, "#000000"),
        (roles.Highlight, c["highlight"]),
        (roles.HighlightedText, "#ffffff"),
        (roles.Link, c["link"]),
        (roles.LinkVisited, c["link"]),
    ):
        p.setColor(role, QColor(value))
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(c["disabled"]))
    return p


def apply_theme(theme: str) -> None:
    """Draw the app in `theme` ("system", "light" or "dark"); "system" follows the desktop's
    colour scheme, live. (Saving the choice is app.settings.save_theme's.)"""
    from PySide6.QtCore import Qt

    if theme not in THEMES:
        theme = "system"
    app = _application()
    previous = _state["theme"]
    _state["theme"] = theme
    if app is None:
        return
    hints = app.styleHints()
    if _state["system_style"] is None:
        _state["system_style"] = app.style().name()
        if hasattr(hints, "colorSchemeChanged"):
            hints.colorSchemeChanged.connect(_on_system_scheme)
    if theme == "system":
        if hasattr(hints, "unsetColorScheme"):
            hints.unsetColorScheme()
        if previous != "system":
            app.setStyle(_state["system_style"])
            app.setPalette(QPalette())  # back to the platform's (it follows the desktop again)
        _emit()
        return
    if hasattr(hints, "setColorScheme"):
        scheme = Qt.ColorScheme.Dark if theme == "dark" else Qt.ColorScheme.Light
        hints.setColorScheme(scheme)
    # Fusion draws every widget from the palette (native styles may not), in both schemes.
    if app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    app.setPalette(dark_palette() if theme == "dark" else light_palette())
    _emit()


def _emit() -> None:
    notifier = _notifier()
    if notifier is not None:
        notifier.changed.emit()  # widgets compare with the scheme they were drawn in


def _on_system_scheme(*_args) -> None:
    """The desktop switched light/dark: under "system", take its new palette (Qt's platform
    theme usually has already; this covers styles that keep an explicit one)."""
    if _state["theme"] != "system":
        return

    app = _application()
    if app is not None:
        app.setPalette(QPalette())
        _emit()


# -- WCAG helpers (tests and checks) -----------------------------------------------------------


def relative_luminance(value: str | QColor) -> float:
    c = QColor(value)

    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast(a: str | QColor, b: str | QColor) -> float:
    """WCAG 2 contrast ratio, 1…21."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def _application():
    """The running QApplication (a widgets application: it has styles and palettes), or None."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    return app if isinstance(app, QApplication) else None
