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
    assert "people: 0 up, 0 down, 0 deleted; meetings: 0 up, 0 down, 0 deleted" in capsys.readouterr().out


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
