"""Subcommands keeping data safe: backup, backups, restore, encrypt, decrypt and change-passphrase."""

from __future__ import annotations

import argparse
from pathlib import Path

from mentordesk.commands.common import add_db_option, open_db


def register(subparsers) -> None:
    p = subparsers.add_parser("backup", help="back up the database now and print the backup's path")
    add_db_option(p)
    p.set_defaults(handler=cmd_backup)

    p = subparsers.add_parser("backups", help="list the database's backups, newest first, with counts")
    add_db_option(p)
    p.set_defaults(handler=cmd_backups)

    p = subparsers.add_parser("restore", help="put a backup back in place (the current state is backed up first)")
    add_db_option(p)
    p.add_argument("backup", help="backup file, or 'latest' for the newest good backup")
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


def _existing_db_path(args: argparse.Namespace) -> Path:
    """The database path, which must exist and not be open in the app."""
    from mentordesk.cli import CliError
    from mentordesk.safety.lock import held_elsewhere

    path = _db_path(args)
    if not path.is_file():
        raise CliError(f"{path} does not exist")
    owner = held_elsewhere(path)
    if owner:
        raise CliError(f"{path} is open in MentorDesk (process {owner}); close it first")
    return path


def _ask(reader, *read_args) -> str | None:
    from mentordesk.cli import CliError
    from mentordesk.safety.passphrase import NoPassphrase

    try:
        return reader(*read_args)
    except NoPassphrase as exc:
        raise CliError(str(exc)) from None


def cmd_backup(args) -> int:
    from mentordesk.safety.backup import backup_now

    open_db(args)
    print(backup_now("manual"))
    return 0


def cmd_backups(args) -> int:
    from mentordesk.safety.backup import list_backups
    from mentordesk.safety.integrity import inspect_file
    from mentordesk.safety.passphrase import passphrase_for

    path = _db_path(args)
    backups = list_backups(path)
    if not backups:
        print(f"no backups of {path} yet", flush=True)
        return 0
    passphrase = _ask(passphrase_for, path) if path.exists() else None
    for backup in backups:
        problems, counts = inspect_file(backup.path, passphrase)
        summary = ", ".join(f"{n} {k}" for k, n in counts.items()) if counts else f"unreadable: {problems[0]}"
        print(f"{backup.created:%Y-%m-%d %H:%M:%S}  {backup.reason:24} {summary}\t{backup.path}")
    return 0


def cmd_restore(args) -> int:
    from mentordesk.cli import CliError
    from mentordesk.safety.crypto import is_encrypted
    from mentordesk.safety.integrity import newest_good_backup
    from mentordesk.safety.passphrase import ask, passphrase_from_env
    from mentordesk.safety.restore import restore_backup

    path = _db_path(args)
    if path.exists():
        path = _existing_db_path(args)
    passphrase = passphrase_from_env()
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


def cmd_encrypt(args) -> int:
    from mentordesk.cli import CliError
    from mentordesk.safety.crypto import is_encrypted
    from mentordesk.safety.encryption import change_encryption
    from mentordesk.safety.passphrase import new_passphrase

    path = _existing_db_path(args)
    if is_encrypted(path):
        raise CliError(f"{path} is already encrypted (use change-passphrase)")
    open_db(args)  # checks the file and brings an old one up to date before it is rewritten
    from mentordesk.db import close_database

    close_database()
    return _report(path, "encrypted", change_encryption(path, None, _ask(new_passphrase)))


def cmd_decrypt(args) -> int:
    from mentordesk.cli import CliError
    from mentordesk.safety.crypto import is_encrypted
    from mentordesk.safety.encryption import change_encryption
    from mentordesk.safety.passphrase import passphrase_for

    path = _existing_db_path(args)
    if not is_encrypted(path):
        raise CliError(f"{path} is not encrypted")
    return _report(path, "decrypted", change_encryption(path, _ask(passphrase_for, path), None))


def cmd_change_passphrase(args) -> int:
    import os

    from mentordesk.cli import CliError
    from mentordesk.safety.crypto import is_encrypted
    from mentordesk.safety.encryption import change_encryption
    from mentordesk.safety.passphrase import ask, passphrase_for

    path = _existing_db_path(args)
    if not is_encrypted(path):
        raise CliError(f"{path} is not encrypted (use encrypt)")
    old = _ask(passphrase_for, path)
    new = os.environ.get("MENTORDESK_NEW_PASSPHRASE") or None
    if new is None:
        new = _ask(ask, "New passphrase: ")
        if _ask(ask, "Repeat the new passphrase: ") != new:
            raise CliError("the two passphrases differ")
    return _report(path, "re-encrypted", change_encryption(path, old, new))
