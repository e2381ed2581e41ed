"""`mentordesk report`: the latest (or a chosen) Crossroads decision as PDF or HTML."""

from __future__ import annotations

from pathlib import Path

from mentordesk.commands.common import add_db_option, open_db

FORMATS = (".pdf", ".html", ".htm")


def register(subparsers) -> None:
    p = subparsers.add_parser("report", help="write the latest Crossroads decision as a PDF or HTML report")
    add_db_option(p)
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="FILE.pdf or FILE.html")
    p.add_argument("--decision", type=int, metavar="ID", help="a decision id (default: the latest)")
    p.add_argument("--share", action="store_true",
                   help="the share version for a mentor: no sensitive people, no weights, three questions first")
    p.add_argument("--anonymise", "--anonymize", action="store_true", help="with --share: no names in quotes")
    p.add_argument("--for", dest="for_person", metavar="PERSON", help="with --share: whom it is for (name or id)")
    p.set_defaults(handler=cmd_report)


def cmd_report(args) -> int:
    from mentordesk.commands import CliError
    from mentordesk.crossroads import report, service
    from mentordesk.safety.files import write_private
    from mentordesk.services import ServiceError

    out = Path(args.output)
    if out.suffix.lower() not in FORMATS:
        raise CliError(f"{out}: the report file must end in .pdf or .html")
    if not out.parent.is_dir():
        raise CliError(f"{out}: folder {out.parent} does not exist")
    open_db(args)
    decision = args.decision or service.latest_decision_id()
    if decision is None:
        raise ServiceError("there is no decision yet: run the Crossroads wizard first")
    if args.share:
        from mentordesk.crossroads import share

        html = share.share_report(decision, args.for_person, args.anonymise)
    elif args.anonymise or args.for_person:
        raise CliError("--anonymise and --for go with --share")
    else:
        html = report.decision_html(service.decision_data(decision))
    try:
        if out.suffix.lower() == ".pdf":
            from mentordesk.ui.crossroads.report_pdf import write_pdf

            write_pdf(html, out, title="Crossroads decision" + (" (share version)" if args.share else ""))
            if not out.exists() or out.stat().st_size == 0:
                raise ServiceError(f"could not write {out}")
        else:
            write_private(out, html.encode("utf-8"))
    except OSError as exc:
        raise ServiceError(f"cannot write {out}: {exc.strerror}") from None
    print(f"wrote {out}")
    return 0
