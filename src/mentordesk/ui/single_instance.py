"""One window per database: a second launch hands over to the running one (QLocalServer) and quits.

QtNetwork is imported only when the server starts listening (a frame after the window first paints)
or when a second launch knocks: importing it costs start-up ~20 ms before the first frame.
"""

from __future__ import annotations

import hashlib
import time
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal

from mentordesk.safety.lock import InstanceLock

WAKE = b"raise\n"


def server_name(db_path: Path | str) -> str:
    """The local-socket name for a database: a hash of its absolute path."""
    digest = hashlib.sha256(str(Path(db_path).resolve()).encode()).hexdigest()[:20]
    return f"mentordesk-{digest}"


class SingleInstance(QObject):
    """Holds the database's lock and a local server; `activated` when another launch asks to come forward."""

    activated = Signal()

    def __init__(self, db_path: Path | str, parent: QObject | None = None):
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.name = server_name(db_path)
        self.lock = InstanceLock(db_path)
        self.server = None  # a QLocalServer once listening

    def claim(self, listen: bool = True) -> bool:
        """Become the one instance for this database; False when another process has it.

        With `listen=False` only the lock is taken; call `listen()` once the window is up."""
        if not self.lock.acquire():
            return False
        if listen:
            self.listen()
        return True

    def listen(self) -> None:
        """Answer later launches on this database (they ask this window to come forward)."""
        from PySide6.QtNetwork import QLocalServer

        if self.server is not None or not self.lock.held:
            return
        QLocalServer.removeServer(self.name)  # a socket left behind by a crash
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._incoming)
        self.server.listen(self.name)

    @property
    def owner(self) -> int | None:
        return self.lock.owner

    @property
    def recovered_from(self) -> int | None:
        return self.lock.recovered_from

    def _incoming(self) -> None:
        while self.server is not None and self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket) -> None:
        if bytes(socket.readAll()).startswith(WAKE.strip()):
            self.activated.emit()
        socket.disconnectFromServer()

    def wake_other(self, timeout_ms: int = 2000) -> bool:
        """Ask the running instance to bring its window forward; False when it did not answer.

        The running one may still be starting (it listens once its window is up), so connecting is
        retried until `timeout_ms` has passed."""
        from PySide6.QtNetwork import QLocalSocket

        deadline = time.monotonic() + timeout_ms / 1000
        socket = QLocalSocket()
        while True:
            socket.connectToServer(self.name)
            if socket.waitForConnected(max(1, int((deadline - time.monotonic()) * 1000))):
                break
            if time.monotonic() >= deadline:
                return False
            socket.abort()
            QThread.msleep(50)
        socket.write(WAKE)
        ok = socket.waitForBytesWritten(timeout_ms)
        socket.disconnectFromServer()
        return ok

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        self.lock.release()


def bring_forward(window) -> None:
    """Show a window on top and give it focus (as far as the window system allows)."""
    if window is None:
        return
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
