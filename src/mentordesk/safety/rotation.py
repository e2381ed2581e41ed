"""Which backups to keep: the newest few, plus one per recent day, week and month (bounded in number).

Only backups that open and pass SQLite's quick check fill those slots: a damaged or unreadable file
never pushes a good one out, and rotation leaves it alone (except an empty file, which holds nothing).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from mentordesk.safety.catalog import Backup, list_backups, remove_backup

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


def is_good(backup: Backup, passphrase: str | None = None) -> bool:
    """True when the backup opens (with `passphrase` if encrypted) and passes the quick check."""
    from mentordesk.safety.integrity import check_file
    from mentordesk.safety.verified import known_good, remember

    if known_good(backup.path):
        return True
    if check_file(backup.path, passphrase):
        return False
    remember([backup.path])
    return True


def rotate(db_path: Path | str, passphrase: str | None = None, good=None) -> list[Path]:
    """Delete the good backups of `db_path` that rotation does not keep; returns the deleted paths.

    `good(backup)` says whether a backup is usable (default: is_good with `passphrase`); it is asked
    only about backups that would be kept, newest first, until every kept slot holds a good one."""
    good = good or (lambda backup: is_good(backup, passphrase))
    backups = list_backups(db_path)
    verdict: dict[Path, bool] = {}
    while True:
        candidates = [b for b in backups if verdict.get(b.path, True)]
        keep = to_keep(candidates)
        unchecked = [b for b in candidates if b.path in keep and b.path not in verdict]
        if not unchecked:
            break
        for backup in unchecked:
            verdict[backup.path] = bool(good(backup))
    doomed = [b for b in candidates if b.path not in keep]
    doomed += [b for b in backups if verdict.get(b.path) is False and _empty(b.path)]
    for backup in doomed:
        remove_backup(backup)
    return [b.path for b in doomed]


def _empty(path: Path) -> bool:
    try:
        return path.stat().st_size == 0
    except OSError:
        return False
