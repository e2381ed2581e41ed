"""Tick boxes in the wizard's lists that read in dark mode as in light, on rows as tall as the app's other tables."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractItemView, QTableWidget

from mentordesk.ui.areas.columns import ElidingDelegate
from mentordesk.ui.theme import mix

OUTLINE_SHARE = 0.55   # how far from the list's background towards its text the box's outline sits
STYLE_DARKENS = 1.4    # Fusion outlines a check box in the palette's window colour made 140% darker


def row_height(view: QAbstractItemView) -> int:
    """The height of a row in the app's record tables (ui.areas.area.RecordTable): the font's plus room."""
    return view.fontMetrics().height() + 10


class TickDelegate(ElidingDelegate):
    """Paints the tick box with an outline taken from the list's own text and background colours: Fusion draws it
    a shade darker than the window, which vanished on a dark list's background. A cut-short cell's whole text
    shows in its tooltip."""

    def __init__(self, view: QAbstractItemView):
        super().__init__(view)
        self.view = view

    def initStyleOption(self, option, index) -> None:  # noqa: N802 - Qt API
        super().initStyleOption(option, index)
        palette = option.palette
        outline = mix(palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text), OUTLINE_SHARE)
        palette.setColor(QPalette.ColorRole.Window, outline.lighter(round(STYLE_DARKENS * 100)))
        option.palette = palette

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt API
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), row_height(self.view)))


def tick_rows(view: QAbstractItemView) -> TickDelegate:
    """Give a list of ticks visible boxes and roomy rows (a table's rows come from its vertical header)."""
    delegate = TickDelegate(view)
    view.setItemDelegate(delegate)
    if isinstance(view, QTableWidget):
        view.verticalHeader().setDefaultSectionSize(row_height(view))
    return delegate
