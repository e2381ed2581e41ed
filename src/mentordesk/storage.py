"""Who may use a database file, and what SQLite's storage errors mean in plain words.

Every process that opens a database (the app and every command) holds a *shared* use lock on
`<db file>.inuse` while it has the file open. Whatever swaps or rewrites the whole file (restore,
encrypt, decrypt, change-passphrase) needs the lock *exclusively*, so it never replaces a file under
a live writer, and a writer never opens a file that is being replaced. flock locks belong to one open
file description, so a process keeps one descriptor per database and never opens the lock file twice.

This module sits at the bottom: db, services, safety and the UI all use it, it imports none of them.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from mentordesk.texts import T_, translate

try:
    import fcntl
except ImportError:  # Windows: no flock; SQLite's own locking still serialises writes
    fcntl = None

WAIT_SECONDS = 5.0  # how long a writer waits for a restore or re-encryption to finish
_POLL = 0.05


class StorageBusy(Exception):
    """The database is in use by someone who must finish first; the message names them."""


def use_lock_path(db_path: Path | str) -> Path:
    """The file whose flock says who uses the database at `db_path`."""
    db_path = Path(db_path).resolve()
    return db_path.with_name(db_path.name + ".inuse")


def _describe(pid: int) -> str:
    """A person-readable name for process `pid`: "MentorDesk (process 12)", "mentordesk import (process 12)"."""
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as fh:
            args = [a.decode(errors="replace") for a in fh.read().split(b"\0") if a]
    except OSError:
        return T_("{program} (process {pid})", program=T_("another program"), pid=pid)
    words = [a for a in args[1:] if not a.startswith("-") and "/" not in a and not a.endswith(".db")]
    program = Path(args[0]).name if args else ""
    if program.startswith("python") and words:  # `python -m mentordesk …` or a script
        words = words[1:] if words[0] in ("mentordesk",) else words
    command = next((w for w in words if w.isidentifier() or "-" in w), None)
    if "mentordesk" in " ".join(args).lower():
        return T_("{program} (process {pid})", program=f"mentordesk {command}" if command else "MentorDesk", pid=pid)
    return T_("{program} (process {pid})", program=program or T_("another program"), pid=pid)


def users_of(db_path: Path | str) -> list[str]:
    """Other processes that hold the database's use lock open, described for people (Linux; else empty)."""
    target = str(use_lock_path(db_path))
    found = []
    try:
        pids = [int(name) for name in os.listdir("/proc") if name.isdigit()]
    except OSError:
        return []
    for pid in pids:
        if pid == os.getpid():
            continue
        try:
            fds = os.listdir(f"/proc/{pid}/fd")
        except OSError:
            continue
        for fd in fds:
            try:
                if os.readlink(f"/proc/{pid}/fd/{fd}") == target:
                    found.append(_describe(pid))
                    break
            except OSError:
                continue
    return found


def who_uses(db_path: Path | str) -> str:
    """One phrase naming who else uses the database, for messages."""
    users = users_of(db_path)
    return ", ".join(users) if users else T_("another MentorDesk window or command")


