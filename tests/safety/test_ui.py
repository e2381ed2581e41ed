"""The safety features in the app: Back Up Now, automatic backups, restore, passphrase, privacy, start-up checks."""

from __future__ import annotations

import os
import sys

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QMessageBox

from mentordesk import db
from mentordesk.safety.backup import backup_now, list_backups
from mentordesk.safety.crypto import is_encrypted
from mentordesk.services import people
from mentordesk.services.health import stats
from tests.safety.helpers import damage_middle


@pytest.fixture
def window(qtbot, demo_db, tmp_path):
    from mentordesk.ui.main_window import MainWindow
    from mentordesk.ui.safety.actions import install_safety
    from mentordesk.ui.settings import Settings

    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    win = MainWindow(settings=settings)
    qtbot.addWidget(win)
    previous_hook = sys.excepthook
    install_safety(win)
    yield win
    sys.excepthook = previous_hook


def test_back_up_now_action_writes_a_backup(window, db_path):
    action = window.actions["back_up_now"]
    assert action.isVisible() and action.isEnabled()
    action.trigger()
    backups = list_backups(db_path)
    assert len(backups) == 1 and backups[0].reason == "manual"
    assert backups[0].path.name in window.statusBar().currentMessage()


def test_automatic_backups_only_when_something_changed(window, db_path):
    auto = window.safety.auto
    assert auto.timer.isActive() and auto.timer.interval() == 30 * 60 * 1000
    assert auto.maybe_backup("auto") is None  # nothing changed yet
    people.create_person(display_name="Changed Something")
    first = auto.maybe_backup("auto")
    assert first is not None and first.name.endswith("-auto.db")
    assert auto.maybe_backup("auto") is None
    people.create_person(display_name="Changed Again")
    auto.timer.timeout.emit()
    assert [b.reason for b in list_backups(db_path)] == ["auto", "auto"]
    people.create_person(display_name="Before Closing")
    window.close()
    assert list_backups(db_path)[0].reason == "on-close"


def test_closing_without_changes_makes_no_backup(window, db_path):
    window.close()
    assert list_backups(db_path) == []


def test_restore_dialog_lists_backups_with_counts(qtbot, demo_db, db_path):
    from mentordesk.ui.safety.restore import RestoreDialog

    backup_now()
    people.create_person(display_name="Newer Person")
    backup_now("auto")
    dialog = RestoreDialog(db_path)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.is_filled)
    assert dialog.tree.topLevelItemCount() == 2
    newest, older = dialog.tree.topLevelItem(0), dialog.tree.topLevelItem(1)
    assert newest.text(1) == "Automatically" and newest.text(2) == "41"
    from mentordesk.models import Meeting

    assert older.text(1) == "By you" and older.text(2) == "40" and older.text(4) == str(Meeting.select().count())
    assert dialog.restore_button.isEnabled()


def test_restore_dialog_marks_damaged_backups_unusable(qtbot, demo_db, db_path):
    from mentordesk.ui.safety.restore import RestoreDialog

    damage_middle(backup_now())
    dialog = RestoreDialog(db_path)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.is_filled)
    assert dialog.tree.topLevelItem(0).text(2) == "unreadable"
    assert not dialog.restore_button.isEnabled()


def test_restore_from_the_app_backs_up_first_and_refreshes(window, db_path, monkeypatch, qtbot):
    from mentordesk.ui.safety.restore import RestoreDialog

    backup_now()
    people.create_person(display_name="Regrettable Entry")
    assert stats()["people"] == 41

    def choose_oldest(dialog):
        qtbot.waitUntil(dialog.is_filled)
        dialog.select_row(dialog.tree.topLevelItemCount() - 1)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RestoreDialog, "exec", choose_oldest)
    with qtbot.waitSignal(window.hub.changed):
        window.actions["restore_backup"].trigger()
    assert stats()["people"] == 40
    reasons = [b.reason for b in list_backups(db_path)]
    assert "before-restore" in reasons
    saved = next(b for b in list_backups(db_path) if b.reason == "before-restore")
    from mentordesk.safety.integrity import file_stats

    assert file_stats(saved.path)["people"] == 41


