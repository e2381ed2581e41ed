"""Report colours from the widget's palette, so decision reports read in dark mode as in light (paper stays light)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from mentordesk.ui.theme import mix


def _mix(a: QColor, b: QColor, share_of_b: float) -> str:
    """`a` moved `share_of_b` of the way towards `b`, as #rrggbb (the theme's mix, named for HTML)."""
    return mix(a, b, share_of_b).name()


def report_colors(widget: QWidget | None = None) -> dict[str, str]:
    """crossroads.report's colour keys, taken from the palette the report will be shown on."""
    palette = widget.palette() if widget is not None else QApplication.palette()
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    accent = palette.color(QPalette.ColorRole.Link)
    dark = base.lightness() < 128
    flag = QColor("#ffb26b") if dark else QColor("#a04000")
    if accent.lightness() < 110 and dark:   # a dark link colour on a dark page: lighten it
        accent = accent.lighter(180)
    return {
        "text": text.name(), "muted": _mix(text, base, 0.4), "accent": accent.name(), "flag": flag.name(),
        "head_bg": _mix(base, palette.color(QPalette.ColorRole.Highlight), 0.18),
        "total_bg": _mix(base, text, 0.08), "border": _mix(base, text, 0.3),
        "changed_bg": _mix(base, QColor("#ffcc33"), 0.25 if not dark else 0.3),
    }
