"""A decision as a readable report (HTML that Qt's QTextDocument renders), and two decisions side by side."""

from __future__ import annotations

import datetime as dt
from contextlib import contextmanager
from contextvars import ContextVar
from html import escape

from mentordesk.crossroads.answers import ALL_OPTIONS, CRITERIA, OPTION_LETTERS, OPTIONS, Answers
from mentordesk.crossroads.money import summary as money_summary
from mentordesk.crossroads.names import People, Scrubber
from mentordesk.crossroads.school import BreakEven
from mentordesk.models import ASK_KINDS

EVIDENCE_PER_OPTION = 3
STANCE_MARK = {"for": "for", "against": "against", "neutral": "neutral"}
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
        return f"{iso} (invalid date)"
    return f"{day.day} {day.strftime('%b %Y')}"


def _h(title: str, new_page: bool = False) -> str:
    """A section heading (QTextDocument ignores CSS sizes on <h2>, so a styled paragraph)."""
    brk = " page-break-before: always;" if new_page else ""
    return (f"<p style='font-size:11.5pt; font-weight:bold; color:{color('accent')}; margin-top:10px; margin-bottom:3px;{brk}'>"
            f"{escape(title)}</p>")


def _when(iso: str) -> str:
    """"3 Mar 2025, 14:05" for an ISO datetime text."""
    return f"{_date(iso)}, {iso[11:16]}" if len(iso) >= 16 else _date(iso)


def _money(value: float) -> str:
    return f"{value:,.0f}"


def situation_line(a: Answers) -> str:
    s = a.situation
    where = " at ".join(x for x in (s.current_role, s.current_organization) if x) or "Your current job"
    parts = [f"job going {s.job_going}/5", f"happiness {s.happiness}/5", f"{s.months_since_raise} months since the last raise",
             f"promotion prospects {s.promotion_prospects}/5", f"downsizing risk {s.downsizing_risk}/5",
             f"{s.savings_months:g} months of savings"]
    limits = [x for x in (s.constraint_location, s.constraint_family, s.constraint_time) if x]
    text = f"{where}: " + ", ".join(parts) + "."
    if limits:
        text += " Constraints: " + "; ".join(limits) + "."
    if s.deadline:
        text += f" Decide by {_date(s.deadline.isoformat())}."
    return escape(text)


def _scores_table(answers: Answers, result: dict) -> str:
    options = result["options"]
    weighed = [o for o in ALL_OPTIONS if o in options]   # D ("School, then switch") when it was weighed
    head = "".join(f"<th class='num'>{OPTION_LETTERS[o]}. {escape(ALL_OPTIONS[o])}</th>" for o in weighed)
    rows = [f"<tr><th width='34%'>Criterion</th><th class='num' width='11%'>Weight</th>{head}</tr>"]
    for key, (label, *_rest) in CRITERIA.items():
        cells = "".join(
            "<td class='num muted'>\u2014</td>" if options[o]["blocked"] else f"<td class='num'>{options[o]['scores'][key]:g}</td>"
            for o in weighed)
        suffix = " <span class='muted'>(from advice)</span>" if key == "network" else ""
        rows.append(f"<tr><td>{escape(label)}{suffix}</td><td class='num'>{result['weights'][key] * 100:.0f}%</td>{cells}</tr>")
    totals = "".join(
        "<td class='num'>ruled out</td>" if options[o]["blocked"] else f"<td class='num'>{options[o]['total']:.2f}</td>"
        for o in weighed)
    rows.append(f"<tr class='total'><td>Weighted score (of 5)</td><td></td>{totals}</tr>")
    table = table_open()
    blocked = [f"<li>{escape(ALL_OPTIONS[o])}: {escape('; '.join(options[o]['blocked']))}</li>" for o in weighed if options[o]["blocked"]]
    return table + "".join(rows) + "</table>" + (f"<p>Ruled out:</p><ul>{''.join(blocked)}</ul>" if blocked else "")


def _without_sensitive(evidence: list[dict]) -> list[dict]:
    """Entries (advice, plan items) of people marked sensitive stay out of the report, as the planner and
    the calendar export leave them out (a decision stored before they were marked is read as they are now)."""
    from mentordesk.models import Person

    ids = {e.get("person_id") for e in evidence if e.get("person_id") is not None}
    hidden = {pid for (pid,) in Person.select(Person.id).where(Person.id.in_(list(ids)) & Person.sensitive).tuples()}
    return [e for e in evidence if e.get("person_id") not in hidden]


