"""The share version of a decision, made for one mentor: what I'd like from you, the tests, 30/60/90 days, Plan B and Z.

It leaves out people marked sensitive (read as they are marked now) and every weight and score, and can
anonymise quotes: names in the quoted text and the attribution become "[name]" and a role ("a mentor").
The names of people marked sensitive are hidden in every text even when quotes are not anonymised.
"""

from __future__ import annotations

import dataclasses as dc
import datetime as dt
from html import escape

from mentordesk.crossroads.answers import ALL_OPTIONS, OPTION_LETTERS, Answers, shown_label
from mentordesk.crossroads.assumptions import AS_KINDS, RESULTS, Assumption
from mentordesk.crossroads.names import HIDDEN, People, Scrubber, Someone  # noqa: F401 - HIDDEN, Someone: this API too
from mentordesk.crossroads.report import _ask_kind, _date, _h, _lower, palette, situation_line, style, table_open
from mentordesk.models import Person
from mentordesk.services.core import NotFound, ValidationError
from mentordesk.texts import N_, T_, date_text, translate, word

QUESTIONS = 3
ASK_TITLE = N_("What I\u2019d like from you")
BUCKETS = ((30, N_("Days 1\u201330")), (60, N_("Days 31\u201360")), (90, N_("Days 61\u201390")))
LATER = N_("Later")
ROLE_WORDS = (("mentor", N_("a mentor")), ("coach", N_("a career coach")), ("former_manager", N_("a former manager")),
              ("professor", N_("someone in education")), ("insider", N_("someone in the field")),
              ("recruiter", N_("a recruiter")), ("colleague", N_("a colleague")), ("friend", N_("a friend")))
SOMEONE = N_("someone I trust")
QUOTES_PER_OPTION = 2
CALL_FIRST_ROLES = ("recruiter", "insider", "mentor", "former_manager", "coach")


def role_word(people: People, person_id: int | None) -> str:
    roles = people.roles.get(person_id, [])
    return translate(next((word for key, word in ROLE_WORDS if key in roles), N_("a contact")))


def _short(text: str, words: int = 18) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + ("\u2026" if len(parts) > words else "")


def _month(iso: str) -> str:
    try:
        day = dt.date.fromisoformat(iso[:10])
    except (TypeError, ValueError):
        return T_("the past")
    return date_text(day, day.strftime("%B %Y"))


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[:2] != text[:2].upper() else text


def questions_for(data: dict, tests: list[dict], person_id: int | None, today: dt.date | None = None) -> list[str]:
    """Three questions for this person: their test, their ask, their advice first; then what anyone can answer."""
    chosen = shown_label(data.get("chosen", ""), data["chosen_label"])
    gate = _date(data.get("revisit_on"))
    mine = [t for t in tests if person_id and t.get("person_id") == person_id]
    asks = [p for p in data.get("plan", []) if person_id and p.get("created") and p.get("person_id") == person_id]
    said = sorted((e for e in data.get("evidence", []) if person_id and e.get("person_id") == person_id),
                  key=lambda e: e["given_on"], reverse=True)
    first = [T_("Would you help me test whether {need}? My cheap test: {test}, by {day}.", need=_lower_first(t["need"]),
                test=_lower_first(t["test"]), day=_date(t["test_on"])) for t in mine]
    first += [T_("Could you help with this: {purpose} (by {day})?", purpose=_lower_first(p["purpose"]),
                 day=_date(p["due_on"])) for p in asks]
    first += [T_("In {month} you told me \u201c{quote}\u201d Does that still hold, now that I lean towards {chosen}?",
                 month=_month(e["given_on"]), quote=_short(e["text"]), chosen=chosen) for e in said[:1]]
    generic = [T_("Which of my assumptions would you test first, or test differently?"),
               T_("What would make you doubt \u201c{chosen}\u201d?", chosen=chosen),
               T_("Who else should I talk to before {gate}?", gate=gate) if gate else
               T_("Who else should I talk to before I decide?")]
    picked: list[str] = []
    for q in first[:2] + generic + first[2:]:
        if q not in picked and len(picked) < QUESTIONS:
            picked.append(q)
    return picked


