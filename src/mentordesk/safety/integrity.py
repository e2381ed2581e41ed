"""Checking files that are not open in the app: backups before a restore, the newest good backup, counts."""

from __future__ import annotations

from pathlib import Path

from mentordesk.safety.catalog import Backup, list_backups
from mentordesk.safety.crypto import is_encrypted, raw_connect

# Table per count shown for a backup (the same kinds `mentordesk stats` counts).
COUNTED_TABLES = {"people": "person", "organizations": "organization", "meetings": "meeting",
                  "advice": "advice_note", "asks": "ask"}


def _connect(path: Path, passphrase: str | None):
    """A connection keyed only when the file is encrypted (backups made before encryption are plain)."""
    return raw_connect(path, passphrase if is_encrypted(path) else None)


def inspect_file(path: Path | str, passphrase: str | None = None) -> tuple[list[str], dict[str, int] | None]:
    """SQLite's quick-check problems (empty when sound) and the record counts (None when unreadable).

    One connection, so an encrypted file pays for key derivation (~0.1 s) once.
    """
    path = Path(path)
    if not path.is_file():
        return [f"{path} does not exist"], None
    try:
        conn = _connect(path, passphrase)
    except Exception as exc:  # noqa: BLE001 - any driver error means "cannot be used"
        return [str(exc)], None
    try:
        rows = [row[0] for row in conn.execute("PRAGMA quick_check").fetchall()]
        if rows != ["ok"]:
            return rows[:20], None
        counts = {name: conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
                  for name, table in COUNTED_TABLES.items()}
        return [], counts
    except Exception as exc:  # noqa: BLE001
        return [str(exc)], None
    finally:
        conn.close()


def check_file(path: Path | str, passphrase: str | None = None) -> list[str]:
    """Problems SQLite's quick check finds in the file at `path`; empty when it is sound."""
    return inspect_file(path, passphrase)[0]


def file_stats(path: Path | str, passphrase: str | None = None) -> dict[str, int] | None:
    """How many records of each kind the file holds; None when it cannot be read."""
    return inspect_file(path, passphrase)[1]


def newest_good_backup(db_path: Path | str, passphrase: str | None = None) -> Backup | None:
    """The most recent backup of `db_path` that passes the quick check, None when there is none."""
    for backup in list_backups(db_path):
        if not check_file(backup.path, passphrase):
            return backup
    return None


def opens(path: Path | str, passphrase: str | None) -> bool:
    """True when the file's schema can be read: an encrypted file with `passphrase`, a plain one as is."""
    path = Path(path)
    if not path.is_file():
        return False
    try:
        conn = _connect(path, passphrase)
    except Exception:  # noqa: BLE001
        return False
    try:
        conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
        return True
    except Exception:  # noqa: BLE001 - "file is not a database": wrong key or damaged first page
        return False
    finally:
        conn.close()


def passphrase_opens_setup(db_path: Path | str, passphrase: str | None, extra: tuple = (), tries: int = 3) -> bool:
    """True when `passphrase` opens the encrypted database, or else one of its newest encrypted backups
    (or a file in `extra`): then a database it cannot open is damaged rather than the passphrase wrong."""
    if not passphrase:
        return False
    candidates = [Path(db_path), *map(Path, extra)]
    candidates += [b.path for b in list_backups(db_path) if is_encrypted(b.path)][:tries]
    return any(is_encrypted(p) and opens(p, passphrase) for p in candidates)


def backup_state(path: Path | str, passphrase: str | None) -> str:
    """How a backup is stored, in words: 'plain', 'encrypted' or 'encrypted, not with this passphrase'."""
    if not is_encrypted(path):
        return "plain"
    return "encrypted" if passphrase and opens(path, passphrase) else "encrypted, not with this passphrase"
