"""The safety features in the main window: automatic backups, Back Up Now, Restore, passphrase, privacy mode."""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMessageBox

from mentordesk import db
from mentordesk.models import database
from mentordesk.safety.backup import BackupError, backup_now
from mentordesk.safety.crypto import is_encrypted, passphrase_of
from mentordesk.services import core
from mentordesk.ui.background import run_with_progress
from mentordesk.ui.hub import hub
from mentordesk.ui.privacy import privacy

AUTO_BACKUP_MS = 30 * 60 * 1000
# Every kind the services announce; a restore or re-key replaces everything, so all views refresh.
ALL_KINDS = ("person", "organization", "meeting", "advice", "ask", "opportunity")


def current_path() -> Path:
    return Path(database.obj.database)


class AutoBackup(QObject):
    """Backs up when data changed: every 30 minutes at most while the app runs, and on close."""

    def __init__(self, window, interval_ms: int = AUTO_BACKUP_MS):
        super().__init__(window)
        self.window = window
        self.dirty = False
        self.last_path: Path | None = None
        hub().changed.connect(self._changed)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(lambda: self.maybe_backup("auto"))
        self.timer.start()
        window.about_to_close.connect(lambda: self.maybe_backup("on-close"))

    def _changed(self, kind: str, ids) -> None:
        self.dirty = True

    def maybe_backup(self, reason: str) -> Path | None:
        """Back up if something changed since the last backup; the new path or None."""
        if not self.dirty or database.obj is None:
            return None
        try:
            self.last_path = backup_now(reason)
        except BackupError as exc:
            self.window.statusBar().showMessage(self.tr("Automatic backup failed: %1").replace("%1", str(exc)))
            return None
        self.dirty = False
        return self.last_path


