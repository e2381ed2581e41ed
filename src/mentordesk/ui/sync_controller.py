"""Sync in the app: the Sync Now action, a status line, background runs, retries and the conflicts dialog."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMessageBox, QProgressBar

from mentordesk.sync.account import current_account, load_password
from mentordesk.sync.state import SyncConflict
from mentordesk.ui.settings import SETTINGS, Setting
from mentordesk.ui.sync_worker import SyncThread

SETTINGS.setdefault("sync_auto", Setting("sync/automatic", bool, True))
SETTINGS.setdefault("sync_interval_minutes", Setting("sync/interval_minutes", int, 15))


def conflict_count() -> int:
    """Open sync conflicts (the same count as sync.conflicts, whose icalendar import would cost start-up ~0.2 s)."""
    return SyncConflict.select().count()


RETRY_MINUTES = 5
FIRST_DELAY_SECONDS = 20


class SyncController(QObject):
    """Owns the one running sync (if any) and tells the user, in the status bar, how sync is doing."""

    started = Signal()
    progressed = Signal(int, int, str)
    finished = Signal(bool)  # True when the sync succeeded

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.thread: SyncThread | None = None
        self.last_report = None
        self.last_error = ""
        self._user_asked = False
        self.status = QLabel(self.tr("Sync: not set up"), window)
        self.status.setObjectName("sync_status")
        self.status.setAccessibleName(self.tr("Sync status"))
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.linkActivated.connect(lambda _link: self.show_conflicts())
        self.progress = QProgressBar(window)
        self.progress.setObjectName("sync_progress")
        self.progress.setAccessibleName(self.tr("Sync progress"))
        self.progress.setMaximumWidth(140)
        self.progress.setVisible(False)
        window.statusBar().addPermanentWidget(self.progress)
        window.statusBar().addPermanentWidget(self.status)
        self.timer = QTimer(self)  # the next automatic sync, or the retry after a failure
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(lambda: self.sync_now(user_asked=False))
        self.action = window.connect_action("sync_now", lambda: self.sync_now(user_asked=True))
        self.action.setShortcut("F5")
        self.action.setStatusTip(self.tr("Sync people and meetings with your CardDAV/CalDAV server now"))
        self.conflicts_action = QAction(self.tr("Resolve Sync &Conflicts…"), window)
        self.conflicts_action.setObjectName("sync_conflicts")
        self.conflicts_action.triggered.connect(self.show_conflicts)
        window.actions["sync_conflicts"] = self.conflicts_action
        menu = window.menus.get("file")
        if menu is not None:
            actions = menu.actions()
            after = actions.index(self.action) + 1 if self.action in actions else len(actions)
            if after < len(actions):
                menu.insertAction(actions[after], self.conflicts_action)
            else:
                menu.addAction(self.conflicts_action)
        if hasattr(window, "about_to_close"):
            window.about_to_close.connect(self.stop)
        self.refresh_status()

    # --- running -------------------------------------------------------------------------

    def running(self) -> bool:
        return self.thread is not None

    def sync_now(self, user_asked: bool = True) -> bool:
        """Start a sync in the background; False (with the reason in the status line) if it cannot start."""
        if self.running():
            return False
        account = current_account()
        if account is None:
            self._show(self.tr("Sync: not set up (Preferences › Sync)"))
            if user_asked:
                self._open_preferences()
            return False
        password = load_password(account.url, account.username)
        if not password:
            self._fail(self.tr("no password for %1 at %2; enter it in Preferences › Sync")
                       .replace("%1", account.username).replace("%2", account.url), retry=False)
            return False
        self._user_asked = user_asked
        self.timer.stop()
        self.thread = SyncThread(account.url, account.username, password)
        self.thread.progressed.connect(self._progressed)
        self.thread.succeeded.connect(self._succeeded)
        self.thread.failed.connect(self._failed)
        self.thread.finished.connect(self._thread_done)
        self.action.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self._show(self.tr("Syncing with %1…").replace("%1", account.url))
        self.started.emit()
        self.thread.start()
        return True

    def stop(self) -> None:
        """On quit: let a running sync stop between records and wait for it."""
        self.timer.stop()
        if self.thread is not None:
            self.thread.cancel()
            self.thread.wait(35000)

    def _progressed(self, done: int, total: int, what: str) -> None:
        self.progressed.emit(done, total, what)
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self._show(self.tr("Syncing: %1 of %2 (%3)").replace("%1", str(done)).replace("%2", str(total))
                   .replace("%3", what))

    def _succeeded(self, report) -> None:
        self.last_report, self.last_error = report, ""
        self.refresh_status()
        self._schedule(self._interval_minutes())
        self.finished.emit(True)
        if report.open_conflicts and self._user_asked:
            self.show_conflicts()

    def _failed(self, message: str) -> None:
        self._fail(message, retry=True)
        self.finished.emit(False)

    def _thread_done(self) -> None:
        thread, self.thread = self.thread, None
        if thread is not None:
            thread.deleteLater()
        self.progress.setVisible(False)
        self.action.setEnabled(True)

    def _fail(self, message: str, retry: bool) -> None:
        self.last_error = message
        text = self.tr("Sync failed: %1").replace("%1", message)
        if retry:
            when = (dt.datetime.now() + dt.timedelta(minutes=RETRY_MINUTES)).strftime("%H:%M")
            text += " " + self.tr("Retrying at %1.").replace("%1", when)
            self._schedule(RETRY_MINUTES)
        self._show(text)
        self.status.setToolTip(message)

    def _schedule(self, minutes: float) -> None:
        settings = getattr(self.window, "settings", None)
        if settings is None or settings.get("sync_auto"):
            self.timer.start(int(minutes * 60_000))

    def _interval_minutes(self) -> int:
        settings = getattr(self.window, "settings", None)
        return max(1, settings.get("sync_interval_minutes")) if settings is not None else 15

    def start_automatic(self) -> None:
        """After start-up: sync soon if an account is set up and automatic sync is on."""
        if current_account() is not None:
            self._schedule(FIRST_DELAY_SECONDS / 60)

    # --- status ----------------------------------------------------------------------------

    def _show(self, text: str) -> None:
        self.status.setText(text)

    def refresh_status(self) -> None:
        """The status line from the last outcome and the open conflicts."""
        account = current_account()
        conflicts = conflict_count()
        self.conflicts_action.setEnabled(conflicts > 0)
        if account is None:
            self._show(self.tr("Sync: not set up"))
            return
        if self.last_error:
            return
        if account.last_synced_at is None:
            text = self.tr("Sync: never synced with %1").replace("%1", account.url)
        else:
            text = self.tr("Synced at %1").replace("%1", account.last_synced_at.strftime("%H:%M"))
            if self.last_report is not None:
                report = self.last_report
                text += self.tr(" — people: %1; meetings: %2").replace("%1", report.people.describe()) \
                    .replace("%2", report.meetings.describe())
        if conflicts:
            text += " — " + self.tr('<a href="conflicts">%n conflict(s) to resolve</a>', "", conflicts)
        self._show(text)
        self.status.setToolTip(account.url)

    # --- dialogs ---------------------------------------------------------------------------

    def show_conflicts(self):
        from mentordesk.ui.sync_conflicts import ConflictDialog

        if conflict_count() == 0:
            QMessageBox.information(self.window, self.tr("Sync conflicts"), self.tr("There are no sync conflicts."))
            return None
        dialog = ConflictDialog(self.window)
        dialog.resolved_all.connect(lambda: self.sync_now(user_asked=False))
        dialog.finished.connect(lambda _result: self.refresh_status())
        self.conflict_dialog = dialog
        dialog.open()
        return dialog

    def _open_preferences(self) -> None:
        action = self.window.actions.get("preferences")
        if action is not None:
            action.trigger()


def install_sync(window) -> SyncController:
    """Give the window its sync controller and Preferences its Sync page."""
    from mentordesk.ui.preferences import register_page
    from mentordesk.ui.sync_account import SyncAccountPage

    register_page(window.tr("Sync"), SyncAccountPage)
    window.sync = SyncController(window)
    window.sync.start_automatic()
    return window.sync
