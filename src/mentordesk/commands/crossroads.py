"""`mentordesk report` (a decision as PDF or HTML) and `mentordesk crossroads template|evaluate` (scriptable wizard)."""

from __future__ import annotations

import datetime as dt
import json
import sys
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

    group = subparsers.add_parser("crossroads", help="the Crossroads decision from the command line (nothing saved)")
    actions = group.add_subparsers(dest="crossroads_command", metavar="ACTION", required=True)
    t = actions.add_parser("template", help="print a complete answers file (JSON) for the current network")
    add_db_option(t)
    t.set_defaults(handler=cmd_template)
    e = actions.add_parser("evaluate", help="rank the options for an answers file, as the wizard would; saves nothing")
    add_db_option(e)
    e.add_argument("--answers", required=True, metavar="FILE",
                   help="answers JSON (see 'crossroads template'); - reads stdin")
    e.add_argument("--json", action="store_true", help="print JSON: ranking, certainty, flips, warnings, money, plan")
    e.add_argument("--option", metavar="KEY", help="plan for this option (improve, switch, school, school_switch; "
                   "default: the top one)")
    e.add_argument("--today", metavar="YYYY-MM-DD", help="evaluate as of this day (default: today)")
    e.set_defaults(handler=cmd_evaluate)


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


def _today(args) -> dt.date | None:
    from mentordesk.commands import CliError

    if not getattr(args, "today", None):
        return None
    try:
        return dt.date.fromisoformat(args.today)
    except ValueError:
        raise CliError(f"--today: {args.today!r} is not a date like 2025-06-01") from None


def cmd_template(args) -> int:
    from mentordesk.crossroads.evaluation import template_data

    open_db(args)
    print(json.dumps(template_data(), indent=2, ensure_ascii=False))
    return 0


def cmd_evaluate(args) -> int:
    from mentordesk.commands import CliError
    from mentordesk.crossroads.answers_file import read_answers
    from mentordesk.crossroads.evaluation import evaluate_answers

    source = args.answers
    try:
        text = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8")
    except OSError as exc:
        raise CliError(f"{source}: cannot read it: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise CliError(f"{source}: not UTF-8 text") from None
    answers = read_answers(text, "stdin" if source == "-" else source)
    today = _today(args)
    if args.option and args.option not in answers.options():
        raise CliError(f"--option: choose one of {', '.join(answers.options())}")
    open_db(args)
    data = evaluate_answers(answers, args.option, today)
    if args.json:
        print(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        print(describe(data))
    return 0


def describe(data: dict) -> str:
    """The evaluation as lines to read: ranking, certainty, what would flip it, warnings, money, the plan."""
    lines = ["Ranking:"]
    lines += [f"  {i}. {r['label']}  {r['total']:.2f}" for i, r in enumerate(data["ranking"], start=1)]
    lines += [f"  \u2014 {b['label']}: {'; '.join(b['reasons'])}" for b in data["blocked"]]
    if data.get("lead_text"):
        lines.append(f"Why: {data['lead_text']}")
    c = data["certainty"]
    lines.append(f"Certainty: {c['level']} ({c['score']:.2f}): {'; '.join(c['reasons'])}.")
    flips = data["flips"]
    lines.append("What would flip it:" + ("" if flips else " no single change of one weight or one score would."))
    lines += [f"  - {f['text']}" for f in flips[:5]]
    if len(flips) > 5:
        lines.append(f"  ({len(flips) - 5} more with --json)")
    for c in data["adjustments"]:
        lines.append(f"Capped by your situation: {c['option']} {c['criterion']} {c['given']:g} \u2192 {c['used']:g} "
                     f"({c['reason']})")
    if data["warnings"]:
        lines.append("Warnings:")
        lines += [f"  - {w['text']}" + (" (confirmed)" if w["confirmed"] else "") for w in data["warnings"]]
    money = data["money"]
    if money and money["available"]:
        lines.append(f"Money (present value at {money['discount_rate'] * 100:g}% over {money['working_years']} years):")
        for option, m in money["options"].items():
            versus = f" ({m['versus_staying']:+,.0f} against staying)" if option != "improve" else " (staying)"
            lines.append(f"  {option}: {m['present_value']:,.0f}{versus}")
    elif money:
        lines.append(f"Money: {money['note']}")
    if data["plan_z"]:
        lines.append(data["plan_z"]["text"])
    plan = data["plan"]
    if plan["asks"]:
        lines.append(f"Plan for {plan['label']}:")
        lines += [f"  - {a['person']}: {a['purpose']} (by {a['due_on']}; {a['why']})" for a in plan["asks"]]
    exploring = data.get("exploration")
    if exploring:
        lines.append("Exploring: informational interviews (* = proposed; the others if you want more):")
        lines += [f"  {'*' if i['checked'] else '-'} {i['field']}: {i['person']}, by {i['due_on']} ({i['why']})"
                  for i in exploring["interviews"]]
        lines.append(f"Come back and choose on {exploring['come_back_on']}.")
    return "\n".join(lines)