class SafetyActions(QObject):
    """Wires the window's safety actions to backups, restore, passphrase and privacy mode."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.auto = AutoBackup(window)
        window.connect_action("back_up_now", self.back_up_now)
        window.connect_action("restore_backup", self.restore)
        privacy_action = window.connect_action("privacy_mode", lambda: None)
        privacy_action.toggled.connect(privacy().set_enabled)
        privacy().changed.connect(privacy_action.setChecked)
        privacy().changed.connect(self.apply_privacy)
        self.passphrase_action = QAction(self.tr("Encryption and &Passphrase…"), window)
        self.passphrase_action.setObjectName("passphrase")
        self.passphrase_action.triggered.connect(self.change_passphrase)
        window.actions["passphrase"] = self.passphrase_action
        file_menu = window.menus.get("file")
        if file_menu is not None:
            actions = file_menu.actions()
            restore = window.actions["restore_backup"]
            after = actions[actions.index(restore) + 1] if restore in actions[:-1] else None
            file_menu.insertAction(after, self.passphrase_action)

    def apply_privacy(self, private: bool) -> None:
        """Hide (or show again) sensitive people in the lists and notes in every form and overview."""
        from PySide6.QtWidgets import QWidget

        from mentordesk.ui.widgets.forms import RecordForm

        for key, area in self.window.record_areas.items():
            area.model.set_where(privacy().where(key))
            if area.current_id() is not None and area.current_id() not in area.model.ids() and not area.is_dirty():
                area.show_record(None)
        for field in self.window.findChildren(QWidget, "notes"):
            if not isinstance(field.parentWidget() and field.parentWidget().parentWidget(), RecordForm):
                field.setVisible(not private)  # forms follow privacy mode themselves (RecordForm.follow_privacy)
        from mentordesk.ui.areas.person_page import PersonPage

        for page in self.window.findChildren(PersonPage):
            page.refresh()

    def back_up_now(self) -> Path | None:
        try:
            path = backup_now("manual")
        except BackupError as exc:
            QMessageBox.warning(self.window, self.tr("Backup Failed"), str(exc))
            return None
        self.auto.dirty = False
        self.window.statusBar().showMessage(self.tr("Backed up to %1").replace("%1", str(path)), 8000)
        return path

    def restore(self) -> bool:
        """Let the user pick a backup and put it in place (after backing up the current state)."""
        from mentordesk.ui.safety.restore import RestoreDialog

        dialog = RestoreDialog(current_path(), passphrase_of(database.obj), self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.selected_backup() is None:
            return False
        return self.restore_backup(dialog.selected_backup().path)

    def restore_backup(self, backup_path: Path) -> bool:
        from mentordesk.safety.restore import restore_backup

        path, passphrase = current_path(), passphrase_of(database.obj)
        if passphrase is not None and not is_encrypted(backup_path):  # a plain backup into an encrypted setup
            answer = QMessageBox.question(
                self.window, self.tr("Restore an Unencrypted Backup?"),
                self.tr("This backup was made before your data was encrypted. Restore it anyway? "
                        "It will be encrypted with your current passphrase as it is put back."))
            if answer != QMessageBox.StandardButton.Yes:
                return False
        if not self._save_edits():
            return False
        with self._file_being_replaced():
            db.close_database()
            try:
                restore_backup(backup_path, path, passphrase)
            except (BackupError, db.DatabaseOpenError) as exc:
                QMessageBox.warning(self.window, self.tr("Restore Failed"), str(exc))
                return False
            finally:
                db.open_database(path, passphrase=passphrase)
                self._everything_changed()
        self.window.statusBar().showMessage(self.tr("Restored the backup from %1").replace("%1", backup_path.name), 8000)
        return True

    def change_passphrase(self) -> bool:
        """Set, change or remove the passphrase; the database and its backups are rewritten."""
        from mentordesk.safety.encryption import change_encryption
        from mentordesk.ui.safety.passphrase import SetPassphraseDialog

        old = passphrase_of(database.obj)
        dialog = SetPassphraseDialog(encrypted=old is not None, parent=self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        current, new = dialog.values()
        if current != old:
            QMessageBox.warning(self.window, self.tr("Wrong Passphrase"),
                                self.tr("The current passphrase is wrong; nothing was changed."))
            return False
        if not self._save_edits():
            return False
        path = current_path()
        with self._file_being_replaced():
            db.close_database()
            try:
                warnings = run_with_progress(
                    self.window, self.tr("Encryption"), self.tr("Rewriting your data and its backups…\n%1"),
                    lambda report: change_encryption(path, old, new, progress=report))
            except Exception as exc:  # noqa: BLE001 - anything: reopen as the files now are and say so
                self._reopen_after_failed_change(path, old, new)
                QMessageBox.warning(self.window, self.tr("Passphrase Not Changed"), str(exc))
                return False
            db.open_database(path, passphrase=new)
        self._everything_changed()
        message = (self.tr("Your data and its backups are now encrypted.") if new and not old else
                   self.tr("Encryption removed.") if not new else self.tr("Passphrase changed."))
        if warnings:
            message += "\n\n" + "\n".join(warnings)
        QMessageBox.information(self.window, self.tr("Encryption"), message)
        return True

    def _reopen_after_failed_change(self, path: Path, old: str | None, new: str | None) -> None:
        """A failed change was undone (or, past its commit point, finished): open with whichever key fits."""
        from mentordesk.safety.encryption import resume_pending

        resume_pending(path)
        try:
            db.open_database(path, passphrase=old)
        except db.DatabaseOpenError:
            db.open_database(path, passphrase=new)

    @contextmanager
    def _file_being_replaced(self):
        """While the database file is rewritten: no sync, automatic backup or reminder check may open it."""
        sync, reminders = self.window.context.sync, self.window.context.reminders
        scheduled = sync is not None and sync.timer.isActive()
        if sync is not None:
            sync.stop()  # a running sync stops between records; the next one is rescheduled below
        if reminders is not None:
            reminders.pause()
        self.auto.timer.stop()
        try:
            yield
        finally:
            self.auto.timer.start()
            if reminders is not None:
                reminders.start()
            if scheduled:
                sync.start_automatic()

    def _save_edits(self) -> bool:
        for area in self.window.record_areas.values():
            if area.is_dirty() and not area.maybe_save():
                return False
        return True

    def _everything_changed(self) -> None:
        self.window.context.edits.stack.clear()  # undo entries point at records of the file that was replaced
        for kind in ALL_KINDS:
            core.changed(kind)


def install_safety(window) -> SafetyActions:
    """Add the safety features to a main window (once; the app's error handler is ui.app's, not a window's)."""
    context = window.context
    if context.safety is None:
        context.safety = SafetyActions(window)
    return context.safety
