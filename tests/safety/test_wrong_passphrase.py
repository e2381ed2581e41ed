"""A wrong passphrase changes nothing, really (issue #14, part 6): every safety command stops before it
touches a file, and says the passphrase is wrong rather than "no usable backup"."""

from __future__ import annotations

import pytest

from mentordesk.safety.backup import list_backups
from mentordesk.safety.encryption import change_encryption, rewrite_file
from tests.safety.helpers import demo_file_at, folder_state, run_cli


@pytest.fixture(scope="module")
def encrypted_template(tmp_path_factory):
    """An encrypted database with one encrypted backup and one plain one (made before encryption)."""
    folder = tmp_path_factory.mktemp("template")
    path = demo_file_at(folder / "x.db")
    from mentordesk import db
    from mentordesk.safety.backup import backup_now

    db.open_database(path)
    try:
        backup_now()
    finally:
        db.close_database()
    change_encryption(path, None, "right")
    rewrite_file(list_backups(path)[-1].path, "right", None)
    return folder


@pytest.fixture
def setup(encrypted_template, tmp_path):
    import shutil

    shutil.copytree(encrypted_template, tmp_path / "s")
    return tmp_path / "s" / "x.db"


@pytest.mark.parametrize("command", [
    ["restore", "latest"],
    ["restore", "PLAIN"],
    ["restore", "ENCRYPTED"],
    ["backup"],
    ["backups"],
    ["decrypt"],
    ["change-passphrase"],
    ["encrypt"],  # the plain backup would be encrypted: only with the database's passphrase
])
def test_every_command_stops_on_a_wrong_passphrase_before_touching_a_file(setup, command):
    backups = list_backups(setup)
    plain = next(b.path for b in backups if b.path.read_bytes().startswith(b"SQLite format 3"))
    encrypted = next(b.path for b in backups if b.path != plain)
    args = [{"PLAIN": plain, "ENCRYPTED": encrypted}.get(arg, arg) for arg in command]
    before = folder_state(setup.parent)
    result = run_cli(*args, "--db", setup, passphrase="wrong", env_extra={"MENTORDESK_NEW_PASSPHRASE": "n"})
    assert result.returncode == 1, result.stderr
    assert f"wrong passphrase for {setup}: nothing was changed" in result.stderr
    assert "no usable backup" not in result.stderr and "Traceback" not in result.stderr
    assert folder_state(setup.parent) == before
    assert not list(setup.parent.glob("*.damaged-*"))


def test_restore_without_a_passphrase_never_moves_the_encrypted_database_aside(setup, tmp_path):
    plain_db = demo_file_at(tmp_path / "other.db")
    before = folder_state(setup.parent)
    result = run_cli("restore", plain_db, "--db", setup)  # no passphrase and no terminal
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert folder_state(setup.parent) == before


def test_the_reported_case_restore_over_a_healthy_encrypted_database(setup, tmp_path):
    """`MENTORDESK_PASSPHRASE=wrong mentordesk restore --db x.db other.db` used to move x.db aside."""
    other = demo_file_at(tmp_path / "other.db")
    before = setup.read_bytes()
    result = run_cli("restore", "--db", setup, other, passphrase="wrong")
    assert result.returncode == 1 and "wrong passphrase" in result.stderr
    assert setup.read_bytes() == before
    assert not list(setup.parent.glob("x.db.damaged-*"))


def test_a_damaged_encrypted_database_is_still_restored_with_the_right_passphrase(setup):
    with open(setup, "r+b") as fh:  # the first page (key check) is destroyed
        fh.seek(0)
        fh.write(b"\xff" * 4096)
    result = run_cli("restore", "latest", "--db", setup, passphrase="right")
    assert result.returncode == 0, result.stderr
    assert list(setup.parent.glob("x.db.damaged-*")), "the damaged file is kept aside"
    assert run_cli("check", "--db", setup, passphrase="right").returncode == 0
