"""Encryption at rest: telling encrypted files apart, keying and opening SQLCipher connections.

sqlcipher3 is imported only when an encrypted file is met (safety.cipher holds the peewee database
class): a plain file never needs it, and loading it cost every start-up ~9 ms.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path

import peewee

SQLITE_HEADER = b"SQLite format 3\x00"


def database_errors() -> tuple[type[BaseException], ...]:
    """What a damaged or undecryptable file raises, from peewee or straight from either driver's cursor.

    sqlcipher3's errors are included once it is loaded; before that no SQLCipher call can have raised."""
    errors: tuple[type[BaseException], ...] = (peewee.DatabaseError, sqlite3.DatabaseError)
    cipher = sys.modules.get("sqlcipher3.dbapi2")
    return errors + (cipher.DatabaseError,) if cipher is not None else errors


def quote(text: str) -> str:
    """A SQL string literal (PRAGMA key takes no bound parameters)."""
    return "'" + text.replace("'", "''") + "'"


def apply_key(conn, passphrase: str) -> None:
    """Silence SQLCipher's logging and key a fresh sqlcipher3 connection."""
    conn.execute("PRAGMA cipher_log_level = NONE")
    if passphrase:
        conn.execute(f"PRAGMA key = {quote(passphrase)}")


def is_encrypted(path: Path | str) -> bool:
    """True when the file exists, has content and does not start with SQLite's plain-text header.

    The file this process has open through SQLite is never read here: closing any descriptor of it
    would drop SQLite's POSIX locks, and another process would then delete the WAL under us. Its
    answer comes from the open connection instead."""
    from mentordesk.storage import open_here

    path = Path(path)
    if open_here(path):  # the open connection knows; under another binding, never read it (say "plain")
        live = open_database_on(path)
        return live is not None and passphrase_of(live) is not None
    try:
        with open(path, "rb") as fh:
            head = fh.read(len(SQLITE_HEADER))
    except OSError:
        return False
    return bool(head) and head != SQLITE_HEADER


def open_database_on(path: Path | str):
    """The bound peewee database when it is the file at `path` (call only when `storage.open_here(path)`)."""
    from mentordesk.models import database
    from mentordesk.storage import file_id

    db = database.obj
    return db if db is not None and file_id(db.database) == file_id(path) else None


def passphrase_of(db) -> str | None:
    """The passphrase a bound peewee database was opened with, None for a plain database."""
    cipher_ext = sys.modules.get("playhouse.sqlcipher_ext")  # never loaded: no database can be a cipher one
    if cipher_ext is not None and isinstance(db, cipher_ext.SqlCipherDatabase):
        return db.connect_params.get("passphrase") or None
    return None


def raw_connect(path: Path | str, passphrase: str | None):
    """A DB-API connection to `path`: sqlcipher3 keyed with `passphrase`, or plain sqlite3 when None."""
    if passphrase:
        from sqlcipher3 import dbapi2 as sqlcipher

        conn = sqlcipher.connect(str(path), isolation_level=None)
        try:
            apply_key(conn, passphrase)
        except BaseException:
            conn.close()
            raise
        return conn
    return sqlite3.connect(str(path), isolation_level=None)
