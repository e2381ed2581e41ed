"""Sync in the app: account page, background sync with status line, retries, and the conflicts dialog."""

from __future__ import annotations

import re

import keyring
import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QMessageBox

from mentordesk.models import Person
from mentordesk.services import people
from mentordesk.sync.account import KEYRING_SERVICE, choose_account, keyring_user, save_password
from mentordesk.sync.runner import run_sync
from mentordesk.sync.state import SyncAccount, SyncItem
from mentordesk.ui.settings import Settings


@pytest.fixture
def settings(tmp_path):
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def messages(monkeypatch):
    """QMessageBox statics patched: calls are recorded instead of shown."""
    calls = []
    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(
            lambda parent, title, text, *a, _kind=kind, **k: calls.append((_kind, title, text)) or QMessageBox.StandardButton.Ok))
    return calls


@pytest.fixture
def window(qtbot, settings, messages):
    from mentordesk.ui.main_window import MainWindow
    from mentordesk.ui.sync.controller import install_sync

    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    install_sync(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.sync.stop()


def make_conflict(account, server):
    """A person whose title changed here and (differently) on the server since the last sync."""
    report = run_sync(account.url, account.username, account.password)
    person = Person.select().order_by(Person.id).first()
    href = SyncItem.get((SyncItem.kind == "person") & (SyncItem.local_id == person.id)).href
    card = re.sub(r"^TITLE:.*$", "TITLE:Server title", server.get(href), flags=re.M)
    server.put(href, card.replace("END:VCARD", "NOTE:server note\r\nEND:VCARD"))
    people.update_person(person.id, title="Local title", notes="local note")
    assert run_sync(account.url, account.username, account.password).people.conflicts == 1
    return person.id, href, report


def row_of(dialog, label: str) -> int:
    for row in range(dialog.table.rowCount()):
        if dialog.table.item(row, dialog.FIELD).text() == label:
            return row
    raise AssertionError(f"no row {label}")


def click_cell(qtbot, table, row: int, column: int) -> None:
    rect = table.visualItemRect(table.item(row, column))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_conflict_dialog_shows_both_versions_and_merges_by_field(qtbot, small_network, account, server):
    from mentordesk.ui.sync.conflicts import ConflictDialog

    person_id, href, _ = make_conflict(account, server)
    dialog = ConflictDialog()
    qtbot.addWidget(dialog)
    dialog.show()

    assert dialog.list.count() == 1 and "Ana Ruiz" in dialog.list.item(0).text()
    title = row_of(dialog, "Title")
    assert dialog.table.item(title, dialog.LOCAL).text() == "Local title"
    assert dialog.table.item(title, dialog.REMOTE).text() == "Server title"
    assert dialog.table.item(title, dialog.LOCAL).font().bold()  # differing fields stand out
    assert not dialog.table.item(row_of(dialog, "Emails"), dialog.LOCAL).font().bold()

    click_cell(qtbot, dialog.table, title, dialog.REMOTE)  # the server's title, this computer's notes
    assert dialog.table.item(title, dialog.LOCAL).checkState() == Qt.CheckState.Unchecked
    with qtbot.waitSignal(dialog.resolved_all):
        qtbot.mouseClick(dialog.merge, Qt.MouseButton.LeftButton)

    person = Person.get_by_id(person_id)
    assert (person.title, person.notes) == ("Server title", "local note")
    report = run_sync(account.url, account.username, account.password)
    assert report.people.uploaded == 1 and report.open_conflicts == 0
    text = server.get(href)
    assert "TITLE:Server title" in text and "NOTE:local note" in text


def test_keeping_the_server_version_from_the_dialog(qtbot, small_network, account, server):
    from mentordesk.ui.sync.conflicts import ConflictDialog

    person_id, _, _ = make_conflict(account, server)
    dialog = ConflictDialog()
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.resolved_all):
        qtbot.mouseClick(dialog.keep_remote, Qt.MouseButton.LeftButton)
    assert Person.get_by_id(person_id).title == "Server title"
    assert run_sync(account.url, account.username, account.password).moved == 0


