"""A local Radicale for the sync benchmark, started in a temporary folder on a free port.

Radicale does work proportional to the collection on every PUT: it checks the new item's UID against
every item (storage.BaseCollection.has_uid reads them all) and scans its history folder for deleted
items to expire (_clean_history). A first upload of n items thus costs O(n²) on the server: 1,800
cards already took 36 ms a PUT here and growing, so the 15,000 items of the benchmark would take
about an hour, whoever sent them. This server answers the UID check from a set of the collection's
UIDs kept in step with uploads and deletions, and expires history at most once a minute, so the
figures time MentorDesk, the HTTP pool and a server doing constant work per item; the raw-PUT floor
runs against the very same server. Everything else is Radicale as shipped (fsync off, as in the tests).
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

_LAUNCH = """
import os, sys, threading, time
from radicale import config, log, server
from radicale.storage import multifilesystem

def exit_with_parent(parent=os.getppid()):
    while os.getppid() == parent:  # a killed benchmark must not leave the server behind
        time.sleep(0.5)
    os._exit(0)

Collection = multifilesystem.Collection
_uids = {}  # collection path -> the UIDs of its items, kept in step with writes (which hold Radicale's lock)
_upload, _delete = Collection.upload, Collection.delete

def has_uid(self, uid):
    known = _uids.get(self.path)
    if known is None:
        known = _uids[self.path] = {item.uid for item in self.get_all()}
    return uid in known

def upload(self, href, item):
    uploaded, replaced = _upload(self, href, item)
    known = _uids.get(self.path)
    if known is not None:
        if replaced is not None:
            known.discard(replaced.uid)
        known.add(uploaded.uid)
    return uploaded, replaced

def delete(self, href=None):
    _uids.pop(self.path, None)
    return _delete(self, href)

_clean_history, _cleaned = Collection._clean_history, {}

def clean_history(self):
    if time.monotonic() - _cleaned.get(self.path, -60) >= 60:  # housekeeping of deleted items, once a minute
        _cleaned[self.path] = time.monotonic()
        _clean_history(self)

Collection.has_uid, Collection.upload, Collection.delete = has_uid, upload, delete
Collection._clean_history = clean_history
threading.Thread(target=exit_with_parent, daemon=True).start()
configuration = config.load([(sys.argv[1], False)])
configuration.update({"storage": {"_filesystem_fsync": "False"}}, "bench", privileged=True)
log.setup()
log.set_level("warning", False)
server.serve(configuration)
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class BenchRadicale:
    """Radicale with plain htpasswd users and owner-only rights, storing into `folder`."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/"
        self.htpasswd = self.folder / "users"
        self.process: subprocess.Popen | None = None

    def add_user(self, name: str, password: str) -> None:
        with self.htpasswd.open("a", encoding="utf-8") as handle:
            handle.write(f"{name}:{password}\n")

    def start(self) -> "BenchRadicale":
        self.folder.mkdir(parents=True, exist_ok=True)
        self.htpasswd.touch()
        config = self.folder / "config"
        config.write_text(
            f"[server]\nhosts = 127.0.0.1:{self.port}\nmax_connections = 20\n"
            f"[auth]\ntype = htpasswd\nhtpasswd_filename = {self.htpasswd}\nhtpasswd_encryption = plain\n"
            "delay = 0\n"
            "[rights]\ntype = owner_only\n"
            f"[storage]\nfilesystem_folder = {self.folder / 'collections'}\n"
            "[web]\ntype = none\n[logging]\nlevel = warning\n", encoding="utf-8")
        self.process = subprocess.Popen([sys.executable, "-c", _LAUNCH, str(config)], stdout=subprocess.DEVNULL,
                                        stderr=(self.folder / "radicale.log").open("w"))
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError("Radicale exited at start-up:\n" + (self.folder / "radicale.log").read_text())
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return self
            except OSError:
                time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"Radicale did not listen on port {self.port}")

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None
