"""The app and the command line on one file: SQLite's locks stay in place, and every writer honours one lock."""

from __future__ import annotations

import builtins
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mentordesk import db
from mentordesk.storage import use_lock_path

from .helpers import run_cli

APP = Path(__file__).with_name("app_process.py")
HOLDER = ("import sys; from argparse import Namespace; from mentordesk.commands.common import open_db; "
          "open_db(Namespace(db=sys.argv[1])); print('open', flush=True); sys.stdin.read()")

posix_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc and flock")


@pytest.fixture
def demo_file(tmp_path) -> Path:
    path = tmp_path / "net.db"
    assert run_cli("demo", "--db", path).returncode == 0
    return path


def _start_app(path: Path) -> subprocess.Popen:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("MENTORDESK_PASSPHRASE", None)
    child = subprocess.Popen([sys.executable, str(APP), str(path)], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True, env=env)
    assert child.stdout.readline().strip() == "ready"
    return child


def _ask(child: subprocess.Popen, line: str) -> str:
    child.stdin.write(line + "\n")
    child.stdin.flush()
    return child.stdout.readline().strip()


def _deleted_files(pid: int, db_path: Path) -> list[str]:
    """The database's files (db, -wal, -shm) the process holds open that were unlinked under it."""
    fd_dir = Path(f"/proc/{pid}/fd")
    links = []
    for fd in fd_dir.iterdir():
        try:
            links.append(os.readlink(fd))
        except OSError:
            continue
    return [link for link in links if link.startswith(str(db_path)) and link.endswith("(deleted)")]


@posix_only
def test_a_command_beside_the_running_app_leaves_its_wal_and_a_later_save_survives_a_crash(demo_file):
    app = _start_app(demo_file)
    try:
        assert _ask(app, "checked") == "checked"  # the background check used to probe the header here
        stats = run_cli("stats", "--db", demo_file)
        assert stats.returncode == 0, stats.stderr
        assert _deleted_files(app.pid, demo_file) == [], "the command deleted the app's WAL or shared memory"
        assert _ask(app, "save Zora Survivor").startswith("saved ")
    finally:
        app.send_signal(signal.SIGKILL)
        app.wait()
        app.stdin.close()
        app.stdout.close()
    db.open_database(demo_file)
    try:
        from mentordesk.models import Person

        assert Person.select().where(Person.display_name == "Zora Survivor").count() == 1
    finally:
        db.close_database()


