"""The safety subcommands as a user runs them: backup, backups, restore, check, encrypt and decrypt."""

from __future__ import annotations

import json
import os

import pytest

from tests.safety.helpers import damage_middle, run_cli

DEMO_NAMES = [b"Priya", b"Marcus"]


@pytest.fixture
def demo_file(tmp_path):
    path = tmp_path / "net.db"
    result = run_cli("demo", "--db", path)
    assert result.returncode == 0, result.stderr
    return path


def add_person(path, name):
    from mentordesk import db
    from mentordesk.services import people

    db.open_database(path)
    try:
        people.create_person(display_name=name)
    finally:
        db.close_database()


def stats_of(path, passphrase=None):
    result = run_cli("stats", "--json", "--db", path, passphrase=passphrase)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_backup_prints_the_new_file_which_holds_the_data(demo_file):
    result = run_cli("backup", "--db", demo_file)
    assert result.returncode == 0, result.stderr
    backup = demo_file.parent / result.stdout.strip()
    assert backup.is_file() and backup.parent.name == "net.db.backups"
    assert stats_of(backup) == stats_of(demo_file)
    listing = run_cli("backups", "--db", demo_file)
    assert "40 people" in listing.stdout and backup.name in listing.stdout


def test_check_catches_a_damaged_file_in_one_line_and_restore_latest_repairs_it(demo_file):
    assert run_cli("backup", "--db", demo_file).returncode == 0
    expected = stats_of(demo_file)
    damage_middle(demo_file)
    result = run_cli("check", "--db", demo_file)
    assert result.returncode == 1
    assert "damaged" in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    stats = run_cli("stats", "--db", demo_file)
    assert stats.returncode != 0 and "Traceback" not in stats.stderr

    restored = run_cli("restore", "latest", "--db", demo_file)
    assert restored.returncode == 0, restored.stderr
    assert run_cli("check", "--db", demo_file).returncode == 0
    assert stats_of(demo_file) == expected
    kept_aside = [p for p in demo_file.parent.iterdir() if ".damaged-" in p.name]
    assert kept_aside, "the damaged file is kept, not deleted"


def test_restore_backs_up_the_current_state_first(demo_file):
    first = demo_file.parent / run_cli("backup", "--db", demo_file).stdout.strip()
    add_person(demo_file, "Added After Backup")  # now 41 people
    result = run_cli("restore", first, "--db", demo_file)
    assert result.returncode == 0, result.stderr
    assert stats_of(demo_file)["people"] == 40
    before_restore = [p for p in first.parent.iterdir() if p.name.endswith("-before-restore.db")]
    assert len(before_restore) == 1 and stats_of(before_restore[0])["people"] == 41
    assert first.exists(), "restoring never consumes a backup"


def test_encrypt_hides_names_refuses_wrong_passphrase_and_keeps_stats(demo_file):
    plain_stats = stats_of(demo_file)
    assert run_cli("backup", "--db", demo_file).returncode == 0
    raw = demo_file.read_bytes()
    assert all(name in raw for name in DEMO_NAMES)

    result = run_cli("encrypt", "--db", demo_file, passphrase="correct horse")
    assert result.returncode == 0, result.stderr
    assert "encrypted" in result.stdout
    files = [demo_file, *(demo_file.parent / "net.db.backups").iterdir()]
    assert len(files) >= 3
    for path in files:
        data = path.read_bytes()
        assert not any(name in data for name in DEMO_NAMES), path
        assert not data.startswith(b"SQLite format 3")

    wrong = run_cli("stats", "--db", demo_file, passphrase="wrong")
    assert wrong.returncode == 1 and "wrong passphrase" in wrong.stderr
    assert "hmac" not in wrong.stderr and "Traceback" not in wrong.stderr
    missing = run_cli("stats", "--db", demo_file)  # no passphrase, no terminal
    assert missing.returncode != 0 and "encrypted" in missing.stderr
    assert stats_of(demo_file, "correct horse") == plain_stats
    search = run_cli("search", "coffee", "--db", demo_file, passphrase="correct horse")
    assert search.returncode == 0 and "meeting" in search.stdout  # FTS5 works under SQLCipher
    assert run_cli("check", "--db", demo_file, passphrase="correct horse").returncode == 0

    backup = run_cli("backup", "--db", demo_file, passphrase="correct horse")
    new_backup = demo_file.parent / backup.stdout.strip()
    assert b"Priya" not in new_backup.read_bytes()
    assert stats_of(new_backup, "correct horse") == plain_stats


def test_wrong_passphrase_on_decrypt_changes_nothing_and_right_one_decrypts(demo_file):
    assert run_cli("encrypt", "--db", demo_file, passphrase="s3cret").returncode == 0
    before = demo_file.read_bytes()
    wrong = run_cli("decrypt", "--db", demo_file, passphrase="nope")
    assert wrong.returncode == 1 and "wrong passphrase" in wrong.stderr
    assert demo_file.read_bytes() == before
    right = run_cli("decrypt", "--db", demo_file, passphrase="s3cret")
    assert right.returncode == 0, right.stderr
    assert b"Priya" in demo_file.read_bytes()
    assert stats_of(demo_file)["people"] == 40
    for backup in (demo_file.parent / "net.db.backups").iterdir():
        assert backup.read_bytes().startswith(b"SQLite format 3")


def test_change_passphrase(demo_file):
    assert run_cli("encrypt", "--db", demo_file, passphrase="old").returncode == 0
    result = run_cli("change-passphrase", "--db", demo_file, passphrase="old",
                     env_extra={"MENTORDESK_NEW_PASSPHRASE": "new"})
    assert result.returncode == 0, result.stderr
    assert run_cli("stats", "--db", demo_file, passphrase="old").returncode == 1
    assert stats_of(demo_file, "new")["people"] == 40


def test_encrypt_refuses_a_database_open_in_the_app(demo_file):
    from mentordesk.safety.lock import InstanceLock

    with InstanceLock(demo_file):
        result = run_cli("encrypt", "--db", demo_file, passphrase="x")
    assert result.returncode == 2 and "open in MentorDesk" in result.stderr
    assert demo_file.read_bytes().startswith(b"SQLite format 3")


def test_mistakes_are_one_line(tmp_path):
    result = run_cli("restore", tmp_path / "nope.db", "--db", tmp_path / "x.db")
    assert result.returncode == 2 and "does not exist" in result.stderr
    result = run_cli("decrypt", "--db", tmp_path / "x.db")
    assert result.returncode == 2 and "Traceback" not in result.stderr


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_database_wal_shm_and_backups_are_private(demo_file):
    from mentordesk import db
    from mentordesk.services import people

    db.open_database(demo_file)
    try:
        people.create_person(display_name="Wal Writer")
        files = [demo_file, demo_file.with_name("net.db-wal"), demo_file.with_name("net.db-shm")]
        assert all(p.exists() for p in files)
        for path in files:
            assert path.stat().st_mode & 0o777 == 0o600, path
    finally:
        db.close_database()
    backup = demo_file.parent / run_cli("backup", "--db", demo_file).stdout.strip()
    assert backup.stat().st_mode & 0o777 == 0o600
    assert run_cli("encrypt", "--db", demo_file, passphrase="p").returncode == 0
    assert demo_file.stat().st_mode & 0o777 == 0o600
