"""File ▸ New Database…, Open Database… and Open Recent: the window moves to another database file safely.

A switch claims the new file's single-instance lock first (another MentorDesk keeps it: the window stays),
asks about unsaved edits as closing does, takes the on-close backup, closes the old file, opens the new
one with start-up's checks (passphrase, damaged or emptied file) and only then lets the old lock go; when
the new file does not open, the old one is opened again. The recent list (newest first) lives in the
settings, and a plain `mentordesk` start opens its first entry (`--db` and $MENTORDESK_DB still win).
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QMessageBox

from mentordesk import APP_NAME, db
from mentordesk.models import database
from mentordesk.ui import shortcuts
from mentordesk.ui.icons import action_icon
from mentordesk.ui.settings import Settings

MAX_RECENT = 8
FILTER = "MentorDesk databases (*.db *.sqlite *.mentordesk);;All files (*)"


def recent_paths(settings: Settings) -> list[Path]:
    """The remembered database files, newest first."""
    return [Path(line) for line in settings.get("recent_databases").splitlines() if line.strip()]


def remember(settings: Settings, path: Path) -> None:
    """Put `path` first in the recent list (the file the next plain start opens)."""
    path = Path(path).absolute()
    paths = [path] + [p for p in recent_paths(settings) if p != path]
    settings.set("recent_databases", "\n".join(str(p) for p in paths[:MAX_RECENT]))
    settings.sync()


def remembered_database(settings: Settings) -> Path | None:
    """The database a plain start opens: the last one used while it exists (None: the default file)."""
    if os.environ.get("MENTORDESK_DB"):
        return None
    recent = recent_paths(settings)
    return recent[0] if recent and recent[0].is_file() else None


def user_data_folder() -> Path:
    """Where New Database proposes to put a file: the folder of the default database."""
    return db.default_path().parent


class DatabaseSwitcher(QObject):
    """The window's New, Open and Open Recent database actions, and the switch they share."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.settings = window.settings
        self.new_action = self._action("new_database", self.tr("New &Database…"), self.new_database,
                                       self.tr("Start a new, empty database file"))
        self.open_action = self._action("open_database", self.tr("&Open Database…"), self.open_database,
                                        self.tr("Open another database file"))
        self.recent_menu = QMenu(self.tr("Open Recen&t"), window)
        self.recent_menu.setObjectName("menu_recent")
        self.recent_menu.aboutToShow.connect(self.fill_recent_menu)
        menu = window.menus.get("file")
        if menu is not None:
            first = menu.actions()[0] if menu.actions() else None
            for action in (self.new_action, self.open_action, self.recent_menu.menuAction()):
                menu.insertAction(first, action)
            menu.insertSeparator(first)
        self.fill_recent_menu()
        if window.context.db_path is not None:
            remember(self.settings, window.context.db_path)
        self.show_file_name()

    def _action(self, name: str, text: str, slot, tip: str) -> QAction:
        action = shortcuts.apply(QAction(action_icon(name), text, self.window), name)
        action.setObjectName(name)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.window.actions[name] = action
        self.window.addAction(action)
        return action

    # --- the menu ---------------------------------------------------------------------------
    def fill_recent_menu(self) -> None:
        """The recent files other than the open one; a missing file is shown, disabled."""
        self.recent_menu.clear()
        current = self.window.context.db_path
        paths = [p for p in recent_paths(self.settings) if current is None or p != current.absolute()]
        for path in paths:
            exists = path.is_file()
            label = path.name if exists else self.tr("%1 (missing)").replace("%1", path.name)
            action = self.recent_menu.addAction(label.replace("&", "&&"))
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.setEnabled(exists)
            action.triggered.connect(partial(self.open_path, path))
        if paths:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(self.tr("&Clear List"), self.clear_recent)
        self.recent_menu.menuAction().setEnabled(bool(paths))

    def clear_recent(self) -> None:
        current = self.window.context.db_path
        self.settings.set("recent_databases", str(current.absolute()) if current else "")
        self.fill_recent_menu()

    def show_file_name(self) -> None:
        """The window title names the open file."""
        path = self.window.context.db_path
        name = f"{path.name} — {APP_NAME}" if path is not None else APP_NAME
        self.window.setWindowTitle(f"{name}[*]")

    # --- the actions ------------------------------------------------------------------------
    def new_database(self) -> bool:
        """Ask where to put a new file, create it and show it on the welcome page."""
        start = user_data_folder() / "mentordesk.db"
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("New Database"), str(start), self.tr(FILTER))
        if not path:
            return False
        path = Path(path)
        kind = db.file_kind(path) if path != self.window.context.db_path else "mentordesk"
        if kind != "new" and kind != "mentordesk":
            QMessageBox.warning(self.window, self.tr("Not a MentorDesk Database"),
                                self.tr("%1 already exists and is not a MentorDesk database. It was left as it is; "
                                        "choose another name.").replace("%1", str(path)))
            return False
        return self.open_path(path)

    def open_database(self) -> bool:
        """Ask for a database file and switch to it."""
        current = self.window.context.db_path
        folder = str(current.parent) if current is not None else str(user_data_folder())
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open Database"), folder, self.tr(FILTER))
        return self.open_path(Path(path)) if path else False

    def open_path(self, path: Path, *_args) -> bool:
        """Switch the window to the database at `path`; False (after saying why) when it stays where it was."""
        from mentordesk.ui.single_instance import SingleInstance

        path = Path(path).absolute()
        current = self.window.context.db_path
        if current is not None and path.resolve() == current.resolve():
            self.window.statusBar().showMessage(self.tr("%1 is already open.").replace("%1", path.name), 5000)
            return True
        if db.file_kind(path) == "other":
            return self._say(self.tr("Not a MentorDesk Database"),
                             self.tr("%1 belongs to another program; MentorDesk did not open it.").replace("%1", str(path)))
        try:
            db.prepare_folder(path)
        except db.DatabaseOpenError as exc:
            return self._say(self.tr("Cannot Open Database"), str(exc))
        guard = SingleInstance(path, QApplication.instance())
        if not guard.claim(listen=False):
            return self._say(self.tr("Already Open"),
                             self.tr("%1 is already open in another MentorDesk (process %2). Close it there first; "
                                     "this window stays on %3.").replace("%1", str(path))
                             .replace("%2", str(guard.owner)).replace("%3", current.name if current else ""))
        if not self.window.maybe_save_all():
            guard.release()
            return False
        opened = self._switch(path, guard, current)
        self.refresh(new=opened and not _has_records())
        return opened

    def _say(self, title: str, text: str) -> bool:
        QMessageBox.warning(self.window, title, text)
        return False

    def _switch(self, path: Path, guard, old_path: Path | None) -> bool:
        """Close the open file and open `path` (its lock held by `guard`); reopen the old one if that fails."""
        from mentordesk.safety.crypto import passphrase_of
        from mentordesk.ui.safety import opening

        context = self.window.context
        with self._quiet():
            if context.safety is not None:
                context.safety.auto.maybe_backup("on-close")  # what closing the window would back up
            old_passphrase = passphrase_of(database.obj) if database.obj is not None else None
            db.close_database()
            if opening.open_claimed(path, guard, self.window, defer_full_check=True):
                self._hand_over(guard)
                remember(self.settings, path)
                return True
            guard.release()
            if old_path is not None:
                db.open_database(old_path, passphrase=old_passphrase)
                QMessageBox.information(self.window, self.tr("Database Not Opened"),
                                        self.tr("%1 was not opened; MentorDesk is still on %2.")
                                        .replace("%1", str(path)).replace("%2", str(old_path)))
            return False

    def _hand_over(self, guard) -> None:
        """The new file's lock becomes this window's; the old file's is let go."""
        from mentordesk.ui.safety import opening
        from mentordesk.ui.single_instance import bring_forward

        context = self.window.context
        old = context.instance
        if old is not None:
            old.release()
        context.instance = guard
        opening.adopt(guard)
        QApplication.instance().aboutToQuit.connect(guard.release)
        guard.activated.connect(lambda: bring_forward(self.window))
        guard.listen()

    @contextmanager
    def _quiet(self):
        """While files change hands: no sync, reminder check, automatic backup or integrity check runs."""
        context = self.window.context
        sync, reminders, safety = context.sync, context.reminders, context.safety
        scheduled = sync is not None and sync.timer.isActive()
        if sync is not None:
            sync.stop()
        if reminders is not None:
            reminders.pause()
        if safety is not None:
            safety.auto.timer.stop()
        if context.integrity_check is not None:
            context.integrity_check.cancel()
        try:
            yield
        finally:
            if safety is not None:
                safety.auto.dirty = False  # the new file starts with nothing to back up
                safety.auto.timer.start()
            if reminders is not None:
                reminders.start()
            if scheduled:
                sync.start_automatic()

    def refresh(self, new: bool = False) -> None:
        """Every area, the search, the undo history and the title show the file now open."""
        from mentordesk.services import core, kinds
        from mentordesk.ui.safety.actions import ALL_KINDS
        from mentordesk.ui.safety.opening import full_check_pending

        window = self.window
        window.edits.stack.clear()  # undo entries point at records of the other file
        window.search_box.clear()
        for area in window.record_areas.values():
            area.show_record(None)
        for kind in dict.fromkeys([*ALL_KINDS, *(k.key for k in kinds.all_kinds())]):
            core.changed(kind)
        window.show_area("today" if new else window.current_area() or "today")
        window.setWindowModified(False)
        self.show_file_name()
        self.fill_recent_menu()
        if full_check_pending():
            from mentordesk.ui.safety.check import start_background_check

            start_background_check(window)
        path = window.context.db_path
        if path is not None:
            window.statusBar().showMessage(self.tr("Opened %1").replace("%1", str(path)), 8000)


def _has_records() -> bool:
    from mentordesk.services.health import any_records

    return any_records()


def install_databases(window) -> DatabaseSwitcher:
    """Add New Database, Open Database and Open Recent to the window's File menu (once)."""
    context = window.context
    if context.databases is None:
        context.databases = DatabaseSwitcher(window)
    return context.databases
