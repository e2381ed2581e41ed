"""Turning encryption on, off or to a new passphrase: the database file and all its backups, all or nothing.

Every file is first exported with `sqlcipher_export` into a checked copy beside it; only when all copies
exist does a journal (safety.journal) mark the change committed and the copies replace the originals.
A killed run is undone (while copying) or finished (while renaming) by `resume_pending` on the next
command or start, so the database and its backups never end up on different passphrases.
"""

from __future__ import annotations

import os
from pathlib import Path

from mentordesk.safety import journal as journal_mod
from mentordesk.safety.backup import BackupError, copy_database, ensure_backups_dir, _new_backup_path, list_backups
from mentordesk.safety.crypto import is_encrypted, quote, raw_connect
from mentordesk.safety.errors import WrongPassphrase
from mentordesk.safety.files import create_private, fsync_file
from mentordesk.safety.integrity import inspect_file
from mentordesk.texts import N_, T_


def _export(source: Path, old: str | None, new: str | None, target: Path) -> dict[str, int]:
    """Write a copy of `source` (keyed `old`) into the new file `target` keyed `new` (None = plain).

    Returns the source's record counts, read after its quick check on the same connection (one key
    derivation fewer per file: each costs ~0.2 s)."""
    from sqlcipher3 import dbapi2 as sqlcipher

    from mentordesk.safety.integrity import COUNTED_TABLES

    conn = sqlcipher.connect(str(source), isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        if old:
            conn.execute(f"PRAGMA key = {quote(old)}")
        rows = [row[0] for row in conn.execute("PRAGMA quick_check").fetchall()]
        if rows != ["ok"]:
            raise BackupError(T_("{name} is damaged ({problem}); nothing was changed", name=source.name, problem=rows[0]))
        counts = {name: conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
                  for name, table in COUNTED_TABLES.items()}
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
    return counts


def stage_file(path: Path, old: str | None, new: str | None) -> Path:
    """Write the checked copy of `path` re-keyed from `old` to `new` (None = plain) beside it; returns it."""
    from mentordesk.safety.crypto import database_errors

    staged = journal_mod.staged_path(path)
    staged.unlink(missing_ok=True)
    create_private(staged)
    try:
        try:
            before = _export(path, old, new, staged)
        except database_errors() as exc:
            if "not a database" in str(exc):
                raise WrongPassphrase(f"wrong passphrase for {path}: nothing was changed") from None
            raise BackupError(T_("cannot convert {path}: {error}; nothing was changed", path=path, error=exc)) from None
        fsync_file(staged)
        problems, after = inspect_file(staged, new)
        if problems or after != before:
            raise BackupError(T_("the converted copy of {path} did not match; nothing was changed", path=path))
    except BaseException:
        staged.unlink(missing_ok=True)
        raise
    return staged


def rewrite_file(path: Path, old: str | None, new: str | None) -> None:
    """Re-key one closed database file from `old` to `new` (None = plain), replacing it atomically."""
    stage_file(path, old, new)
    only = journal_mod.Journal(target="encrypted" if new else "plain", files=[path.name])
    journal_mod.commit(path, only)


def _action(journal) -> str:
    if journal.target == "plain":
        return "decryption"
    return "change of passphrase" if journal.old_key else "encryption"


def resume_pending(db_path: Path | str, passphrase: str | None = None) -> str | None:
    """Finish (or undo) an encryption change a killed run left; a one-line note of what was done, or None.

    Needs no passphrase. When `passphrase` is given and it is the side the files no longer use, raises
    WrongPassphrase saying so (the old passphrase after a finished change, the new one after an undone one).
    Call before the database is opened (and before safety.backup.clean_leftovers)."""
    db_path = Path(db_path)
    journal = journal_mod.recover(db_path)
    if journal is None:
        return None
    action = _action(journal)
    if journal.outcome == "finished":
        note = f"finished the interrupted {action} of {db_path} and its backups"
        if journal.new_key and journal.matches(journal.old_key, passphrase) \
                and not journal.matches(journal.new_key, passphrase):
            raise WrongPassphrase(f"{note}: they now need the new passphrase, not the old one; nothing else was changed")
    else:
        note = f"undid the interrupted {action} of {db_path}: it and its backups are as they were before"
        if journal.old_key and journal.matches(journal.new_key, passphrase) \
                and not journal.matches(journal.old_key, passphrase):
            what = {"encryption": "encrypt", "decryption": "decrypt"}.get(action, "change-passphrase")
            raise WrongPassphrase(f"{note}, still on the old passphrase; run 'mentordesk {what}' again")
    return note


def change_encryption(db_path: Path | str, old: str | None, new: str | None, progress=None) -> list[str]:
    """Encrypt (old None), decrypt (new None) or re-key the closed database at `db_path` and its backups.

    A backup is made first. Returns warnings about backups that could not be converted (left as they were).
    `progress(done, total, name)` is called before each file is rewritten (the app shows it; 34 backups
    take ~30 s) and once more at the end. All or nothing: see the module docstring.
    """
    from mentordesk.storage import StorageBusy, exclusive_use

    try:
        with exclusive_use(db_path, N_("re-encrypt")):
            return _change_alone(db_path, old, new, progress)
    except StorageBusy as exc:
        raise BackupError(str(exc)) from None


def _change_alone(db_path: Path | str, old: str | None, new: str | None, progress=None) -> list[str]:
    """change_encryption's work, done while this process holds the database alone."""
    from mentordesk.safety.verified import forget, remember

    report = progress or (lambda done, total, name: None)
    db_path = Path(db_path)
    resume_pending(db_path)
    old = old if is_encrypted(db_path) else None
    if old != new:
        _pre_backup(db_path, old, new)
    elif not _opens(db_path, old):
        raise WrongPassphrase(f"wrong passphrase for {db_path}: nothing was changed")
    keys = {b.path: (old if is_encrypted(b.path) else None) for b in list_backups(db_path)}
    files = ([db_path] if old != new else []) + [path for path, key in keys.items() if key != new]
    keys[db_path] = old
    journal = journal_mod.Journal(target="encrypted" if new else "plain")
    journal.old_key, journal.new_key = journal.fingerprint(old), journal.fingerprint(new)
    journal.files = [os.path.relpath(path, db_path.parent) for path in files]
    journal_mod.write(db_path, journal)
    total, staged, warnings, failed = len(files), [], [], []
    try:
        for done, path in enumerate(files):
            report(done, total, path.name)
            try:
                stage_file(path, keys[path], new)
                staged.append(path)
            except Exception as exc:  # noqa: BLE001 - one odd backup must not stop the others
                if path == db_path:
                    raise
                failed.append(path)
                warnings.append(f"backup {path.name} was left as it was: {exc}")
        journal.files = [os.path.relpath(path, db_path.parent) for path in staged]
        journal.phase = "committing"
        journal_mod.write(db_path, journal)  # the commit point
    except BaseException:
        journal_mod.rollback(db_path, journal)
        raise
    journal_mod.commit(db_path, journal)
    forget(failed)
    remember([path for path in staged if path != db_path])
    report(total, total, "")
    return warnings


def _opens(path: Path, key: str | None) -> bool:
    from mentordesk.safety.integrity import opens

    return opens(path, key)


def _pre_backup(db_path: Path, old: str | None, new: str | None) -> None:
    """Check `old` opens the database (else WrongPassphrase, nothing changed) and back it up as it is."""
    reason = "before-encrypt" if new and not old else "before-decrypt" if not new else "before-passphrase-change"
    source = raw_connect(db_path, old)
    try:
        try:
            source.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
        except Exception:  # noqa: BLE001 - the driver's "file is not a database"
            raise WrongPassphrase(f"wrong passphrase for {db_path}: nothing was changed") from None
        copy_database(source, _new_backup_path(ensure_backups_dir(db_path), reason), old)
    finally:
        source.close()
