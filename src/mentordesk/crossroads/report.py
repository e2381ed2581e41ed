"""A decision as a readable report (HTML that Qt's QTextDocument renders), and two decisions side by side."""

from __future__ import annotations

import datetime as dt
from contextlib import contextmanager
from contextvars import ContextVar
from html import escape

from mentordesk.crossroads.answers import ALL_OPTIONS, CRITERIA, OPTION_LETTERS, OPTIONS, Answers, option_name, shown_label
from mentordesk.crossroads.money import summary as money_summary
from mentordesk.crossroads.names import People, Scrubber
from mentordesk.crossroads.school import BreakEven
from mentordesk.models import ASK_KINDS
from mentordesk.texts import N_, T_, date_text, number_text, translate, word

EVIDENCE_PER_OPTION = 3
STANCE_MARK = {"for": N_("for"), "against": N_("against"), "neutral": N_("neutral")}
# Report colours: light for paper (PDF, HTML files); a view passes its palette's (ui.crossroads.colors) so
# the report reads in dark mode too. Every colour in the HTML comes from here.
LIGHT = {
    "text": "#222222", "muted": "#666666", "accent": "#1d4e89", "flag": "#a04000",
    "head_bg": "#e8eef6", "total_bg": "#f3f3f3", "border": "#cccccc", "changed_bg": "#fff4d6",
}
_colors: ContextVar[dict] = ContextVar("report_colors", default=LIGHT)


def color(key: str) -> str:
    """A colour of the palette the report is being written with."""
    return _colors.get().get(key, LIGHT[key])


@contextmanager
def palette(colors: dict | None):
    """Write the reports inside this block with `colors` (missing keys fall back to LIGHT)."""
    token = _colors.set({**LIGHT, **(colors or {})})
    try:
        yield
    finally:
        _colors.reset(token)


def style() -> str:
    """The report's style sheet in the current palette."""
    return f"""
body {{ font-family: sans-serif; font-size: 9pt; color: {color('text')}; }}
.meta {{ color: {color('muted')}; }}
.lead {{ font-size: 11.5pt; }}
li {{ margin-bottom: 1px; }}
.muted {{ color: {color('muted')}; }}
.flag {{ color: {color('flag')}; }}
th {{ background-color: {color('head_bg')}; color: {color('text')}; text-align: left; }}
td.num, th.num {{ text-align: right; }}
tr.total td {{ font-weight: bold; background-color: {color('total_bg')}; }}
"""


def table_open(extra: str = "") -> str:
    """A bordered full-width table in the palette's border colour."""
    return (f"<table cellspacing='0' cellpadding='2' border='1' style='border-collapse: collapse; "
            f"border-color: {color('border')}' width='100%'{extra}>")


def _date(iso: str | None) -> str:
    """"3 Mar 2025" for an ISO date (or datetime) text."""
    if not iso:
        return ""
    try:
        day = dt.date.fromisoformat(iso[:10])
    except ValueError:
        return T_("{value} (invalid date)", value=iso)
    return date_text(day, f"{day.day} {day.strftime('%b %Y')}")


def _h(title: str, new_page: bool = False) -> str:
    """A section heading (QTextDocument ignores CSS sizes on <h2>, so a styled paragraph)."""
    brk = " page-break-before: always;" if new_page else ""
    return (f"<p style='font-size:11.5pt; font-weight:bold; color:{color('accent')}; margin-top:10px; margin-bottom:3px;{brk}'>"
            f"{escape(title)}</p>")


def _when(iso: str) -> str:
    """"3 Mar 2025, 14:05" for an ISO datetime text."""
    return f"{_date(iso)}, {iso[11:16]}" if len(iso) >= 16 else _date(iso)


def _money(value: float) -> str:
    return number_text(f"{value:,.0f}")


def _lower(text: str, english: str) -> str:
    """A vocabulary word inside a sentence: English lower-cased ("referral"), a translation as it is (German
    nouns keep their capital)."""
    return text.lower() if text == english else text