class UseLock:
    """This process's use of one database file: shared while it is open, exclusive while it is replaced."""

    _of_path: dict[str, "UseLock"] = {}

    def __init__(self, db_path: Path | str):
        self.db_path = Path(db_path).resolve()
        self.path = use_lock_path(self.db_path)
        self._fd: int | None = None
        self.mode: str | None = None  # "shared" or "exclusive" while held

    @classmethod
    def of(cls, db_path: Path | str) -> "UseLock":
        """The one UseLock of this process for `db_path` (one descriptor, so one flock)."""
        key = str(Path(db_path).resolve())
        lock = cls._of_path.get(key)
        if lock is None:
            lock = cls._of_path[key] = cls(db_path)
        return lock

    def _try(self, operation: str) -> bool:
        if fcntl is None:
            return True
        if self._fd is None:
            self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        flags = fcntl.LOCK_SH if operation == "shared" else fcntl.LOCK_EX
        try:
            fcntl.flock(self._fd, flags | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def share(self, wait: float = WAIT_SECONDS) -> None:
        """Hold the lock shared, unless held already; StorageBusy when a whole-file change outlasts `wait`."""
        if self.mode is not None:
            return
        deadline = time.monotonic() + wait
        while not self._try("shared"):
            if time.monotonic() >= deadline:
                self.release()
                raise StorageBusy(T_("MentorDesk is busy: {who} is replacing or re-encrypting {name}; nothing was "
                                     "changed, try again in a moment", who=who_uses(self.db_path),
                                     name=self.db_path.name))
            time.sleep(_POLL)
        self.mode = "shared"

    def exclusive(self, action: str) -> None:
        """Hold the lock alone to `action` (e.g. N_("restore")); StorageBusy naming who else has the file open."""
        if self.mode == "exclusive":
            return
        if self.mode == "shared":
            self.release()  # flock would convert in place, but a failed conversion may drop the shared hold
        if not self._try("exclusive"):
            self.release()
            raise StorageBusy(T_("cannot {action} {path}: it is open in {who}; close it there first",
                                 action=translate(action), path=self.db_path, who=who_uses(self.db_path)))
        self.mode = "exclusive"

    def release(self) -> None:
        """Free the lock (closing the descriptor frees its flock)."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
        self.mode = None


def share_use(db_path: Path | str, wait: float = WAIT_SECONDS) -> UseLock:
    """Hold the shared use lock of `db_path` unless this process holds it already (db.open_database)."""
    lock = UseLock.of(db_path)
    lock.share(wait)
    return lock


def end_shared_use(db_path: Path | str) -> None:
    """Free a shared hold of `db_path` (db.close_database); an exclusive hold belongs to its `exclusive_use`."""
    lock = UseLock.of(db_path)
    if lock.mode == "shared":
        lock.release()


class exclusive_use:
    """`with exclusive_use(path, "restore"):` replace or rewrite the whole file with nobody else using it.

    The caller closes its own connection first (a shared hold of this process is set aside and taken
    back afterwards). Nested uses share the outermost hold."""

    def __init__(self, db_path: Path | str, action: str):
        self.lock = UseLock.of(db_path)
        self.action = action
        self._outermost = False
        self._had_shared = False

    def __enter__(self) -> UseLock:
        self._outermost = self.lock.mode != "exclusive"
        self._had_shared = self.lock.mode == "shared"
        try:
            self.lock.exclusive(self.action)
        except StorageBusy:
            if self._had_shared:
                self.lock.share(wait=0)
            raise
        return self.lock

    def __exit__(self, *exc) -> None:
        if not self._outermost:
            return
        self.lock.release()
        if self._had_shared:
            self.lock.share()


_open_here: set[tuple[int, int]] = set()  # (device, inode) of files this process has open through SQLite


def file_id(path: Path | str) -> tuple[int, int] | None:
    """The (device, inode) of a database file, or of the database a -wal/-shm/-journal belongs to."""
    path = Path(path)
    for suffix in ("-wal", "-shm", "-journal"):
        if path.name.endswith(suffix):
            path = path.with_name(path.name[: -len(suffix)])
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino


def mark_open(db_path: Path | str) -> None:
    """Note that SQLite has `db_path` open in this process (in any thread): Python must not open it now."""
    key = file_id(db_path)
    if key:
        _open_here.add(key)


def mark_closed(db_path: Path | str) -> None:
    """Note that this process's SQLite connection to `db_path` is closed."""
    key = file_id(db_path)
    if key:
        _open_here.discard(key)


def open_here(path: Path | str) -> bool:
    """True when `path` (or the database it is a side file of) is open through SQLite in this process.

    Opening and closing such a file from Python would drop SQLite's POSIX locks on it (SQLite's
    "How To Corrupt", section 2.2): another process would then delete the WAL under this one."""
    key = file_id(path)
    return key is not None and key in _open_here


def explain_storage_error(exc: BaseException, db_path: Path | str | None = None) -> str | None:
    """Plain words for SQLite's storage failures (locked, disk full, read-only, I/O); None for anything else.

    A failed rollback after SQLite already rolled back ("no transaction is active") hides the real
    reason, so the exceptions it chains to are read too."""
    seen = exc
    while seen is not None and "no transaction is active" in str(seen):
        seen = seen.__cause__ or seen.__context__
    text = str(seen if seen is not None else exc).lower()
    name = Path(db_path).name if db_path else T_("the database")
    if "database is locked" in text or "database table is locked" in text or "busy" in text:
        who = who_uses(db_path) if db_path else T_("another MentorDesk window or command")
        return T_("MentorDesk is busy: {who} is writing to {name}; nothing was changed, try again", who=who, name=name)
    if "disk is full" in text or "database or disk is full" in text:
        return T_("the disk holding {name} is full: nothing was changed; free some space and try again", name=name)
    if "readonly" in text or "read-only" in text:
        return T_("{name} is read-only: nothing was changed; check the file's permissions", name=name)
    if "disk i/o error" in text:
        return T_("the disk holding {name} reported an input/output error: nothing was changed", name=name)
    return None
