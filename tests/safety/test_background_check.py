"""Start-up with the full integrity check deferred: a cheap sanity check first, the quick check in the background."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from mentordesk import db
from mentordesk.safety.backup import backup_now
from mentordesk.safety.lock import lock_path
from mentordesk.safety.opening import quick_check, sanity_check
from mentordesk.services import people
from mentordesk.services.health import stats
from tests.safety.helpers import damage_middle


@pytest.fixture
def exits(monkeypatch):
    codes: list[int] = []
    monkeypatch.setattr(QApplication, "exit", staticmethod(lambda code=0: codes.append(code)))
    return codes


def _pad(database) -> None:
    """Old notes filling most of the file, so damage in its middle lies where start-up reads nothing."""
    database.execute_sql("CREATE TABLE old_notes (body BLOB)")
    with database.atomic():
        for _ in range(300):
            database.execute_sql("INSERT INTO old_notes VALUES (zeroblob(3000))")


def _damaged_demo(db_path):
    """The demo network with a good backup, then damaged in the middle (where a sanity check does not read)."""
    _pad(db.database.obj)
    good = backup_now()
    counts = stats()
    db.close_database()
    damage_middle(db_path)
    return good, counts


def _window(qtbot, tmp_path):
    from mentordesk.ui.main_window import MainWindow
    from mentordesk.ui.safety.actions import install_safety
    from mentordesk.ui.settings import Settings

    win = MainWindow(settings=Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(win)
    previous_hook = sys.excepthook
    install_safety(win)
    sys.excepthook = previous_hook
    win.show()
    return win


def test_sanity_check_is_cheap_and_the_quick_check_still_finds_the_damage(demo_db, db_path):
    _pad(demo_db)
    assert sanity_check(demo_db) == [] and quick_check(demo_db) == []
    db.close_database()
    damage_middle(db_path)
    opened = db.open_database(db_path, full_check=False)
    assert sanity_check(opened) == []
    assert quick_check(opened), "the full check is what catches damage in the middle of the file"


def test_damage_found_in_the_background_blocks_edits_and_restores(qtbot, tmp_path, demo_db, db_path, messages,
                                                                  released_guard, exits):
    from mentordesk.ui.safety.check import start_background_check
    from mentordesk.ui.safety.opening import full_check_pending, open_for_app

    good, counts = _damaged_demo(db_path)
    assert open_for_app(db_path, defer_full_check=True) is True
    assert full_check_pending(), "only the sanity check ran before the window"
    win = _window(qtbot, tmp_path)
    blocked_when_asked = []
    messages_question = QMessageBox.question

    def answer(*args, **kwargs):
        blocked_when_asked.append(not win.centralWidget().isEnabled() and not win.menuBar().isEnabled())
        return messages_question(*args, **kwargs)

    QMessageBox.question = staticmethod(answer)
    check = start_background_check(win)
    with qtbot.waitSignal(check.checked, timeout=20000):
        pass
    qtbot.waitUntil(lambda: check.problems is not None)
    kind, _title, text = messages["shown"][-1]
    assert kind == "question" and "damaged" in text and "40 people" in text
    assert blocked_when_asked == [True], "edits are blocked while the damage is shown"
    assert exits == [], "the user restored, so the app keeps running"
    assert stats() == counts and quick_check(db.database.obj) == []
    assert any(".damaged-" in p.name for p in db_path.parent.iterdir()), "the damaged file is kept aside"
    assert win.centralWidget().isEnabled() and good.exists()
    assert people.find_people("")  # the restored file is open and readable


def test_declining_the_restore_after_the_background_check_quits(qtbot, tmp_path, demo_db, db_path, messages,
                                                                released_guard, exits):
    from mentordesk.ui.safety.check import start_background_check
    from mentordesk.ui.safety.opening import open_for_app

    _damaged_demo(db_path)
    before = db_path.read_bytes()
    assert open_for_app(db_path, defer_full_check=True) is True
    win = _window(qtbot, tmp_path)
    messages["answer"] = QMessageBox.StandardButton.No
    check = start_background_check(win)
    qtbot.waitUntil(lambda: check.problems is not None, timeout=20000)
    assert check.problems and messages["shown"][-1][0] == "question"
    assert exits == [1] and not win.centralWidget().isEnabled()
    db.close_database()
    assert db_path.read_bytes() == before, "the damaged file is left exactly as it was"


def test_a_sound_file_passes_the_background_check_quietly(qtbot, tmp_path, demo_db, db_path, messages,
                                                          released_guard, exits):
    from mentordesk.ui.safety.check import start_background_check
    from mentordesk.ui.safety.opening import open_for_app

    db.close_database()
    assert open_for_app(db_path, defer_full_check=True) is True
    win = _window(qtbot, tmp_path)
    check = start_background_check(win)
    qtbot.waitUntil(lambda: check.problems is not None, timeout=20000)
    assert check.problems == [] and messages["shown"] == [] and exits == []
    assert win.centralWidget().isEnabled()


def test_after_an_unclean_exit_the_full_check_runs_before_the_window(demo_db, db_path, messages, released_guard):
    from mentordesk.ui.safety.opening import full_check_pending, open_for_app

    _damaged_demo(db_path)
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    lock_path(db_path).write_text(f"{dead.pid}\n")  # what a crashed session leaves behind
    messages["answer"] = QMessageBox.StandardButton.No
    assert open_for_app(db_path, defer_full_check=True) is False
    assert messages["shown"][-1][0] == "question" and "damaged" in messages["shown"][-1][2]
    assert not full_check_pending()