def _note(e: dict, scrub=str) -> str:
    where = f" ({escape(e['meeting'])})" if e.get("meeting") and not e.get("tested") else ""  # a result: its outcome
    flag = f"<br/><span class='flag'>Conflict of interest: {escape(e['conflict'])}</span>" if e.get("conflict") else ""
    tested = f" · <i>tested: {escape(scrub(e['reasons'][0][len('tested: '):]))}</i>" \
        if e.get("tested") and e.get("reasons") else ""
    return (f"<li>“{escape(scrub(e['text']))}”<br/><span class='muted'>— <b>{escape(e['person'])}</b>, "
            f"{_date(e['given_on'])}{where} · {STANCE_MARK[e['stance']]} · weight {e['weight']:.2f}{tested}</span>"
            f"{flag}</li>")


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
        more = f"<li class='muted'>and {len(notes) - len(shown)} more</li>" if len(notes) > len(shown) else ""
        parts.append(f"<p><b>{escape(OPTIONS[option])}</b></p><ul>{''.join(items)}{more}</ul>")
    stakes = [e for e in evidence if e.get("conflict")]
    if stakes:
        listed = "; ".join(dict.fromkeys(f"{e['person']} ({e['conflict'].split(':')[0]})" for e in stakes))
        parts.append(f"<p class='flag'>Half weight for a conflict of interest: {escape(listed)}.</p>")
    return "".join(parts) or "<p class='muted'>No advice about these paths was recorded.</p>"


def money_line(result: dict, answers: Answers) -> str:
    """The money in one paragraph: the money page's figures (present values against staying, break-even); a
    decision stored before those existed gets the older school-only break-even."""
    text = money_summary(result.get("money"))
    if not text:
        return school_line(result["school"], answers) if result.get("school") else ""
    return f"<p><b>The money:</b> {escape(text)}</p>"


def school_line(be: dict | BreakEven, answers: Answers) -> str:
    be = be if isinstance(be, BreakEven) else BreakEven(**be)
    if not answers.school.current_income and not answers.school.tuition:
        return "<p class='muted'>No costs were entered for going back to school.</p>"
    income = _money(be.expected_income) + (" (cautious default: 10% above today)" if be.cautious_default else "")
    return (f"<p><b>Going back to school, the money:</b> tuition {_money(answers.school.tuition)}; income after graduating {income}. "
            f"Full-time ({answers.school.months_full_time} months, {_money(be.cost_full_time)} including income forgone) "
            f"breaks even in {be.describe(be.months_full_time)}; part-time ({answers.school.months_part_time} months, "
            f"{_money(be.cost_part_time)} after employer support) in {be.describe(be.months_part_time)}.</p>")


def _plan(plan: list[dict], scrub=str) -> str:
    plan = _without_sensitive(plan)  # asks to people marked sensitive stay out, like their advice
    created = [p for p in plan if p.get("created")]
    rows = "".join(f"<tr><td><b>{escape(p['person'])}</b></td><td>{escape(scrub(p['purpose']))} <span class='muted'>"
                   f"({escape(ASK_KINDS.get(p['kind'], p['kind']).lower())})</span></td><td>{_date(p['due_on'])}</td>"
                   f"<td class='muted'>{escape(scrub(p['why']))}</td></tr>" for p in created)
    html = (table_open() +
            f"<tr><th width='18%'>Who</th><th width='45%'>Ask</th><th width='13%'>Due</th><th>Why them</th></tr>{rows}</table>") if created else \
        "<p class='muted'>No asks were created.</p>"
    others = [p for p in plan if not p.get("created")]
    if others:
        html += "<p class='muted'>Also suggested: " + escape("; ".join(f"{p['person']} ({scrub(p['purpose'])})"
                                                                       for p in others)) + ".</p>"
    return html


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
        who = escape(t["person"] or "someone") if id(t) in shown else "someone you trust"
        result = (f" <b>Result: {escape(RESULTS.get(t['result'], t['result']))}</b>"
                  + (f" \u2014 {escape(scrub(t['result_note']))}" if t.get("result_note") else "")) if t.get("result") else ""
        items.append(f"<li><b>{OPTION_LETTERS.get(t['option'], '?')}.</b> {escape(scrub(t['need']))} <span class='muted'>\u2014 "
                     f"test: {escape(scrub(t['test']))} ({AS_KINDS.get(t['as_kind'], '').lower()} with {who}, by "
                     f"{_date(t['test_on'])}, {escape(t['cost'])}); stop or commit: {escape(scrub(t['criterion']))}</span>{result}</li>")
    return f"{_h('What would need to be true, and the tests')}<ul>{''.join(items)}</ul>"


