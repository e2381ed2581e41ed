"""Which backups were checked good, remembered by size and time so rotation need not re-key every file.

Kept beside the backups folder as `<db>.backups.verified.json`, {name: [size, mtime_ns]} (the folder
itself holds backups only); a file changed since is checked again. A lost record only costs a re-check.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

RECORD_SUFFIX = ".verified.json"


def record_path(folder: Path) -> Path:
    """The record of the backups folder `folder`."""
    return folder.with_name(folder.name + RECORD_SUFFIX)


def _stamp(path: Path) -> list[int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return [st.st_size, st.st_mtime_ns]


def _load(folder: Path) -> dict:
    try:
        data = json.loads(record_path(folder).read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _save(folder: Path, data: dict) -> None:
    record = record_path(folder)
    tmp = record.with_name(f"{record.name}.{os.getpid()}.tmp")
    try:
        fd = os.open(tmp, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh)
        os.replace(tmp, record)
    except OSError:
        tmp.unlink(missing_ok=True)


def known_good(path: Path) -> bool:
    """True when `path` was checked good and has not changed since."""
    stamp = _stamp(path)
    return stamp is not None and _load(path.parent).get(path.name) == stamp


def remember(paths: list[Path]) -> None:
    """Record freshly checked good files (all in one folder)."""
    if not paths:
        return
    folder = paths[0].parent
    data = {name: stamp for name, stamp in _load(folder).items() if (folder / name).exists()}
    for path in paths:
        stamp = _stamp(path)
        if stamp is not None:
            data[path.name] = stamp
    _save(folder, data)


def forget(paths: list[Path]) -> None:
    """Drop the record of files that must be checked again (e.g. left on another passphrase)."""
    if not paths:
        return
    folder = paths[0].parent
    data = _load(folder)
    dropped = [data.pop(path.name, None) for path in paths]
    if any(stamp is not None for stamp in dropped):
        _save(folder, data)
