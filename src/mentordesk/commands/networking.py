"""Subcommands for keeping the network warm: today's agenda, meeting prep and who can refer you."""

from __future__ import annotations

import json

from mentordesk.commands.common import add_db_option, open_db


def register(subparsers) -> None:
    p = subparsers.add_parser("today", help="the day's agenda: overdue and due people, asks due, upcoming meetings")
    add_db_option(p)
    p.add_argument("--json", action="store_true", help="print JSON (keys overdue, due, asks_due, upcoming, ...)")
    p.set_defaults(handler=cmd_today)

    p = subparsers.add_parser("prep", help="a prep sheet before meeting someone")
    add_db_option(p)
    p.add_argument("person", nargs="+", help="the person's name (or #id)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_prep)

    p = subparsers.add_parser("referrals", help="who can refer you to an organization")
    add_db_option(p)
    p.add_argument("organization", nargs="+", help="the organization's name")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_referrals)


def cmd_today(args) -> int:
    from mentordesk.services.today import agenda

    open_db(args)
    data = agenda()
    if args.json:
        print(json.dumps(data, indent=2))
        return 0
    print(f"Today, {data['date']}")
    _section(f"Overdue ({data['overdue_total']})", [f"{p['name']}: {p['reason']}" for p in data["overdue"]])
    _section(f"Due soon ({data['due_total']})", [f"{p['name']}: {p['reason']}" for p in data["due"]])
    _section("Asks waiting", [
        f"{a['due_on'] or 'no due date'}  {a['name']}: {a['title']} ({a['status_label'].lower()}, waiting on {a['waiting_on']})"
        for a in data["asks_due"]
    ])
    _section("Say thank you", [f"{a['name']}: {a['title']}" for a in data["thank_you"]])
    _section("Upcoming", [f"{u['when']}  {u['name']}: {u['title']}" for u in data["upcoming"]])
    review = data.get("decision_review")
    if review:
        _section("Decision review", [f"{review.get('date')}  {review.get('title', '')}"])
    return 0


def _section(title: str, lines: list[str]) -> None:
    print(f"\n{title}")
    for line in lines or ["(nothing)"]:
        print(f"  {line}")


def _person_id(words: list[str]) -> int:
    from mentordesk.commands import CliError
    from mentordesk.services.people import find_people

    text = " ".join(words).strip()
    if text.startswith("#") and text[1:].isdigit():
        return int(text[1:])
    found = find_people(text, limit=5)
    exact = [pid for pid, name in found if name.lower() == text.lower()]
    if exact:
        return exact[0]
    if len(found) == 1:
        return found[0][0]
    if not found:
        raise CliError(f"no person matches {text!r}")
    raise CliError(f"{text!r} matches {len(found)} people ({', '.join(n for _, n in found)}); be more specific")


def cmd_prep(args) -> int:
    from mentordesk.services.prep import meeting_prep

    open_db(args)
    sheet = meeting_prep(_person_id(args.person))
    if args.json:
        print(json.dumps(sheet, indent=2))
        return 0
    head = ", ".join(x for x in (sheet["title"], sheet["organization"]) if x)
    print(f"{sheet['name']}" + (f" ({head})" if head else ""))
    if sheet["meeting"]:
        print(f"Next meeting: {sheet['meeting']['held_at']}  {sheet['meeting']['summary']}")
    last = sheet["last_conversation"]
    _section("Last conversation", [f"{last['held_at']}  {last['summary']}" + (f"\n    {last['notes']}" if last["notes"] else "")] if last else [])
    _section("Their advice", [f"{a['given_on']}  [{a['path']}, {a['stance'].lower()}] {a['advice']}" for a in sheet["advice"]])
    _section("You asked them", [f"{a['title']} ({a['status_label'].lower()})" for a in sheet["asks_to_them"]])
    _section("They asked you", [f"{a['title']} ({a['status_label'].lower()})" for a in sheet["asks_from_them"]])
    _section("You promised", [f"{p['date'] or ''}  {p['text']}" for p in sheet["promises"]])
    if sheet["thank_for"]:
        _section("Thank them for", [a["title"] for a in sheet["thank_for"]])
    return 0


def cmd_referrals(args) -> int:
    from mentordesk.commands import CliError
    from mentordesk.services.opportunities import who_can_refer
    from mentordesk.services.organizations import organization_by_name

    open_db(args)
    name = " ".join(args.organization)
    org = organization_by_name(name)
    if org is None:
        raise CliError(f"no organization called {name!r}")
    paths = who_can_refer(org.id)
    if args.json:
        print(json.dumps(paths, indent=2))
        return 0
    _section(f"Inside {paths['organization']}", [
        f"{p['name']}" + (f", {p['title']}" if p["title"] else "") + ("" if p["current"] else " (formerly)")
        for p in paths["insiders"]
    ])
    _section("Could introduce you", [f"{p['name']}: {'; '.join(p['reasons'])}" for p in paths["introducers"]])
    return 0
