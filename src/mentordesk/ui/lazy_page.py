"""Pages that read their data only while on screen, so start-up and off-screen changes cost nothing."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget


class LazyPage(QWidget):
    """A page filled when first shown; a change refreshes it at once (coalesced) if visible, else on next show.

    Subclasses implement refresh() and clear `_stale` in it.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self.refresh)
        self._stale = True  # filled when first shown, not while the window starts

    def refresh(self) -> None:
        raise NotImplementedError

    def _refresh_when_seen(self, *_args) -> None:
        """Refresh now (coalesced) if the page is on screen, else when it is next shown."""
        if self.isVisible():
            self._timer.start()
        else:
            self._stale = True

    def showEvent(self, event) -> None:
        if self._stale:
            try:
                self.refresh()
            except Exception:  # noqa: BLE001 - an exception escaping a Qt virtual crashes the app
                sys.excepthook(*sys.exc_info())
        super().showEvent(event)
