"""Light and dark: the palette the app paints with, chosen in Preferences (or $MENTORDESK_THEME), and the
colours HTML views take from it so rich text reads in both."""

from __future__ import annotations

import os

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle

THEMES = {
    "system": QT_TRANSLATE_NOOP("theme", "Follow the system"),
    "light": QT_TRANSLATE_NOOP("theme", "Light"),
    "dark": QT_TRANSLATE_NOOP("theme", "Dark"),
}

_R = QPalette.ColorRole
DARK = {
    # Base lighter than Window: Fusion outlines check boxes and fields a shade darker than the window, which
    # vanished against a darker base.
    _R.Window: "#2b2b2b", _R.WindowText: "#e8e8e8", _R.Base: "#363636", _R.AlternateBase: "#3d3d3d",
    _R.Text: "#e8e8e8", _R.Button: "#404040", _R.ButtonText: "#e8e8e8", _R.BrightText: "#ff6b6b",
    _R.Highlight: "#3d6fb4", _R.HighlightedText: "#ffffff", _R.ToolTipBase: "#353535", _R.ToolTipText: "#e8e8e8",
    _R.PlaceholderText: "#8c8c8c", _R.Link: "#82b1ef", _R.LinkVisited: "#b69cec",
    _R.Light: "#4a4a4a", _R.Midlight: "#3c3c3c", _R.Mid: "#5a5a5a", _R.Dark: "#1a1a1a", _R.Shadow: "#000000",
}
_DISABLED = {_R.WindowText: "#7a7a7a", _R.Text: "#7a7a7a", _R.ButtonText: "#7a7a7a", _R.Highlight: "#4a4a4a",
             _R.HighlightedText: "#b0b0b0"}

_system_palette: QPalette | None = None  # the palette the platform gave, for going back to "system"


def dark_palette() -> QPalette:
    """A dark palette for the Fusion style (the platform may not offer one)."""
    palette = QPalette()
    for role, colour in DARK.items():
        palette.setColor(role, QColor(colour))
    for role, colour in _DISABLED.items():
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
    return palette


def light_palette() -> QPalette:
    """Fusion's own light palette."""
    app = QApplication.instance()
    return app.style().standardPalette()


def chosen_theme(settings=None) -> str:
    """$MENTORDESK_THEME when set, else the Preferences choice, else "system"."""
    name = os.environ.get("MENTORDESK_THEME", "").strip().lower()
    if name not in THEMES and settings is not None:
        name = settings.get("theme")
    return name if name in THEMES else "system"


class PlainDialogButtons(QProxyStyle):
    """The platform's style, but without Qt's own pixmaps on dialog buttons (a black cross on Close in dark, a
    green arrow on OK) where no icon theme draws them: as GNOME shows them, text only."""

    def styleHint(self, hint, option=None, widget=None, returnData=None) -> int:  # noqa: N802 - Qt API
        if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons and not QIcon.hasThemeIcon("dialog-ok"):
            return 0
        return super().styleHint(hint, option, widget, returnData)


def apply_theme(name: str) -> None:
    """Paint the whole app light, dark or as the system says; open widgets and HTML views follow at once."""
    global _system_palette
    app = QApplication.instance()
    if not isinstance(app.style(), PlainDialogButtons):
        app.setStyle(PlainDialogButtons(app.style().name()))
    if _system_palette is None:
        _system_palette = QPalette(app.palette())
    if name == "dark":
        app.setPalette(dark_palette())
    elif name == "light":
        app.setPalette(light_palette())
    else:
        app.setPalette(_system_palette)


def is_dark(palette: QPalette | None = None) -> bool:
    """True when the window background is darker than its text."""
    palette = palette or QApplication.palette()
    return palette.color(_R.Window).lightness() < palette.color(_R.WindowText).lightness()


def mix(a: QColor, b: QColor, share: float) -> QColor:
    """`share` of colour b over colour a (0: a, 1: b)."""
    return QColor(round(a.red() + (b.red() - a.red()) * share), round(a.green() + (b.green() - a.green()) * share),
                  round(a.blue() + (b.blue() - a.blue()) * share))


def html_colours(palette: QPalette | None = None) -> dict[str, str]:
    """The colours an HTML view may use, from the palette: text, background, link, muted text, rules, a tint."""
    palette = palette or QApplication.palette()
    text, base = palette.color(_R.Text), palette.color(_R.Base)
    return {"text": text.name(), "base": base.name(), "link": palette.color(_R.Link).name(),
            "muted": mix(text, base, 0.35).name(), "rule": mix(text, base, 0.75).name(),
            "tint": mix(base, palette.color(_R.Highlight), 0.18).name(), "accent": palette.color(_R.Highlight).name()}


def html_style(palette: QPalette | None = None) -> str:
    """A default style sheet for QTextDocument: links, muted text and table heads in palette colours.

    Body text has no colour of its own: the view paints it in the palette's text colour."""
    c = html_colours(palette)
    return (f"a {{ color: {c['link']}; }} .muted, small {{ color: {c['muted']}; }} "
            f"th {{ background-color: {c['tint']}; }}")


def follow_palette(browser, render) -> None:
    """Give a QTextBrowser the palette's style sheet, and call `render()` (which sets its HTML again) whenever
    the palette changes: a document applies its default style sheet when HTML is set."""
    from PySide6.QtCore import QEvent, QObject

    class _Follower(QObject):
        def eventFilter(self, watched, event) -> bool:
            if event.type() == QEvent.Type.PaletteChange:
                watched.document().setDefaultStyleSheet(html_style(watched.palette()))
                render()
            return False

    browser.document().setDefaultStyleSheet(html_style(browser.palette()))
    browser.installEventFilter(_Follower(browser))
