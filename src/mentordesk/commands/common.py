"""What subcommands share: the --db option and opening the database from it."""

from __future__ import annotations

import argparse

from mentordesk import db


def add_db_option(parser: argparse.ArgumentParser) -> None:
    """Every subcommand takes --db PATH."""
    parser.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS,
                        help="database file (default: $MENTORDESK_DB or your user-data folder)")


def open_db(args: argparse.Namespace, full_check: bool | None = None):
    """Open the database named by --db (or the default) and bind the models to it.

    An encrypted file is unlocked with $MENTORDESK_PASSPHRASE, else a passphrase typed without echo.
    `full_check` as db.open_database: by default the full integrity check runs only when it is owed.
    """
    from pathlib import Path

    from mentordesk.commands import CliError
    from mentordesk.safety.passphrase import NoPassphrase, passphrase_for

    path = Path(args.db) if getattr(args, "db", None) else db.default_path()
    try:
        passphrase = passphrase_for(path)
    except NoPassphrase as exc:
        raise CliError(f"{path} is encrypted: {exc}") from None
    return db.open_database(path, passphrase=passphrase, full_check=full_check)
