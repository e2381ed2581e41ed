"""The journal of an encryption change in progress, so a killed run is finished or undone as a whole.

`<db>.converting.json` lists the files being rewritten (the database and its backups). While the phase is
"staging", each file's new copy is written beside it as `<file>.converting` and the originals are
untouched: a killed run is undone by deleting the copies. Once every copy is written and checked the
phase becomes "committing" (the commit point): a killed run is finished by renaming the remaining
copies into place, which needs no passphrase. The journal never holds a passphrase, only a salted,
slow hash of each side's to tell which one a user typed.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
from dataclasses import asdict, dataclass, field
from pathlib import Path

from mentordesk.safety.files import fsync_dir, sidecars

JOURNAL_SUFFIX = ".converting.json"
STAGED_SUFFIX = ".converting"
_ITERATIONS = 200_000


@dataclass
class Journal:
    """One conversion: where it is going, how far it got, and a fingerprint of each passphrase."""

    target: str  # "encrypted" or "plain"
    phase: str = "staging"  # then "committing"
    files: list[str] = field(default_factory=list)  # relative to the database's folder
    salt: str = field(default_factory=lambda: secrets.token_hex(16))
    old_key: str | None = None
    new_key: str | None = None
    outcome: str = ""  # after recover(): "finished" or "undone"

    def fingerprint(self, passphrase: str | None) -> str | None:
        """A slow salted hash of `passphrase` (None for none)."""
        if not passphrase:
            return None
        digest = hashlib.pbkdf2_hmac("sha256", passphrase.encode(), bytes.fromhex(self.salt), _ITERATIONS)
        return digest.hex()

    def matches(self, stored: str | None, passphrase: str | None) -> bool:
        """True when `passphrase` is the one fingerprinted as `stored`."""
        return bool(stored and passphrase) and hmac.compare_digest(stored, self.fingerprint(passphrase))


def journal_path(db_path: Path | str) -> Path:
    """Where the journal of the database at `db_path` lives."""
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + JOURNAL_SUFFIX)


def staged_path(path: Path) -> Path:
    """Where the rewritten copy of `path` waits for the commit."""
    return path.with_name(path.name + STAGED_SUFFIX)


def write(db_path: Path | str, journal: Journal) -> None:
    """Replace the journal atomically (written, fsynced, renamed, folder fsynced)."""
    target = journal_path(db_path)
    tmp = target.with_name(target.name + ".tmp")
    fd = os.open(tmp, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
    try:
        data = {k: v for k, v in asdict(journal).items() if k != "outcome"}
        os.write(fd, json.dumps(data).encode())
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, target)
    fsync_dir(target.parent)


def read(db_path: Path | str) -> Journal | None:
    """The journal of an unfinished conversion, None when there is none."""
    path = journal_path(db_path)
    try:
        data = json.loads(path.read_text("utf-8"))
        return Journal(**{k: data[k] for k in ("target", "phase", "files", "salt", "old_key", "new_key")})
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        return Journal(target="unknown", phase="staging")  # unreadable: undo (the originals are intact)


def files_of(db_path: Path, journal: Journal) -> list[Path]:
    """The journal's files as paths."""
    return [db_path.parent / name for name in journal.files]


def commit(db_path: Path | str, journal: Journal) -> None:
    """Rename every staged copy over its original, then drop the journal (safe to repeat)."""
    db_path = Path(db_path)
    folders = set()
    for path in files_of(db_path, journal):
        staged = staged_path(path)
        if not staged.exists():
            continue  # renamed before the interruption (or its backup was deleted since)
        if path == db_path:
            for sidecar in sidecars(path):  # the staged copy was made after a full checkpoint
                sidecar.unlink(missing_ok=True)
        _replace(staged, path)
        folders.add(path.parent)
    for folder in folders:
        fsync_dir(folder)
    _drop(db_path)


def _replace(staged: Path, path: Path) -> None:
    """One step of the commit: the staged copy takes the original's place."""
    os.replace(staged, path)


def rollback(db_path: Path | str, journal: Journal) -> None:
    """Delete every staged copy (the originals were never touched), then drop the journal."""
    db_path = Path(db_path)
    for path in files_of(db_path, journal):
        staged_path(path).unlink(missing_ok=True)
    staged_path(db_path).unlink(missing_ok=True)
    _drop(db_path)


def _drop(db_path: Path) -> None:
    journal_path(db_path).unlink(missing_ok=True)
    journal_path(db_path).with_name(journal_path(db_path).name + ".tmp").unlink(missing_ok=True)
    fsync_dir(db_path.parent)


def recover(db_path: Path | str) -> Journal | None:
    """Finish a committed conversion or undo one cut short while staging; the journal handled, or None."""
    journal = read(db_path)
    if journal is None or _busy(db_path):
        return None
    if journal.phase == "committing":
        commit(db_path, journal)
        journal.outcome = "finished"
    else:
        rollback(db_path, journal)
        journal.outcome = "undone"
    return journal


def _busy(db_path: Path | str) -> bool:
    """True when another process holds the database: its conversion may still be running."""
    from mentordesk.safety.lock import held_elsewhere

    try:
        return bool(held_elsewhere(db_path))
    except OSError:
        return True
