"""Putting a backup back in place of the database, after saving the current state first.

A passphrase that opens nothing of this database is refused before any file is touched. A plain backup
restored into an encrypted setup is encrypted with the current passphrase on the way in (callers ask
first: `needs_confirmation`).
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

from mentordesk.safety.backup import BackupError, copy_database, ensure_backups_dir, _new_backup_path
from mentordesk.safety.crypto import is_encrypted, raw_connect
from mentordesk.safety.errors import PassphraseRequired, WrongPassphrase
from mentordesk.safety.files import create_private, fsync_dir, fsync_file, sidecars
from mentordesk.safety.integrity import check_file, inspect_file, opens, passphrase_opens_setup
from mentordesk.texts import N_, T_


def needs_confirmation(backup_path: Path | str, db_path: Path | str) -> bool:
    """True when restoring would put a pre-encryption (plain) backup into an encrypted setup."""
    return is_encrypted(db_path) and not is_encrypted(backup_path)


def check_passphrase(db_path: Path, passphrase: str | None, backup_path: Path | None = None) -> None:
    """Raise PassphraseRequired or WrongPassphrase (nothing changed) unless `passphrase` fits this setup.

    An encrypted database it cannot open counts as damaged only when the passphrase opens one of its
    encrypted backups (or `backup_path`)."""
    extra = (backup_path,) if backup_path is not None else ()
    if is_encrypted(db_path):
        if not passphrase:
            raise PassphraseRequired(f"{db_path} is encrypted: a passphrase is needed "
                                     "(set MENTORDESK_PASSPHRASE or type it); nothing was changed")
        if not opens(db_path, passphrase) and not passphrase_opens_setup(db_path, passphrase, extra):
            raise WrongPassphrase(f"wrong passphrase for {db_path}: nothing was changed")
    if backup_path is not None and is_encrypted(backup_path) and not opens(backup_path, passphrase):
        if not passphrase:
            raise PassphraseRequired(f"{backup_path} is encrypted: a passphrase is needed; nothing was changed")
        if not passphrase_opens_setup(db_path, passphrase):
            raise WrongPassphrase(f"wrong passphrase for {backup_path}: nothing was changed")


def save_current_state(db_path: Path, passphrase: str | None) -> Path:
    """Back up the (closed) database at `db_path`; a damaged file is moved aside instead, never deleted."""
    if db_path.exists() and db_path.stat().st_size and not check_file(db_path, passphrase):
        key = passphrase if is_encrypted(db_path) else None
        source = raw_connect(db_path, key)
        try:
            target = _new_backup_path(ensure_backups_dir(db_path), "before-restore")
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
    Nobody else may have the file open meanwhile (BackupError naming them otherwise).
    """
    from mentordesk.storage import StorageBusy, exclusive_use

    try:
        with exclusive_use(db_path, N_("restore")):
            return _restore_alone(Path(backup_path), Path(db_path), passphrase)
    except StorageBusy as exc:
        raise BackupError(str(exc)) from None


def _restore_alone(backup_path: Path, db_path: Path, passphrase: str | None) -> Path:
    """restore_backup's work, done while this process holds the file alone."""
    check_passphrase(db_path, passphrase, backup_path)
    problems, counts = inspect_file(backup_path, passphrase)
    if problems:
        raise BackupError(T_("the backup {name} cannot be used: {problem}", name=backup_path.name, problem=problems[0]))
    encrypt = bool(passphrase) and needs_confirmation(backup_path, db_path)
    saved = save_current_state(db_path, passphrase)
    incoming = db_path.with_name(db_path.name + ".restoring")
    incoming.unlink(missing_ok=True)
    create_private(incoming)
    try:
        if encrypt:
            from mentordesk.safety.encryption import _export

            if _export(backup_path, None, passphrase, incoming) != counts \
                    or inspect_file(incoming, passphrase)[1] != counts:
                raise BackupError(T_("the encrypted copy of {name} did not match; nothing was restored",
                                     name=backup_path.name))
        else:
            shutil.copyfile(backup_path, incoming)
        fsync_file(incoming)
    except BaseException:
        incoming.unlink(missing_ok=True)
        raise
    for sidecar in sidecars(db_path):
        sidecar.unlink(missing_ok=True)
    os.replace(incoming, db_path)
    fsync_dir(db_path.parent)
    return saved
