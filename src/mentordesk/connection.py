"""The SQLite settings every connection uses, and a plain database object with them (never connected here)."""

from __future__ import annotations

from pathlib import Path

from peewee import SqliteDatabase

PRAGMAS = {"journal_mode": "wal", "foreign_keys": 1, "synchronous": "normal", "cache_size": -16000}


def make_database(path: Path | str) -> SqliteDatabase:
    """A plain SQLite database object for `path` with the app's pragmas (not yet connected)."""
    return SqliteDatabase(str(path), pragmas=PRAGMAS, check_same_thread=False)
