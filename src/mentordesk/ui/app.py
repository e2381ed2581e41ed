"""Starting the desktop app: the QApplication, the database, the main window."""

from __future__ import annotations

import sys


def run_app(args) -> int:
    """Open the database named on the command line and show the main window until it closes."""
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    from mentordesk import APP_NAME, db
    from mentordesk.services.health import stats

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    db.open_database(getattr(args, "db", None))
    window = QMainWindow()
    window.setWindowTitle(APP_NAME)
    counts = stats()
    window.setCentralWidget(QLabel(f"{counts['people']} people in your network"))
    window.resize(1000, 700)
    window.show()
    return app.exec()
