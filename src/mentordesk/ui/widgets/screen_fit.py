"""A dialog's first size, never larger than the screen it opens on (a 900×600 screen cut off a prep sheet)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

SCREEN_SHARE = 0.92  # of the screen's free width and height a dialog may take at first


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Resize `window` to width × height, or to the share of its (or its parent's) screen that is free."""
    anchor = window.parentWidget() or window
    screen = anchor.screen() if anchor is not None else None
    if screen is not None:
        free = screen.availableGeometry()
        width = min(width, round(free.width() * SCREEN_SHARE))
        height = min(height, round(free.height() * SCREEN_SHARE))
    window.resize(width, height)
