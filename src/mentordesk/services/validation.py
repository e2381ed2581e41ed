"""Turning user input into clean values, or a ValidationError that names the field."""

from __future__ import annotations

import datetime as dt
import re

from mentordesk.services.core import ValidationError

EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
SHOWN = 60  # characters of a bad value quoted back in a message


def shown(value) -> str:
    """A bad value as a message quotes it: repr, cut short (a file may hold huge or nested values)."""
    if isinstance(value, (dict, list, tuple, set)):
        return f"a {type(value).__name__}"
    text = repr(value) if not isinstance(value, int) or abs(value) < 10 ** 30 else "a huge number"
    return text if len(text) <= SHOWN else text[: SHOWN - 3] + "..."


def text(value, field: str, *, required: bool = False, max_len: int = 100_000) -> str:
    """A stripped string; required ones must not be blank."""
    if value is None:
        value = ""
    if isinstance(value, (dict, list, tuple, set)):
        raise ValidationError(field, f"must be text (got {shown(value)})")
    if not isinstance(value, str):
        try:
            value = str(value)
        except ValueError:  # an integer too long to write out
            raise ValidationError(field, f"is too long (at most {max_len} characters)") from None
    value = value.strip()
    if required and not value:
        raise ValidationError(field, "is required")
    if len(value) > max_len:
        raise ValidationError(field, f"is too long (at most {max_len} characters)")
    return value


def choice(value, field: str, choices) -> str:
    """One key of a fixed vocabulary."""
    if not isinstance(value, str) or value not in choices:
        allowed = ", ".join(choices)
        raise ValidationError(field, f"must be one of {allowed} (got {shown(value)})")
    return value


def date(value, field: str, *, required: bool = False) -> dt.date | None:
    """A date from a date, datetime or ISO string (YYYY-MM-DD)."""
    if value in (None, ""):
        if required:
            raise ValidationError(field, "is required")
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        try:
            return dt.date.fromisoformat(text) if len(text) <= 10 else dt.datetime.fromisoformat(text).date()
        except ValueError:
            pass
    raise ValidationError(field, f"must be a date like 2024-05-31 (got {shown(value)})")


def datetime(value, field: str, *, required: bool = False) -> dt.datetime | None:
    """A datetime from a datetime, date or ISO string."""
    if value in (None, ""):
        if required:
            raise ValidationError(field, "is required")
        return None
    if isinstance(value, dt.datetime):
        return value.replace(microsecond=0, tzinfo=None)
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time(12, 0))
    if isinstance(value, str):
        try:
            return dt.datetime.fromisoformat(value.strip()).replace(microsecond=0, tzinfo=None)
        except ValueError:
            pass
    raise ValidationError(field, f"must be a date and time like 2024-05-31 14:30 (got {shown(value)})")


def integer(value, field: str, *, low: int | None = None, high: int | None = None, required: bool = False):
    """An integer within bounds; None when blank and not required."""
    if value in (None, ""):
        if required:
            raise ValidationError(field, "is required")
        return None
    if isinstance(value, bool) or isinstance(value, float) and not value.is_integer():
        raise ValidationError(field, f"must be a whole number (got {shown(value)})")
    try:
        number = int(value)
    except (TypeError, ValueError, OverflowError):
        raise ValidationError(field, f"must be a whole number (got {shown(value)})") from None
    if (low is not None and number < low) or (high is not None and number > high):
        raise ValidationError(field, f"must be between {low} and {high} (got {shown(number)})")
    return number


def boolean(value) -> bool:
    """Truthiness with the usual spellings of yes and no."""
    if isinstance(value, str):
        return value.strip().lower() in {"1", "true", "yes", "y", "on"}
    return bool(value)


def email(value, field: str = "email") -> str:
    """An address that looks like one."""
    value = text(value, field, required=True)
    if not EMAIL_RE.match(value):
        raise ValidationError(field, f"{value!r} does not look like an email address")
    return value


# Invisible direction marks Android and others wrap numbers in (U+202A…U+202E, U+200E/F, U+2066…U+2069).
_DIRECTION_MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))


def phone(value, field: str = "phone") -> str:
    """A phone number as the person or their other app wrote it: never refused for its format
    ("+1 555 123 4567 ext. 12", "tel:+1-555-0100;ext=7", "*123#", "555 1234 (office)" all stay as they are);
    only invisible direction marks are dropped. It must hold a digit: "call me" is a note, not a number.
    Matching uses services.duplicates.phone_key."""
    value = text(str(value).translate(_DIRECTION_MARKS) if value is not None else value, field, required=True,
                 max_len=200)
    if not any(ch.isdigit() for ch in value):
        raise ValidationError(field, f"{value!r} has no digits: is it a phone number?")
    return value


def collect(data: dict, checks: dict) -> tuple[dict, dict]:
    """Run each field's check on the fields present in `data`: (clean values, errors by field)."""
    clean, errors = {}, {}
    for field, check in checks.items():
        if field in data:
            try:
                clean[field] = check(data[field])
            except ValidationError as exc:
                errors.update(exc.errors)
    return clean, errors