def _decision_html(data: dict) -> str:
    answers, result = Answers.from_dict(data["answers"]), data["result"]
    scrub = Scrubber(People.read(sensitive_only=True), anonymise=False)   # not even named in others' notes
    options, ranking, chosen = result["options"], result["ranking"], data["chosen"]
    top = ranking[0] if ranking else None
    rank_text = ", ".join(f"{ALL_OPTIONS[o]} {options[o]['total']:.2f}" for o in ranking)
    lead = f"<p class='lead'>Recommendation: <b>{escape(data['chosen_label'])}</b></p>"
    if chosen == top:
        why = f"It ranked first ({rank_text}), with <b>{result['certainty']}</b> certainty: "
    else:
        why = f"You chose it although the scores ranked {escape(ALL_OPTIONS[top])} first ({rank_text}); certainty <b>{result['certainty']}</b>: "
    why += escape("; ".join(result["certainty_reasons"])) + "."
    flip = result["flip"]["text"] if result["flip"] else \
        "No single change of one weight (0\u201310) or one score (1\u20135) would change the winner."
    gut = f" Gut check: \u201c{escape(scrub(answers.gut_note))}\u201d" if answers.gut_note else ""
    gaps = "".join(f"<li>{escape(g['text'])}</li>" for g in result["gaps"])
    revisit = f" \u00b7 revisit on <b>{_date(data['revisit_on'])}</b>" if data.get("revisit_on") else ""
    note = f"<p>{escape(scrub(data['note']))}</p>" if data.get("note") else ""
    return (
        f"<html><head><style>{style()}</style></head><body>"
        f"<p style='font-size:16pt; font-weight:bold; margin-bottom:0px'>Crossroads decision</p><p class='meta'>Decided {_date(data['created_at'])}{revisit}</p>"
        f"{lead}<p>{why} {escape(flip)}{gut}</p>{note}"
        f"<p class='muted'>{situation_line(answers)}</p>"
        f"{_h('The plan')}{_plan(data['plan'], scrub)}{_tests(data, scrub)}"
        f"{_h('Scores')}{_scores_table(answers, result)}"
        f"{money_line(result, answers)}"
        f"{_h('What your network said', new_page=True)}{_evidence(data['evidence'], scrub)}"
        + (f"{_h('Gaps in your network')}<ul>{gaps}</ul>" if gaps else "")
        + "</body></html>"
    )


def compare_html(left: dict, right: dict, colors: dict | None = None) -> str:
    """Two stored decisions side by side: what was chosen, how it scored, and what mattered."""
    with palette(colors):
        return _compare_html(left, right)


def _compare_html(left: dict, right: dict) -> str:
    def column(data):
        a, r = Answers.from_dict(data["answers"]), data["result"]
        ranking = "<br/>".join(f"{ALL_OPTIONS[o]}: {r['options'][o]['total']:.2f}" for o in r["ranking"]) or "all ruled out"
        return {
            "Decided": _when(data["created_at"]), "Chosen": f"<b>{escape(data['chosen_label'])}</b>",
            "Ranking": ranking, "Certainty": escape(r["certainty"]),
            **{f"Importance: {label}": str(a.importance.get(k, 0)) for k, (label, *_x) in CRITERIA.items()},
            "Switch target": escape(a.choices.switch_target), "School program": escape(a.choices.school_program),
            "Gaps": "<br/>".join(escape(g["text"]) for g in r["gaps"]) or "none",
            "Asks created": str(sum(1 for p in data["plan"] if p.get("created"))),
            "Revisit on": _date(data.get("revisit_on")),
        }
    a, b = column(left), column(right)
    mark = lambda k: f" style='background-color:{color('changed_bg')}'" if a[k] != b[k] else ""  # noqa: E731
    rows = "".join(f"<tr><th>{escape(k)}</th><td{mark(k)}>{a[k]}</td><td{mark(k)}>{b[k]}</td></tr>" for k in a)
    return (f"<html><head><style>{style()}</style></head><body>{table_open()}<tr><th></th>"
            f"<th>Decision of {_when(left['created_at'])}</th><th>Decision of {_when(right['created_at'])}</th></tr>"
            f"{rows}</table><p class='muted'>Highlighted rows differ.</p></body></html>")
