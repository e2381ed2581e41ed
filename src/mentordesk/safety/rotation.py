"""Which backups to keep: the newest few, plus one per recent day, week and month (bounded in number)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from mentordesk.safety.backup import Backup, list_backups, remove_backup

KEEP_RECENT = 10
KEEP_DAILY = 7
KEEP_WEEKLY = 5
KEEP_MONTHLY = 12
MAX_BACKUPS = KEEP_RECENT + KEEP_DAILY + KEEP_WEEKLY + KEEP_MONTHLY


def to_keep(backups: list[Backup]) -> set[Path]:
    """The paths worth keeping among `backups`: recent copies and the newest of each day, week and month."""
    newest_first = sorted(backups, key=lambda b: b.created, reverse=True)
    keep = {b.path for b in newest_first[:KEEP_RECENT]}
    for period, limit in ((_day, KEEP_DAILY), (_week, KEEP_WEEKLY), (_month, KEEP_MONTHLY)):
        seen: list[tuple] = []
        for backup in newest_first:
            key = period(backup.created)
            if key not in seen:
                seen.append(key)
                if len(seen) > limit:
                    break
                keep.add(backup.path)
    return keep


def _day(when: dt.datetime) -> tuple:
    return (when.year, when.month, when.day)


def _week(when: dt.datetime) -> tuple:
    return tuple(when.isocalendar())[:2]


def _month(when: dt.datetime) -> tuple:
    return (when.year, when.month)


def rotate(db_path: Path | str) -> list[Path]:
    """Delete the backups of `db_path` that rotation does not keep; returns the deleted paths."""
    backups = list_backups(db_path)
    keep = to_keep(backups)
    removed = [b.path for b in backups if b.path not in keep]
    for backup in backups:
        if backup.path not in keep:
            remove_backup(backup)
    return removed
