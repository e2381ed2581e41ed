"""What opening does with files that arrive odd: emptied to zero bytes, or readable by everyone."""

from __future__ import annotations

import os
import stat

import pytest

from mentordesk import db
from mentordesk.safety.files import sidecars

from .helpers import run_cli


@pytest.fixture
def emptied(tmp_path):
    """A database that held the demo network and has a backup, then was truncated to zero bytes."""
    path = tmp_path / "net.db"
    assert run_cli("demo", "--db", path).returncode == 0
    assert run_cli("backup", "--db", path).returncode == 0
    path.write_bytes(b"")
    for side in sidecars(path):
        side.unlink(missing_ok=True)
    return path


def test_an_emptied_database_beside_backups_is_reported_and_left_alone(emptied):
    result = run_cli("stats", "--db", emptied)
    assert result.returncode == 1
    assert "is empty (0 bytes)" in result.stderr and "restore" in result.stderr
    assert emptied.stat().st_size == 0, "it was set up as a new, empty database"
    restored = run_cli("restore", "--db", emptied, "latest")
    assert restored.returncode == 0, restored.stderr
    assert '"people": 40' in run_cli("stats", "--json", "--db", emptied).stdout


def test_the_app_offers_the_newest_backup_for_an_emptied_database(emptied, qapp, messages, released_guard):
    from mentordesk.models import Person
    from mentordesk.ui.safety.opening import open_for_app

    assert open_for_app(emptied)
    try:
        assert messages["shown"][0][0] == "question" and "empty" in messages["shown"][0][2]
        assert Person.select().count() == 40
    finally:
        db.close_database()


def test_a_new_empty_file_without_backups_is_simply_a_new_database(tmp_path):
    path = tmp_path / "fresh.db"
    path.write_bytes(b"")
    assert run_cli("stats", "--db", path).returncode == 0


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_a_database_copied_in_readable_by_everyone_is_made_private_on_open(tmp_path):
    path = tmp_path / "copied.db"
    assert run_cli("demo", "--db", path).returncode == 0
    os.chmod(path, 0o644)
    db.open_database(path)
    try:
        from mentordesk.services.people import create_person

        create_person(display_name="Mode Check")  # the WAL gets written (and created, if SQLite had not)
        for file in (path, *sidecars(path)[:2]):
            assert stat.S_IMODE(file.stat().st_mode) == 0o600, file.name
    finally:
        db.close_database()
