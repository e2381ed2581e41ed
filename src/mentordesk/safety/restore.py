"""Putting a backup back in place of the database, after saving the current state first."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

from mentordesk.safety.backup import BackupError, backups_dir, copy_database, _new_backup_path
from mentordesk.safety.crypto import is_encrypted, raw_connect
from mentordesk.safety.files import create_private, fsync_dir, fsync_file, private_dir, sidecars
from mentordesk.safety.integrity import check_file


def save_current_state(db_path: Path, passphrase: str | None) -> Path:
    """Back up the (closed) database at `db_path`; a damaged file is moved aside instead, never deleted."""
    if db_path.exists() and db_path.stat().st_size and not check_file(db_path, passphrase):
        key = passphrase if is_encrypted(db_path) else None
        source = raw_connect(db_path, key)
        try:
            target = _new_backup_path(private_dir(backups_dir(db_path)), "before-restore")
            copy_database(source, target, key)
        finally:
            source.close()
        return target
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = db_path.with_name(f"{db_path.name}.damaged-{stamp}")
    if db_path.exists():
        os.replace(db_path, aside)
    for sidecar in sidecars(db_path):
        if sidecar.exists():
            os.replace(sidecar, aside.with_name(aside.name + sidecar.name[len(db_path.name):]))
    return aside


def restore_backup(backup_path: Path | str, db_path: Path | str, passphrase: str | None = None) -> Path:
    """Replace the closed database at `db_path` with a copy of `backup_path`; returns where the old state went.

    The backup itself is left untouched. The caller closes the database first and reopens it after.
    """
    backup_path, db_path = Path(backup_path), Path(db_path)
    problems = check_file(backup_path, passphrase)
    if problems:
        raise BackupError(f"the backup {backup_path.name} cannot be used: {problems[0]}")
    saved = save_current_state(db_path, passphrase)
    incoming = db_path.with_name(db_path.name + ".restoring")
    incoming.unlink(missing_ok=True)
    create_private(incoming)
    shutil.copyfile(backup_path, incoming)
    fsync_file(incoming)
    for sidecar in sidecars(db_path):
        sidecar.unlink(missing_ok=True)
    os.replace(incoming, db_path)
    fsync_dir(db_path.parent)
    return saved
