"""Why a database would not open, told apart so the app can ask for a passphrase or offer a restore."""

from __future__ import annotations

from mentordesk.errors import DatabaseOpenError


class PassphraseRequired(DatabaseOpenError):
    """The file is encrypted and no passphrase was given."""


class WrongPassphrase(DatabaseOpenError):
    """The passphrase does not open the file; nothing was changed."""


class DatabaseDamaged(DatabaseOpenError):
    """SQLite's check found the file damaged; the app must not start on it silently."""

    def __init__(self, message: str, path=None, problems: list[str] | None = None):
        super().__init__(message)
        self.path = path
        self.problems = problems or []


class EmptyDatabase(DatabaseDamaged):
    """The file is empty (0 bytes) although backups show it once held data: never start it afresh silently."""
