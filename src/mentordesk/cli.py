"""The `mentordesk` command: no subcommand opens the desktop app; subcommands script the database.

Qt is imported only when the desktop app is asked for, so subcommands start fast and run headless.
"""

from __future__ import annotations

import sys

from mentordesk.commands import COMMAND_MODULES, CliError, build_parser  # noqa: F401 - the command line's API

def _opens_app(argv: list[str]) -> bool:
    """True when argv is only `--db PATH` (or nothing): the desktop app, whose start need not import
    every subcommand module."""
    args = iter(argv)
    for arg in args:
        if arg == "--db":
            if next(args, None) is None:
                return False
        elif not arg.startswith("--db="):
            return False
    return True


def args_db(argv: list[str]):
    """The --db path given in argv, else the default database path (for error messages)."""
    from mentordesk.db import default_path

    for index, arg in enumerate(argv):
        if arg == "--db" and index + 1 < len(argv):
            return argv[index + 1]
        if arg.startswith("--db="):
            return arg[len("--db="):]
    return default_path()


def _explain_database_error(exc: BaseException, db_path) -> str:
    """SQLite's real reason in plain words: busy, disk full and read-only are not damage."""
    from mentordesk.storage import StorageBusy, explain_storage_error

    plain = str(exc) if isinstance(exc, StorageBusy) else explain_storage_error(exc, db_path)
    if plain:
        return plain
    return (f"the database is damaged or unreadable ({exc}); "
            "see 'mentordesk backups' and 'mentordesk restore'")


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the process exit status."""
    from mentordesk.db import DatabaseOpenError
    from mentordesk.safety.crypto import database_errors
    from mentordesk.services import ServiceError
    from mentordesk.storage import StorageBusy

    argv = sys.argv[1:] if argv is None else argv
    try:
        args = build_parser(commands=not _opens_app(argv)).parse_args(argv)
        if args.self_test:
            from mentordesk.selftest import run_self_test

            return run_self_test(args)
        if args.command is None:
            from mentordesk.ui.app import run_app
            from mentordesk.ui.selftest_probe import watch_startup

            watch_startup()  # no-op unless MENTORDESK_STARTUP_PROBE is set (packaging's start-up timing)
            return run_app(args)
        return int(args.handler(args) or 0)
    except (CliError, DatabaseOpenError, ServiceError) as exc:
        print(f"mentordesk: error: {exc}", file=sys.stderr)
        return 2 if isinstance(exc, CliError) else 1
    except (database_errors() + (StorageBusy,)) as exc:  # one line, never a traceback
        print(f"mentordesk: error: {_explain_database_error(exc, args_db(argv))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("mentordesk: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
