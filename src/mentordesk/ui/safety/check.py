"""SQLite's full quick check of the open database, run in the background right after the window shows.

Start-up runs only a cheap sanity check (safety.opening.sanity_check) so a large file opens at once;
this thread then reads the whole file on its own connection. A damaged file blocks the window and
raises the same dialog as a damaged file at start-up: restore the newest good backup, or quit.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QThread, QTimer, Signal
from PySide6.QtWidgets import QApplication

from mentordesk import db
from mentordesk.models import database
from mentordesk.safety.crypto import passphrase_of
from mentordesk.ui.i18n import tr


class IntegrityCheck(QThread):
    """Runs `PRAGMA quick_check` on a file through a connection of its own; `checked` gets the problems."""

    checked = Signal(list)

    def __init__(self, path: Path, passphrase: str | None, parent=None):
        super().__init__(parent)
        self.path, self.passphrase = Path(path), passphrase
        self._conn = None
        self._cancelled = False
        self._lock = threading.Lock()

    def run(self) -> None:
        from mentordesk.safety.crypto import database_errors
        from mentordesk.safety.integrity import _connect
        from mentordesk.safety.opening import structural_problems

        try:
            conn = _connect(self.path, self.passphrase)
        except Exception as exc:  # noqa: BLE001 - any driver error means "cannot be used"
            self.checked.emit([str(exc)])
            return
        with self._lock:
            self._conn = conn
        try:
            if self._cancelled:
                return
            try:
                rows = [row[0] for row in conn.execute("PRAGMA quick_check").fetchall()]
                problems = structural_problems(rows)
            except database_errors() as exc:
                problems = [str(exc)]
        finally:
            with self._lock:
                self._conn = None
            conn.close()
        if not self._cancelled:  # an interrupted check found nothing: it says nothing
            self.checked.emit(problems)

    def cancel(self) -> None:
        """Stop a running check (the app is quitting) and wait for the thread."""
        with self._lock:
            self._cancelled = True
            if self._conn is not None:
                self._conn.interrupt()
        self.wait()


class BackgroundCheck(IntegrityCheck):
    """The check of the window's database; on damage, blocks the window and offers the restore."""

    def __init__(self, window):
        super().__init__(Path(database.obj.database), passphrase_of(database.obj), window)
        self.window = window
        self.problems: list[str] | None = None  # None until the check has finished
        self.checked.connect(self._checked)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._wait)
        window.about_to_close.connect(self._wait)

    def _wait(self) -> None:
        self.cancel()

    def _checked(self, problems: list) -> None:
        from mentordesk.safety.checkup import record_check

        self.problems = list(problems)
        record_check(self.path, self.problems)  # the daily check of commands counts from this one
        if problems:
            self.on_damage(self.problems)

    def on_damage(self, problems: list[str]) -> bool:
        """Block edits, say plainly that the file is damaged, restore or quit; True when restored."""
        from mentordesk.safety.opening import damaged
        from mentordesk.ui.safety.opening import offer_restore

        window = self.window
        set_blocked(window, True)
        restored = offer_restore(self.path, self.passphrase, damaged(self.path, problems), window,
                                 before_restore=db.close_database)
        if not restored:
            QApplication.exit(1)  # not window.close(): no on-close backup or settings from a damaged file
            return False
        db.open_database(self.path, passphrase=self.passphrase)
        safety = window.context.safety
        if safety is not None:
            safety._everything_changed()
        set_blocked(window, False)
        window.statusBar().showMessage(tr("The damaged file was set aside and the newest good backup restored."), 10000)
        return True


def set_blocked(window, blocked: bool) -> None:
    """No edits while the file is known to be damaged: the window's content, menus and toolbar are off."""
    for widget in (window.centralWidget(), window.menuBar(), window.toolbar):
        widget.setEnabled(not blocked)
    safety = window.context.safety
    if blocked and safety is not None:  # nothing of a damaged file goes into the backups
        safety.auto.dirty = False
        safety.auto.timer.stop()
    elif safety is not None:
        safety.auto.timer.start()


def start_background_check(window, delay_ms: int = 0) -> BackgroundCheck:
    """Check the open database fully once the event loop has painted the window."""
    check = window.context.integrity_check = BackgroundCheck(window)
    QTimer.singleShot(delay_ms, check, check.start)
    return check
