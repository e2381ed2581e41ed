"""Start-up hook: with MENTORDESK_STARTUP_PROBE set, say when the first window is painted (and maybe quit).

tools/measure_startup.py starts the (frozen) app with it and times process start to that line. With
the value "quit" the app quits at once; with "ctrl+q" it presses Ctrl+Q in the window as a person
would, so a test of the offscreen platform (where no outside tool can type) quits the way users do.
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
            mode = os.environ.get(PROBE_ENV)
            if mode == "quit":
                self.app.quit()
            elif mode == "ctrl+q":
                QTimer.singleShot(200, self.press_quit)  # after the rest of start-up, as a person would

        def press_quit(self):
            from PySide6.QtCore import Qt
            from PySide6.QtTest import QTest

            window = getattr(self.app, "main_window", None) or self.app.activeWindow()
            window.activateWindow()
            QTest.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.installEventFilter(_FirstPaint(app))  # parented to the app, so it lives as long
