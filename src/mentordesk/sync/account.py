"""The sync account: server and user name in the database, the password only in the OS keyring."""

from __future__ import annotations

import os
from urllib.parse import unquote, urlsplit, urlunsplit

from mentordesk.models import now
from mentordesk.sync.dav import SyncError, without_credentials
from mentordesk.sync.state import SyncAccount
from mentordesk.texts import T_

KEYRING_SERVICE = "MentorDesk sync"
PASSWORD_ENV = "MENTORDESK_SYNC_PASSWORD"


def split_credentials(url: str) -> tuple[str, str | None, str | None]:
    """(URL without `user:pass@`, user name in it or None, password in it or None)."""
    url = (url or "").strip()
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url, None, None
    user = unquote(parts.username) if parts.username else None
    password = unquote(parts.password) if parts.password is not None else None
    return urlunsplit(parts._replace(netloc=parts.netloc.rsplit("@", 1)[1])), user, password


def take_credentials(url: str, username: str | None) -> tuple[str, str, str | None, str]:
    """Move `user:pass@` out of a typed URL: (clean URL, user name, password or None, a warning or "").

    The password goes into the keyring; if it cannot, it is still returned for this one sync."""
    clean, user, password = split_credentials(url)
    username = (username or "").strip() or user or ""
    warning = ""
    if password and username:
        try:
            save_password(clean, username, password)
        except SyncError as exc:
            warning = T_("the password in the URL was used for this sync only: {error}", error=exc)
    return clean, username, password, warning


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
        raise SyncError(T_("cannot store the password in the system keyring ({error}); set {variable} instead",
                           error=exc, variable=PASSWORD_ENV)) from None


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


def current_account() -> SyncAccount | None:
    """The account the app syncs with (set up or synced last), or None before set-up."""
    account = (SyncAccount.select().where(SyncAccount.chosen_at.is_null(False))
               .order_by(SyncAccount.chosen_at.desc(), SyncAccount.id.desc()).first())
    if account is not None and "@" in urlsplit(account.url).netloc:
        account = _scrub(account)
    return account


def _scrub(account: SyncAccount) -> SyncAccount:
    """An account stored (by an older MentorDesk) with `user:pass@` in its URL: password to the keyring."""
    clean, _, password = split_credentials(account.url)
    if password:
        try:
            save_password(clean, account.username, password)
        except SyncError:
            pass  # the user will be asked for it; it must not stay in the database either way
    twin = SyncAccount.get_or_none((SyncAccount.url == clean) & (SyncAccount.username == account.username))
    if twin is not None:
        twin.chosen_at = account.chosen_at
        twin.save()
        account.delete_instance()
        return twin
    account.url = clean
    account.last_error = without_credentials(account.last_error)
    account.save()
    return account


def account_for(url: str, username: str) -> SyncAccount:
    """The sync state of (url, username), new if never seen; a mistyped URL does not become the current one."""
    url, user, _ = split_credentials(url)  # never stored: take_credentials moved the password to the keyring
    username = (username or "").strip() or user or ""
    if not url:
        raise SyncError(T_("the server URL is empty"))
    if not username:
        raise SyncError(T_("the user name is empty"))
    account, _ = SyncAccount.get_or_create(url=url, username=username)
    return account


def choose_account(url: str, username: str) -> SyncAccount:
    """Make (url, username) the account to sync; an earlier one keeps its state for switching back."""
    account = account_for(url, username)
    account.chosen_at = now()
    account.save()
    return account