def test_account_page_keeps_the_password_in_the_keyring_only(qtbot, database, settings, tmp_path, memory_keyring):
    from mentordesk.ui.sync.account import SyncAccountPage

    page = SyncAccountPage(settings)
    qtbot.addWidget(page)
    qtbot.keyClicks(page.url, "http://127.0.0.1:5232/")
    qtbot.keyClicks(page.username, "ana")
    qtbot.keyClicks(page.password, "s3cret-pass")
    assert page.apply()

    account = SyncAccount.get()
    assert (account.url, account.username) == ("http://127.0.0.1:5232/", "ana")
    assert keyring.get_password(KEYRING_SERVICE, keyring_user(account.url, "ana")) == "s3cret-pass"
    settings.sync()
    assert "s3cret-pass" not in (tmp_path / "settings.ini").read_text()
    assert all("s3cret-pass" not in str(value) for value in account.__data__.values())
    again = SyncAccountPage(settings)  # reopening shows the account, not the password
    qtbot.addWidget(again)
    assert again.url.text() == "http://127.0.0.1:5232/" and again.password.text() == ""
    assert "keyring" in again.password.placeholderText()


def test_background_sync_from_the_action_updates_the_status_line(qtbot, small_network, account, window):
    choose_account(account.url, account.username)
    save_password(account.url, account.username, account.password)
    status = window.findChild(type(window.sync.status), "sync_status")
    ticks, progress = [], []
    heartbeat = QTimer(window)
    heartbeat.timeout.connect(lambda: ticks.append(1))
    heartbeat.start(5)
    window.sync.progressed.connect(lambda done, total, what: progress.append((done, total)))

    with qtbot.waitSignal(window.sync.finished, timeout=60000) as finished:
        window.actions["sync_now"].trigger()
        assert window.sync.running() and not window.actions["sync_now"].isEnabled()
    heartbeat.stop()

    assert finished.args == [True]
    assert ticks, "the GUI thread kept running its event loop during the sync"
    assert progress and progress[-1][0] == progress[-1][1]
    qtbot.waitUntil(lambda: window.actions["sync_now"].isEnabled())
    assert status.text().startswith("Synced at") and "people: 4 up" in status.text()
    assert window.sync.timer.isActive()  # the next automatic sync is scheduled
    assert SyncItem.select().where(SyncItem.kind == "person").count() == 4


def test_wrong_password_shows_a_clear_status_and_retries_later(qtbot, small_network, account, window):
    choose_account(account.url, account.username)
    save_password(account.url, account.username, "not-the-password")

    with qtbot.waitSignal(window.sync.finished, timeout=60000) as finished:
        assert window.sync.sync_now()

    assert finished.args == [False]
    text = window.sync.status.text()
    assert text.startswith("Sync failed:") and "127.0.0.1" in text and "password" in text and "Retrying at" in text
    assert window.sync.timer.isActive() and window.sync.timer.remainingTime() > 60_000


def test_conflicts_show_in_the_status_line_and_open_the_dialog(qtbot, small_network, account, server, window):
    make_conflict(account, server)
    choose_account(account.url, account.username)
    save_password(account.url, account.username, account.password)
    with qtbot.waitSignal(window.sync.finished, timeout=60000):
        window.actions["sync_now"].trigger()
    assert "1 conflict to resolve" in window.sync.status.text()
    qtbot.waitUntil(lambda: getattr(window.sync, "conflict_dialog", None) is not None)  # asked by the user: shown
    dialog = window.sync.conflict_dialog
    assert dialog.isVisible() and dialog.list.count() == 1
    assert window.actions["sync_conflicts"].isEnabled()
    dialog.reject()


def test_sync_without_an_account_points_to_preferences(qtbot, database, window, monkeypatch):
    opened = []
    monkeypatch.setattr(window.sync, "_open_preferences", lambda: opened.append(True))
    assert not window.sync.sync_now(user_asked=True)
    assert opened and "not set up" in window.sync.status.text()


def test_preferences_has_a_sync_page(qtbot, database, window):
    from mentordesk.ui.preferences import PreferencesDialog

    dialog = PreferencesDialog(window.settings, window)
    qtbot.addWidget(dialog)
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert "Sync" in titles


def test_account_page_moves_credentials_out_of_the_url(qtbot, database, settings, memory_keyring):
    from mentordesk.ui.sync.account import SyncAccountPage

    page = SyncAccountPage(settings)
    qtbot.addWidget(page)
    qtbot.keyClicks(page.url, "https://ana:s3cret@dav.example.com/dav/")
    assert page.apply()
    account = SyncAccount.get()
    assert (account.url, account.username) == ("https://dav.example.com/dav/", "ana")
    assert keyring.get_password(KEYRING_SERVICE, keyring_user(account.url, "ana")) == "s3cret"
    assert "s3cret" not in page.url.text()


