"""Files only the user can read: databases, backups and logs are created mode 0600 on POSIX."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700


def private_dir(path: Path) -> Path:
    """Create `path` (and parents) readable by the user alone; returns it."""
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
    return path


def create_private(path: Path) -> None:
    """Create a new, empty file readable by the user alone; fails if it already exists (never overwrites)."""
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE)
    os.close(fd)


def make_private(path: Path) -> None:
    """Tighten an existing file to 0600 (no-op where POSIX modes do not apply)."""
    if os.name == "posix" and path.exists():
        os.chmod(path, PRIVATE_FILE)


def fsync_file(path: Path) -> None:
    """Flush a file's contents to disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(path: Path) -> None:
    """Flush a folder's entries (a rename) to disk where the platform allows it."""
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def sidecars(db_path: Path) -> list[Path]:
    """SQLite's companion files of a database: the WAL, the shared-memory index and a rollback journal."""
    return [db_path.with_name(db_path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def write_private(path, data: bytes) -> None:
    """Replace `path` atomically with `data`, mode 0600; no temp file survives any failure (disk full, error, Ctrl+C)."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        try:
            if os.name == "posix":
                os.fchmod(fd, PRIVATE_FILE)
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    with contextlib.suppress(OSError):
        fsync_dir(folder)
