"""One app per database: a lock file `<db file>.lock` holding the owner's pid, freed by the OS on a crash.

On POSIX the lock is an flock on the file, so a process killed with SIGKILL releases it at once; the
pid it leaves behind only tells the next owner that it recovered a stale lock. Elsewhere a pid check
stands in for the flock.
"""

from __future__ import annotations

import os
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None


def lock_path(db_path: Path | str) -> Path:
    """Where the lock of the database at `db_path` lives."""
    db_path = Path(db_path).resolve()
    return db_path.with_name(db_path.name + ".lock")


def pid_alive(pid: int) -> bool:
    """True when a process with this pid exists."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def _read_pid(fd: int) -> int | None:
    os.lseek(fd, 0, os.SEEK_SET)
    text = os.read(fd, 64).decode("ascii", "replace").strip()
    return int(text) if text.isdigit() else None


class InstanceLock:
    """The lock on one database file, held for as long as the app has it open."""

    def __init__(self, db_path: Path | str):
        self.path = lock_path(db_path)
        self._fd: int | None = None
        self.owner: int | None = None  # pid of the other holder when acquire() failed
        self.recovered_from: int | None = None  # pid of a crashed holder whose lock was taken over

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> bool:
        """Take the lock; False (with `owner` set) when another live process holds it."""
        if self.held:
            return True
        while True:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            if not self._lock(fd):
                self.owner = _read_pid(fd)
                os.close(fd)
                return False
            try:
                same_file = os.fstat(fd).st_ino == os.stat(self.path).st_ino
            except FileNotFoundError:
                same_file = False
            if same_file:
                break
            os.close(fd)  # the previous owner removed the file as we opened it: try again
        previous = _read_pid(fd)
        self.recovered_from = previous if previous and previous != os.getpid() else None
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, f"{os.getpid()}\n".encode())
        os.fsync(fd)
        self._fd = fd
        self.owner = None
        return True

    def _lock(self, fd: int) -> bool:
        if fcntl is not None:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                return False
            return True
        holder = _read_pid(fd)  # no flock: trust the pid unless its process is gone
        return holder is None or holder == os.getpid() or not pid_alive(holder)

    def release(self) -> None:
        """Give the lock up and remove the file."""
        if self._fd is None:
            return
        try:
            self.path.unlink(missing_ok=True)
        finally:
            os.close(self._fd)
            self._fd = None

    def __enter__(self):
        if not self.acquire():
            raise RuntimeError(f"{self.path} is held by process {self.owner}")
        return self

    def __exit__(self, *exc):
        self.release()


def held_elsewhere(db_path: Path | str) -> int | None:
    """The pid of another process holding the database's lock, None when it is free."""
    probe = InstanceLock(db_path)
    if probe.acquire():
        probe.release()
        return None
    if probe.owner == os.getpid():
        return None
    return probe.owner or -1