def situation_line(a: Answers) -> str:
    s = a.situation
    where = T_("{role} at {organization}", role=s.current_role, organization=s.current_organization) \
        if s.current_role and s.current_organization else s.current_role or s.current_organization or T_("Your current job")
    parts = [T_("job going {n}/5", n=s.job_going), T_("happiness {n}/5", n=s.happiness),
             T_("{n} months since the last raise", n=s.months_since_raise),
             T_("promotion prospects {n}/5", n=s.promotion_prospects), T_("downsizing risk {n}/5", n=s.downsizing_risk),
             T_("{n:g} months of savings", n=s.savings_months)]
    limits = [x for x in (s.constraint_location, s.constraint_family, s.constraint_time) if x]
    text = f"{where}: " + ", ".join(parts) + "."
    if limits:
        text += " " + T_("Constraints: {limits}.", limits="; ".join(limits))
    if s.deadline:
        text += " " + T_("Decide by {day}.", day=_date(s.deadline.isoformat()))
    return escape(text)


def _scores_table(answers: Answers, result: dict) -> str:
    options = result["options"]
    weighed = [o for o in ALL_OPTIONS if o in options]   # D ("School, then switch") when it was weighed
    head = "".join(f"<th class='num'>{OPTION_LETTERS[o]}. {escape(option_name(o))}</th>" for o in weighed)
    rows = [f"<tr><th width='34%'>{escape(T_('Criterion'))}</th><th class='num' width='11%'>{escape(T_('Weight'))}</th>"
            f"{head}</tr>"]
    for key, (label, *_rest) in CRITERIA.items():
        cells = "".join(
            "<td class='num muted'>\u2014</td>" if options[o]["blocked"] else
            f"<td class='num'>{number_text(format(options[o]['scores'][key], 'g'))}</td>"
            for o in weighed)
        suffix = f" <span class='muted'>{escape(T_('(from advice)'))}</span>" if key == "network" else ""
        rows.append(f"<tr><td>{escape(word(label, ''))}{suffix}</td><td class='num'>{result['weights'][key] * 100:.0f}%</td>"
                    f"{cells}</tr>")
    totals = "".join(
        f"<td class='num'>{escape(T_('ruled out'))}</td>" if options[o]["blocked"]
        else f"<td class='num'>{number_text(format(options[o]['total'], '.2f'))}</td>" for o in weighed)
    rows.append(f"<tr class='total'><td>{escape(T_('Weighted score (of 5)'))}</td><td></td>{totals}</tr>")
    table = table_open()
    blocked = [f"<li>{escape(option_name(o))}: {escape('; '.join(options[o]['blocked']))}</li>" for o in weighed if options[o]["blocked"]]
    return table + "".join(rows) + "</table>" + (f"<p>{escape(T_('Ruled out:'))}</p><ul>{''.join(blocked)}</ul>"
                                                 if blocked else "")


def _without_sensitive(evidence: list[dict]) -> list[dict]:
    """Entries (advice, plan items) of people marked sensitive stay out of the report, as the planner and
    the calendar export leave them out (a decision stored before they were marked is read as they are now)."""
    from mentordesk.models import Person

    ids = {e.get("person_id") for e in evidence if e.get("person_id") is not None}
    hidden = {pid for (pid,) in Person.select(Person.id).where(Person.id.in_(list(ids)) & Person.sensitive).tuples()}
    return [e for e in evidence if e.get("person_id") not in hidden]


