"""Subcommands moving contacts in and out: import, export, duplicates and merge."""

from __future__ import annotations

import sys

from mentordesk.commands.common import add_db_option, open_db

def register(subparsers) -> None:
    p = subparsers.add_parser("import", help="import contacts (vCard, CSV, Google, Outlook, LinkedIn, JSON) "
                                             "or meetings from a calendar (.ics)")
    add_db_option(p)
    p.add_argument("file", help="file to import")
    p.add_argument("--format", help="file format: vcard, csv, google, outlook, linkedin, json… "
                                    "(default: guessed from the file; an unknown one lists them all)")
    p.add_argument("--mapping", action="append", default=[], metavar="COLUMN=FIELD",
                   help="CSV: read COLUMN into FIELD (repeatable), e.g. --mapping 'E-mail=email'")
    p.add_argument("--skip-invalid", action="store_true", help="import the valid records even if some are bad")
    p.add_argument("--duplicates", choices=["skip", "add"], default="skip",
                   help="likely duplicates of people you have: skip them (default) or add them anyway")
    p.add_argument("--dry-run", action="store_true", help="only report what would be imported")
    p.add_argument("--encoding", metavar="CODEC",
                   help="read a vCard or CSV file in this text encoding instead of the detected one, e.g. cp1250 "
                        "when a warning says the letters may be Central European")
    p.set_defaults(handler=cmd_import)

    p = subparsers.add_parser("export", help="export people (vCard, CSV) or the whole database (JSON)")
    add_db_option(p)
    p.add_argument("--format", help="vcard, csv, json or ics (default: guessed from the -o extension)")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="file to write")
    p.add_argument("--vcard-version", choices=["3.0", "4.0"], default="3.0", help="vCard version (default 3.0)")
    p.add_argument("--ids", metavar="ID,ID", help="only these people (default: everyone)")
    p.set_defaults(handler=cmd_export)

    p = subparsers.add_parser("duplicates", help="list people who are probably entered twice")
    add_db_option(p)
    p.set_defaults(handler=cmd_duplicates)

    p = subparsers.add_parser("merge", help="merge the second person into the first (keeps all their history)")
    add_db_option(p)
    p.add_argument("keep_id", type=int)
    p.add_argument("other_id", type=int)
    p.set_defaults(handler=cmd_merge)


def _mapping(pairs: list[str]) -> dict[str, str]:
    from mentordesk.commands import CliError

    mapping = {}
    for pair in pairs:
        column, sep, field = pair.partition("=")
        if not sep or not column.strip():
            raise CliError(f"--mapping needs COLUMN=FIELD (got {pair!r})")
        mapping[column.strip()] = field.strip()
    return mapping


def _encoding(name: str) -> str:
    import codecs

    from mentordesk.commands import CliError

    try:
        return codecs.lookup(name).name
    except LookupError:
        raise CliError(f"--encoding: unknown text encoding {name!r} (e.g. utf-8, cp1252, cp1250, shift_jis)") from None


def cmd_import(args) -> int:
    from mentordesk.exchange import registry

    open_db(args)
    fmt = registry.get(args.format) if args.format else registry.guess(args.file, "import")
    if fmt.import_ is None:
        raise registry.ServiceError(f"{fmt.label} files cannot be imported")
    options = {"skip_invalid": args.skip_invalid, "duplicates": args.duplicates, "preview": args.dry_run,
               "strict_preview": args.dry_run}  # a dry run refuses exactly when the real run would
    if args.mapping:
        options["mapping"] = _mapping(args.mapping)
    if args.encoding:
        options["encoding"] = _encoding(args.encoding)
    try:
        result = fmt.import_(args.file, options)
    except registry.ImportRefused as exc:
        for problem in exc.problems:
            where = f"{exc.path}:{problem.line}" if problem.line else exc.path
            print(f"{where}: {problem.reason}", file=sys.stderr)
        hint = "fix them, or use --skip-invalid to import the valid ones" if fmt.skips_invalid else \
            "a whole database is imported all or nothing: fix them and try again"
        print(f"mentordesk: error: {len(exc.problems)} bad record(s); nothing was imported ({hint})",
              file=sys.stderr)
        return 1
    for problem in result.problems:
        where = f"{args.file}:{problem.line}" if problem.line else args.file
        print(f"{where}: skipped: {problem.reason}", file=sys.stderr)
    for match in result.duplicates:
        print(f"{args.file}:{match.line}: likely duplicate: {match.name} ({match.reason})", file=sys.stderr)
    for note in result.notes:
        where = f"{args.file}:{note.line}" if note.line else args.file
        print(f"{where}: {note.reason}", file=sys.stderr)
    print(result.summary())
    return 0


def cmd_export(args) -> int:
    from mentordesk.commands import CliError
    from mentordesk.exchange import registry

    open_db(args)
    fmt = registry.get(args.format) if args.format else registry.guess(args.output, "export")
    if fmt.export is None:
        raise registry.ServiceError(f"{fmt.label} files cannot be exported")
    ids = None
    if args.ids:
        try:
            ids = [int(i) for i in args.ids.split(",") if i.strip()]
        except ValueError:
            raise CliError(f"--ids needs numbers separated by commas (got {args.ids!r})") from None
    print(fmt.export(args.output, ids, {"version": args.vcard_version}))
    return 0


def cmd_duplicates(args) -> int:
    from mentordesk.models import Person
    from mentordesk.services.duplicates import find_duplicates

    open_db(args)
    pairs = find_duplicates()
    names = dict(Person.select(Person.id, Person.display_name).tuples())
    for pair in pairs:
        print(f"{pair.first_id}\t{pair.second_id}\t{names.get(pair.first_id)} / {names.get(pair.second_id)}\t{pair.reason}")
    if not pairs:
        print("no likely duplicates", file=sys.stderr)
    return 0


def cmd_merge(args) -> int:
    from mentordesk.services import people
    from mentordesk.services.merge import merge_people

    open_db(args)
    other = people.get_person(args.other_id).display_name
    from mentordesk.safety.backup import backup_now

    keep = merge_people(args.keep_id, args.other_id, before=lambda: backup_now("before-merge"))
    print(f"merged {other} into {people.get_person(keep).display_name} (id {keep})")
    return 0
