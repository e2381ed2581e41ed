"""Backups you can trust: a killed backup leaves no file named like one, rotation keeps good over bad,
and an unusable backups folder is one clear sentence, not a traceback (issue #14, part 4)."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys

import pytest

from mentordesk import db
from mentordesk.safety.backup import BackupError, backup_now, backups_dir, clean_leftovers, list_backups
from mentordesk.safety.integrity import check_file
from mentordesk.safety.rotation import rotate
from tests.safety.helpers import demo_file_at, run_cli, run_killed

posix_only = pytest.mark.skipif(os.name != "posix", reason="SIGKILL")


def _all_listed_backups_are_good(db_path, passphrase=None):
    for backup in list_backups(db_path):
        assert check_file(backup.path, passphrase) == [], f"{backup.path.name} is listed but unusable"


@posix_only
@pytest.mark.parametrize("spec, when", [
    ("mentordesk.safety.backup:raw_connect:1", "after"),  # the new file exists, nothing copied yet
    ("mentordesk.safety.backup:fsync_file:1", "before"),  # copied, not yet flushed
])
def test_a_killed_backup_leaves_nothing_that_looks_like_a_backup(tmp_path, spec, when):
    path = demo_file_at(tmp_path / "net.db")
    assert run_cli("backup", "--db", path).returncode == 0
    killed = run_killed(spec, "backup", "--db", path, when=when)
    assert killed.returncode == -signal.SIGKILL
    assert len(list_backups(path)) == 1, "only the finished backup carries a backup's name"
    _all_listed_backups_are_good(path)
    clean_leftovers(path)
    assert sorted(p.name for p in backups_dir(path).iterdir()) == [list_backups(path)[0].path.name]


@posix_only
def test_backups_killed_from_outside_at_random_moments_never_leave_junk(tmp_path):
    path = demo_file_at(tmp_path / "net.db")
    folder = backups_dir(path)
    for _ in range(4):
        child = subprocess.Popen([sys.executable, "-m", "mentordesk", "backup", "--db", str(path)],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        while child.poll() is None and not any(folder.glob("*.partial")):  # poll: kill mid-write
            pass
        child.send_signal(signal.SIGKILL)
        child.wait()
        _all_listed_backups_are_good(path)
    clean_leftovers(path)
    assert not list(folder.glob("*.partial"))


def _junk(folder, when, count):
    """What killed backups of older versions left: files with a backup's name and half a database."""
    folder.mkdir(exist_ok=True)
    for i in range(count):
        stamp = (when + dt.timedelta(seconds=i)).strftime("%Y%m%d-%H%M%S-%f")
        (folder / f"{stamp}-manual.db").write_bytes(b"SQLite format 3\x00" + b"\0" * 100)


def test_junk_backups_never_push_good_ones_out(demo_db, db_path):
    good = [backup_now("manual") for _ in range(3)]
    _junk(backups_dir(db_path), dt.datetime.now() - dt.timedelta(seconds=30), 10)
    _junk(backups_dir(db_path), dt.datetime.now() + dt.timedelta(seconds=1), 10)  # newer than the good ones
    newest = backup_now("manual")
    assert all(p.exists() for p in good), "a junk file took a good backup's slot"
    assert newest.exists()
    rotate(db_path)
    assert all(p.exists() for p in good + [newest])


def test_rotation_fills_every_slot_with_a_good_backup(demo_db, db_path):
    real = backup_now("auto")
    source = real.read_bytes()
    start = dt.datetime.now().replace(hour=9, minute=0)
    copies = []
    for i in range(15):  # fifteen good backups of one morning, a minute apart
        copy = backups_dir(db_path) / f"{(start + dt.timedelta(minutes=i)).strftime('%Y%m%d-%H%M%S-%f')}-auto.db"
        copy.write_bytes(source)
        copies.append(copy)
    for path in copies[-3:]:  # the three newest are damaged after the fact
        path.write_bytes(source[:3000])
    rotate(db_path)
    good_left = [p for p in [real, *copies[:-3]] if p.exists()]
    assert len(good_left) == 10, "every one of the ten recent slots holds a good backup"
    assert all(p.exists() for p in copies[-3:]), "rotation leaves damaged files alone (they may still help)"


def test_an_empty_backup_file_is_removed_by_rotation(demo_db, db_path):
    backup_now()
    empty = backups_dir(db_path) / "20200101-000000-000000-manual.db"
    empty.write_bytes(b"")
    backup_now()
    assert not empty.exists()


def test_clean_leftovers_removes_side_files_of_killed_runs(tmp_path):
    path = demo_file_at(tmp_path / "net.db")
    folder = backups_dir(path)
    folder.mkdir()
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    leftovers = [tmp_path / "net.db.restoring", tmp_path / "net.db.converting",
                 folder / "20240101-000000-000000-auto.db.converting",
                 folder / f"20240101-000000-000000-auto.db.{dead.pid}.partial"]
    for leftover in leftovers:
        leftover.write_bytes(b"half")
    stranger = folder / "notes.txt"
    stranger.write_text("mine")
    assert sorted(clean_leftovers(path)) == sorted(leftovers)
    assert not any(p.exists() for p in leftovers) and stranger.exists() and path.exists()


def test_a_backups_folder_that_is_a_file_is_one_sentence(demo_db, db_path):
    backups_dir(db_path).write_text("not a folder")
    with pytest.raises(BackupError, match="is a file, not a folder"):
        backup_now()
    db.close_database()
    result = run_cli("backup", "--db", db_path)
    assert result.returncode == 1 and "is a file, not a folder" in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
    db.open_database(db_path)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes anywhere")
def test_a_read_only_backups_folder_is_one_sentence(demo_db, db_path):
    backups_dir(db_path).mkdir(mode=0o500)
    try:
        with pytest.raises(BackupError, match="cannot write to the backups folder"):
            backup_now()
    finally:
        backups_dir(db_path).chmod(0o700)


def test_the_app_warns_about_an_unusable_backups_folder_without_a_crash_dialog(qtbot, demo_db, db_path, tmp_path,
                                                                                messages, monkeypatch):
    from PySide6.QtCore import QSettings

    from mentordesk.services import people
    from mentordesk.ui.safety import errors as safety_errors
    from mentordesk.ui.main_window import MainWindow
    from mentordesk.ui.safety.actions import install_safety
    from mentordesk.ui.settings import Settings

    crashes = []
    monkeypatch.setattr(safety_errors, "show_error", lambda details, parent=None: crashes.append(details))
    window = MainWindow(settings=Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(window)
    previous_hook = sys.excepthook
    try:
        install_safety(window)
        backups_dir(db_path).write_text("not a folder")
        assert window.safety.back_up_now() is None
        assert messages["shown"][-1][0] == "warning" and "is a file" in messages["shown"][-1][2]
        people.create_person(display_name="Needs Backing Up")
        assert window.safety.auto.maybe_backup("auto") is None
        assert "is a file" in window.statusBar().currentMessage()
    finally:
        sys.excepthook = previous_hook
    assert crashes == []
