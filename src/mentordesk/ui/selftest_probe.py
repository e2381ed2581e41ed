"""Start-up timing hook: with MENTORDESK_STARTUP_PROBE set, say when the first window is painted and quit.

tools/measure_startup.py starts the (frozen) app with it and times process start to that line.
"""

from __future__ import annotations

import os
import sys

PROBE_ENV = "MENTORDESK_STARTUP_PROBE"
MARKER = "mentordesk-first-window-painted"


def watch_startup() -> None:
    """Unless the env var is set, do nothing; else create the QApplication with a paint watcher."""
    if not os.environ.get(PROBE_ENV):
        return
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    class _FirstPaint(QObject):
        """Waits for the first paint of a main window, then reports once the paint cycle is done."""

        def __init__(self, app):
            super().__init__(app)
            self.app = app
            self.seen = False

        def eventFilter(self, obj, event):  # noqa: N802 - Qt API
            if not self.seen and event.type() == QEvent.Type.Paint and hasattr(obj, "window"):
                window = obj.window()
                if isinstance(window, QMainWindow):
                    self.seen = True
                    QTimer.singleShot(0, self.report)
            return False

        def report(self):
            print(MARKER, flush=True)
            if os.environ.get(PROBE_ENV) == "quit":
                self.app.quit()

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.installEventFilter(_FirstPaint(app))  # parented to the app, so it lives as long
