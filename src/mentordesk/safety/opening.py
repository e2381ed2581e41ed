"""What `db.open_database` asks of the safety layer: the right database object and a check on open."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from mentordesk.safety.crypto import database_errors, is_encrypted, passphrase_of
from mentordesk.safety.errors import DatabaseDamaged, EmptyDatabase, PassphraseRequired, WrongPassphrase
from mentordesk.texts import N_, T_


def database_for(path: Path, passphrase: str | None):
    """A SQLCipher database object for an encrypted file, a plain one otherwise (not yet connected)."""
    from mentordesk.connection import PRAGMAS, make_database

    if not is_encrypted(path):
        return make_database(path)
    if not passphrase:
        raise PassphraseRequired(f"{path} is encrypted: a passphrase is needed (set MENTORDESK_PASSPHRASE or type it)")
    from mentordesk.safety.cipher import EncryptedDatabase

    return EncryptedDatabase(str(path), passphrase=passphrase, pragmas=PRAGMAS, check_same_thread=False)


def recover_interrupted(path: Path, passphrase: str | None) -> str | None:
    """Finish or undo what a killed restore, backup or re-encryption left, before the file is opened.

    Only when this process can have the file alone: a run that is still going holds the use lock, and
    its half-done files must not be "recovered" under it. Returns a note for the user, or None."""
    from mentordesk.safety.backup import clean_leftovers
    from mentordesk.safety.encryption import resume_pending
    from mentordesk.storage import StorageBusy, exclusive_use

    if not path.is_file():
        return None
    try:
        with exclusive_use(path, N_("finish an interrupted change to")):
            note = resume_pending(path, passphrase)
            clean_leftovers(path)
    except StorageBusy:
        return None  # someone is using the file; whoever opens it alone next will tidy up
    if note:
        print(f"mentordesk: {note}", file=sys.stderr)
    return note


def refuse_empty_file(path: Path) -> None:
    """EmptyDatabase when `path` is a zero-byte file (with no WAL content) beside backups of earlier data.

    A new file is empty too, but it has no backups; an emptied one (a failed copy, a sync tool, a
    crash of another program) must be reported and the newest backup offered, never used as new."""
    from mentordesk.safety.backup import list_backups
    from mentordesk.safety.files import sidecars
    from mentordesk.storage import open_here

    try:
        if path.stat().st_size or open_here(path) or sidecars(path)[0].stat().st_size:
            return
    except FileNotFoundError:
        pass  # no WAL beside the empty file
    except OSError:
        return
    backups = list_backups(path)
    if backups:
        newest = backups[0].created.strftime("%Y-%m-%d %H:%M")
        raise EmptyDatabase(f"{path} is empty (0 bytes), but it has backups (the newest from {newest}); "
                            "restore one with 'mentordesk restore latest' or from the app",
                            path=path, problems=["the file is empty (0 bytes)"])


# What SQLite's quick check says about values rather than structure: a row breaking a CHECK or NOT NULL
# rule (written by an old version or another tool) is a bad value that `mentordesk check` names and the
# app shows as invalid; it is no reason to call the file damaged and offer to replace it.
_VALUE_PROBLEM = re.compile(r"^(CHECK constraint failed in |NULL value in )")


def structural_problems(rows: list[str]) -> list[str]:
    """The quick check's rows that mean damage: "ok" and value-only problems are left out."""
    return [row for row in rows if row != "ok" and not _VALUE_PROBLEM.match(row)][:20]


def quick_check(db) -> list[str]:
    """Problems SQLite's quick check finds in an open peewee database's structure; empty when sound."""
    try:
        rows = [row[0] for row in db.execute_sql("PRAGMA quick_check").fetchall()]
    except database_errors() as exc:
        return [str(exc)]
    return structural_problems(rows)


# The tables the first screen reads: the open-time check reads their first and last rows.
SANITY_TABLES = ("person", "organization", "meeting", "advice_note", "ask")


def sanity_check(db) -> list[str]:
    """Problems the cheap check on every open finds (header, schema, first and last rows); empty when it passes.

    Milliseconds on any size of file. The header and schema are read through the connection (a
    wrong magic string, page size or schema fails here); the full quick check is owed separately
    (see `full_check_owed`): `mentordesk check`, the app's background check, after an unclean exit,
    and at most daily otherwise.
    """
    try:
        page_size = int(db.execute_sql("PRAGMA page_size").fetchone()[0])
        if not 512 <= page_size <= 65536 or page_size & (page_size - 1):
            return [f"the file header gives an impossible page size ({page_size})"]
        db.execute_sql("PRAGMA schema_version").fetchone()
        tables = {row[0] for row in db.execute_sql("SELECT name FROM sqlite_master WHERE type = 'table'")}
        for table in SANITY_TABLES:
            if table in tables:
                for order in ("ASC", "DESC"):
                    db.execute_sql(f"SELECT * FROM {table} ORDER BY rowid {order} LIMIT 1").fetchall()
    except database_errors() as exc:
        return [str(exc)]
    return []


def full_check_owed(path: Path, full: bool | None) -> bool:
    """Whether this open runs the full quick check: `full` True always; None when checkup says it is owed
    (unclean exit, damage seen last time, a day since the last one); False (the app, which checks in
    the background) only after an unclean exit."""
    from mentordesk.safety import checkup

    if full is True:
        return True
    if full is False:
        return bool(checkup.unclean_sessions(path))
    return checkup.owed(path) is not None


def verify_on_open(db, path: Path, full: bool | None = None) -> bool:
    """Raise DatabaseDamaged when the freshly connected file fails the cheap check, or the full quick
    check when it is owed (see `full_check_owed`); True when the full check ran (its verdict is kept)."""
    from mentordesk.safety import checkup

    problems = sanity_check(db)
    if problems:
        raise damaged(path, problems)
    if not full_check_owed(path, full):
        return False
    problems = quick_check(db)
    checkup.record_check(path, problems)
    if problems:
        raise damaged(path, problems)
    return True


def damaged(path: Path, problems: list[str]) -> DatabaseDamaged:
    """The plain-words error for a damaged file."""
    return DatabaseDamaged(T_("{path} is damaged ({problem}); restore a backup", path=path, problem=problems[0]), path=path,
                           problems=problems)


def explain_open_error(db, path: Path, exc: Exception) -> Exception:
    """Turn SQLite's error on opening into the user-facing error saying what happened."""
    from mentordesk.errors import DatabaseOpenError

    from mentordesk.storage import explain_storage_error

    message = str(exc)
    plain = explain_storage_error(exc, path)
    if plain:  # busy, disk full or read-only: the file is fine, say what really happened
        return DatabaseOpenError(plain)
    if passphrase_of(db) is not None and "not a database" in message:
        return WrongPassphrase(T_("wrong passphrase for {path}: nothing was changed", path=path))
    if "malformed" in message or "not a database" in message:
        return damaged(path, [message])
    return DatabaseOpenError(T_("cannot open {path}: {error}", path=path, error=message))
