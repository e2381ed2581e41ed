"""Exports written as they are produced: a private temp file renamed into place, with progress and Cancel.

A 300,000-meeting calendar never sits in memory as one string; a failed or cancelled export leaves
the old file (if any) untouched and no temp file behind.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from mentordesk.safety.files import PRIVATE_FILE, fsync_dir
from mentordesk.services.core import ServiceError
from mentordesk.texts import T_

CHUNK = 1 << 20  # bytes buffered before each write


class ExportCancelled(ServiceError):
    """The user pressed Cancel; no file was written."""

    def __init__(self):
        super().__init__("export cancelled; no file was written")


def progress_of(options: dict | None, stage: str = "Writing"):
    """The import's reporter (importer.progress_of), raising ExportCancelled on Cancel."""
    from mentordesk.exchange.importer import progress_of as reporter  # the importer pulls in services: when used

    return reporter(options, stage, ExportCancelled)


class _Stream:
    """Text in, UTF-8 out through os.write in ~1 MB chunks."""

    def __init__(self, fd: int):
        self.fd = fd
        self.parts: list[str] = []
        self.size = 0

    def write(self, text: str) -> None:
        self.parts.append(text)
        self.size += len(text)
        if self.size >= CHUNK:
            self.flush()

    def flush(self) -> None:
        view = memoryview("".join(self.parts).encode("utf-8"))
        self.parts, self.size = [], 0
        while view:
            view = view[os.write(self.fd, view):]


@contextlib.contextmanager
def private_stream(path):
    """A text stream (UTF-8, newlines as written) that replaces `path` atomically, mode 0600, on success."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ServiceError(T_("cannot write {path}: folder {folder} does not exist", path=path, folder=folder))
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise ServiceError(T_("cannot write {path}: {error}", path=path, error=exc.strerror or exc)) from None
    try:
        try:
            if os.name == "posix":
                os.fchmod(fd, PRIVATE_FILE)
            out = _Stream(fd)
            yield out
            out.flush()
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise ServiceError(T_("cannot write {path}: {error}", path=path, error=exc.strerror or exc)) from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    with contextlib.suppress(OSError):
        fsync_dir(folder)