def _note(e: dict, scrub=str) -> str:
    where = f" ({escape(e['meeting'])})" if e.get("meeting") and not e.get("tested") else ""  # a result: its outcome
    flag = f"<br/><span class='flag'>{escape(T_('Conflict of interest: {why}', why=e['conflict']))}</span>" \
        if e.get("conflict") else ""
    tested = f" · <i>{escape(T_('tested: {outcome}', outcome=scrub(e['reasons'][0].partition(': ')[2])))}</i>" \
        if e.get("tested") and e.get("reasons") else ""  # the stored reason's prefix ("tested: ") is cut
    return (f"<li>“{escape(scrub(e['text']))}”<br/><span class='muted'>— <b>{escape(e['person'])}</b>, "
            f"{_date(e['given_on'])}{where} · {escape(translate(STANCE_MARK[e['stance']]))} · "
            f"{escape(T_('weight {weight:.2f}', weight=e['weight']))}{tested}</span>{flag}</li>")


def _evidence(evidence: list[dict], scrub=str) -> str:
    """Per option: up to two tested results first, then the weightiest opinions, three notes in all."""
    evidence = _without_sensitive(evidence)
    parts = []
    for option in OPTIONS:
        notes = sorted((e for e in evidence if e["path"] == option), key=lambda e: -e["weight"])
        if not notes:
            continue
        results = [e for e in notes if e.get("tested")][:EVIDENCE_PER_OPTION - 1]
        opinions = [e for e in notes if not e.get("tested")]
        shown = results + opinions[:EVIDENCE_PER_OPTION - len(results)]
        items = [_note(e, scrub) for e in shown]
        more = f"<li class='muted'>{escape(T_('and {count} more', count=len(notes) - len(shown)))}</li>" \
            if len(notes) > len(shown) else ""
        parts.append(f"<p><b>{escape(option_name(option))}</b></p><ul>{''.join(items)}{more}</ul>")
    stakes = [e for e in evidence if e.get("conflict")]
    if stakes:
        listed = "; ".join(dict.fromkeys(f"{e['person']} ({e['conflict'].split(':')[0]})" for e in stakes))
        parts.append(f"<p class='flag'>{escape(T_('Half weight for a conflict of interest: {people}.', people=listed))}</p>")
    return "".join(parts) or f"<p class='muted'>{escape(T_('No advice about these paths was recorded.'))}</p>"


def money_line(result: dict, answers: Answers) -> str:
    """The money in one paragraph: the money page's figures (present values against staying, break-even); a
    decision stored before those existed gets the older school-only break-even."""
    text = money_summary(result.get("money"))
    if not text:
        return school_line(result["school"], answers) if result.get("school") else ""
    return f"<p><b>{escape(T_('The money:'))}</b> {escape(text)}</p>"


def school_line(be: dict | BreakEven, answers: Answers) -> str:
    be = be if isinstance(be, BreakEven) else BreakEven(**be)
    if not answers.school.current_income and not answers.school.tuition:
        return f"<p class='muted'>{escape(T_('No costs were entered for going back to school.'))}</p>"
    income = _money(be.expected_income) + (T_(" (cautious default: 10% above today)") if be.cautious_default else "")
    return (f"<p><b>{escape(T_('Going back to school, the money:'))}</b> " + escape(T_(
        "tuition {tuition}; income after graduating {income}. Full-time ({full_months} months, {full_cost} including "
        "income forgone) breaks even in {full_when}; part-time ({part_months} months, {part_cost} after employer "
        "support) in {part_when}.", tuition=_money(answers.school.tuition), income=income,
        full_months=answers.school.months_full_time, full_cost=_money(be.cost_full_time),
        full_when=be.describe(be.months_full_time), part_months=answers.school.months_part_time,
        part_cost=_money(be.cost_part_time), part_when=be.describe(be.months_part_time))) + "</p>")


