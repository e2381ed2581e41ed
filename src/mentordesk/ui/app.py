"""Starting the desktop app: the QApplication, the database, the main window."""

from __future__ import annotations

import sys


def open_database_for_app(path, parent=None) -> bool:
    """Open the database for the GUI; on failure explain it in a dialog and return False.

    The one place where start-up checks (passphrase, integrity, lock) hook in.
    """
    from PySide6.QtWidgets import QMessageBox

    from mentordesk import db

    try:
        db.open_database(path)
    except db.DatabaseOpenError as exc:
        QMessageBox.critical(parent, QMessageBox.tr("MentorDesk cannot open your data"),
                             QMessageBox.tr("The database could not be opened:\n\n%1").replace("%1", str(exc)))
        return False
    return True


def make_application():
    """The QApplication with MentorDesk's name, organization and icon."""
    from PySide6.QtWidgets import QApplication

    from mentordesk import APP_NAME, __version__
    from mentordesk.ui.icons import app_icon
    from mentordesk.ui.settings import APPLICATION, ORGANIZATION

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("mentordesk")
    app.setWindowIcon(app_icon())
    return app


def run_app(args) -> int:
    """Open the database named on the command line and show the main window until it closes."""
    app = make_application()
    if not open_database_for_app(getattr(args, "db", None)):
        return 1
    from mentordesk.ui.main_window import MainWindow

    window = MainWindow()
    window.show()
    app.main_window = window
    return app.exec()
