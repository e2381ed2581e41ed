"""Subcommands keeping data safe: backup, backups, restore, encrypt, decrypt and change-passphrase."""

from __future__ import annotations

import argparse
from pathlib import Path

from mentordesk.commands.common import add_db_option, open_db


def register(subparsers) -> None:
    p = subparsers.add_parser("backup", help="back up the database now and print the backup's path")
    add_db_option(p)
    p.set_defaults(handler=cmd_backup)

    p = subparsers.add_parser("backups", help="list the database's backups, newest first: encrypted or not, counts")
    add_db_option(p)
    p.set_defaults(handler=cmd_backups)

    p = subparsers.add_parser("restore", help="put a backup back in place (the current state is backed up first)")
    add_db_option(p)
    p.add_argument("backup", help="backup file, or 'latest' for the newest good backup")
    p.add_argument("--yes", action="store_true",
                   help="restore a backup made before encryption without asking (it is encrypted on the way in)")
    p.set_defaults(handler=cmd_restore)

    p = subparsers.add_parser("encrypt", help="encrypt the database and its backups with a passphrase")
    add_db_option(p)
    p.set_defaults(handler=cmd_encrypt)

    p = subparsers.add_parser("decrypt", help="remove the passphrase: store the database and backups unencrypted")
    add_db_option(p)
    p.set_defaults(handler=cmd_decrypt)

    p = subparsers.add_parser("change-passphrase",
                              help="re-encrypt with a new passphrase ($MENTORDESK_NEW_PASSPHRASE or typed)")
    add_db_option(p)
    p.set_defaults(handler=cmd_change_passphrase)


def _db_path(args: argparse.Namespace) -> Path:
    from mentordesk import db

    return Path(args.db) if getattr(args, "db", None) else db.default_path()


def _existing_db_path(args: argparse.Namespace, action: str = "replace") -> Path:
    """The database path, which must exist; this command then holds it alone (see `hold_alone`)."""
    from mentordesk.commands import CliError

    path = _db_path(args)
    if not path.is_file():
        raise CliError(f"{path} does not exist")
    hold_alone(path, action)
    return path


def hold_alone(path: Path, action: str) -> None:
    """Hold the database's use lock exclusively until this command exits: refuse, naming who, while the
    app or another command has the file open, and keep every other writer out meanwhile."""
    from mentordesk.commands import CliError
    from mentordesk.safety.lock import held_elsewhere
    from mentordesk.storage import StorageBusy, exclusive_use

    owner = held_elsewhere(path)  # the app holds this from launch, before its database is even open
    if owner:
        raise CliError(f"cannot {action} {path}: it is open in MentorDesk (process {owner}); close it first")
    try:
        exclusive_use(path, action).__enter__()  # freed when the process exits
    except StorageBusy as exc:
        raise CliError(str(exc)) from None


def _ask(reader, *read_args) -> str | None:
    from mentordesk.commands import CliError
    from mentordesk.safety.passphrase import NoPassphrase

    try:
        return reader(*read_args)
    except NoPassphrase as exc:
        raise CliError(str(exc)) from None


def _recover(path: Path, passphrase: str | None = None) -> str | None:
    """Finish or undo a conversion a killed run left and delete leftovers; prints and returns the note.

    `passphrase` is the one the command opens the files with (WrongPassphrase if it is the side the
    files no longer use); encrypt and change-passphrase pass None."""
    import sys

    from mentordesk.safety.backup import clean_leftovers
    from mentordesk.safety.encryption import resume_pending

    if not path.is_file():
        return None
    note = resume_pending(path, passphrase)
    if note:
        print(f"mentordesk: {note}", file=sys.stderr)
    clean_leftovers(path)
    return note


def cmd_backup(args) -> int:
    from mentordesk.safety.backup import backup_now
    from mentordesk.safety.passphrase import passphrase_from_env

    _recover(_db_path(args), passphrase_from_env())
    open_db(args)
    print(backup_now("manual"))
    return 0


def cmd_backups(args) -> int:
    from mentordesk.safety.backup import list_backups
    from mentordesk.safety.crypto import is_encrypted
    from mentordesk.safety.integrity import inspect_file, opens
    from mentordesk.safety.passphrase import passphrase_for, passphrase_from_env
    from mentordesk.safety.restore import check_passphrase

    path = _db_path(args)
    _recover(path, passphrase_from_env())
    backups = list_backups(path)
    if not backups:
        print(f"no backups of {path} yet", flush=True)
        return 0
    passphrase = _ask(passphrase_for, path) if path.exists() else None
    passphrase = passphrase or passphrase_from_env()
    if path.exists():
        check_passphrase(path, passphrase)
    for backup in backups:
        problems, counts = inspect_file(backup.path, passphrase)
        encrypted = is_encrypted(backup.path)
        if counts:
            summary = ", ".join(f"{n} {k}" for k, n in counts.items())
        elif encrypted and not opens(backup.path, passphrase):
            summary = "the current passphrase does not open it" if passphrase else "needs a passphrase"
        else:
            summary = f"unreadable: {problems[0]}"
        state = "encrypted" if encrypted else "plain"
        print(f"{backup.created:%Y-%m-%d %H:%M:%S}  {backup.reason:24} {state:9}  {summary}\t{backup.path}")
    return 0


