"""Subcommands for the data itself: demo, stats, search and check."""

from __future__ import annotations

import json
import sys

from mentordesk.commands.common import add_db_option, open_db


def register(subparsers) -> None:
    p = subparsers.add_parser("demo", help="fill the database with a realistic sample network")
    add_db_option(p)
    p.add_argument("--force", action="store_true", help="add the sample even if the database has data")
    p.set_defaults(handler=cmd_demo)

    p = subparsers.add_parser("stats", help="count people, organizations, meetings, advice and asks")
    add_db_option(p)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_stats)

    p = subparsers.add_parser("search", help="full-text search across everything")
    add_db_option(p)
    p.add_argument("text", nargs="+", help="words to look for")
    p.add_argument("--limit", type=int, default=50, help="results per kind (default 50)")
    p.set_defaults(handler=cmd_search)

    p = subparsers.add_parser("check", help="check the database's integrity and consistency")
    add_db_option(p)
    p.set_defaults(handler=cmd_check)


def cmd_demo(args) -> int:
    from mentordesk.demo import load_demo
    from mentordesk.services.health import stats

    open_db(args)
    if any(stats().values()) and not args.force:
        print("mentordesk: error: the database already has data; use --force to add the sample anyway", file=sys.stderr)
        return 1
    load_demo()
    counts = stats()
    print(", ".join(f"{n} {k}" for k, n in counts.items()) + " in the sample network")
    return 0


def cmd_stats(args) -> int:
    from mentordesk.services.health import stats

    open_db(args)
    counts = stats()
    if args.json:
        print(json.dumps(counts))
    else:
        for name, count in counts.items():
            print(f"{name:14} {count}")
    return 0


def cmd_search(args) -> int:
    from mentordesk.services.search import search

    open_db(args)
    hits = search(" ".join(args.text), limit_per_kind=args.limit)
    for hit in hits:
        detail = f"  ({hit.detail})" if hit.detail else ""
        print(f"{hit.kind}\t{hit.id}\t{hit.title}{detail}")
    if not hits:
        print("no matches", file=sys.stderr)
        return 1
    return 0


def cmd_check(args) -> int:
    from mentordesk.services.health import check

    open_db(args, full_check=True)  # SQLite's quick check on open: a damaged file is one line
    problems = check()
    if problems:
        print(f"{len(problems)} problem(s) found:", file=sys.stderr)
        for problem in problems:
            print(f"  - {problem}", file=sys.stderr)
        return 1
    print("ok: the database is healthy")
    return 0
