"""Preferences › Sync: server URL, user name and password (kept in the system keyring, never in settings)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QMessageBox, QSpinBox, QWidget

from mentordesk.sync.account import choose_account, current_account, load_password, save_password, split_credentials
from mentordesk.sync.dav import SyncError
from mentordesk.ui.sync import settings as sync_settings  # declares the sync settings; says when the account changed


class SyncAccountPage(QWidget):
    """Collects the account; `apply()` (on OK) stores it: URL and user in the database, password in the keyring."""

    def __init__(self, settings, parent=None):
        super().__init__(parent)
        self.settings = settings
        account = current_account()
        self.url = QLineEdit(account.url if account else "", self)
        self.url.setPlaceholderText("https://dav.example.com/")
        self.url.setAccessibleName(self.tr("Server URL"))
        self.username = QLineEdit(account.username if account else "", self)
        self.username.setAccessibleName(self.tr("User name"))
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        has_password = bool(account and load_password(account.url, account.username, environment=False))
        self.password.setPlaceholderText(self.tr("stored in the system keyring") if has_password
                                         else self.tr("password or app password"))
        self.automatic = QCheckBox(self.tr("Sync automatically"), self)
        self.automatic.setChecked(settings.get("sync_auto"))
        self.interval = QSpinBox(self)
        self.interval.setRange(1, 24 * 60)
        self.interval.setSuffix(self.tr(" min"))
        self.interval.setValue(settings.get("sync_interval_minutes"))
        self.interval.setAccessibleName(self.tr("Minutes between automatic syncs"))
        help_text = QLabel(self.tr(
            "People sync with an address book and meetings with a calendar of their own on any CardDAV/CalDAV "
            "server (Nextcloud, Radicale, Fastmail, iCloud…). Enter the server's address, your principal URL "
            "or the address book's URL; missing collections are created. The password is kept in your "
            "system's keyring."), self)
        help_text.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(help_text)
        form.addRow(self.tr("Server &URL:"), self.url)
        form.addRow(self.tr("&User name:"), self.username)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.automatic)
        form.addRow(self.tr("Sync &every:"), self.interval)

    def apply(self) -> bool:
        """Store what was entered; False (after saying why) when it could not be stored."""
        self.settings.set("sync_auto", self.automatic.isChecked())
        self.settings.set("sync_interval_minutes", self.interval.value())
        url, in_user, in_password = split_credentials(self.url.text())  # user:pass@ never reaches the database
        username = self.username.text().strip() or in_user or ""
        password = self.password.text() or in_password or ""
        self.url.setText(url)
        if not url and not username:
            return True  # sync stays off
        try:
            choose_account(url, username)
            if password:
                save_password(url, username, password)
        except SyncError as exc:
            QMessageBox.warning(self, self.tr("Sync settings"), str(exc))
            return False
        sync_settings.sync_news().account_changed.emit()
        return True
