"""Encryption at rest: SQLCipher database objects, telling encrypted files apart, converting files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import peewee
from playhouse.sqlcipher_ext import SqlCipherDatabase
from sqlcipher3 import dbapi2 as sqlcipher

SQLITE_HEADER = b"SQLite format 3\x00"

# What a damaged or undecryptable file raises, from peewee or straight from either driver's cursor.
DATABASE_ERRORS = (peewee.DatabaseError, sqlite3.DatabaseError, sqlcipher.DatabaseError)


class EncryptedDatabase(SqlCipherDatabase):
    """A SQLCipher database whose wrong-key attempts stay quiet (no "hmac check failed" on stderr)."""

    def _connect(self):
        params = dict(self.connect_params)
        passphrase = params.pop("passphrase", "")
        conn = sqlcipher.connect(self.database, isolation_level=None, **params)
        try:
            apply_key(conn, passphrase)
            self._add_conn_hooks(conn)
        except BaseException:
            conn.close()
            raise
        return conn

    @property
    def passphrase(self) -> str:
        return self.connect_params.get("passphrase", "")


def quote(text: str) -> str:
    """A SQL string literal (PRAGMA key takes no bound parameters)."""
    return "'" + text.replace("'", "''") + "'"


def apply_key(conn, passphrase: str) -> None:
    """Silence SQLCipher's logging and key a fresh sqlcipher3 connection."""
    conn.execute("PRAGMA cipher_log_level = NONE")
    if passphrase:
        conn.execute(f"PRAGMA key = {quote(passphrase)}")


def is_encrypted(path: Path | str) -> bool:
    """True when the file exists, has content and does not start with SQLite's plain-text header."""
    path = Path(path)
    try:
        with open(path, "rb") as fh:
            head = fh.read(len(SQLITE_HEADER))
    except OSError:
        return False
    return bool(head) and head != SQLITE_HEADER


def passphrase_of(db) -> str | None:
    """The passphrase a bound peewee database was opened with, None for a plain database."""
    if isinstance(db, SqlCipherDatabase):
        return db.connect_params.get("passphrase") or None
    return None


def raw_connect(path: Path | str, passphrase: str | None):
    """A DB-API connection to `path`: sqlcipher3 keyed with `passphrase`, or plain sqlite3 when None."""
    if passphrase:
        conn = sqlcipher.connect(str(path), isolation_level=None)
        try:
            apply_key(conn, passphrase)
        except BaseException:
            conn.close()
            raise
        return conn
    return sqlite3.connect(str(path), isolation_level=None)
