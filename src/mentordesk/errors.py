"""The errors every layer shares, at the bottom so any layer may raise or catch them.

Each message is meant for the user: the UI shows it in a dialog, the command line prints it on one line.
"""

from __future__ import annotations


class ServiceError(Exception):
    """A user-facing problem with a request; the message is meant for the user."""


class ValidationError(ServiceError):
    """One or more fields are invalid; `errors` maps field name to message."""

    def __init__(self, errors: dict[str, str] | str, message: str | None = None):
        if isinstance(errors, str):
            errors = {errors: message or "is invalid"}
        self.errors = dict(errors)
        super().__init__("; ".join(f"{field}: {msg}" for field, msg in self.errors.items()))

    @property
    def field(self) -> str:
        """The first field at fault."""
        return next(iter(self.errors))


class StorageError(ServiceError):
    """SQLite could not write (busy, disk full, read-only): nothing was changed; the message says why."""


class NotFound(ServiceError):
    """The record asked for does not exist (any more)."""


class DatabaseOpenError(Exception):
    """The database could not be opened; the message is meant for the user."""
