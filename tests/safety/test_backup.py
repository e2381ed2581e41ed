"""Backups: the online copy is complete, private, never overwritten and rotated within bounds."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3

import pytest

from mentordesk.safety import backup as backup_mod
from mentordesk.safety.backup import backup_now, backups_dir, list_backups, parse_backup_name
from mentordesk.safety.rotation import MAX_BACKUPS, rotate, to_keep
from mentordesk.services import people


def test_backup_now_copies_the_bound_database(demo_db, db_path):
    people.create_person(display_name="Only In Backup")
    path = backup_now()
    assert path.parent == backups_dir(db_path)
    assert path.name.endswith("-manual.db")
    conn = sqlite3.connect(path)
    names = {row[0] for row in conn.execute("SELECT display_name FROM person")}
    conn.close()
    assert "Only In Backup" in names and len(names) == 41
    assert list_backups(db_path)[0].path == path


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_backup_files_and_folder_are_private(demo_db):
    path = backup_now("before import")
    assert path.name.endswith("-before-import.db")
    assert path.stat().st_mode & 0o777 == 0o600
    assert path.parent.stat().st_mode & 0o777 == 0o700


def test_two_backups_in_the_same_instant_never_overwrite(demo_db, monkeypatch):
    fixed = dt.datetime(2024, 5, 1, 10, 0, 0)

    class FrozenDateTime(dt.datetime):
        @classmethod
        def now(cls, tz=None):
            return fixed

    monkeypatch.setattr(backup_mod.dt, "datetime", FrozenDateTime)
    first = backup_now()
    second = backup_now()
    assert first != second and first.exists() and second.exists()


def _fake_backups(folder, stamps):
    folder.mkdir(parents=True, exist_ok=True)
    result = []
    for when in stamps:
        path = folder / f"{when.strftime('%Y%m%d-%H%M%S-%f')}-auto.db"
        path.write_bytes(b"x")
        result.append(parse_backup_name(path))
    return result


def test_rotation_keeps_recent_daily_weekly_monthly_and_is_bounded(tmp_path):
    db_path = tmp_path / "net.db"
    start = dt.datetime(2024, 1, 1, 8, 0)
    # Two years of a backup every 6 hours: 2,920 files.
    stamps = [start + dt.timedelta(hours=6 * i) for i in range(4 * 730)]
    backups = _fake_backups(backups_dir(db_path), stamps)
    keep = to_keep(backups)
    assert len(keep) <= MAX_BACKUPS
    newest = max(stamps)
    kept_times = sorted(b.created for b in backups if b.path in keep)
    assert kept_times[-1] == newest
    assert sum(1 for t in kept_times if newest - t < dt.timedelta(days=2)) >= 8
    months = {(t.year, t.month) for t in kept_times}
    assert len(months) >= 12  # a monthly copy reaches back a year
    removed = rotate(db_path, good=lambda backup: True)  # the fakes stand in for good backups
    assert len(list_backups(db_path)) == len(keep)
    assert len(removed) == len(stamps) - len(keep)


def test_rotation_ignores_files_that_are_not_backups(tmp_path):
    db_path = tmp_path / "net.db"
    folder = backups_dir(db_path)
    _fake_backups(folder, [dt.datetime(2020, 1, 1) + dt.timedelta(days=i) for i in range(60)])
    stranger = folder / "my notes.txt"
    stranger.write_text("keep me")
    rotate(db_path)
    assert stranger.exists()