def _fill_passphrase_dialog(monkeypatch, current, new, repeat=None):
    from mentordesk.ui.safety.passphrase import SetPassphraseDialog

    def fake_exec(dialog):
        dialog.current.setText(current or "")
        dialog.new.setText(new or "")
        dialog.repeat.setText(new if repeat is None else repeat)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(SetPassphraseDialog, "exec", fake_exec)


def test_set_change_and_remove_the_passphrase_from_the_app(window, db_path, monkeypatch, messages):
    counts = stats()
    backup_now()
    _fill_passphrase_dialog(monkeypatch, None, "first secret")
    window.actions["passphrase"].trigger()
    assert is_encrypted(db_path) and stats() == counts
    assert all(is_encrypted(b.path) for b in list_backups(db_path))
    assert b"Priya" not in db_path.read_bytes()

    _fill_passphrase_dialog(monkeypatch, "not it", "other")
    before = db_path.read_bytes()
    assert window.safety.change_passphrase() is False
    assert messages["shown"][-1][0] == "warning" and "wrong" in messages["shown"][-1][2]
    assert db_path.read_bytes() == before

    _fill_passphrase_dialog(monkeypatch, "first secret", "second")
    assert window.safety.change_passphrase()
    db.close_database()
    db.open_database(db_path, passphrase="second")
    _fill_passphrase_dialog(monkeypatch, "second", "")
    assert window.safety.change_passphrase()
    assert not is_encrypted(db_path) and stats() == counts


def test_rewriting_for_a_new_passphrase_runs_off_the_gui_thread_with_progress(window, db_path, monkeypatch, messages):
    """34 backups take ~30 s to re-key: the window keeps painting and a progress dialog names each file."""
    import threading

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QProgressDialog

    from mentordesk.safety import encryption

    backup_now()
    real, release, seen = encryption.change_encryption, threading.Event(), {}

    def held_until_the_gui_answers(path, old, new, progress=None):
        seen["worker"] = threading.current_thread() is not threading.main_thread()
        progress(0, 2, "first-file.db")
        if not release.wait(20):
            raise RuntimeError("the GUI thread never got to run")
        return real(path, old, new, progress=progress)

    def check_from_the_gui_thread():
        dialogs = window.findChildren(QProgressDialog)
        if dialogs and "first-file.db" in dialogs[0].labelText():
            seen["label"], seen["maximum"] = dialogs[0].labelText(), dialogs[0].maximum()
            release.set()
            poll.stop()

    poll = QTimer(window, interval=10)
    poll.timeout.connect(check_from_the_gui_thread)
    poll.start()
    monkeypatch.setattr(encryption, "change_encryption", held_until_the_gui_answers)
    _fill_passphrase_dialog(monkeypatch, None, "secret")
    assert window.safety.change_passphrase()
    assert seen["worker"] and seen["maximum"] == 2 and "Rewriting your data" in seen["label"]
    assert is_encrypted(db_path) and all(is_encrypted(b.path) for b in list_backups(db_path))
    assert not window.findChildren(QProgressDialog) or not window.findChildren(QProgressDialog)[0].isVisible()


def test_re_keying_reports_each_file_it_rewrites(demo_db, db_path):
    from mentordesk.safety.encryption import change_encryption

    backup_now()
    backup_now()
    db.close_database()
    reports = []
    assert change_encryption(db_path, None, "k", progress=lambda *r: reports.append(r)) == []
    names = [name for _done, _total, name in reports]
    total = reports[0][1]
    assert total == 1 + len(list_backups(db_path)), "the database and every backup, the one made first too"
    assert [done for done, _t, _n in reports] == list(range(total + 1))
    assert names[0] == db_path.name and names[-1] == ""
    db.open_database(db_path, passphrase="k")


