"""Starting the desktop app: the QApplication, the database, the app context and the main window."""

from __future__ import annotations

import sys


def open_database_for_app(path, parent=None, defer_full_check: bool = False, listen: bool = True) -> bool:
    """Open the database for the GUI; on failure explain it in a dialog and return False.

    The one place where start-up checks (passphrase, integrity, lock) hook in. With
    `defer_full_check` the full integrity check is left for the background (see ui.safety.check);
    with `listen=False` so is the single-instance server (finish_startup starts both).
    """
    from mentordesk.ui.safety.opening import open_for_app

    return open_for_app(path, parent, defer_full_check=defer_full_check, listen=listen)


def make_application():
    """The QApplication with MentorDesk's name, organization and icon."""
    from PySide6.QtWidgets import QApplication

    from mentordesk import APP_NAME, DESKTOP_ID, __version__
    from mentordesk.ui.i18n import install_translators
    from mentordesk.ui.icons import app_icon
    from mentordesk.ui.settings import APPLICATION, ORGANIZATION

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_ID)  # the installed .desktop entry, so docks match the window to it
    app.setWindowIcon(app_icon())
    install_translators(app)  # before any widget: the system locale's language, with Qt's own for its dialogs
    return app


def run_app(args) -> int:
    """Open the database named on the command line and show the main window until it closes."""
    app = make_application()
    from mentordesk.ui.settings import Settings
    from mentordesk.ui.theme import apply_theme, chosen_theme

    apply_theme(chosen_theme(Settings()))
    # A cheap sanity check before the window; the full check runs in the background once it shows
    # (synchronously instead when the last session did not exit cleanly).
    if not open_database_for_app(getattr(args, "db", None) or last_database(), defer_full_check=True, listen=False):
        return 1
    from mentordesk import db
    from mentordesk.ui.context import AppContext
    from mentordesk.ui.main_window import MainWindow

    # Only the first area is built before the window paints; the rest follows right after the first frame.
    window = MainWindow(deferred=True, context=AppContext())
    from mentordesk.ui import bench_hook

    if bench_hook.enabled():  # `make bench` times start-up to the first painted People list
        bench_hook.watch_main_window(window)
    after_first_frame(window, lambda: finish_startup(window))
    window.show()
    if db.recovery_note:  # a killed re-encryption or restore was finished or undone on opening
        window.statusBar().showMessage(db.recovery_note.capitalize(), 20000)
    return app.exec()


def last_database():
    """The database the last session used (File ▸ Open keeps it in the settings), None for the default file."""
    from mentordesk.ui.databases import remembered_database
    from mentordesk.ui.settings import Settings

    return remembered_database(Settings())


def finish_startup(window) -> None:
    """What the window needs soon but not for its first frame: other areas, features, the integrity check."""
    from mentordesk.ui.safety.errors import install_error_handler
    from mentordesk.ui.single_instance import bring_forward

    guard = window.context.instance
    if guard is not None:  # later launches on this database now bring this window forward
        guard.activated.connect(lambda: bring_forward(window))
        guard.listen()
    install_error_handler(window)
    window.finish_startup()  # the other areas, then every feature of ui.features
    from mentordesk.ui.safety.opening import full_check_pending

    if full_check_pending():
        from mentordesk.ui.safety.check import start_background_check

        start_background_check(window)


FRAME_MS = 16  # one frame: let the first one reach the screen before the rest of start-up


def after_first_frame(window, callback) -> None:
    """Run `callback` once, a frame after `window` first painted (at once if the loop ends first)."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class _FirstFrame(QObject):
        def eventFilter(self, watched, event) -> bool:
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                QTimer.singleShot(FRAME_MS, window, callback)
            return False

    watcher = _FirstFrame(window)
    window.installEventFilter(watcher)
