"""Start-up hook: with MENTORDESK_STARTUP_PROBE set, say when the first window is painted (and maybe quit).

tools/measure_startup.py starts the (frozen) app with it and times process start to that line. With
the value "quit" the app quits at once; with "ctrl+q" it triggers the one action bound to Ctrl+Q, so a
test on the offscreen platform (where no outside tool can type) quits through the user's shortcut. With
"menus" it prints the menu bar as the user sees it (MENU_MARKER lines: a menu's title, then its actions' texts,
in the user's language), once start-up has added every menu, and quits.
"""

from __future__ import annotations

import os
import sys

PROBE_ENV = "MENTORDESK_STARTUP_PROBE"
MARKER = "mentordesk-first-window-painted"
AREA_MARKER = "mentordesk-area-shown"  # printed with the area's key each time another area shows
MENU_MARKER = "mentordesk-menu"  # "mentordesk-menu File: New | Save | …", one line per menu


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
                    from mentordesk.ui.main_window import MainWindow

                    if isinstance(window, MainWindow):  # tests outside the process learn which area shows
                        window.area_changed.connect(lambda key: print(f"{AREA_MARKER} {key}", flush=True))
                    QTimer.singleShot(0, self.report)
            return False

        def report(self):
            print(MARKER, flush=True)
            mode = os.environ.get(PROBE_ENV)
            if mode == "quit":
                self.app.quit()
            elif mode == "ctrl+q":
                QTimer.singleShot(200, self.press_quit)  # after the rest of start-up, as a person would
            elif mode == "menus":
                QTimer.singleShot(200, self.print_menus)  # after the rest of start-up has added its menus

        def print_menus(self):
            """Each menu of the main window's menu bar: its title, then its actions' texts, '&' marks dropped."""
            from mentordesk.ui.help import plain_text

            window = next(w for w in self.app.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible())
            for menu_action in window.menuBar().actions():
                menu = menu_action.menu()
                texts = [plain_text(a.text()) for a in menu.actions() if not a.isSeparator()] if menu else []
                print(f"{MENU_MARKER} {plain_text(menu_action.text())}: {' | '.join(texts)}", flush=True)
            self.app.quit()

        def press_quit(self):
            """Trigger what Ctrl+Q is bound to (the offscreen platform takes no outside key presses;
            the Xvfb tests press the real key with xdotool)."""
            from PySide6.QtGui import QAction, QKeySequence

            windows = [w for w in self.app.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()]
            window = windows[0] if windows else self.app.activeWindow()
            wanted = QKeySequence("Ctrl+Q")
            bound = [a for a in window.findChildren(QAction) if wanted in a.shortcuts()]
            if len(bound) != 1:
                print(f"mentordesk-probe: {len(bound)} actions are bound to Ctrl+Q", file=sys.stderr, flush=True)
                self.app.exit(3)
                return
            bound[0].trigger()

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.installEventFilter(_FirstPaint(app))  # parented to the app, so it lives as long
