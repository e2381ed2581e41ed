"""`mentordesk sync`: two-way sync with a CardDAV/CalDAV server, for scripts and cron."""

from __future__ import annotations

import sys

from mentordesk.commands.common import add_db_option, open_db


def register(subparsers) -> None:
    p = subparsers.add_parser("sync", help="two-way sync of people and meetings with a CardDAV/CalDAV server")
    add_db_option(p)
    p.add_argument("--url", help="server, principal or address-book URL (default: the account set up before)")
    p.add_argument("--username", help="user name on the server (default: the account set up before)")
    p.add_argument("--addressbook", metavar="URL", help="use this address book instead of finding one")
    p.add_argument("--calendar", metavar="URL", help="use this calendar instead of finding one")
    p.add_argument("--save-password", action="store_true",
                   help="store $MENTORDESK_SYNC_PASSWORD in the system keyring for later runs")
    p.add_argument("--quiet", action="store_true", help="print nothing when the sync succeeds")
    p.set_defaults(handler=cmd_sync)


def cmd_sync(args) -> int:
    from mentordesk.cli import CliError
    from mentordesk.sync.account import PASSWORD_ENV, current_account, load_password, save_password
    from mentordesk.sync.runner import run_sync

    open_db(args)
    stored = current_account()
    url = args.url or (stored.url if stored else None)
    username = args.username or (stored.username if stored and not args.url else None)
    if not url or not username:
        raise CliError("no sync account yet: give --url and --username")
    password = load_password(url, username)
    if not password:
        raise CliError(f"no password for {username} at {url}: set {PASSWORD_ENV} or store it in the keyring "
                       "(--save-password, or the app's sync settings)")
    report = run_sync(url, username, password, addressbook=args.addressbook, calendar=args.calendar)
    if args.save_password:
        save_password(url, username, password)
    if not args.quiet:
        if report.backup:
            print(f"backup before the first sync: {report.backup}")
        print(f"synced with {report.addressbook} and {report.calendar}")
        print(report.describe())
    if report.open_conflicts:
        print(f"mentordesk: {report.open_conflicts} conflict(s) wait for you in the app (Sync > Conflicts)",
              file=sys.stderr)
        return 3
    return 0
