"""Turning encryption on, off or to a new passphrase: the database file and all its backups are rewritten.

Each file is exported with `sqlcipher_export` into a new file beside it, checked, and only then renamed
over the old one, so an interruption leaves either the old file or the new one, never half of each.
"""

from __future__ import annotations

import os
from pathlib import Path

from mentordesk.safety.backup import BackupError, backups_dir, copy_database, _new_backup_path, list_backups
from mentordesk.safety.crypto import is_encrypted, quote, raw_connect
from mentordesk.safety.errors import WrongPassphrase
from mentordesk.safety.files import create_private, fsync_dir, fsync_file, private_dir, sidecars
from mentordesk.safety.integrity import inspect_file
from sqlcipher3 import dbapi2 as sqlcipher


def _export(source: Path, old: str | None, new: str | None, target: Path) -> None:
    """Write a copy of `source` (keyed `old`) into the new file `target` keyed `new` (None = plain)."""
    conn = sqlcipher.connect(str(source), isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        if old:
            conn.execute(f"PRAGMA key = {quote(old)}")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute(f"ATTACH DATABASE {quote(str(target))} AS converted KEY {quote(new or '')}")
        # A throwaway file until renamed: no journal, one transaction, fsynced by the caller.
        conn.execute("PRAGMA converted.journal_mode = OFF")
        conn.execute("PRAGMA converted.synchronous = OFF")
        conn.execute("BEGIN")
        conn.execute("SELECT sqlcipher_export('converted')")
        conn.execute("COMMIT")
        conn.execute("DETACH DATABASE converted")
    finally:
        conn.close()


def rewrite_file(path: Path, old: str | None, new: str | None) -> None:
    """Re-key one closed database file from `old` to `new` (None = plain), replacing it atomically."""
    problems, before = inspect_file(path, old)
    if problems:
        raise WrongPassphrase(f"wrong passphrase for {path}: nothing was changed")
    converted = path.with_name(path.name + ".converting")
    converted.unlink(missing_ok=True)
    create_private(converted)
    try:
        _export(path, old, new, converted)
        fsync_file(converted)
        problems, after = inspect_file(converted, new)
        if problems or after != before:
            raise BackupError(f"the converted copy of {path} did not match; nothing was changed")
    except BaseException:
        converted.unlink(missing_ok=True)
        raise
    for sidecar in sidecars(path):
        sidecar.unlink(missing_ok=True)
    os.replace(converted, path)
    fsync_dir(path.parent)


def change_encryption(db_path: Path | str, old: str | None, new: str | None, progress=None) -> list[str]:
    """Encrypt (old None), decrypt (new None) or re-key the closed database at `db_path` and its backups.

    A backup is made first. Returns warnings about backups that could not be converted (left as they were).
    `progress(done, total, name)` is called before each file is rewritten (the app shows it; 34 backups
    take ~30 s) and once more at the end.
    """
    report = progress or (lambda done, total, name: None)
    db_path = Path(db_path)
    old = old if is_encrypted(db_path) else None
    reason = "before-encrypt" if new and not old else "before-decrypt" if not new else "before-passphrase-change"
    source = raw_connect(db_path, old)
    try:
        try:
            source.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
        except Exception:  # noqa: BLE001 - the driver's "file is not a database"
            raise WrongPassphrase(f"wrong passphrase for {db_path}: nothing was changed") from None
        copy_database(source, _new_backup_path(private_dir(backups_dir(db_path)), reason), old)
    finally:
        source.close()
    backups = [(b, old if is_encrypted(b.path) else None) for b in list_backups(db_path)]
    backups = [(b, key) for b, key in backups if key != new]
    total = 1 + len(backups)
    report(0, total, db_path.name)
    rewrite_file(db_path, old, new)
    warnings = []
    for done, (backup, key) in enumerate(backups, start=1):
        report(done, total, backup.path.name)
        try:
            rewrite_file(backup.path, key, new)
        except Exception as exc:  # noqa: BLE001 - one odd backup must not stop the others
            warnings.append(f"backup {backup.path.name} was left as it was: {exc}")
    report(total, total, "")
    return warnings
