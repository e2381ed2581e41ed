"""Subcommands of the `mentordesk` command line, one module per area, and the parser that holds them."""

from __future__ import annotations

import argparse
import importlib

from mentordesk import __version__

# Each module defines register(subparsers); add a line here to add its subcommands.
COMMAND_MODULES = [
    "mentordesk.commands.networking",
    "mentordesk.commands.core",
    "mentordesk.commands.safety",
    "mentordesk.commands.exchange",
    "mentordesk.commands.sync",
    "mentordesk.commands.crossroads",
]


class CliError(Exception):
    """A user mistake on the command line: printed as one line, exit status 2."""


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose usage errors are one clear line, not a usage dump."""

    def error(self, message: str):  # noqa: D401 - argparse API
        raise CliError(f"{message} (see '{self.prog} --help')")


def build_parser(commands: bool = True) -> argparse.ArgumentParser:
    parser = _Parser(prog="mentordesk", description="MentorDesk: your network, organized to get you unstuck.")
    parser.add_argument("--version", action="version", version=f"MentorDesk {__version__}")
    parser.add_argument("--db", metavar="PATH", help="database file (default: $MENTORDESK_DB or your user-data folder)")
    parser.add_argument("--self-test", action="store_true", help=argparse.SUPPRESS)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMAND_MODULES if commands else ():
        importlib.import_module(name).register(subparsers)
    return parser
