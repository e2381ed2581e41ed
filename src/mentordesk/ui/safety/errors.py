"""Unexpected errors: logged to a private file in the user's log folder and shown with details to copy.

The app keeps running after the dialog, so the edit in progress stays on screen to be saved.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from mentordesk import APP_NAME
from mentordesk.safety.files import PRIVATE_FILE, make_private, private_dir
from mentordesk.ui.i18n import tr

log = logging.getLogger("mentordesk")


def log_path() -> Path:
    """The log file in the platform's user log folder."""
    from platformdirs import user_log_dir

    return Path(user_log_dir(APP_NAME, appauthor=False)) / "mentordesk.log"


def setup_logging() -> Path:
    """Log to the user's log folder in a file only the user can read; returns its path."""
    path = log_path()
    private_dir(path.parent)
    if not path.exists():
        import os

        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, PRIVATE_FILE))
    make_private(path)
    if not any(getattr(h, "baseFilename", None) == str(path) for h in log.handlers):
        handler = logging.FileHandler(path, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
    return path


def error_dialog(details: str, parent=None) -> QMessageBox:
    """The dialog telling the user something went wrong, with the details in a copyable box."""
    box = QMessageBox(QMessageBox.Icon.Critical, tr("Something Went Wrong"),
                      tr("MentorDesk ran into an unexpected problem. Your data is safe and what you "
                         "were editing is still open: save it, and please report the details."),
                      QMessageBox.StandardButton.Close, parent)
    box.setDetailedText(details)
    copy = box.addButton(tr("&Copy Details"), QMessageBox.ButtonRole.ActionRole)
    copy.clicked.disconnect()  # keep the dialog open after copying
    copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(details))
    return box


def show_error(details: str, parent=None) -> None:
    """Show the error dialog (tests replace this)."""
    error_dialog(details, parent).exec()


def install_error_handler(window=None) -> None:
    """Route uncaught exceptions to the log file and the error dialog instead of ending the app."""
    setup_logging()
    previous = sys.excepthook

    def handle(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            previous(exc_type, exc, tb)
            return
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("unexpected error\n%s", details)
        try:
            show_error(details, window)
        except Exception:  # noqa: BLE001 - never fail while reporting a failure
            previous(exc_type, exc, tb)

    sys.excepthook = handle
