"""File ▸ New Database, Open Database and Open Recent on the real window, with real locks held by other processes."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from mentordesk import db as dbmod
from mentordesk.ui import databases
from mentordesk.ui.safety import opening

CHILD = textwrap.dedent("""
    import sys
    from mentordesk import storage
    from mentordesk.safety.lock import held_elsewhere
    storage.WAIT_SECONDS = 0.5
    path = sys.argv[1]
    try:
        with storage.exclusive_use(path, "test"):
            exclusive = "yes"
    except storage.StorageBusy:
        exclusive = "no"
    print(exclusive, held_elsewhere(path))
""")


def seen_from_another_process(path: Path) -> tuple[bool, int | None]:
    """(can another process have the file alone, pid of the MentorDesk holding its instance lock)."""
    out = subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True, check=True,
                         timeout=30).stdout.split()
    return out[0] == "yes", None if out[1] == "None" else int(out[1])


def people_in(path: Path) -> int:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT COUNT(*) FROM person").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def old_db(qapp, tmp_path, monkeypatch):
    """The demo network opened the way the app opens it: its single-instance lock held by this process."""
    from mentordesk.demo import load_demo

    monkeypatch.setattr(opening, "_claimed", None)
    path = tmp_path / "old.db"
    assert opening.open_for_app(path, listen=False)
    load_demo()
    yield path
    guard = opening.claimed_instance()
    if guard is not None:
        guard.release()
    dbmod.close_database()


@pytest.fixture
def switcher_window(old_db, make_window):
    window = make_window()
    assert window.context.instance is opening.claimed_instance() is not None
    return window


def choose(monkeypatch, path: Path) -> None:
    """The next file dialog answers `path`."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))


def test_new_database_opens_empty_on_the_welcome_page_and_lets_the_old_file_go(
        switcher_window, old_db, tmp_path, monkeypatch, qtbot):
    window = switcher_window
    before = people_in(old_db)
    assert seen_from_another_process(old_db) == (False, os.getpid())
    new = tmp_path / "fresh" / "new.db"
    new.parent.mkdir()
    choose(monkeypatch, new)
    window.actions["new_database"].trigger()
    assert new.is_file() and window.context.db_path == new
    assert window.stack.currentWidget() is window.welcome
    assert "new.db" in window.windowTitle()
    window.show_area("people")
    qtbot.waitUntil(lambda: window.record_areas["people"].model.rowCount() == 0)
    assert people_in(old_db) == before
    assert seen_from_another_process(old_db) == (True, None)
    assert seen_from_another_process(new) == (False, os.getpid())
    assert window.context.instance is opening.claimed_instance() and window.context.instance.db_path == new


def test_new_database_refuses_another_programs_file(switcher_window, old_db, tmp_path, monkeypatch, dialogs):
    other = tmp_path / "other.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE notes (text)")
    conn.commit()
    conn.close()
    data = other.read_bytes()
    choose(monkeypatch, other)
    switcher_window.actions["new_database"].trigger()
    assert switcher_window.context.db_path == old_db
    assert dialogs.calls[-1][:2] == ("warning", "Not a MentorDesk Database")
    assert other.read_bytes() == data


def test_open_with_unsaved_text_asks_first_and_cancel_keeps_everything(
        switcher_window, old_db, tmp_path, monkeypatch, dialogs, qtbot):
    window = switcher_window
    target = tmp_path / "target.db"
    choose(monkeypatch, target)
    window.show_area("people")
    area = window.record_areas["people"]
    area.select(area.model.ids()[0])
    field = area.editor.form.widgets["display_name"]
    field.setFocus()
    field.end(False)
    qtbot.keyClicks(field, " typed")
    assert area.is_dirty()
    dialogs.answers = [QMessageBox.StandardButton.Cancel]
    window.actions["open_database"].trigger()
    assert dialogs.calls[-1][:2] == ("question", "Unsaved changes")
    assert window.context.db_path == old_db and area.is_dirty() and field.text().endswith(" typed")
    assert not target.exists() or dbmod.file_kind(target) == "new"
    assert seen_from_another_process(target)[1] is None  # the lock claimed for the switch was given back
    dialogs.answers = [QMessageBox.StandardButton.Save]
    window.actions["open_database"].trigger()
    assert window.context.db_path == target
    assert any(n.endswith(" typed") for (n,) in sqlite3.connect(old_db).execute("SELECT display_name FROM person"))


