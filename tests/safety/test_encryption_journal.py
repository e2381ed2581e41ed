"""Encryption changes are all or nothing across the database and its backups, even when killed
(issue #14, part 5): the next command finishes or undoes the change, never leaves a mix."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

from mentordesk.safety.backup import backups_dir, list_backups
from mentordesk.safety.crypto import is_encrypted
from mentordesk.safety.integrity import check_file
from mentordesk.safety.journal import journal_path
from tests.safety.helpers import demo_file_at, run_cli, run_killed

posix_only = pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
NEW = {"MENTORDESK_NEW_PASSPHRASE": "new"}


@pytest.fixture
def net(tmp_path):
    """The demo network with one backup (each encrypted file costs ~0.2 s per opening: keep them few)."""
    from mentordesk import db
    from mentordesk.safety.backup import backup_now

    path = demo_file_at(tmp_path / "net.db")
    db.open_database(path)
    try:
        backup_now()
    finally:
        db.close_database()
    return path


def assert_all(path, passphrase):
    """The database and every backup open with `passphrase` (None: all plain); no side files are left."""
    files = [path, *(b.path for b in list_backups(path))]
    assert len(files) >= 2
    for file in files:
        assert is_encrypted(file) == bool(passphrase), file.name
        assert check_file(file, passphrase) == [], file.name
    assert not journal_path(path).exists()
    leftovers = [p.name for p in [*path.parent.iterdir(), *backups_dir(path).iterdir()]
                 if p.name.endswith((".converting", ".partial", ".restoring"))]
    assert leftovers == []


@posix_only
@pytest.mark.parametrize("spec, when", [
    ("mentordesk.safety.encryption:fsync_file:2", "after"),  # two files rewritten (or copied) so far
    ("mentordesk.safety.journal:_replace:1", "after"),  # the database renamed, no backup yet
])
def test_a_killed_encrypt_is_finished_or_undone_by_the_next_command(net, spec, when):
    killed = run_killed(spec, "encrypt", "--db", net, when=when, passphrase="secret")
    assert killed.returncode == -signal.SIGKILL
    listing = run_cli("backups", "--db", net, passphrase="secret")
    assert listing.returncode == 0, listing.stderr
    if is_encrypted(net):
        assert "finished the interrupted encryption" in listing.stderr
        assert_all(net, "secret")
        again = run_cli("encrypt", "--db", net, passphrase="secret")
        assert again.returncode == 2 and "already encrypted" in again.stderr
        latest = run_cli("restore", "latest", "--db", net, passphrase="secret")
        assert latest.returncode == 0, latest.stderr
        assert is_encrypted(net), "restore latest never puts a plain database back silently"
    else:
        assert "undid" in listing.stderr or listing.stderr == ""
        assert_all(net, None)
        again = run_cli("encrypt", "--db", net, passphrase="secret")
        assert again.returncode == 0, again.stderr
        assert_all(net, "secret")


@posix_only
@pytest.mark.parametrize("spec, when, finished", [
    ("mentordesk.safety.encryption:stage_file:2", "after", False),
    ("mentordesk.safety.journal:_replace:2", "after", True),
])
def test_a_killed_change_passphrase_leaves_no_backup_on_the_old_one(net, spec, when, finished):
    assert run_cli("encrypt", "--db", net, passphrase="old").returncode == 0
    killed = run_killed(spec, "change-passphrase", "--db", net, when=when, passphrase="old", env_extra=NEW)
    assert killed.returncode == -signal.SIGKILL
    if finished:
        told = run_cli("backups", "--db", net, passphrase="old")
        assert told.returncode == 1 and "now need the new passphrase" in told.stderr
        assert_all(net, "new")
        assert run_cli("stats", "--db", net, passphrase="old").returncode == 1
    else:
        told = run_cli("backups", "--db", net, passphrase="new")
        assert told.returncode == 1 and "still on the old passphrase" in told.stderr
        assert "change-passphrase" in told.stderr
        assert_all(net, "old")


@posix_only
def test_a_killed_decrypt_leaves_no_mix(net):
    assert run_cli("encrypt", "--db", net, passphrase="k").returncode == 0
    killed = run_killed("mentordesk.safety.journal:_replace:2", "decrypt", "--db", net, passphrase="k")
    assert killed.returncode == -signal.SIGKILL
    again = run_cli("decrypt", "--db", net, passphrase="k")
    assert again.returncode == 0 and "finished the interrupted decryption" in again.stderr
    assert_all(net, None)


@posix_only
def test_encrypt_killed_from_outside_while_copying(net):
    child = subprocess.Popen([sys.executable, "-m", "mentordesk", "encrypt", "--db", str(net)],
                             env={**os.environ, "MENTORDESK_PASSPHRASE": "s"},
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while child.poll() is None and not journal_path(net).exists():  # poll: kill once the change has begun
        pass
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert run_cli("backups", "--db", net, passphrase="s").returncode == 0
    assert_all(net, "s" if is_encrypted(net) else None)


def test_encrypt_finishes_plain_backups_an_older_version_left_behind(net):
    """A database encrypted with plain backups beside it (what killed runs of older versions left)."""
    from mentordesk.safety.encryption import rewrite_file

    rewrite_file(net, None, "k")  # the database alone, as a killed old-style encrypt left it
    result = run_cli("encrypt", "--db", net, passphrase="k")
    assert result.returncode == 0, result.stderr
    assert_all(net, "k")


def test_backups_lists_whether_each_backup_is_encrypted_and_opens(net):
    from mentordesk.safety.encryption import rewrite_file

    plain = list_backups(net)[-1].path
    assert run_cli("encrypt", "--db", net, passphrase="k").returncode == 0
    other = list_backups(net)[0].path
    rewrite_file(other, "k", "someone else's")
    rewrite_file(plain, "k", None)
    listing = run_cli("backups", "--db", net, passphrase="k")
    assert listing.returncode == 0, listing.stderr
    lines = {line.split("\t")[1]: line for line in listing.stdout.splitlines()}
    assert " plain " in lines[str(plain)] and "40 people" in lines[str(plain)]
    assert " encrypted " in lines[str(other)] and "current passphrase does not open it" in lines[str(other)]
    rest = [line for name, line in lines.items() if name not in (str(plain), str(other))]
    assert all(" encrypted " in line and "40 people" in line for line in rest)


def test_a_plain_backup_goes_into_an_encrypted_setup_only_when_confirmed(net):
    from mentordesk.safety.encryption import rewrite_file

    assert run_cli("encrypt", "--db", net, passphrase="k").returncode == 0
    plain = list_backups(net)[-1].path
    rewrite_file(plain, "k", None)  # a backup from before encryption
    refused = run_cli("restore", plain, "--db", net, passphrase="k")
    assert refused.returncode == 2 and "--yes" in refused.stderr and "before" in refused.stderr
    assert not list(backups_dir(net).glob("*before-restore*")), "nothing was changed"
    restored = run_cli("restore", plain, "--yes", "--db", net, passphrase="k")
    assert restored.returncode == 0, restored.stderr
    assert is_encrypted(net) and check_file(net, "k") == []


def test_the_app_asks_before_restoring_a_plain_backup_into_an_encrypted_setup(qtbot, demo_db, db_path, tmp_path,
                                                                             messages, monkeypatch):
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox

    from mentordesk import db
    from mentordesk.safety.backup import backup_now
    from mentordesk.safety.encryption import change_encryption
    from mentordesk.services.health import stats
    from mentordesk.ui.main_window import MainWindow
    from mentordesk.ui.safety.actions import install_safety
    from mentordesk.ui.settings import Settings

    plain = backup_now()
    db.close_database()
    change_encryption(db_path, None, "k")
    from mentordesk.safety.encryption import rewrite_file

    rewrite_file(plain, "k", None)  # a backup from before encryption
    db.open_database(db_path, passphrase="k")
    window = MainWindow(settings=Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(window)
    previous_hook = sys.excepthook
    try:
        install_safety(window)
        messages["answer"] = QMessageBox.StandardButton.No
        before = os.stat(db_path)  # never read the open file: that would drop SQLite's locks
        assert window.safety.restore_backup(plain) is False
        after = os.stat(db_path)
        assert messages["shown"][-1][0] == "question"
        assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
        messages["answer"] = QMessageBox.StandardButton.Yes
        assert window.safety.restore_backup(plain)
        assert stats()["people"] == 40
    finally:
        sys.excepthook = previous_hook
    assert is_encrypted(db_path)


@posix_only
def test_opening_the_file_in_the_app_finishes_a_killed_encrypt(net, qapp, messages, released_guard, monkeypatch):
    """Every open (the app's too, not only the safety commands) finishes what a killed run left."""
    from mentordesk import db
    from mentordesk.ui.safety.opening import open_for_app

    killed = run_killed("mentordesk.safety.journal:_replace:1", "encrypt", "--db", net, when="after",
                        passphrase="secret")
    assert killed.returncode == -signal.SIGKILL and journal_path(net).exists()
    monkeypatch.setenv("MENTORDESK_PASSPHRASE", "secret")
    assert open_for_app(net)
    try:
        assert db.recovery_note and "finished the interrupted encryption" in db.recovery_note
    finally:
        db.close_database()
    assert_all(net, "secret")
