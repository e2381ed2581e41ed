"""Dates as the user's locale writes them: one short format everywhere on screen (ISO stays in files and the CLI).

The locale's short date with a four-digit year ("11/30/2026", "30/11/2026", "30.11.2026"), and its short time
where the time matters. Date editors display the same format (`date_format`, `datetime_format`).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime


def date_format(locale: QLocale | None = None) -> str:
    """The locale's short date pattern with the year written in full ("M/d/yy" becomes "M/d/yyyy")."""
    locale = locale or QLocale()
    if locale.language() == QLocale.Language.C:  # no locale set (LANG=C): Qt's "d MM yyyy" reads badly
        return "d MMM yyyy"
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return pattern


def time_format(locale: QLocale | None = None) -> str:
    """The locale's short time pattern, hours and minutes ("HH:mm", "h:mm AP")."""
    return (locale or QLocale()).timeFormat(QLocale.FormatType.ShortFormat)


def datetime_format(locale: QLocale | None = None) -> str:
    """A date and a time in the locale's short formats."""
    return f"{date_format(locale)} {time_format(locale)}"


def invalid_date(value) -> str:
    """A stored value that is not a date, shown as it is and marked."""
    return QCoreApplication.translate("lists", "%1 (invalid date)").replace("%1", str(value))


def to_qdate(value) -> QDate | None:
    """A QDate from a date, a datetime or ISO text (a time after the date is ignored); None when it is not one."""
    if isinstance(value, QDate):
        return value if value.isValid() else None
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return QDate(value.year, value.month, value.day)
    try:
        day = dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        return None
    return QDate(day.year, day.month, day.day)


def short_date(value, locale: QLocale | None = None) -> str:
    """A stored date (ISO text, date or QDate) in the locale's short format; '' for none, marked when malformed."""
    if value is None or value == "":
        return ""
    day = to_qdate(value)
    if day is None:
        return invalid_date(value)
    return (locale or QLocale()).toString(day, date_format(locale))


def short_datetime(value, locale: QLocale | None = None) -> str:
    """A stored date and time ('YYYY-MM-DD HH:MM', datetime) as the locale's short date and time."""
    if value is None or value == "":
        return ""
    if isinstance(value, dt.datetime):
        moment = value
    else:
        try:
            moment = dt.datetime.fromisoformat(str(value).strip())
        except ValueError:
            return invalid_date(value)
    locale = locale or QLocale()
    stamp = QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute))
    return locale.toString(stamp, datetime_format(locale))


def short_time(value, locale: QLocale | None = None) -> str:
    """The time of a stored date and time in the locale's short format ('' when it has none)."""
    try:
        moment = value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value).strip())
    except ValueError:
        return ""
    locale = locale or QLocale()
    return locale.toString(QTime(moment.hour, moment.minute), time_format(locale))