def test_recent_list_order_and_a_restarted_window(switcher_window, old_db, tmp_path, monkeypatch, make_window, settings):
    window = switcher_window
    second, third = tmp_path / "second.db", tmp_path / "third.db"
    for path in (second, third):
        choose(monkeypatch, path)
        window.actions["new_database"].trigger()
    assert databases.recent_paths(settings)[:3] == [third, second, old_db]
    window.context.databases.fill_recent_menu()
    labels = [a.text() for a in window.context.databases.recent_menu.actions() if a.text()]
    assert labels[:2] == ["second.db", "old.db"]
    second.unlink()
    window.close()
    assert databases.remembered_database(settings) == third
    restarted = make_window()
    recent = restarted.context.databases
    recent.fill_recent_menu()
    entries = {a.text(): a for a in recent.recent_menu.actions() if a.text()}
    assert not entries["second.db (missing)"].isEnabled() and entries["old.db"].isEnabled()
    entries["old.db"].trigger()
    assert restarted.context.db_path == old_db
    assert databases.recent_paths(settings)[:2] == [old_db, third]


def test_a_file_open_in_another_mentordesk_is_refused_and_the_window_stays(
        switcher_window, old_db, tmp_path, monkeypatch, dialogs):
    busy = tmp_path / "busy.db"
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys; from mentordesk.safety.lock import InstanceLock\n"
         "with InstanceLock(sys.argv[1]):\n    print('held', flush=True); sys.stdin.read()", str(busy)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        choose(monkeypatch, busy)
        assert not switcher_window.context.databases.open_database()
        kind, title, text = dialogs.calls[-1]
        assert (kind, title) == ("warning", "Already Open")
        assert str(busy) in text and str(holder.pid) in text
        assert switcher_window.context.db_path == old_db
        assert seen_from_another_process(old_db) == (False, os.getpid())
    finally:
        holder.stdin.close()
        holder.wait(10)


def test_a_cancelled_passphrase_goes_back_to_the_old_file(switcher_window, old_db, tmp_path, monkeypatch, dialogs):
    locked = tmp_path / "locked.db"
    locked.write_bytes(os.urandom(4096))  # looks encrypted: the unlock dialog is asked, and cancelled
    monkeypatch.setattr(opening, "ask_passphrase", lambda *a, **k: None)
    choose(monkeypatch, locked)
    assert not switcher_window.context.databases.open_database()
    assert switcher_window.context.db_path == old_db
    assert dialogs.calls[-1][:2] == ("information", "Database Not Opened")
    assert seen_from_another_process(locked)[1] is None
    assert seen_from_another_process(old_db) == (False, os.getpid())


def test_the_help_lists_the_new_shortcuts(switcher_window):
    from mentordesk.ui.help import shortcut_rows

    rows = dict((what, keys) for keys, what in shortcut_rows(switcher_window))
    assert rows["File ▸ New Database…"] == "Ctrl+Shift+N" and rows["File ▸ Open Database…"] == "Ctrl+O"


def test_a_plain_start_opens_the_last_file_unless_told_otherwise(tmp_path, settings, monkeypatch):
    last = tmp_path / "last.db"
    last.touch()
    assert databases.remembered_database(settings) is None  # nothing remembered: the default file
    databases.remember(settings, tmp_path / "older.db")
    databases.remember(settings, last)
    assert databases.remembered_database(settings) == last
    monkeypatch.setenv("MENTORDESK_DB", str(tmp_path / "env.db"))
    assert databases.remembered_database(settings) is None  # $MENTORDESK_DB wins (and --db before it)
    monkeypatch.delenv("MENTORDESK_DB")
    last.unlink()
    assert databases.remembered_database(settings) is None  # a file since removed: the default file