def test_unchanged_sync_says_so_and_a_skipped_card_is_named(qtbot, small_network, account, server, window,
                                                             monkeypatch):
    from mentordesk.services.core import ValidationError

    first = run_sync(account.url, account.username, account.password)
    choose_account(account.url, account.username)
    save_password(account.url, account.username, account.password)
    with qtbot.waitSignal(window.sync.finished, timeout=60000):
        window.sync.sync_now(user_asked=False)
    assert window.sync.status.text().endswith("nothing changed")
    qtbot.waitUntil(lambda: not window.sync.running())

    real_create = people.create_person
    monkeypatch.setattr(people, "create_person", lambda **f: (_ for _ in ()).throw(
        ValidationError("phones[1]", "does not look like a phone number")) if f.get("display_name") == "Pat <b>Ext</b>"
        else real_create(**f))
    server.put(first.addressbook + "ext.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:ext\r\nFN:Pat <b>Ext</b>\r\n"
               "N:Ext;Pat;;;\r\nTEL:+1 (555) 123-4567 ext. 12\r\nEND:VCARD\r\n")
    with qtbot.waitSignal(window.sync.finished, timeout=60000) as finished:
        window.sync.sync_now(user_asked=False)
    assert finished.args == [True]
    text = window.sync.status.text()
    assert "\n" not in text and "1 skipped" in text
    assert "skipped contact 'Pat &lt;b&gt;Ext&lt;/b&gt;' (" in text and "ext.vcf): phones[1]" in text


def test_emptied_address_book_asks_with_count_and_names_then_keeps_everyone(qtbot, small_network, account, server,
                                                                            window):
    first = run_sync(account.url, account.username, account.password)
    for href in server.list(first.addressbook):
        server.delete(href)
    choose_account(account.url, account.username)
    save_password(account.url, account.username, account.password)

    with qtbot.waitSignal(window.sync.finished, timeout=60000) as finished:
        window.actions["sync_now"].trigger()
    assert finished.args == [False]
    assert "Sync stopped:" in window.sync.status.text() and "4 people" in window.sync.status.text()
    qtbot.waitUntil(lambda: getattr(window.sync, "deletion_box", None) is not None)
    box = window.sync.deletion_box
    assert "4 people" in box.text() and "Nothing was changed" in box.text()
    assert "Ana Ruiz" in box.detailedText() and "Dev Patel" in box.detailedText()
    assert Person.select().count() == 4 and SyncItem.select().where(SyncItem.kind == "person").count() == 4

    with qtbot.waitSignal(window.sync.finished, timeout=60000) as finished:
        qtbot.mouseClick(window.sync.allow_button, Qt.MouseButton.LeftButton)
    assert finished.args == [True]
    assert Person.select().count() == 4
    assert "4 removed from the server, kept here" in window.sync.status.text()
    assert window.actions["sync_removed"].isEnabled()

    qtbot.waitUntil(lambda: not window.sync.running())
    dialog = window.sync.show_removed()
    assert dialog.list.count() == 4
    with qtbot.waitSignal(window.sync.finished, timeout=60000):
        qtbot.mouseClick(dialog.upload, Qt.MouseButton.LeftButton)  # all checked: back to the server
    assert len(server.list(first.addressbook)) == 4
    dialog.reject()


def test_person_page_says_the_person_was_removed_from_the_address_book(qtbot, small_network, account, server):
    from mentordesk.sync.removed import restore
    from mentordesk.ui.areas.person_page import PersonPage
    from mentordesk.ui.undo import Edits

    run_sync(account.url, account.username, account.password)
    ana = Person.get(Person.display_name == "Ana Ruiz")
    server.delete(SyncItem.get((SyncItem.kind == "person") & (SyncItem.local_id == ana.id)).href)
    assert run_sync(account.url, account.username, account.password).people.removed == 1
    page = PersonPage(Edits())
    qtbot.addWidget(page)
    page.show_person(ana.id)
    text = page.story.toPlainText()
    assert text.startswith("Removed from the address book on the server") and "Ana Ruiz" in text
    restore()
    page.refresh()
    assert "Removed from the address book" not in page.story.toPlainText()