def _plan(plan: list[dict], scrub=str) -> str:
    plan = _without_sensitive(plan)  # asks to people marked sensitive stay out, like their advice
    created = [p for p in plan if p.get("created")]
    rows = "".join(f"<tr><td><b>{escape(p['person'])}</b></td><td>{escape(scrub(p['purpose']))} <span class='muted'>"
                   f"({escape(_ask_kind(p['kind']))})</span></td><td>{_date(p['due_on'])}</td>"
                   f"<td class='muted'>{escape(scrub(p['why']))}</td></tr>" for p in created)
    html = (table_open() +
            f"<tr><th width='18%'>{escape(T_('Who'))}</th><th width='45%'>{escape(T_('Ask'))}</th><th width='13%'>"
            f"{escape(T_('Due'))}</th><th>{escape(T_('Why them'))}</th></tr>{rows}</table>") if created else \
        f"<p class='muted'>{escape(T_('No asks were created.'))}</p>"
    others = [p for p in plan if not p.get("created")]
    if others:
        html += "<p class='muted'>" + escape(T_("Also suggested: {asks}.", asks="; ".join(
            f"{p['person']} ({scrub(p['purpose'])})" for p in others))) + "</p>"
    return html


def _ask_kind(kind: str) -> str:
    """An ask's kind inside the plan's row ("referral")."""
    english = ASK_KINDS.get(kind, kind)
    return _lower(word(english, "vocabulary"), english)


def decision_html(data: dict, colors: dict | None = None) -> str:
    """The full report for one stored decision (service.decision_data), in `colors` (default: LIGHT, for paper)."""
    with palette(colors):
        return _decision_html(data)


def _tests(data: dict, scrub=str) -> str:
    """The decision's assumptions and their cheap tests, with results once the gate has asked for them."""
    from mentordesk.crossroads.assumption_service import tests_of
    from mentordesk.crossroads.assumptions import AS_KINDS, RESULTS

    tests = data.get("tests") if "tests" in data else (tests_of(data["id"]) if data.get("id") else [])
    if not tests:
        return ""
    shown = {id(t) for t in _without_sensitive(tests)}
    items = []
    for t in tests:
        who = (t["person"] or T_("someone")) if id(t) in shown else T_("someone you trust")
        outcome = word(RESULTS[t["result"]], "") if t.get("result") in RESULTS else t.get("result")
        result = (f" <b>{escape(T_('Result: {result}', result=outcome))}</b>"
                  + (f" \u2014 {escape(scrub(t['result_note']))}" if t.get("result_note") else "")) if t.get("result") else ""
        kind = AS_KINDS.get(t["as_kind"], "")
        items.append(f"<li><b>{OPTION_LETTERS.get(t['option'], '?')}.</b> {escape(scrub(t['need']))} <span class='muted'>\u2014 "
                     + escape(T_("test: {test} ({kind} with {who}, by {day}, {cost}); stop or commit: {criterion}",
                                 test=scrub(t["test"]), kind=_lower(word(kind, ""), kind), who=who, day=_date(t["test_on"]),
                                 cost=t["cost"], criterion=scrub(t["criterion"])))
                     + f"</span>{result}</li>")
    return f"{_h(T_('What would need to be true, and the tests'))}<ul>{''.join(items)}</ul>"


