"""The backups folder of a database and what its file names say: listed by every part of the safety layer.

A backup is named `YYYYMMDD-HHMMSS-ffffff-<reason>.db` in `<db file name>.backups/` beside the database.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass
from pathlib import Path

BACKUPS_SUFFIX = ".backups"
_NAME = re.compile(r"^(\d{8}-\d{6}-\d{6})-([a-z0-9-]+)\.db$")
_STAMP = "%Y%m%d-%H%M%S-%f"


@dataclass(frozen=True)
class Backup:
    """One backup file and what its name says about it."""

    path: Path
    created: dt.datetime
    reason: str


def backups_dir(db_path: Path | str) -> Path:
    """The folder holding the backups of the database at `db_path`: `<db file name>.backups/` beside it."""
    db_path = Path(db_path).resolve()
    return db_path.with_name(db_path.name + BACKUPS_SUFFIX)


def parse_backup_name(path: Path) -> Backup | None:
    """The Backup described by a file name in a backups folder, None for other files."""
    match = _NAME.match(path.name)
    if not match:
        return None
    try:
        created = dt.datetime.strptime(match.group(1), _STAMP)
    except ValueError:
        return None
    return Backup(path=path, created=created, reason=match.group(2))


def list_backups(db_path: Path | str) -> list[Backup]:
    """The backups of the database at `db_path`, newest first."""
    folder = backups_dir(db_path)
    if not folder.is_dir():
        return []
    found = [b for b in (parse_backup_name(p) for p in folder.iterdir() if p.is_file()) if b]
    return sorted(found, key=lambda b: b.created, reverse=True)


def remove_backup(backup: Backup) -> None:
    """Delete one backup file (used by rotation only)."""
    try:
        os.unlink(backup.path)
    except FileNotFoundError:
        pass
