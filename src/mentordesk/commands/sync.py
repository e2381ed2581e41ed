"""`mentordesk sync`: two-way sync with a CardDAV/CalDAV server, for scripts and cron."""

from __future__ import annotations

import argparse
import sys

from mentordesk.commands.common import add_db_option, open_db

# Where the app lets the user settle conflicts (the File menu's action, see ui.sync.controller).
CONFLICTS_MENU = "File > Resolve Sync Conflicts…"
REMOVED_MENU = "File > Removed from the Server…"
EXIT_CONFLICTS = 3
EXIT_DELETIONS = 4

EPILOG = f"""exit status:
  0  synced (warnings, e.g. a record the server has that MentorDesk cannot take, or a password
     that could not be saved, go to stderr: the sync itself worked and is not repeated)
  1  sync failed (server, network, password, backup); what moved before is kept, the rest moves next time
  2  usage error (no account, no password)
  {EXIT_CONFLICTS}  synced, but conflicts wait for you in the app ({CONFLICTS_MENU})
  {EXIT_DELETIONS}  stopped before changing anything: the server deleted many records; check the
     account, then run again with --allow-deletions if that is right"""


def register(subparsers) -> None:
    p = subparsers.add_parser("sync", help="two-way sync of people and meetings with a CardDAV/CalDAV server",
                              epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_db_option(p)
    p.add_argument("--url", help="server, principal or address-book URL (default: the account set up before)")
    p.add_argument("--username", help="user name on the server (default: the account set up before)")
    p.add_argument("--addressbook", metavar="URL", help="use this address book instead of finding one")
    p.add_argument("--calendar", metavar="URL", help="use this calendar instead of finding one")
    p.add_argument("--save-password", action="store_true",
                   help="store $MENTORDESK_SYNC_PASSWORD in the system keyring for later runs")
    p.add_argument("--allow-deletions", action="store_true",
                   help="go on when the server deleted many people or meetings (they stay here with their "
                        "history, marked as removed from the server)")
    p.add_argument("--restore-removed", action="store_true",
                   help="upload again everything the server deleted that is kept here, then sync")
    p.add_argument("--quiet", action="store_true", help="print nothing when the sync succeeds")
    p.set_defaults(handler=cmd_sync)


def warn(text: str) -> None:
    print(f"mentordesk: warning: {text}", file=sys.stderr)


def cmd_sync(args) -> int:
    from mentordesk.commands import CliError
    from mentordesk.sync.account import (PASSWORD_ENV, current_account, load_password, save_password,
                                         take_credentials)
    from mentordesk.sync.guard import MassDeletion
    from mentordesk.sync.removed import restore
    from mentordesk.sync.runner import run_sync

    open_db(args)
    stored = current_account()
    url = args.url or (stored.url if stored else None)
    username = args.username or (stored.username if stored and not args.url else None)
    url, username, typed_password, problem = take_credentials(url or "", username)
    if problem:
        warn(problem)
    if not url or not username:
        raise CliError("no sync account yet: give --url and --username")
    password = load_password(url, username) or typed_password
    if not password:
        raise CliError(f"no password for {username} at {url}: set {PASSWORD_ENV} or store it in the keyring "
                       "(--save-password, or the app's sync settings)")
    if args.restore_removed:
        restored = restore()
        if not args.quiet:
            print(f"{restored} record(s) kept here will be uploaded again")
    try:
        report = run_sync(url, username, password, addressbook=args.addressbook, calendar=args.calendar,
                          allow_deletions=args.allow_deletions)
    except MassDeletion as exc:
        print(f"mentordesk: sync stopped: {exc.headline}. If they were deleted on purpose, run again with "
              "--allow-deletions: they stay here with their history, marked as removed from the server",
              file=sys.stderr)
        return EXIT_DELETIONS
    if args.save_password:
        try:
            save_password(url, username, password)
        except Exception as exc:  # noqa: BLE001 - the sync worked; say so and why the password was not kept
            warn(f"the sync worked, but the password was not saved: {exc}")
    if not args.quiet:
        if report.backup:
            print(f"backup before {'the first sync' if report.first else 'this sync'}: {report.backup}")
        print(f"synced with {report.addressbook} and {report.calendar}")
        print(report.describe())
        if report.kept:
            print(f"{report.kept} record(s) deleted on the server are kept here with their history "
                  f"({REMOVED_MENU}, or --restore-removed to upload them again)")
    for skipped in report.skipped:
        warn(f"skipped {skipped.describe()}; it stays on the server, fix it there")
    if report.open_conflicts:
        print(f"mentordesk: {report.open_conflicts} conflict(s) wait for you in the app ({CONFLICTS_MENU})",
              file=sys.stderr)
        return EXIT_CONFLICTS
    return 0