@pytest.fixture
def window(qtbot, demo_db, tmp_path):
    """The main window over the demo network, started the way the app starts (deferred areas, features)."""
    from PySide6.QtCore import QSettings

    from mentordesk.ui.main_window import MainWindow
    from mentordesk.ui.settings import Settings

    win = MainWindow(settings=Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_nothing_in_the_app_opens_its_own_database_file_from_python(window, db_path, monkeypatch, qtbot):
    """Any open()/close() of the live file from Python drops SQLite's POSIX locks: none may happen."""
    from PySide6.QtWidgets import QApplication

    from mentordesk.safety.backup import backup_now
    from mentordesk.ui.safety.check import start_background_check

    watched = {str(db_path.resolve()) + suffix for suffix in ("", "-wal", "-shm", "-journal")}
    opened: list[str] = []
    real_open, real_os_open = builtins.open, os.open

    def spy_open(file, *args, **kwargs):
        if isinstance(file, (str, Path)) and str(Path(file).resolve()) in watched:
            opened.append(str(file))
        return real_open(file, *args, **kwargs)

    def spy_os_open(file, *args, **kwargs):
        if isinstance(file, (str, Path)) and str(Path(file).resolve()) in watched:
            opened.append(str(file))
        return real_os_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", spy_open)
    monkeypatch.setattr(os, "open", spy_os_open)
    check = start_background_check(window)
    qtbot.waitUntil(lambda: check.problems is not None, timeout=10000)
    backup_now("manual")
    for index in range(window.stack.count()):
        window.stack.setCurrentIndex(index)
        QApplication.processEvents()
    assert check.problems == []
    assert opened == []


@posix_only
def test_restore_refuses_while_a_command_has_the_file_open_and_names_it(demo_file):
    assert run_cli("backup", "--db", demo_file).returncode == 0
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(demo_file)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        before = demo_file.stat().st_ino
        result = run_cli("restore", "--db", demo_file, "latest")
        assert result.returncode != 0
        assert f"process {holder.pid}" in result.stderr and "close it there first" in result.stderr
        assert demo_file.stat().st_ino == before, "the file was replaced under a live writer"
    finally:
        holder.communicate("")
    assert run_cli("restore", "--db", demo_file, "latest").returncode == 0, "free again once the writer is done"


def _vcards(count: int) -> str:
    return "".join(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Imported Person {n}\r\nN:Person {n};Imported;;;\r\n"
                   f"EMAIL:person{n}@example.org\r\nEND:VCARD\r\n" for n in range(count))


@posix_only
def test_restore_during_an_import_refuses_and_the_import_keeps_every_person(demo_file, tmp_path):
    assert run_cli("backup", "--db", demo_file).returncode == 0
    cards = tmp_path / "many.vcf"
    cards.write_text(_vcards(6000), encoding="utf-8")
    env = dict(os.environ)
    env.pop("MENTORDESK_PASSPHRASE", None)
    importer = subprocess.Popen([sys.executable, "-m", "mentordesk", "import", "--db", str(demo_file), str(cards)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    lock = str(use_lock_path(demo_file))
    while importer.poll() is None and not _holds(importer.pid, lock):
        time.sleep(0.005)  # poll until the import holds the database's use lock
    assert importer.poll() is None, "the import finished before it could be caught holding the lock"
    restore = run_cli("restore", "--db", demo_file, "latest")
    out, err = importer.communicate(timeout=300)
    assert importer.returncode == 0, err
    assert restore.returncode != 0 and "mentordesk import" in restore.stderr
    assert run_cli("stats", "--json", "--db", demo_file).stdout.count('"people": 6040') == 1


def _holds(pid: int, target: str) -> bool:
    try:
        return any(os.readlink(f"/proc/{pid}/fd/{fd}") == target for fd in os.listdir(f"/proc/{pid}/fd"))
    except OSError:
        return False


@posix_only
def test_a_writer_waits_for_a_restore_then_says_busy_never_damaged(demo_file):
    swapper = ("import sys; from mentordesk.storage import exclusive_use; "
               "h = exclusive_use(sys.argv[1], 'restore'); h.__enter__(); print('alone', flush=True); "
               "sys.stdin.read()")
    holder = subprocess.Popen([sys.executable, "-c", swapper, str(demo_file)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "alone"
        result = run_cli("demo", "--force", "--db", demo_file)
        assert result.returncode == 1
        assert "busy" in result.stderr and "try again" in result.stderr and "damaged" not in result.stderr
    finally:
        holder.communicate("")


def test_a_full_disk_is_reported_as_full_and_changes_nothing(db_path, monkeypatch):
    """SQLite's SQLITE_FULL (disk full) is not damage: the service says so and nothing is written."""
    from mentordesk.models import Person, database
    from mentordesk.services import people
    from mentordesk.services.core import StorageError

    db.open_database(db_path)
    pages = database.obj.execute_sql("PRAGMA page_count").fetchone()[0]
    database.obj.execute_sql(f"PRAGMA max_page_count = {pages}")
    before = Person.select().count()
    with pytest.raises(StorageError, match="full"):
        people.create_person(display_name="Too Much", notes="x" * 90_000)
    assert Person.select().count() == before


def test_the_command_line_reports_a_full_disk_not_damage(tmp_path, monkeypatch, capsys):
    from mentordesk import cli

    path = tmp_path / "small.db"
    assert cli.main(["stats", "--db", str(path)]) == 0
    cards = tmp_path / "many.vcf"
    cards.write_text(_vcards(2000), encoding="utf-8")
    monkeypatch.setitem(db.PRAGMAS, "max_page_count", 40)
    capsys.readouterr()
    assert cli.main(["import", "--db", str(path), str(cards)]) == 1
    err = capsys.readouterr().err
    assert "full" in err and "damaged" not in err
    db.close_database()


LOCKER = ("import sqlite3, sys; c = sqlite3.connect(sys.argv[1], isolation_level=None); "
          "c.execute('BEGIN IMMEDIATE'); print('locked', flush=True); sys.stdin.read(); c.execute('ROLLBACK')")


@posix_only
def test_a_save_that_meets_a_busy_file_says_busy_and_the_edit_stays_on_screen(window, db_path, qtbot, monkeypatch):
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QMessageBox

    from mentordesk.models import Person

    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text, *a: warnings.append(text)))
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda parent, title, text, *a: warnings.append(text)))
    window.show_area("people")
    qtbot.keySequence(window, QKeySequence.StandardKey.New)
    editor = window.record_areas["people"].editor
    qtbot.keyClicks(editor.form.widgets["display_name"], "Nia Patient")
    locker = subprocess.Popen([sys.executable, "-c", LOCKER, str(db_path)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert locker.stdout.readline().strip() == "locked"
        qtbot.keySequence(window, QKeySequence.StandardKey.Save)  # waits SQLite's busy timeout, then gives up
    finally:
        locker.communicate("")
    assert len(warnings) == 1 and "busy" in warnings[0] and "try again" in warnings[0]
    assert "damaged" not in warnings[0]
    assert editor.is_dirty() and editor.form.widgets["display_name"].text() == "Nia Patient"
    assert Person.select().where(Person.display_name == "Nia Patient").count() == 0
    qtbot.keySequence(window, QKeySequence.StandardKey.Save)  # free again: the same edit saves
    assert Person.select().where(Person.display_name == "Nia Patient").count() == 1


@posix_only
def test_the_apps_restore_refuses_while_a_command_has_the_file_open(window, db_path, messages):
    from mentordesk.models import Person
    from mentordesk.safety.backup import backup_now
    from mentordesk.ui.safety.actions import install_safety

    install_safety(window)
    backup = backup_now("manual")
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(db_path)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        before = db_path.stat().st_ino
        assert window.safety.restore_backup(backup) is False
        kind, _title, text = messages["shown"][-1]
        assert kind == "warning" and f"process {holder.pid}" in text
        assert db_path.stat().st_ino == before
        assert Person.select().count() == 40, "the app reopened its file and goes on"
    finally:
        holder.communicate("")