def _confirm_plain_restore(args, source: Path, path: Path) -> None:
    """A backup made before encryption goes into an encrypted setup only when the user says so."""
    import sys

    from mentordesk.commands import CliError

    question = (f"{source.name} was made before {path.name} was encrypted; restoring it puts older data back "
                "(it is encrypted with the current passphrase on the way in).")
    if args.yes:
        return
    if not sys.stdin.isatty():
        raise CliError(f"{question} Add --yes to restore it; nothing was changed")
    try:
        answer = input(f"{question} Restore it? [y/N] ")
    except EOFError:
        answer = ""
    if answer.strip().lower() not in ("y", "yes"):
        raise CliError("nothing was restored")


def cmd_restore(args) -> int:
    from mentordesk.commands import CliError
    from mentordesk.safety.crypto import is_encrypted
    from mentordesk.safety.integrity import newest_good_backup
    from mentordesk.safety.passphrase import ask, passphrase_from_env
    from mentordesk.safety.restore import check_passphrase, needs_confirmation, restore_backup

    path = _db_path(args)
    if path.exists():
        path = _existing_db_path(args, "restore")
    elif path.parent.is_dir():
        hold_alone(path, "restore")
    passphrase = passphrase_from_env()
    if passphrase is None and is_encrypted(path):
        passphrase = _ask(ask, f"Passphrase for {path}: ")
    _recover(path, passphrase)
    check_passphrase(path, passphrase)  # a wrong passphrase stops here, before any file is touched
    if args.backup == "latest":
        newest = newest_good_backup(path, passphrase)
        if newest is None and passphrase is None and any(is_encrypted(p) for p in _backup_files(path)):
            passphrase = _ask(ask, "Passphrase of the backups: ")
            newest = newest_good_backup(path, passphrase)
        if newest is None:
            raise CliError(f"no usable backup of {path} found")
        source = newest.path
    else:
        source = Path(args.backup)
        if not source.is_file():
            raise CliError(f"{source} does not exist")
        if passphrase is None and is_encrypted(source):
            passphrase = _ask(ask, f"Passphrase for {source}: ")
    check_passphrase(path, passphrase, source)
    if needs_confirmation(source, path):
        _confirm_plain_restore(args, source, path)
    saved = restore_backup(source, path, passphrase)
    print(f"restored {path} from {source}; the previous state is in {saved}")
    return 0


def _backup_files(path: Path) -> list[Path]:
    from mentordesk.safety.backup import list_backups

    return [b.path for b in list_backups(path)]


def _report(path: Path, action: str, warnings: list[str]) -> int:
    import sys

    from mentordesk.safety.backup import list_backups

    for warning in warnings:
        print(f"mentordesk: warning: {warning}", file=sys.stderr)
    print(f"{action} {path} and {len(list_backups(path))} backup(s)")
    return 0


def _plain_backups(path: Path) -> list[Path]:
    from mentordesk.safety.crypto import is_encrypted

    return [p for p in _backup_files(path) if not is_encrypted(p)]


def cmd_encrypt(args) -> int:
    from mentordesk.commands import CliError
    from mentordesk.safety.crypto import is_encrypted
    from mentordesk.safety.encryption import change_encryption
    from mentordesk.safety.passphrase import new_passphrase, passphrase_for

    path = _existing_db_path(args, "encrypt")
    note = _recover(path)
    if is_encrypted(path):
        if _plain_backups(path):  # left by an older, interrupted version: encrypt them with the database's key
            key = _ask(passphrase_for, path)
            return _report(path, "encrypted the plain backups of", change_encryption(path, key, key))
        if note:
            return _report(path, "encrypted", [])
        raise CliError(f"{path} is already encrypted (use change-passphrase)")
    open_db(args)  # checks the file and brings an old one up to date before it is rewritten
    from mentordesk.db import close_database

    close_database()
    return _report(path, "encrypted", change_encryption(path, None, _ask(new_passphrase)))


def cmd_decrypt(args) -> int:
    from mentordesk.commands import CliError
    from mentordesk.safety.crypto import is_encrypted
    from mentordesk.safety.encryption import change_encryption
    from mentordesk.safety.passphrase import passphrase_for, passphrase_from_env

    path = _existing_db_path(args, "decrypt")
    note = _recover(path, passphrase_from_env())
    if not is_encrypted(path):
        if note:
            return _report(path, "decrypted", [])
        raise CliError(f"{path} is not encrypted")
    return _report(path, "decrypted", change_encryption(path, _ask(passphrase_for, path), None))


def cmd_change_passphrase(args) -> int:
    import os

    from mentordesk.commands import CliError
    from mentordesk.safety.crypto import is_encrypted
    from mentordesk.safety.encryption import change_encryption
    from mentordesk.safety.integrity import opens
    from mentordesk.safety.passphrase import ask, passphrase_for

    path = _existing_db_path(args, "change the passphrase of")
    note = _recover(path)
    if not is_encrypted(path):
        raise CliError(f"{path} is not encrypted (use encrypt)")
    old = _ask(passphrase_for, path)
    new = os.environ.get("MENTORDESK_NEW_PASSPHRASE") or None
    if new is None:
        new = _ask(ask, "New passphrase: ")
        if _ask(ask, "Repeat the new passphrase: ") != new:
            raise CliError("the two passphrases differ")
    if note and not opens(path, old) and opens(path, new) and not _plain_backups(path):
        return _report(path, "re-encrypted", [])  # the interrupted run was finished just now
    return _report(path, "re-encrypted", change_encryption(path, old, new))
