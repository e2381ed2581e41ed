"""Backups of the open database with SQLite's online backup API, kept in `<db file>.backups/` beside it.

Every backup is a complete database file named `YYYYMMDD-HHMMSS-ffffff-<reason>.db`, mode 0600,
encrypted with the same passphrase as the database when the database is encrypted. It is written under
a temporary name (`<name>.<pid>.partial`, never parsed as a backup), checked, and only then renamed into
place, so a killed backup leaves no file that looks like one. Written once, never overwritten; rotation
only deletes old ones.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

from mentordesk.safety.catalog import (  # noqa: F401 - the backups' names and listing, read everywhere
    _STAMP,
    BACKUPS_SUFFIX,
    Backup,
    backups_dir,
    list_backups,
    parse_backup_name,
    remove_backup,
)
from mentordesk.safety.crypto import passphrase_of, raw_connect
from mentordesk.errors import ServiceError
from mentordesk.safety.files import create_private, fsync_dir, fsync_file, private_dir
from mentordesk.texts import T_

PARTIAL_SUFFIX = ".partial"


class BackupError(ServiceError):
    """A backup could not be written; the message is meant for the user."""


def bound_database():
    """The peewee database the models are bound to; BackupError when none is open."""
    from mentordesk.models import database

    db = database.obj
    if db is None:
        raise BackupError(T_("no database is open"))
    return db


def backup_now(reason: str = "manual") -> Path:
    """Back up the currently bound database now, rotate old backups and return the new file's path."""
    db = bound_database()
    target = backup_database(db, reason)
    from mentordesk.safety.rotation import rotate

    try:
        rotate(Path(db.database), passphrase_of(db))
    except OSError:  # an old backup that cannot be deleted stays; the new one is safe
        pass
    return target


def ensure_backups_dir(db_path: Path | str, folder: Path | None = None) -> Path:
    """The backups folder, created private if missing; BackupError (one sentence) when it cannot be used."""
    folder = Path(folder or backups_dir(db_path))
    try:
        private_dir(folder)
    except (FileExistsError, NotADirectoryError):
        raise BackupError(T_("cannot back up: {folder} is a file, not a folder; move it away", folder=folder)) from None
    except OSError as exc:
        raise BackupError(T_("cannot create the backups folder {folder}: {error}", folder=folder,
                             error=exc.strerror or exc)) from None
    if not folder.is_dir():
        raise BackupError(T_("cannot back up: {folder} is a file, not a folder; move it away", folder=folder))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise BackupError(T_("cannot write to the backups folder {folder}: permission denied", folder=folder))
    return folder


def backup_database(db, reason: str = "manual", folder: Path | None = None) -> Path:
    """Write a backup of peewee database `db` into its backups folder (or `folder`) and return its path."""
    folder = ensure_backups_dir(db.database, folder)
    target = _new_backup_path(folder, reason)
    copy_database(db.connection(), target, passphrase_of(db))
    return target


def partial_path(target: Path) -> Path:
    """Where a backup is written before it is checked: a name list_backups never takes for a backup."""
    return target.with_name(f"{target.name}.{os.getpid()}{PARTIAL_SUFFIX}")


def table_counts(conn) -> dict[str, int]:
    """Rows in every ordinary table of an open connection (what a copy must hold too)."""
    names = [row[0] for row in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")]
    return {name: conn.execute(f'SELECT COUNT(*) FROM "{name}"').fetchone()[0] for name in names}


def copy_database(source_conn, target: Path, passphrase: str | None) -> None:
    """Copy an open connection's database into the new file `target` (0600, never overwritten).

    The copy is written to a temporary name, must pass SQLite's quick check with the same row counts
    as the source, and is then renamed into place (file and folder fsynced)."""
    partial = partial_path(target)
    try:
        create_private(partial)
        own_snapshot = not source_conn.in_transaction
        if own_snapshot:
            source_conn.execute("BEGIN")  # the counts and the copy see one snapshot
        try:
            expected = table_counts(source_conn)
            dest = raw_connect(partial, passphrase)
            try:
                source_conn.backup(dest)
                dest.execute("PRAGMA journal_mode = DELETE")  # a backup is one self-contained file
                _verify_copy(dest, expected)
            finally:
                dest.close()
        finally:
            if own_snapshot:
                source_conn.execute("COMMIT")
        fsync_file(partial)
        _link_into_place(partial, target)
        fsync_dir(target.parent)
    except BackupError:
        partial.unlink(missing_ok=True)
        raise
    except Exception as exc:
        partial.unlink(missing_ok=True)
        raise BackupError(T_("cannot write backup {target}: {error}", target=target,
                             error=getattr(exc, "strerror", None) or exc)) from exc
    from mentordesk.safety.verified import remember

    remember([target])


def _verify_copy(dest, expected: dict[str, int]) -> None:
    rows = [row[0] for row in dest.execute("PRAGMA quick_check").fetchall()]
    if rows != ["ok"]:
        raise BackupError(T_("the new backup failed SQLite's check ({problem}); nothing was kept", problem=rows[0]))
    if table_counts(dest) != expected:
        raise BackupError(T_("the new backup does not hold the same rows as the database; nothing was kept"))


def _link_into_place(partial: Path, target: Path) -> None:
    """Give the checked copy its backup name without ever overwriting a file."""
    try:
        os.link(partial, target)
    except FileExistsError:
        raise BackupError(T_("cannot write backup {target}: a file of that name exists", target=target)) from None
    except OSError:  # a file system without hard links: the name was checked free just before
        if target.exists():
            raise BackupError(T_("cannot write backup {target}: a file of that name exists", target=target)) from None
        os.replace(partial, target)
        return
    partial.unlink()


def _new_backup_path(folder: Path, reason: str) -> Path:
    slug = re.sub(r"[^a-z0-9]+", "-", reason.lower()).strip("-") or "manual"
    when = dt.datetime.now()
    while True:
        path = folder / f"{when.strftime(_STAMP)}-{slug}.db"
        if not path.exists():
            return path
        when += dt.timedelta(microseconds=1)


def clean_leftovers(db_path: Path | str) -> list[Path]:
    """Finish or undo an interrupted passphrase change, then delete what killed runs left behind.

    Removes `<db>.restoring`, `<db>.converting` and, in the backups folder, `*.converting` and
    temporary backups whose writer is gone. Call before the database is opened; returns what was removed.
    Does nothing while another process holds the database (it may be writing those files)."""
    db_path = Path(db_path)
    if not db_path.parent.is_dir():
        return []
    from mentordesk.safety.lock import held_elsewhere, pid_alive

    try:
        if held_elsewhere(db_path):
            return []
    except OSError:
        return []
    from mentordesk.safety.journal import recover

    recover(db_path)
    found = [db_path.with_name(db_path.name + suffix) for suffix in (".restoring", ".converting")]
    folder = backups_dir(db_path)
    if folder.is_dir():
        for path in folder.iterdir():
            if path.name.endswith(".converting"):
                found.append(path)
            elif path.name.endswith(PARTIAL_SUFFIX):
                pid = path.name[: -len(PARTIAL_SUFFIX)].rpartition(".")[2]
                if not pid.isdigit() or int(pid) == os.getpid() or not pid_alive(int(pid)):
                    found.append(path)
    removed = []
    for path in found:
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        except OSError:
            continue
        removed.append(path)
    return removed