def milestones(data: dict, tests: list[dict], people: People, scrub: Scrubber) -> list[tuple[str, list[tuple[str, str]]]]:
    """The asks, tests and the gate in 30/60/90-day buckets from the decision date: (bucket, [(date, what)])."""
    start = dt.date.fromisoformat(data["created_at"][:10])
    items = []
    for p in data.get("plan", []):
        if p.get("created") and p.get("person_id") not in people.sensitive:
            items.append((p["due_on"], T_("Ask {person}: {purpose} ({kind})", person=p["person"],
                                          purpose=scrub(p["purpose"]), kind=_ask_kind(p["kind"]))))
    for t in tests:
        who = translate(SOMEONE) if t.get("person_id") in people.sensitive else (t["person"] or T_("someone"))
        items.append((t["test_on"], T_("Test {letter}: {test} (with {who})", letter=OPTION_LETTERS.get(t["option"], "?"),
                                       test=scrub(t["test"]), who=who)))
    if data.get("revisit_on"):
        items.append((data["revisit_on"], T_("The gate: look at the tests' results and decide, commit or stop")))
    buckets: dict[str, list] = {}
    for day, what in sorted(items):
        age = (dt.date.fromisoformat(day) - start).days
        name = next((label for limit, label in BUCKETS if age <= limit), LATER)
        buckets.setdefault(name, []).append((day, what))
    order = [label for _l, label in BUCKETS] + [LATER]
    return [(translate(name), buckets[name]) for name in order if name in buckets]


def plan_b(data: dict) -> str:
    """The best-ranked option not chosen, or "" when there is none."""
    result, answers = data["result"], Answers.from_dict(data["answers"])
    others = [o for o in result.get("ranking", []) if o != data["chosen"]]
    if not others:
        return ""
    option = others[0]
    label = result["options"].get(option, {}).get("label") or (answers.option_label(option) if option in ALL_OPTIONS else option)
    return T_("If the tests say stop: {option}.", option=shown_label(option, label))


def plan_z(data: dict, people: People) -> tuple[str, list[str]]:
    """If I lost my job: the runway, and three people to call first (the engine's Plan Z when it made one)."""
    answers = Answers.from_dict(data["answers"])
    engine = data["result"].get("plan_z") or {}
    months = engine.get("runway_months", answers.situation.savings_months)
    names = [p["name"] for p in engine.get("people", []) if p.get("person_id") not in people.sensitive]
    if not names:
        ranked = sorted((p for p in people.rows if not p.sensitive and p.knows_situation),
                        key=lambda p: (not any(r in people.roles.get(p.id, []) for r in CALL_FIRST_ROLES),
                                       -p.trust, p.display_name))
        names = [p.display_name for p in ranked[:3]]
    return T_("My savings last about {months:g} months.", months=months), names[:3]


def _tests_table(tests: list[dict], people: People, scrub: Scrubber) -> str:
    if not tests:
        return f"<p class='muted'>{escape(T_('No assumptions were written down for this decision.'))}</p>"
    rows = []
    for t in tests:
        who = escape(translate(SOMEONE) if t.get("person_id") in people.sensitive else (t["person"] or T_("someone")))
        result = f"<br/><i>{escape(T_('Result: {result}', result=word(RESULTS[t['result']], '')))}" + (
            f" \u2014 {escape(scrub(t['result_note']))}" if t.get("result_note") else "") + "</i>" if t.get("result") else ""
        rows.append(f"<tr><td>{OPTION_LETTERS.get(t['option'], '?')}</td><td>{escape(scrub(t['need']))}</td>"
                    f"<td>{escape(scrub(t['test']))} <span class='muted'>({escape(_as_kind(t['as_kind']))}, "
                    f"{escape(scrub(t['cost']))})</span></td><td>{who}</td><td>{_date(t['test_on'])}</td>"
                    f"<td>{escape(scrub(t['criterion']))}{result}</td></tr>")
    return (table_open() + f"<tr><th></th><th width='24%'>{escape(T_('What would need to be true'))}</th><th width='26%'>"
            f"{escape(T_('Cheap test'))}</th><th>{escape(T_('Who'))}</th><th>{escape(T_('By'))}</th><th width='24%'>"
            f"{escape(T_('Stop or commit'))}</th></tr>{''.join(rows)}</table>")


