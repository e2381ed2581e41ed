"""Running a sync off the GUI thread, reporting progress and the outcome as signals."""

from __future__ import annotations

import logging

from PySide6.QtCore import QThread, Signal

from mentordesk.services.core import ServiceError
from mentordesk.sync.dav import SyncError

log = logging.getLogger(__name__)


class SyncCancelled(SyncError):
    """The user quit while a sync was running; it stops between two records."""


class SyncThread(QThread):
    """One sync in a worker thread; the database gets its own connection there, closed at the end."""

    progressed = Signal(int, int, str)  # done, total, what
    succeeded = Signal(object)  # runner.SyncReport
    failed = Signal(str)  # a user-facing message naming the problem and the server
    blocked = Signal(object)  # guard.MassDeletion: nothing changed, the user decides
    cancelled = Signal()  # stopped by cancel(): what moved is kept, the next sync goes on from there

    def __init__(self, url: str, username: str, password: str, parent=None, allow_deletions: bool = False):
        super().__init__(parent)
        self.url, self.username, self._password = url, username, password
        self.allow_deletions = allow_deletions
        self._cancelled = False

    def cancel(self) -> None:
        """Ask the sync to stop after the record it is on."""
        self._cancelled = True

    def _progress(self, done: int, total: int, what: str) -> None:
        if self._cancelled:
            raise SyncCancelled("sync cancelled; it will continue next time")
        self.progressed.emit(done, total, what)

    def run(self) -> None:
        from mentordesk.models import database
        from mentordesk.sync.guard import MassDeletion
        from mentordesk.sync.runner import run_sync

        try:
            report = run_sync(self.url, self.username, self._password, progress=self._progress,
                              allow_deletions=self.allow_deletions)
        except MassDeletion as exc:
            self.blocked.emit(exc)
        except SyncCancelled:
            self.cancelled.emit()
        except ServiceError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # noqa: BLE001 - a worker must report, never die silently
            log.exception("sync failed")
            self.failed.emit(f"sync stopped by an unexpected error ({type(exc).__name__}: {exc}); "
                             "it will try again later")
        else:
            self.succeeded.emit(report)
        finally:
            if database.obj is not None:
                database.obj.close()  # this thread's connection only
