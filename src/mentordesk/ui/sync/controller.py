"""Sync in the app: the Sync Now action, a status line, background runs, retries and the conflicts dialog."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMessageBox, QProgressBar, QToolButton

from mentordesk.sync.account import current_account, load_password
from mentordesk.sync.state import SyncConflict, SyncRemoved
from mentordesk.ui import shortcuts
from mentordesk.ui.i18n import tr
from mentordesk.ui.plain import display_safe
from mentordesk.ui.sync import settings as sync_settings  # declares the sync settings; says when the account changed
from mentordesk.ui.sync.worker import SyncThread



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
        self.settings = window.context.settings
        self.thread: SyncThread | None = None
        self.last_report = None
        self.last_error = ""
        self._user_asked = False
        self.status = QLabel(self.tr("Sync: not set up"), window)
        self.status.setObjectName("sync_status")
        self.status.setAccessibleName(self.tr("Sync status"))
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.linkActivated.connect(self._link)
        sync_settings.sync_news().account_changed.connect(self._account_changed)
        self.pending_deletion = None  # guard.MassDeletion of the last sync, waiting for the user
        self._after_thread = None  # what to start once the running sync's thread is done
        self.progress = QProgressBar(window)
        self.progress.setObjectName("sync_progress")
        self.progress.setAccessibleName(self.tr("Sync progress"))
        self.progress.setMaximumWidth(140)
        self.progress.setVisible(False)
        self.cancel_button = QToolButton(window)  # a long first sync stops between records; the next goes on
        self.cancel_button.setObjectName("sync_cancel")
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel sync"))
        self.cancel_button.setToolTip(self.tr("Stop syncing; what moved so far is kept and the next sync goes on "
                                              "from there"))
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(lambda _checked=False: self.cancel())
        self._done_of = (0, 0)  # the last progress: records done and in all
        window.statusBar().addPermanentWidget(self.progress)
        window.statusBar().addPermanentWidget(self.cancel_button)
        window.statusBar().addPermanentWidget(self.status)
        self.timer = QTimer(self)  # the next automatic sync, or the retry after a failure
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(lambda: self.sync_now(user_asked=False))
        self.action = window.connect_action("sync_now", lambda: self.sync_now(user_asked=True))
        shortcuts.apply(self.action, "sync_now")
        self.action.setStatusTip(self.tr("Sync people and meetings with your CardDAV/CalDAV server now"))
        self.conflicts_action = QAction(self.tr("Resolve Sync &Conflicts…"), window)
        self.conflicts_action.setObjectName("sync_conflicts")
        self.conflicts_action.triggered.connect(self.show_conflicts)
        window.context.actions["sync_conflicts"] = self.conflicts_action
        self.removed_action = QAction(self.tr("Re&moved from the Server…"), window)
        self.removed_action.setObjectName("sync_removed")
        self.removed_action.setStatusTip(self.tr("People and meetings deleted on the server, kept here with their "
                                                 "history; upload them again"))
        self.removed_action.triggered.connect(self.show_removed)
        window.context.actions["sync_removed"] = self.removed_action
        menu = window.context.menus["file"]
        actions = menu.actions()
        after = actions.index(self.action) + 1 if self.action in actions else len(actions)
        for action in (self.conflicts_action, self.removed_action):
            if after < len(actions):
                menu.insertAction(actions[after], action)
            else:
                menu.addAction(action)
        window.about_to_close.connect(self.stop)
        self.refresh_status()

    # --- running -------------------------------------------------------------------------

    def running(self) -> bool:
        return self.thread is not None

    def sync_now(self, user_asked: bool = True, allow_deletions: bool = False) -> bool:
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
        self.thread = SyncThread(account.url, account.username, password, allow_deletions=allow_deletions)
        self.thread.progressed.connect(self._progressed)
        self.thread.succeeded.connect(self._succeeded)
        self.thread.failed.connect(self._failed)
        self.thread.blocked.connect(self._blocked)
        self.thread.cancelled.connect(self._cancelled)
        self.thread.finished.connect(self._thread_done)
        self.action.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self._done_of = (0, 0)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setVisible(True)
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

    def cancel(self) -> bool:
        """Stop the running sync after the records in flight (Cancel); False when none runs."""
        if self.thread is None:
            return False
        self.thread.cancel()
        self.cancel_button.setEnabled(False)
        self._show(self.tr("Cancelling sync…"))
        return True

    def _cancelled(self) -> None:
        done, total = self._done_of
        self.last_error = ""
        self._show(self.tr("Sync cancelled after %1 of %2; the next sync goes on from there.")
                   .replace("%1", str(done)).replace("%2", str(total)))
        self._schedule(self._interval_minutes())
        self.finished.emit(False)

    def _progressed(self, done: int, total: int, what: str) -> None:
        self._done_of = (done, total)
        self.progressed.emit(done, total, what)
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self._show(self.tr("Syncing: %1 of %2 (%3)").replace("%1", str(done)).replace("%2", str(total))
                   .replace("%3", what))

    def _succeeded(self, report) -> None:
        self.last_report, self.last_error, self.pending_deletion = report, "", None
        self.refresh_status()
        self._schedule(self._interval_minutes())
        self.finished.emit(True)
        if report.open_conflicts and self._user_asked:
            self.show_conflicts()

    def _failed(self, message: str) -> None:
        self._fail(message, retry=True)
        self.finished.emit(False)

    def _blocked(self, stop) -> None:
        """The server deleted many records: nothing changed; say so in one line and ask (now, if asked for)."""
        self.pending_deletion = stop
        self.last_error = str(stop)
        self._show(html.escape(self.tr("Sync stopped: %1.").replace("%1", stop.headline), quote=False)
                   + ' <a href="deletions">' + self.tr("Review…") + "</a>")
        self.status.setToolTip(str(stop))
        self._schedule(self._interval_minutes())
        self.finished.emit(False)
        if self._user_asked:
            self.ask_deletions()

    def _thread_done(self) -> None:
        thread, self.thread = self.thread, None
        if thread is not None:
            thread.deleteLater()
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self.action.setEnabled(True)
        follow, self._after_thread = self._after_thread, None
        if follow is not None:
            QTimer.singleShot(0, follow)

    def _fail(self, message: str, retry: bool) -> None:
        self.last_error = message
        text = html.escape(self.tr("Sync failed: %1").replace("%1", message), quote=False)
        if retry:
            when = (dt.datetime.now() + dt.timedelta(minutes=RETRY_MINUTES)).strftime("%H:%M")
            text += " " + self.tr("Retrying at %1.").replace("%1", when)
            self._schedule(RETRY_MINUTES)
        self._show(text)
        self.status.setToolTip(message)

    def _schedule(self, minutes: float) -> None:
        if self.settings.get("sync_auto"):
            self.timer.start(int(minutes * 60_000))

    def _interval_minutes(self) -> int:
        return max(1, self.settings.get("sync_interval_minutes"))

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
        kept = SyncRemoved.select().count()
        self.conflicts_action.setEnabled(conflicts > 0)
        self.removed_action.setEnabled(kept > 0)
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
                if report.unchanged:
                    text += self.tr(" — nothing changed")
                else:
                    text += self.tr(" — people: %1; meetings: %2").replace("%1", report.people.describe()) \
                        .replace("%2", report.meetings.describe())
        text = html.escape(text, quote=False) + self._skipped_text()
        if kept:
            text += " — " + self.tr('<a href="removed">%n removed from the server, kept here</a>', "", kept)
        if conflicts:
            text += " — " + self.tr('<a href="conflicts">%n conflict(s) to resolve</a>', "", conflicts)
        self._show(text)
        skipped = self.last_report.skipped if self.last_report is not None else []
        self.status.setToolTip("\n".join([account.url] + [self.tr("Skipped %1").replace("%1", s.describe())
                                                           for s in skipped]))

    def _skipped_text(self) -> str:
        """The first record the last sync could not take, named, in one line (the tooltip lists all)."""
        skipped = self.last_report.skipped if self.last_report is not None else []
        if not skipped:
            return ""
        text = self.tr(" — skipped %1").replace("%1", skipped[0].describe())
        if len(skipped) > 1:
            text += self.tr(" and %1 more").replace("%1", str(len(skipped) - 1))
        return html.escape(display_safe(text), quote=False)

    def _link(self, link: str) -> None:
        {"deletions": self.ask_deletions, "removed": self.show_removed}.get(link, self.show_conflicts)()

    # --- dialogs ---------------------------------------------------------------------------

    def show_conflicts(self):
        from mentordesk.ui.sync.conflicts import ConflictDialog

        if conflict_count() == 0:
            QMessageBox.information(self.window, self.tr("Sync conflicts"), self.tr("There are no sync conflicts."))
            return None
        dialog = ConflictDialog(self.window)
        dialog.resolved_all.connect(lambda: self.sync_now(user_asked=False))
        dialog.finished.connect(lambda _result: self.refresh_status())
        self.conflict_dialog = dialog
        dialog.open()
        return dialog

    def ask_deletions(self):
        """Show what the server deleted and let the user sync anyway (they stay here, marked) or not."""
        from mentordesk.sync.guard import count_text

        stop = self.pending_deletion
        if stop is None:
            return None
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Sync stopped"), "", QMessageBox.StandardButton.NoButton,
                          self.window)
        box.setTextFormat(Qt.TextFormat.PlainText)
        what = self.tr(" and ").join(count_text(kind, len(names)) for kind, names in stop.pending.items())
        box.setText(self.tr("%1 no longer has %2 that are in MentorDesk. Nothing was changed.")
                    .replace("%1", stop.server).replace("%2", what))
        box.setInformativeText(self.tr(
            "If they were deleted on purpose, sync anyway: they stay here with their meetings, advice and asks, "
            "marked as removed from the server. If not (a reset phone, a wrong account), check the account first."))
        box.setDetailedText("\n".join(name for names in stop.pending.values() for name in names))
        self.allow_button = box.addButton(self.tr("Sync Anyway, Keep Them Here"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Don't Sync"), QMessageBox.ButtonRole.RejectRole)
        self.allow_button.clicked.connect(lambda: self._answered(True))
        self.deletion_box = box
        box.open()
        return box

    def _answered(self, allow: bool) -> None:
        if not allow:
            return
        self.pending_deletion = None
        again = lambda: self.sync_now(user_asked=True, allow_deletions=True)  # noqa: E731
        if self.running():  # the stopped sync's thread is still winding down: go on when it is done
            self._after_thread = again
        else:
            again()

    def show_removed(self):
        from mentordesk.ui.sync.removed import RemovedDialog

        dialog = RemovedDialog(self.window)
        dialog.restored.connect(lambda: self.sync_now(user_asked=False))
        dialog.finished.connect(lambda _result: self.refresh_status())
        self.removed_dialog = dialog
        dialog.open()
        return dialog

    def _account_changed(self) -> None:
        """Preferences stored another account: the last error was about the old one."""
        self.last_error = ""
        self.refresh_status()

    def _open_preferences(self) -> None:
        self.window.context.actions["preferences"].trigger()


def install_sync(window) -> SyncController:
    """Give the window its sync controller and Preferences its Sync page (once)."""
    from mentordesk.ui.preferences import register_page
    from mentordesk.ui.sync.account import SyncAccountPage

    context = window.context
    if context.sync is None:
        register_page(tr("Sync"), SyncAccountPage)
        context.sync = SyncController(window)
        context.sync.start_automatic()
    return context.sync
