"""Desktop reminders through the system tray: overdue people and asks due today, at start and hourly."""

from __future__ import annotations

import weakref

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QMenu, QSystemTrayIcon, QWidget
from shiboken6 import isValid

from mentordesk.services import cadence
from mentordesk.services import today as today_svc
from mentordesk.ui.settings import SETTINGS, Setting, Settings
from mentordesk.ui.i18n import tr

# Declared here so the feature owns its setting; Settings.get/set find it by name.
SETTINGS.setdefault("reminders", Setting("reminders/enabled", bool, True))

CHECK_EVERY_MS = 60 * 60 * 1000
_live: "weakref.WeakSet[Reminders]" = weakref.WeakSet()
FIRST_CHECK_MS = 5 * 1000


def reminder_text() -> tuple[str, str] | None:
    """(title, body) of today's reminder, or None when nothing needs you."""
    first_due, counts = cadence.due_list(limit=3)  # one pass over everyone, not two
    asks = today_svc.asks_due_today()
    lines = []
    if counts["overdue"]:
        names = [c.name for c in first_due if c.status == "overdue"]
        who = ", ".join(names) + ("…" if counts["overdue"] > len(names) else "")
        lines.append(tr("%n person(s) overdue for a catch-up", "", counts["overdue"]) + f": {who}")
    if asks:
        first = asks[0]
        lines.append(tr("%n ask(s) due", "", len(asks)) + f": {first['name']} — {first['title']}")
    if not lines:
        return None
    return tr("MentorDesk: today"), "\n".join(lines)


class Reminders(QObject):
    """The tray icon and its notifications; switched off with the "reminders" setting."""

    notified = Signal(str, str)
    show_today = Signal()

    def __init__(self, settings: Settings | None = None, parent: QObject | None = None, icon=None):
        super().__init__(parent)
        self.settings = settings or Settings()
        self.last_message: tuple[str, str] | None = None
        self.tray = QSystemTrayIcon(self)
        if icon is not None:
            self.tray.setIcon(icon)
        self.tray.setToolTip("MentorDesk")
        self.menu = QMenu()
        self.menu.addAction(tr("Show Today"), self.show_today.emit)
        self.toggle = self.menu.addAction(tr("Remind me about overdue people and asks"))
        self.toggle.setCheckable(True)
        self.toggle.setChecked(self.enabled())
        self.toggle.toggled.connect(self.set_enabled)
        self.tray.setContextMenu(self.menu)
        self.tray.activated.connect(lambda _reason: self.show_today.emit())
        self.tray.messageClicked.connect(self.show_today.emit)
        self._timer = QTimer(self, interval=CHECK_EVERY_MS)
        self._timer.timeout.connect(self.check_now)
        self._first = QTimer(self, singleShot=True, interval=FIRST_CHECK_MS)
        self._first.timeout.connect(self.check_now)
        _live.add(self)

    def start(self) -> None:
        """Show the tray icon (where there is a tray), check soon and then every hour."""
        if self.enabled() and QSystemTrayIcon.isSystemTrayAvailable():
            self.tray.show()
        self._first.start()
        self._timer.start()

    def pause(self) -> None:
        """No checks until `start()`: the window closed, or the database file is being replaced."""
        self._first.stop()
        self._timer.stop()

    def enabled(self) -> bool:
        return bool(self.settings.get("reminders"))

    def set_enabled(self, on: bool) -> None:
        """Switch reminders on or off (and the tray icon with them)."""
        self.settings.set("reminders", bool(on))
        if self.toggle.isChecked() != bool(on):
            self.toggle.setChecked(bool(on))
        if on and QSystemTrayIcon.isSystemTrayAvailable():
            self.tray.show()
        elif not on:
            self.tray.hide()

    def check_now(self, force: bool = False) -> tuple[str, str] | None:
        """Notify when something is due and the message changed since the last one; returns what was sent."""
        if not self.enabled():
            return None
        message = reminder_text()
        if message is None or (message == self.last_message and not force):
            return None
        self.last_message = message
        if QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages():
            self.tray.show()
            self.tray.showMessage(message[0], message[1], QSystemTrayIcon.MessageIcon.Information, 15000)
        self.notified.emit(*message)
        return message


class RemindersPage(QWidget):
    """The Preferences tab that switches reminders on and off."""

    def __init__(self, settings: Settings, parent=None):
        super().__init__(parent)
        self.settings = settings
        self.enabled = QCheckBox(self.tr("Show a desktop notification for overdue people and asks due today"), self)
        self.enabled.setChecked(bool(settings.get("reminders")))
        form = QFormLayout(self)
        form.addRow(self.enabled)

    def apply(self) -> None:
        self.settings.set("reminders", self.enabled.isChecked())
        for reminders in list(_live):
            if isValid(reminders) and isValid(reminders.toggle):  # windows closed earlier leave husks
                reminders.set_enabled(self.enabled.isChecked())