def _decision_html(data: dict) -> str:
    answers, result = Answers.from_dict(data["answers"]), data["result"]
    scrub = Scrubber(People.read(sensitive_only=True), anonymise=False)   # not even named in others' notes
    options, ranking, chosen = result["options"], result["ranking"], data["chosen"]
    top = ranking[0] if ranking else None
    rank_text = escape(", ".join(f"{option_name(o)} {number_text(format(options[o]['total'], '.2f'))}" for o in ranking))
    label = shown_label(chosen, data["chosen_label"])
    lead = f"<p class='lead'>{T_('Recommendation: <b>{option}</b>', option=escape(label))}</p>"
    certainty = escape(word(result["certainty"], ""))
    if chosen == top:
        why = T_("It ranked first ({ranking}), with <b>{certainty}</b> certainty: ", ranking=rank_text, certainty=certainty)
    else:
        why = T_("You chose it although the scores ranked {top} first ({ranking}); certainty <b>{certainty}</b>: ",
                 top=escape(option_name(top)), ranking=rank_text, certainty=certainty)
    why += escape("; ".join(result["certainty_reasons"])) + "."
    flip = result["flip"]["text"] if result["flip"] else \
        T_("No single change of one weight (0\u201310) or one score (1\u20135) would change the winner.")
    gut = " " + T_("Gut check: \u201c{note}\u201d", note=escape(scrub(answers.gut_note))) if answers.gut_note else ""
    gaps = "".join(f"<li>{escape(g['text'])}</li>" for g in result["gaps"])
    revisit = " \u00b7 " + T_("revisit on <b>{day}</b>", day=_date(data["revisit_on"])) if data.get("revisit_on") else ""
    note = f"<p>{escape(scrub(data['note']))}</p>" if data.get("note") else ""
    return (
        f"<html><head><style>{style()}</style></head><body>"
        f"<p style='font-size:16pt; font-weight:bold; margin-bottom:0px'>{escape(T_('Crossroads decision'))}</p>"
        f"<p class='meta'>{escape(T_('Decided {day}', day=_date(data['created_at'])))}{revisit}</p>"
        f"{lead}<p>{why} {escape(flip)}{gut}</p>{note}"
        f"<p class='muted'>{situation_line(answers)}</p>"
        f"{_h(T_('The plan'))}{_plan(data['plan'], scrub)}{_tests(data, scrub)}"
        f"{_h(T_('Scores'))}{_scores_table(answers, result)}"
        f"{money_line(result, answers)}"
        f"{_h(T_('What your network said'), new_page=True)}{_evidence(data['evidence'], scrub)}"
        + (f"{_h(T_('Gaps in your network'))}<ul>{gaps}</ul>" if gaps else "")
        + "</body></html>"
    )


def compare_html(left: dict, right: dict, colors: dict | None = None) -> str:
    """Two stored decisions side by side: what was chosen, how it scored, and what mattered."""
    with palette(colors):
        return _compare_html(left, right)


def _compare_html(left: dict, right: dict) -> str:
    def column(data):
        a, r = Answers.from_dict(data["answers"]), data["result"]
        ranking = "<br/>".join(escape(f"{option_name(o)}: {number_text(format(r['options'][o]['total'], '.2f'))}")
                               for o in r["ranking"]) \
            or escape(T_("all ruled out"))
        return {
            T_("Decided"): _when(data["created_at"]),
            T_("Chosen"): f"<b>{escape(shown_label(data['chosen'], data['chosen_label']))}</b>",
            T_("Ranking"): ranking, T_("Certainty"): escape(word(r["certainty"], "")),
            **{T_("Importance: {criterion}", criterion=word(label, "")): str(a.importance.get(k, 0))
               for k, (label, *_x) in CRITERIA.items()},
            T_("Switch target"): escape(a.choices.switch_target), T_("School program"): escape(a.choices.school_program),
            T_("Gaps"): "<br/>".join(escape(g["text"]) for g in r["gaps"]) or escape(T_("none")),
            T_("Asks created"): str(sum(1 for p in data["plan"] if p.get("created"))),
            T_("Revisit on"): _date(data.get("revisit_on")),
        }
    a, b = column(left), column(right)
    mark = lambda k: f" style='background-color:{color('changed_bg')}'" if a[k] != b[k] else ""  # noqa: E731
    rows = "".join(f"<tr><th>{escape(k)}</th><td{mark(k)}>{a[k]}</td><td{mark(k)}>{b[k]}</td></tr>" for k in a)
    return (f"<html><head><style>{style()}</style></head><body>{table_open()}<tr><th></th>"
            f"<th>{escape(T_('Decision of {when}', when=_when(left['created_at'])))}</th>"
            f"<th>{escape(T_('Decision of {when}', when=_when(right['created_at'])))}</th></tr>"
            f"{rows}</table><p class='muted'>{escape(T_('Highlighted rows differ.'))}</p></body></html>")
