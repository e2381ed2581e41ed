"""When SQLite's full quick check is owed: after an unclean exit, after damage was seen, at most daily otherwise.

Every process that opens a database keeps a marker `<db>.sessions/<pid>` while it has the file open:
flocked (the OS frees the lock when the process dies, however it dies) and removed on a clean exit.
A marker that nobody holds is the "clean exit" flag left set: some session ended uncleanly. Beside the
markers, `checked` says when the last full check ran and whether it found damage. Nothing here reads
or writes the database file itself (opening it from Python would drop SQLite's locks in this process).
"""

from __future__ import annotations

import atexit
import datetime as dt
import json
import os
from pathlib import Path

from mentordesk.safety.lock import pid_alive

try:
    import fcntl
except ImportError:  # Windows: a marker's pid stands in for its lock
    fcntl = None

CHECK_EVERY = dt.timedelta(days=1)
CHECKED = "checked"
_TEMP = ".new-"

# Markers this process holds: marker path -> its open (flocked) descriptor.
_held: dict[Path, int] = {}


def sessions_dir(db_path: Path | str) -> Path:
    """The folder of markers and the last check's verdict for the database at `db_path`."""
    db_path = Path(db_path).resolve()
    return db_path.with_name(db_path.name + ".sessions")


def _marker(db_path: Path | str) -> Path:
    return sessions_dir(db_path) / str(os.getpid())


def _abandoned(marker: Path) -> bool:
    """True when the process that wrote `marker` is gone without removing it."""
    if fcntl is None:
        return marker.name.isdigit() and not pid_alive(int(marker.name))
    try:
        fd = os.open(marker, os.O_RDONLY)
    except OSError:
        return False  # removed meanwhile: its owner closed cleanly
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return False  # its owner still has the file open
    finally:
        os.close(fd)
    return True


def unclean_sessions(db_path: Path | str) -> list[Path]:
    """Markers of sessions that ended without closing the database (killed, crashed, powered off)."""
    folder = sessions_dir(db_path)
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    own = _marker(db_path)
    return [folder / name for name in names
            if name.isdigit() and folder / name != own and _abandoned(folder / name)]


def last_check(db_path: Path | str) -> dict | None:
    """{"at": datetime, "ok": bool} of the last full check recorded, None when there is none (or unreadable)."""
    try:
        data = json.loads((sessions_dir(db_path) / CHECKED).read_text(encoding="utf-8"))
        return {"at": dt.datetime.fromisoformat(data["at"]), "ok": bool(data["ok"])}
    except (OSError, ValueError, KeyError, TypeError):
        return None


def owed(db_path: Path | str, now: dt.datetime | None = None) -> str | None:
    """Why the full check must run on this open, in words; None when the cheap check is enough."""
    if unclean_sessions(db_path):
        return "the last session did not exit cleanly"
    last = last_check(db_path)
    if last is None:
        return "the file was never fully checked here"
    if not last["ok"]:
        return "the last full check found damage"
    now = now or dt.datetime.now()
    if not now - CHECK_EVERY < last["at"] <= now + dt.timedelta(minutes=5):
        return "the last full check is a day old"
    return None


def record_check(db_path: Path | str, problems: list[str]) -> None:
    """Note a finished full check (its verdict and time); the unclean sessions it covered are forgotten."""
    folder = sessions_dir(db_path)
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        temp = folder / f"{CHECKED}{_TEMP}{os.getpid()}"
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump({"at": dt.datetime.now().isoformat(timespec="seconds"), "ok": not problems}, out)
        os.replace(temp, folder / CHECKED)
        for marker in unclean_sessions(db_path):
            marker.unlink(missing_ok=True)
    except OSError:
        pass  # a read-only folder: the check is simply owed again next time


def begin(db_path: Path | str) -> None:
    """Set this process's "open" marker for the database (cleared by `end`, or at a normal exit)."""
    marker = _marker(db_path)
    if marker in _held:
        return
    folder = marker.parent
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        temp = folder / f"{marker.name}{_TEMP}"
        fd = os.open(temp, os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o600)
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # locked before its name says "open"
        os.replace(temp, marker)
    except OSError:
        return  # cannot mark: a later open then owes the full check, which is the safe side
    _held[marker] = fd


def end(db_path: Path | str) -> None:
    """Clear this process's marker: the database was closed cleanly."""
    _release(_marker(db_path))


def _release(marker: Path) -> None:
    """Remove a marker this process holds and free its lock (nothing when it holds none)."""
    fd = _held.pop(marker, None)
    if fd is None:
        return
    try:
        marker.unlink(missing_ok=True)
    except OSError:
        pass
    finally:
        os.close(fd)


@atexit.register
def _end_all() -> None:
    """A normal exit (even one that never closed the database) is a clean exit."""
    for marker in [m for m in _held if m.name == str(os.getpid())]:  # not a forked child's parent's
        _release(marker)