def _as_kind(kind: str) -> str:
    """How a test is done ("ask", "meeting"), inside a sentence."""
    english = AS_KINDS.get(kind, "")
    return _lower(word(english, ""), english)


def _quotes(data: dict, people: People, scrub: Scrubber, anonymise: bool) -> str:
    """A couple of quotes per option, results first; anonymised: "[name]" in the text, a role as the author."""
    parts = []
    evidence = [e for e in data.get("evidence", []) if e.get("person_id") not in people.sensitive]
    for option in data["result"].get("ranking", []):
        newest = sorted((e for e in evidence if e["path"] == option), key=lambda e: e["given_on"], reverse=True)
        notes = sorted(newest, key=lambda e: not e.get("tested"))[:QUOTES_PER_OPTION]   # results first
        if not notes:
            continue
        items = []
        for e in notes:
            who = role_word(people, e.get("person_id")) if anonymise else e["person"]
            tested = T_(" (tested)") if e.get("tested") else ""
            items.append(f"<li>\u201c{escape(scrub(e['text']))}\u201d <span class='muted'>\u2014 {escape(who)}, "
                         f"{_date(e['given_on'])}{tested}</span></li>")
        label = data["result"]["options"].get(option, {}).get("label") or ALL_OPTIONS.get(option, option)
        parts.append(f"<p><b>{escape(scrub(shown_label(option, label)))}</b></p><ul>{''.join(items)}</ul>")
    return "".join(parts) or f"<p class='muted'>{escape(T_('No advice to quote.'))}</p>"


def share_html(data: dict, tests: list[dict], person: tuple[int, str] | None = None, anonymise: bool = False,
               questions: list[str] | None = None, colors: dict | None = None, people: People | None = None) -> str:
    """The share version of one decision (service.decision_data shape) and its tests, for `person` (id, name)."""
    people = people or People.read()
    if person and person[0] in people.sensitive:
        raise ValidationError("for", T_("{name} is marked sensitive: the share version leaves sensitive people out",
                                        name=person[1]))
    tests = [dict(t) for t in tests]
    questions = questions if questions is not None else questions_for(data, tests, person[0] if person else None)
    with palette(colors):
        return _html(data, tests, person, anonymise, questions, people)


def _html(data, tests, person, anonymise, questions, people: People) -> str:
    scrub, quoted = Scrubber(people, False), Scrubber(people, anonymise)   # sensitive names always; all in quotes
    answers, result = Answers.from_dict(data["answers"]), data["result"]
    chosen = scrub(shown_label(data.get("chosen", ""), data["chosen_label"]))
    ranking = [scrub(shown_label(o, result["options"].get(o, {}).get("label") or ALL_OPTIONS.get(o, o)))
               for o in result.get("ranking", [])]
    to = escape(T_("For {name}", name=person[1])) if person else escape(T_("For you"))
    gate = _date(data.get("revisit_on"))
    lead = "<p class='lead'>" + (T_("I am leaning towards <b>{option}</b>, and I will decide for good on <b>{day}</b>, "
                                    "when the tests below are done.", option=escape(chosen), day=gate) if gate else
                                 T_("I am leaning towards <b>{option}</b>.", option=escape(chosen))) + "</p>"
    considered = "<p>" + escape(T_("The options I weighed, best first: {options}. How sure I am: {certainty}.",
                                   options="; ".join(ranking), certainty=word(result.get("certainty", ""), ""))) + \
        "</p>" if ranking else ""
    asked = "".join(f"<li>{escape(scrub(q))}</li>" for q in questions if q.strip())
    steps = "".join(f"<p><b>{escape(name)}</b></p><ul>" + "".join(
        f"<li>{_date(day)}: {escape(what)}</li>" for day, what in items) + "</ul>"
        for name, items in milestones(data, tests, people, scrub)) or f"<p class='muted'>{escape(T_('Nothing planned yet.'))}</p>"
    runway, call = plan_z(data, people)
    b = plan_b(data)
    plans = (f"<p><b>{escape(T_('Plan B.'))}</b> {escape(scrub(b))}</p>" if b else "") + (
        f"<p><b>{escape(T_('Plan Z, if I lost my job tomorrow.'))}</b> {escape(runway)} "
        + escape(T_("First I would call: {names}.", names=", ".join(call) or T_("the people who know my situation")))
        + "</p>")
    gate_text = ("<p>" + T_("On <b>{day}</b> I look at each test's result against its stop-or-commit line, and decide. "
                            "Results count as tested evidence, above opinion.", day=gate) + "</p>" if gate else
                 f"<p class='muted'>{escape(T_('No revisit date was set.'))}</p>")
    return (
        f"<html><head><style>{style()}</style></head><body>"
        f"<p style='font-size:16pt; font-weight:bold; margin-bottom:0px'>{T_('{reader}: where I stand', reader=to)}</p>"
        f"<p class='meta'>{escape(situation_line_scrubbed(answers, scrub))}</p>{lead}"
        f"{_h(translate(ASK_TITLE))}<ol>{asked}</ol>{considered}"
        f"{_h(T_('What would need to be true, and how I will test it'), new_page=True)}{_tests_table(tests, people, scrub)}"
        f"{_h(T_('The next 30, 60 and 90 days'))}{steps}"
        f"{_h(T_('Plan B and Plan Z'))}{plans}"
        f"{_h(T_('The gate'))}{gate_text}"
        f"{_h(T_('What people told me'))}{_quotes(data, people, quoted, anonymise)}"
        "</body></html>"
    )


