"""`mentordesk sync` for scripts: output, exit codes and one-line errors."""

from __future__ import annotations

from mentordesk.cli import main


def test_cli_sync_then_nothing_to_move(small_network, db_path, account, monkeypatch, capsys):
    monkeypatch.setenv("MENTORDESK_SYNC_PASSWORD", account.password)
    assert main(["sync", "--db", str(db_path), "--url", account.url, "--username", account.username]) == 0
    out = capsys.readouterr().out
    assert "people: 4 up, 0 down, 0 deleted; meetings: 3 up, 0 down, 0 deleted" in out
    assert "backup before the first sync" in out
    # The account is remembered: later runs need no --url/--username.
    assert main(["sync", "--db", str(db_path)]) == 0
    assert "nothing changed: this computer and the server already agree" in capsys.readouterr().out


def test_cli_password_from_the_keyring(small_network, db_path, account, memory_keyring, capsys, monkeypatch):
    from mentordesk.sync.account import save_password

    save_password(account.url, account.username, account.password)
    assert main(["sync", "--db", str(db_path), "--url", account.url, "--username", account.username, "--quiet"]) == 0
    assert capsys.readouterr().out == ""


def test_cli_without_password_is_one_line(small_network, db_path, account, capsys):
    assert main(["sync", "--db", str(db_path), "--url", account.url, "--username", account.username]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "MENTORDESK_SYNC_PASSWORD" in err


def test_cli_wrong_password_is_one_line_naming_the_server(small_network, db_path, account, monkeypatch, capsys):
    monkeypatch.setenv("MENTORDESK_SYNC_PASSWORD", "wrong")
    assert main(["sync", "--db", str(db_path), "--url", account.url, "--username", account.username]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and account.url.rstrip("/") in err and "401" in err and "Traceback" not in err


def test_cli_credentials_in_the_url_go_to_the_keyring_never_the_database(small_network, db_path, account,
                                                                          memory_keyring, capsys):
    from mentordesk.sync.account import current_account, load_password

    with_secret = account.url.replace("http://", f"http://{account.username}:{account.password}@")
    assert main(["sync", "--db", str(db_path), "--url", with_secret]) == 0
    assert account.password not in capsys.readouterr().out
    stored = current_account()
    assert stored.url == account.url and stored.username == account.username
    assert load_password(account.url, account.username) == account.password
    assert account.password.encode() not in db_path.read_bytes()
    assert main(["sync", "--db", str(db_path)]) == 0  # later runs find the password in the keyring


def test_cli_credentials_never_printed_in_errors(small_network, db_path, capsys):
    from radicale_server import free_port

    url = f"http://ana:hunter2@127.0.0.1:{free_port()}/"
    assert main(["sync", "--db", str(db_path), "--url", url]) == 1
    err = capsys.readouterr().err
    assert "hunter2" not in err and "cannot reach http://127.0.0.1:" in err
    from mentordesk.sync.state import SyncAccount

    assert all("hunter2" not in f"{a.url} {a.last_error}" for a in SyncAccount.select())


def test_account_stored_with_credentials_by_an_older_version_is_cleaned(small_network, account, memory_keyring):
    from mentordesk.models import now
    from mentordesk.sync.account import current_account, load_password
    from mentordesk.sync.state import SyncAccount

    dirty = account.url.replace("http://", f"http://{account.username}:{account.password}@")
    SyncAccount.create(url=dirty, username=account.username, chosen_at=now())
    assert current_account().url == account.url
    assert load_password(account.url, account.username) == account.password
    assert not SyncAccount.select().where(SyncAccount.url.contains(account.password)).exists()


def test_cli_save_password_failing_after_a_good_sync_says_both(small_network, db_path, account, monkeypatch,
                                                               memory_keyring, capsys):
    from keyring.errors import KeyringError

    def broken(*args):
        raise KeyringError("no keyring daemon is running")

    monkeypatch.setattr(memory_keyring, "set_password", broken)
    monkeypatch.setenv("MENTORDESK_SYNC_PASSWORD", account.password)
    code = main(["sync", "--db", str(db_path), "--url", account.url, "--username", account.username,
                 "--save-password"])
    captured = capsys.readouterr()
    assert code == 0
    assert "people: 4 up" in captured.out
    [line] = captured.err.splitlines()
    assert "the sync worked" in line and "password was not saved" in line and "no keyring daemon" in line


def test_cli_conflict_hint_names_the_real_menu_item(qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from mentordesk.commands.sync import CONFLICTS_MENU, REMOVED_MENU
    from mentordesk.ui.main_window import MainWindow
    from mentordesk.ui.settings import Settings
    from mentordesk.ui.sync.controller import install_sync

    window = MainWindow(settings=Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(window)
    install_sync(window)
    menu = window.menus["file"]
    shown = {f"{menu.title()} > {action.text()}".replace("&", "") for action in menu.actions()}
    assert CONFLICTS_MENU in shown and REMOVED_MENU in shown
    window.sync.stop()
