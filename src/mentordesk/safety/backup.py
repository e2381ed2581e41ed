"""Backups of the open database with SQLite's online backup API, kept in `<db file>.backups/` beside it.

Every backup is a complete database file named `YYYYMMDD-HHMMSS-ffffff-<reason>.db`, mode 0600,
encrypted with the same passphrase as the database when the database is encrypted. A backup is
written once and never overwritten; rotation only deletes old ones.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass
from pathlib import Path

from mentordesk.safety.crypto import passphrase_of, raw_connect
from mentordesk.services.core import ServiceError
from mentordesk.safety.files import create_private, fsync_file, private_dir

BACKUPS_SUFFIX = ".backups"
_NAME = re.compile(r"^(\d{8}-\d{6}-\d{6})-([a-z0-9-]+)\.db$")
_STAMP = "%Y%m%d-%H%M%S-%f"


class BackupError(ServiceError):
    """A backup could not be written; the message is meant for the user."""


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


def bound_database():
    """The peewee database the models are bound to; BackupError when none is open."""
    from mentordesk.models import database

    db = database.obj
    if db is None:
        raise BackupError("no database is open")
    return db


def backup_now(reason: str = "manual") -> Path:
    """Back up the currently bound database now, rotate old backups and return the new file's path."""
    db = bound_database()
    target = backup_database(db, reason)
    from mentordesk.safety.rotation import rotate

    rotate(Path(db.database))
    return target


def backup_database(db, reason: str = "manual", folder: Path | None = None) -> Path:
    """Write a backup of peewee database `db` into its backups folder (or `folder`) and return its path."""
    folder = private_dir(folder or backups_dir(db.database))
    target = _new_backup_path(folder, reason)
    copy_database(db.connection(), target, passphrase_of(db))
    return target


def copy_database(source_conn, target: Path, passphrase: str | None) -> None:
    """Copy an open connection's database into the new file `target` (created 0600, never overwritten)."""
    create_private(target)
    try:
        dest = raw_connect(target, passphrase)
        try:
            source_conn.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")  # a backup is one self-contained file
        finally:
            dest.close()
        fsync_file(target)
    except Exception as exc:
        target.unlink(missing_ok=True)
        raise BackupError(f"cannot write backup {target}: {exc}") from exc


def _new_backup_path(folder: Path, reason: str) -> Path:
    slug = re.sub(r"[^a-z0-9]+", "-", reason.lower()).strip("-") or "manual"
    when = dt.datetime.now()
    while True:
        path = folder / f"{when.strftime(_STAMP)}-{slug}.db"
        if not path.exists():
            return path
        when += dt.timedelta(microseconds=1)


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


def latest_backup_time(db_path: Path | str) -> dt.datetime | None:
    """When the newest backup was made, None when there is none."""
    backups = list_backups(db_path)
    return backups[0].created if backups else None


def remove_backup(backup: Backup) -> None:
    """Delete one backup file (used by rotation only)."""
    try:
        os.unlink(backup.path)
    except FileNotFoundError:
        pass