def situation_line_scrubbed(answers: Answers, scrub: Scrubber) -> str:
    from html import unescape

    return scrub(unescape(situation_line(answers)))


def find_person(text: str) -> tuple[int, str]:
    """A person by id or by name (whole or a unique part), for --for; a clear error otherwise."""
    text = text.strip()
    if text.isdigit():
        p = Person.get_or_none(Person.id == int(text))
        if p is None:
            raise NotFound(f"there is no person with id {text}")
        return p.id, p.display_name
    exact = list(Person.select().where(Person.display_name ** text))
    found = exact or list(Person.select().where(Person.display_name.contains(text)).limit(6))
    if not found:
        raise NotFound(f"nobody called \u201c{text}\u201d in this database")
    if len(found) > 1:
        names = ", ".join(p.display_name for p in found[:5])
        raise ValidationError("for", f"\u201c{text}\u201d names several people ({names}): give the full name or the id")
    return found[0].id, found[0].display_name


def draft_data(answers: Answers, result, evidence, chosen: str, asks, revisit_on: dt.date | None,
               today: dt.date) -> dict:
    """An unsaved decision in service.decision_data's shape, so the wizard can show its share version."""
    return {
        "id": None, "created_at": today.isoformat(), "chosen": chosen, "chosen_label": answers.option_label(chosen),
        "note": "", "revisit_on": revisit_on.isoformat() if revisit_on else None, "answers": answers.to_dict(),
        "result": result.to_dict(), "evidence": [dc.asdict(e) for e in evidence],
        "plan": [{**dc.asdict(i), "created": True} for i in asks],
    }


def draft_tests(assumptions: list[Assumption]) -> list[dict]:
    """Unsaved assumptions in assumption_service.test_data's shape."""
    out, positions = [], {}
    for a in assumptions:
        positions[a.option] = positions.get(a.option, 0) + 1
        out.append({"id": None, "option": a.option, "position": positions[a.option], "need": a.need, "test": a.test,
                    "person_id": a.person_id, "person": a.person, "cost": a.cost, "test_on": a.test_on,
                    "criterion": a.criterion, "as_kind": a.as_kind, "result": "", "result_note": ""})
    return out


def share_report(decision_id: int | None, person: str | None = None, anonymise: bool = False) -> str:
    """The share version of a stored decision (the latest when None), for the command line."""
    from mentordesk.crossroads import assumption_service, service

    decision_id = decision_id or service.latest_decision_id()
    if decision_id is None:
        raise NotFound(T_("there is no decision yet: run the Crossroads wizard first"))
    data = service.decision_data(decision_id)
    return share_html(data, assumption_service.tests_of(decision_id), find_person(person) if person else None, anonymise)
