"""Date columns that read a malformed stored value as marked raw text instead of failing later."""

from __future__ import annotations

import datetime as dt
import re

from peewee import DateField, DateTimeField


class InvalidValue(str):
    """Stored text that is not a valid date (or date and time), kept as it is and marked invalid.

    It answers isoformat() and date() with itself, so code that formats dates passes the raw text
    on (to forms, exports and the command line) instead of raising, and compares as neither before
    nor after a real date; `is_invalid` finds it.
    """

    def isoformat(self, *args, **kwargs) -> str:
        return str(self)

    def _compare(self, other, op: str):
        if isinstance(other, dt.date):
            return False  # an unreadable date is neither before nor after a real one
        return getattr(str, op)(self, other)

    def __lt__(self, other):
        return self._compare(other, "__lt__")

    def __le__(self, other):
        return self._compare(other, "__le__")

    def __gt__(self, other):
        return self._compare(other, "__gt__")

    def __ge__(self, other):
        return self._compare(other, "__ge__")

    __hash__ = str.__hash__

    def date(self) -> "InvalidValue":
        return self


def is_invalid(value) -> bool:
    """True for a stored date value that did not parse."""
    return isinstance(value, InvalidValue)


def _tolerant(value, kind, null: bool):
    if value is None or isinstance(value, kind):
        return value
    if isinstance(value, str) and not value.strip() and null:
        return None
    return InvalidValue(value)


class SafeDateField(DateField):
    """A DateField whose unreadable values come back as InvalidValue (never a crash downstream)."""

    def python_value(self, value):
        return _tolerant(super().python_value(value), dt.date, self.null)


class SafeDateTimeField(DateTimeField):
    """A DateTimeField whose unreadable values come back as InvalidValue."""

    def python_value(self, value):
        return _tolerant(super().python_value(value), dt.datetime, self.null)


_IN = re.compile(r"^CHECK \((\w+) IN \((.*)\)\)$")


def field_choices(field) -> tuple[str, ...] | None:
    """The vocabulary a column's CHECK (... IN (...)) constraint allows, or None when it has none."""
    for constraint in getattr(field, "constraints", None) or ():
        match = _IN.match(getattr(constraint, "sql", "") or "")
        if match:
            return tuple(re.findall(r"'([^']*)'", match.group(2)))
    return None
