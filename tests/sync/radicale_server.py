"""A real Radicale CalDAV/CardDAV server on 127.0.0.1, started in a temporary folder for the tests."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path


# Radicale's own start-up, minus fsync on every write (a private option config files may not set),
# exiting when the test process goes away.
_LAUNCH = """
import os, sys, threading, time
from radicale import config, log, server

def exit_with_parent(parent=os.getppid()):
    while os.getppid() == parent:  # a killed test run must not leave the server behind
        time.sleep(0.5)
    os._exit(0)

threading.Thread(target=exit_with_parent, daemon=True).start()
configuration = config.load([(sys.argv[1], False)])
configuration.update({"storage": {"_filesystem_fsync": "False"}}, "tests", privileged=True)
log.setup()
log.set_level("warning", False)
server.serve(configuration)
"""


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class RadicaleServer:
    """Radicale with htpasswd (plain) auth and owner-only rights, storing into `folder`."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/"
        self.htpasswd = self.folder / "users"
        self.process: subprocess.Popen | None = None

    def add_user(self, name: str, password: str) -> None:
        """Radicale reads the htpasswd file on every login, so users can be added while it runs."""
        self.folder.mkdir(parents=True, exist_ok=True)
        with self.htpasswd.open("a", encoding="utf-8") as handle:
            handle.write(f"{name}:{password}\n")

    def start(self) -> "RadicaleServer":
        self.folder.mkdir(parents=True, exist_ok=True)
        self.htpasswd.touch()
        config = self.folder / "config"
        config.write_text(
            "[server]\n"
            f"hosts = 127.0.0.1:{self.port}\n"
            "[auth]\n"
            "type = htpasswd\n"
            f"htpasswd_filename = {self.htpasswd}\n"
            "htpasswd_encryption = plain\n"
            "htpasswd_cache = False\n"
            "cache_logins = False\n"
            "delay = 0\n"
            "[rights]\n"
            "type = owner_only\n"
            "[storage]\n"
            f"filesystem_folder = {self.folder / 'collections'}\n"
            "[web]\n"
            "type = none\n"
            "[logging]\n"
            "level = warning\n",
            encoding="utf-8",
        )
        self.process = subprocess.Popen(
            [sys.executable, "-c", _LAUNCH, str(config)],
            stdout=subprocess.DEVNULL,
            stderr=(self.folder / "radicale.log").open("w"),
        )
        self._wait_until_listening()
        return self

    def _wait_until_listening(self, timeout: float = 20.0) -> None:
        """Poll the port until the server accepts connections (or has died)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                log = (self.folder / "radicale.log").read_text(errors="replace")
                raise RuntimeError(f"Radicale exited at start-up:\n{log}")
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return
            except OSError:
                time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"Radicale did not listen on port {self.port} within {timeout}s")

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None


if __name__ == "__main__":  # a server to try sync by hand: python tests/sync/radicale_server.py FOLDER
    import tempfile

    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="radicale-"))
    server = RadicaleServer(folder)
    server.add_user("demo", "demo")
    server.start()
    print(f"Radicale at {server.url} (user demo, password demo), storage {folder}; Ctrl+C stops it")
    try:
        server.process.wait()
    except KeyboardInterrupt:
        server.stop()