def test_passphrase_dialog_refuses_mismatched_repeat(qtbot):
    from mentordesk.ui.safety.passphrase import SetPassphraseDialog

    dialog = SetPassphraseDialog(encrypted=False)
    qtbot.addWidget(dialog)
    dialog.new.setText("abc")
    dialog.repeat.setText("abd")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.error.isVisibleTo(dialog)


def test_privacy_mode_action_sets_the_shared_flag(window):
    from mentordesk.ui.privacy import privacy

    action = window.actions["privacy_mode"]
    assert action.isVisible() and action.isCheckable()
    action.trigger()
    assert privacy().enabled and privacy().where("people") == "t.sensitive = 0"
    action.trigger()
    assert not privacy().enabled and privacy().where("people") == ""


# --- start-up --------------------------------------------------------------------------------
def test_start_on_a_damaged_file_offers_the_newest_good_backup(demo_db, db_path, messages, released_guard):
    from mentordesk.ui.safety.opening import open_for_app

    good = backup_now()
    counts = stats()
    db.close_database()
    damage_middle(db_path)
    messages["answer"] = QMessageBox.StandardButton.No
    assert open_for_app(db_path) is False
    kind, _title, text = messages["shown"][-1]
    assert kind == "question" and "damaged" in text and "40 people" in text
    assert not any(".damaged-" in p.name for p in db_path.parent.iterdir()), "declining changes nothing"

    messages["answer"] = QMessageBox.StandardButton.Yes
    assert open_for_app(db_path) is True
    assert stats() == counts
    assert good.exists() and len(list_backups(db_path)) == 1


def test_start_on_a_damaged_file_without_backups_refuses(demo_db, db_path, messages, released_guard):
    from mentordesk.ui.safety.opening import open_for_app

    db.close_database()
    damage_middle(db_path)
    before = db_path.read_bytes()
    assert open_for_app(db_path) is False
    assert messages["shown"][-1][0] == "critical"
    assert db_path.read_bytes() == before


def test_start_asks_for_the_passphrase_until_right(demo_db, db_path, monkeypatch, released_guard):
    from mentordesk.safety.encryption import change_encryption
    from mentordesk.ui.safety import opening as safety_open

    db.close_database()
    change_encryption(db_path, None, "right")
    answers, seen_wrong = iter(["wrong", "right"]), []

    def fake_ask(path, wrong, parent=None):
        seen_wrong.append(wrong)
        return next(answers)

    monkeypatch.setattr(safety_open, "ask_passphrase", fake_ask)
    assert safety_open.open_for_app(db_path) is True
    assert seen_wrong == [False, True] and stats()["people"] == 40


def test_cancelling_the_passphrase_does_not_start(demo_db, db_path, monkeypatch, released_guard):
    from mentordesk.safety.encryption import change_encryption
    from mentordesk.safety.lock import held_elsewhere
    from mentordesk.ui.safety import opening as safety_open

    db.close_database()
    change_encryption(db_path, None, "right")
    monkeypatch.setattr(safety_open, "ask_passphrase", lambda *a, **k: None)
    assert safety_open.open_for_app(db_path) is False
    assert held_elsewhere(db_path) is None, "the lock is given back"


def test_a_second_instance_wakes_the_first(qtbot, db_path):
    from mentordesk.ui.single_instance import SingleInstance

    first, second = SingleInstance(db_path), SingleInstance(db_path)
    try:
        assert first.claim()
        assert not second.claim() and second.owner == os.getpid()
        with qtbot.waitSignal(first.activated, timeout=5000):
            assert second.wake_other()
    finally:
        first.release()
    assert second.claim()
    second.release()


def test_a_second_launch_waits_for_a_first_one_still_starting(qtbot, db_path):
    """The first instance listens only once its window is up; a second launch meanwhile keeps knocking."""
    import threading

    from PySide6.QtCore import QTimer

    from mentordesk.ui.single_instance import SingleInstance

    first, second = SingleInstance(db_path), SingleInstance(db_path)
    assert first.claim(listen=False) and first.server is None
    assert not second.claim()
    answered = {}
    knocking = threading.Thread(target=lambda: answered.setdefault("ok", second.wake_other(10_000)))
    try:
        with qtbot.waitSignal(first.activated, timeout=15_000):
            knocking.start()
            QTimer.singleShot(300, first.listen)  # the first window paints a moment later
        knocking.join()
        assert answered["ok"]
    finally:
        first.release()


