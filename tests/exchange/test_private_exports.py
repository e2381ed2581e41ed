"""Every export is written mode 0600 and a failed export leaves no temp file with the plaintext behind."""

from __future__ import annotations

import errno
import os

import pytest

from mentordesk.demo import load_demo
from mentordesk.exchange import registry
from mentordesk.services.core import ServiceError

EXPORTS = [("vcard", "people.vcf"), ("csv", "people.csv"), ("json", "all.json"), ("ics", "meetings.ics")]


def _mode(path) -> int:
    return os.stat(path).st_mode & 0o777


def _export(key, path):
    return registry.get(key).export(str(path), None, {"version": "3.0"})


@pytest.mark.parametrize("key, name", EXPORTS)
def test_every_export_is_private(demo_db, tmp_path, loose_umask, key, name):
    path = tmp_path / name
    _export(key, path)
    assert path.stat().st_size > 0 and _mode(path) == 0o600


@pytest.mark.parametrize("key, name", EXPORTS)
def test_overwriting_a_readable_file_makes_it_private(demo_db, tmp_path, loose_umask, key, name):
    path = tmp_path / name
    path.write_text("old")
    os.chmod(path, 0o644)
    _export(key, path)
    assert _mode(path) == 0o600 and path.read_bytes() != b"old"


def _disk_full_midway(monkeypatch):
    """os.write stores part of the first chunk, then the disk is full."""
    real_write, calls = os.write, []

    def write(fd, data):
        calls.append(fd)
        if len(calls) == 1:
            return real_write(fd, bytes(data[: max(1, len(data) // 2)]))
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "write", write)


def _fsync_fails(monkeypatch):
    """The whole plaintext is in the temp file when flushing it fails."""
    def fsync(fd):
        raise OSError(errno.EIO, os.strerror(errno.EIO))

    monkeypatch.setattr(os, "fsync", fsync)


def _replace_fails(monkeypatch):
    def replace(src, dst):
        raise OSError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr(os, "replace", replace)


@pytest.mark.parametrize("key, name", EXPORTS)
@pytest.mark.parametrize("failure", [_disk_full_midway, _fsync_fails, _replace_fails])
def test_failed_export_leaves_nothing_behind(demo_db, tmp_path, monkeypatch, key, name, failure):
    out = tmp_path / "out"
    out.mkdir()
    failure(monkeypatch)
    with pytest.raises(ServiceError, match="cannot write"):
        _export(key, out / name)
    monkeypatch.undo()
    assert os.listdir(out) == []


@pytest.mark.parametrize("key, name", EXPORTS)
def test_interrupted_export_leaves_nothing_behind(demo_db, tmp_path, monkeypatch, key, name):
    out = tmp_path / "out"
    out.mkdir()

    def interrupted(fd):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        _export(key, out / name)
    monkeypatch.undo()
    assert os.listdir(out) == []


def test_failed_export_keeps_the_previous_file(database, tmp_path, monkeypatch):
    load_demo()
    path = tmp_path / "people.csv"
    _export("csv", path)
    before = path.read_bytes()
    _fsync_fails(monkeypatch)
    with pytest.raises(ServiceError):
        _export("csv", path)
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert [name for name in os.listdir(tmp_path) if "people.csv" in name] == ["people.csv"]
