"""What subcommands share: the --db option and opening the database from it."""

from __future__ import annotations

import argparse

from mentordesk import db


def add_db_option(parser: argparse.ArgumentParser) -> None:
    """Every subcommand takes --db PATH."""
    parser.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS,
                        help="database file (default: $MENTORDESK_DB or your user-data folder)")


def open_db(args: argparse.Namespace):
    """Open the database named by --db (or the default) and bind the models to it."""
    return db.open_database(getattr(args, "db", None))