def test_finishing_start_up_starts_answering_later_launches(qtbot, demo_db, db_path, qapp, released_guard):
    from mentordesk.ui.app import finish_startup
    from mentordesk.ui.main_window import MainWindow
    from mentordesk.ui.safety.opening import claimed_instance, open_for_app

    db.close_database()
    assert open_for_app(db_path, defer_full_check=True, listen=False) is True
    assert claimed_instance().server is None, "nothing listens before the first frame"
    window = MainWindow(deferred=True)
    qtbot.addWidget(window)
    finish_startup(window)
    assert claimed_instance().server is not None and claimed_instance().server.isListening()


def test_unexpected_errors_are_logged_privately_and_shown_with_details(qtbot, monkeypatch):
    from mentordesk.ui.safety import errors as safety_errors

    shown = []
    monkeypatch.setattr(safety_errors, "show_error", lambda details, parent=None: shown.append(details))
    previous = sys.excepthook
    try:
        safety_errors.install_error_handler()
        try:
            raise ValueError("boom in a slot")
        except ValueError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = previous
    assert shown and "ValueError: boom in a slot" in shown[0]
    log_file = safety_errors.log_path()
    assert "boom in a slot" in log_file.read_text()
    if os.name == "posix":
        assert log_file.stat().st_mode & 0o777 == 0o600
    box = safety_errors.error_dialog("details here")
    qtbot.addWidget(box)
    assert box.detailedText() == "details here"
    copy = next(b for b in box.buttons() if "Copy" in b.text())
    copy.click()
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == "details here"


def test_privacy_mode_hides_sensitive_people_and_notes(window, qtbot):
    from mentordesk.ui.areas.person_page import person_story_html

    secret = people.create_person(display_name="Secret Sam", sensitive=True)
    open_book = people.create_person(display_name="Open Olga", notes="Confidential remark about Olga")
    secret_id = getattr(secret, "id", secret)
    open_id = getattr(open_book, "id", open_book)
    people_area = window.record_areas["people"]
    people_area.model.refresh()
    assert secret_id in people_area.model.ids()
    window.show_area("people")
    assert people_area.select(open_id)
    form = people_area.page.editor.form
    notes_row = form.widgets["notes"].parentWidget()
    assert form.layout_.isRowVisible(notes_row)

    window.actions["privacy_mode"].trigger()
    assert secret_id not in people_area.model.ids() and open_id in people_area.model.ids()
    assert "Confidential remark" not in person_story_html(open_id)
    assert not form.layout_.isRowVisible(notes_row)

    window.actions["privacy_mode"].trigger()
    assert secret_id in people_area.model.ids()
    assert "Confidential remark" in person_story_html(open_id)
    assert form.layout_.isRowVisible(notes_row)


def test_privacy_mode_keeps_sensitive_people_out_of_global_search(window, qtbot):
    from mentordesk.services import meetings

    secret = people.create_person(display_name="Secretive Quill", sensitive=True)
    meetings.log_meeting(held_at="2024-05-01 10:00", attendee_ids=[secret.id], summary="Quill lunch",
                         advice=[{"advice": "Quill says leave now", "path": "switch"}])
    people.create_person(display_name="Open Quill")
    panel = window.search_panel

    def titles():
        window.search_box.setText("Quill")
        panel.run()
        return [panel.model.item(r).child(c).text() for r in range(panel.model.rowCount())
                for c in range(panel.model.item(r).rowCount())]

    assert any("Secretive" in t for t in titles())
    window.actions["privacy_mode"].trigger()
    shown = titles()
    assert any("Open Quill" in t for t in shown)
    assert not any("Secretive" in t or "lunch" in t or "leave now" in t for t in shown), shown
