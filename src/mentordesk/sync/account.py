"""The sync account: server and user name in the database, the password only in the OS keyring."""

from __future__ import annotations

import os

from mentordesk.models import now
from mentordesk.sync.dav import SyncError
from mentordesk.sync.state import SyncAccount

KEYRING_SERVICE = "MentorDesk sync"
PASSWORD_ENV = "MENTORDESK_SYNC_PASSWORD"


def keyring_user(url: str, username: str) -> str:
    """The keyring entry name: one password per user name and server URL."""
    return f"{username} @ {url}"


def save_password(url: str, username: str, password: str) -> None:
    """Store the password in the OS keyring; SyncError naming the problem when there is none usable."""
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, keyring_user(url, username), password)
    except (KeyringError, RuntimeError) as exc:
        raise SyncError(f"cannot store the password in the system keyring ({exc}); "
                        f"set {PASSWORD_ENV} instead") from None


def load_password(url: str, username: str, environment: bool = True) -> str | None:
    """$MENTORDESK_SYNC_PASSWORD (unless `environment` is False), else the keyring's entry, else None."""
    if environment and os.environ.get(PASSWORD_ENV):
        return os.environ[PASSWORD_ENV]
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(KEYRING_SERVICE, keyring_user(url, username))
    except (KeyringError, RuntimeError):
        return None


def forget_password(url: str, username: str) -> None:
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        keyring.delete_password(KEYRING_SERVICE, keyring_user(url, username))
    except (PasswordDeleteError, KeyringError, RuntimeError):
        pass


def current_account() -> SyncAccount | None:
    """The account the app syncs with (set up or synced last), or None before set-up."""
    return (SyncAccount.select().where(SyncAccount.chosen_at.is_null(False))
            .order_by(SyncAccount.chosen_at.desc(), SyncAccount.id.desc()).first())


def account_for(url: str, username: str) -> SyncAccount:
    """The sync state of (url, username), new if never seen; a mistyped URL does not become the current one."""
    url, username = url.strip(), username.strip()
    if not url:
        raise SyncError("the server URL is empty")
    if not username:
        raise SyncError("the user name is empty")
    account, _ = SyncAccount.get_or_create(url=url, username=username)
    return account


def choose_account(url: str, username: str) -> SyncAccount:
    """Make (url, username) the account to sync; an earlier one keeps its state for switching back."""
    account = account_for(url, username)
    account.chosen_at = now()
    account.save()
    return account
