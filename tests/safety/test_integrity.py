"""Integrity on open, encrypted opening and migrations that fail half-way."""

from __future__ import annotations

import sqlite3

import pytest
from peewee import OperationalError

from mentordesk import db, migrations
from mentordesk.safety.backup import backup_now, list_backups
from mentordesk.safety.encryption import change_encryption
from mentordesk.safety.errors import DatabaseDamaged, PassphraseRequired, WrongPassphrase
from mentordesk.safety.integrity import COUNTED_TABLES, file_stats, newest_good_backup
from mentordesk.services.health import stats
from tests.safety.helpers import damage_middle


def test_a_damaged_file_is_refused_on_open_and_backups_are_untouched(demo_db, db_path):
    good = backup_now()
    good_bytes = good.read_bytes()
    db.close_database()
    damage_middle(db_path)
    with pytest.raises(DatabaseDamaged) as caught:
        db.open_database(db_path)
    assert "damaged" in str(caught.value) and caught.value.problems
    assert newest_good_backup(db_path).path == good
    assert good.read_bytes() == good_bytes
    assert len(list_backups(db_path)) == 1


def test_newest_good_backup_skips_damaged_backups(demo_db, db_path):
    older = backup_now()
    newer = backup_now()
    damage_middle(newer)
    assert newest_good_backup(db_path).path == older


def test_encrypted_database_opens_only_with_its_passphrase(demo_db, db_path):
    counts = stats()
    db.close_database()
    change_encryption(db_path, None, "pass phrase")
    with pytest.raises(PassphraseRequired):
        db.open_database(db_path)
    before = db_path.read_bytes()
    with pytest.raises(WrongPassphrase):
        db.open_database(db_path, passphrase="wrong")
    assert db_path.read_bytes() == before
    db.open_database(db_path, passphrase="pass phrase")
    assert stats() == counts
    backup = backup_now()
    assert not backup.read_bytes().startswith(b"SQLite format 3")
    # A backup's counts cover the five core tables every file has (older backups have no opportunities).
    assert file_stats(backup, "pass phrase") == {k: n for k, n in counts.items() if k in COUNTED_TABLES}
    assert file_stats(backup, "wrong") is None


def test_wrong_key_prints_nothing_on_stderr(demo_db, db_path, capfd):
    db.close_database()
    change_encryption(db_path, None, "k")
    capfd.readouterr()
    with pytest.raises(WrongPassphrase):
        db.open_database(db_path, passphrase="not k")
    assert "hmac" not in capfd.readouterr().err


def test_a_migration_failing_half_way_leaves_the_old_database_as_it_was(demo_db, db_path, monkeypatch):
    counts = stats()
    db.close_database()
    old_version = migrations.LATEST_VERSION

    def half_then_fail(migrator):
        migrator.database.execute_sql("ALTER TABLE person ADD COLUMN half_done TEXT")
        migrator.database.execute_sql("ALTER TABLE no_such_table ADD COLUMN x TEXT")

    monkeypatch.setattr(migrations, "STEPS", [*migrations.STEPS, half_then_fail])
    monkeypatch.setattr(migrations, "LATEST_VERSION", old_version + 1)
    with pytest.raises((db.DatabaseOpenError, OperationalError)):
        db.open_database(db_path)
    conn = sqlite3.connect(db_path)
    columns = [row[1] for row in conn.execute("PRAGMA table_info(person)")]
    version = conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0]
    conn.close()
    assert "half_done" not in columns and version == old_version
    backups = list_backups(db_path)
    assert [b.reason for b in backups] == ["before-migration"]
    assert file_stats(backups[0].path) == {k: n for k, n in counts.items() if k in COUNTED_TABLES}
