"""Integrity checks where they belong: a cheap check on every open, SQLite's full quick check only when owed."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import subprocess
import sys

import pytest

from mentordesk import cli, db
from mentordesk.safety import checkup, opening
from mentordesk.safety.errors import DatabaseDamaged

# A process that opens the database and dies without closing it: what a crash or `kill -9` leaves.
KILLED = ("import os, signal, sys; from mentordesk import db; db.open_database(sys.argv[1]); "
          "os.kill(os.getpid(), signal.SIGKILL)")
EXITED = "import sys; from mentordesk import db; db.open_database(sys.argv[1])"  # a normal exit, never closed


@pytest.fixture
def full_checks(monkeypatch):
    """Every run of SQLite's full quick check on open, recorded (the check itself still runs)."""
    calls: list[str] = []
    real = opening.quick_check

    def spy(database):
        calls.append(database.database)
        return real(database)

    monkeypatch.setattr(opening, "quick_check", spy)
    return calls


@pytest.fixture
def known_file(database, db_path):
    """A small network, closed after a session that checked it fully and exited cleanly."""
    from mentordesk.services import meetings, people

    ids = [people.create_person(display_name=f"Person {index}", roles=["mentor"]).id for index in range(40)]
    meetings.log_meeting(held_at="2025-01-02 10:00", kind="coffee", attendee_ids=ids[:3])
    db.close_database()
    assert checkup.last_check(db_path)["ok"] and not checkup.unclean_sessions(db_path)
    return db_path


def run_cli(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "mentordesk", *map(str, args)], capture_output=True, text=True,
                          timeout=120)


def _run(code: str, path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, timeout=60)


def test_a_normal_open_runs_only_the_cheap_check(known_file, full_checks, monkeypatch, capsys):
    cheap: list[str] = []
    real_cheap = opening.sanity_check
    monkeypatch.setattr(opening, "sanity_check", lambda d: cheap.append(d.database) or real_cheap(d))
    db.open_database(known_file)
    db.close_database()
    assert cli.main(["stats", "--json", "--db", str(known_file)]) == 0
    assert json.loads(capsys.readouterr().out)["people"] == 40
    db.close_database()
    assert full_checks == [], "neither the open nor `mentordesk stats` read the whole file"
    assert len(cheap) == 2 and not db.fully_checked


def test_an_unclean_exit_makes_the_next_open_run_the_full_check_once(known_file, full_checks):
    killed = _run(KILLED, known_file)
    assert killed.returncode == -9, killed.stderr
    assert checkup.unclean_sessions(known_file), "the killed session's flag is left set"
    db.open_database(known_file)
    assert full_checks == [str(known_file)] and db.fully_checked
    db.close_database()
    assert not checkup.unclean_sessions(known_file), "the check covered that session"
    db.open_database(known_file)
    db.close_database()
    assert len(full_checks) == 1, "the next open is cheap again"


def test_a_clean_exit_that_never_closed_the_database_leaves_no_flag(known_file, full_checks):
    exited = _run(EXITED, known_file)
    assert exited.returncode == 0, exited.stderr
    assert not checkup.unclean_sessions(known_file)
    assert list(checkup.sessions_dir(known_file).iterdir()) == [checkup.sessions_dir(known_file) / "checked"]
    db.open_database(known_file)
    db.close_database()
    assert full_checks == []


def test_a_session_still_running_is_not_an_unclean_exit(known_file, full_checks):
    db.open_database(known_file)  # this process keeps the file open, as the app would
    try:
        other = _run("import sys; from mentordesk import db; db.open_database(sys.argv[1]); "
                     "print(db.fully_checked)", known_file)
    finally:
        db.close_database()
    assert other.returncode == 0 and other.stdout.strip() == "False", other.stderr


def test_mentordesk_check_runs_the_full_check(known_file, full_checks, capsys):
    assert cli.main(["check", "--db", str(known_file)]) == 0
    db.close_database()
    assert full_checks == [str(known_file)]
    assert "healthy" in capsys.readouterr().out


def test_the_full_check_is_owed_again_after_a_day(known_file, full_checks):
    record = checkup.sessions_dir(known_file) / checkup.CHECKED
    yesterday = (dt.datetime.now() - dt.timedelta(hours=25)).isoformat(timespec="seconds")
    record.write_text(json.dumps({"at": yesterday, "ok": True}))
    assert checkup.owed(known_file) == "the last full check is a day old"
    db.open_database(known_file)
    db.close_database()
    db.open_database(known_file)
    db.close_database()
    assert full_checks == [str(known_file)], "once a day, not on every open"


def test_the_app_checks_in_the_background_unless_the_last_exit_was_unclean(known_file, full_checks):
    db.open_database(known_file, full_check=False)
    db.close_database()
    assert full_checks == [] and not db.fully_checked
    assert _run(KILLED, known_file).returncode == -9
    db.open_database(known_file, full_check=False)
    db.close_database()
    assert full_checks == [str(known_file)], "after an unclean exit the full check runs before the window"


def _damage_a_middle_page_of(path, table: str) -> None:
    """Overwrite the header of a leaf page in the middle of `table` (first and last pages stay readable)."""
    conn = sqlite3.connect(path)
    pages = [p for (p,) in conn.execute("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' "
                                        "ORDER BY pageno", [table])]
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    assert len(pages) >= 3, pages
    with open(path, "r+b") as fh:
        fh.seek((pages[len(pages) // 2] - 1) * page_size)
        fh.write(b"\xff" * 16)


def test_damage_found_while_working_still_gives_the_clear_message(known_file, tmp_path):
    from mentordesk.services import people

    db.open_database(known_file)
    for index in range(400):  # enough people with notes for the person table to span many pages
        people.create_person(display_name=f"Filler {index}", notes="a long note about work " * 20)
    db.close_database()
    _damage_a_middle_page_of(known_file, "person")

    stats = run_cli("stats", "--db", known_file)
    assert stats.returncode == 0, "the cheap check does not read the middle of the file: the command runs"
    export = run_cli("export", "--format", "json", "--db", known_file, "-o", tmp_path / "all.json")
    assert export.returncode == 1 and "Traceback" not in export.stderr
    assert "damaged" in export.stderr and len(export.stderr.strip().splitlines()) == 1

    check = run_cli("check", "--db", known_file)
    assert check.returncode == 1 and "damaged" in check.stderr and "Traceback" not in check.stderr
    assert checkup.last_check(known_file)["ok"] is False
    again = run_cli("stats", "--db", known_file)
    assert again.returncode == 1 and "damaged" in again.stderr, "damage once seen is checked for on every open"
    with pytest.raises(DatabaseDamaged):
        db.open_database(known_file)
