"""Assumptions and cheap tests: what would need to be true for each option, and how to find out before committing.

Each assumption names a cheap test, the person who can help with it, what it costs, by when, and the
criterion that says stop or commit. Saved with a decision, a test becomes an ask or a meeting; its result
comes back at the revisit date (the gate) as tested evidence (crossroads.tested).
"""

from __future__ import annotations

import dataclasses as dc
import datetime as dt

from mentordesk.crossroads.answers import ALL_OPTIONS, COMBINED, OPTION_LETTERS, Answers
from mentordesk.crossroads.evidence import Advisor, TargetField, made_switch, went_to_school
from mentordesk.texts import T_, date_text

MAX_PER_OPTION = 3
AS_KINDS = {"ask": "Ask", "meeting": "Meeting"}
RESULTS = {"holds": "Held: commit", "fails": "Failed: stop", "unclear": "Unclear"}
RESULT_STANCE = {"holds": "for", "fails": "against", "unclear": "neutral"}
DEFAULT_TEST_DAYS = 21


@dc.dataclass
class Assumption:
    """One "what would need to be true" for an option, with its cheap test."""

    option: str
    need: str
    test: str = ""
    person_id: int | None = None
    person: str = ""
    cost: str = ""
    test_on: str = ""          # ISO date
    criterion: str = ""        # stop or commit if …
    as_kind: str = "ask"

    @property
    def blank(self) -> bool:
        """Nothing typed: the row is ignored."""
        return not any(x.strip() for x in (self.need, self.test, self.cost, self.criterion))


def problems(assumptions: list[Assumption], today: dt.date) -> list[str]:
    """What is missing or wrong, each naming the option and the assumption ("B, assumption 2: …")."""
    found, seen = [], {}
    for a in assumptions:
        if a.blank:
            continue
        seen[a.option] = seen.get(a.option, 0) + 1
        where = T_("{letter}, assumption {number}", letter=OPTION_LETTERS.get(a.option, a.option), number=seen[a.option])
        if a.option not in ALL_OPTIONS:
            found.append(T_("{where}: unknown option {option!r}", where=where, option=a.option))
            continue
        if seen[a.option] > MAX_PER_OPTION:
            found.append(T_("{where}: at most {most} assumptions per option", where=where, most=MAX_PER_OPTION))
        missing = [name for name, value in ((T_("what would need to be true"), a.need), (T_("a cheap test"), a.test),
                                            (T_("a cost"), a.cost), (T_("a stop-or-commit criterion"), a.criterion))
                   if not value.strip()]
        if a.person_id is None:
            missing.append(T_("who helps with the test"))
        if missing:
            found.append(T_("{where}: name {missing}", where=where, missing=", ".join(missing)))
        try:
            day = dt.date.fromisoformat(a.test_on)
        except (TypeError, ValueError):
            found.append(T_("{where}: give the test a date", where=where))
            continue
        if day < today:
            found.append(T_("{where}: the test date {day} is in the past", where=where,
                            day=date_text(day, day.isoformat())))
        if a.as_kind not in AS_KINDS:
            found.append(T_("{where}: a test becomes an ask or a meeting, not {kind!r}", where=where, kind=a.as_kind))
    return found


def filled(assumptions: list[Assumption]) -> list[Assumption]:
    return [a for a in assumptions if not a.blank]


def _best(people: list[Advisor], *prefer) -> Advisor | None:
    ranked = sorted((a for a in people if not a.sensitive), key=lambda a: (-a.trust, not a.knows_situation, a.name))
    for check in prefer:
        chosen = [a for a in ranked if check(a)]
        if chosen:
            return chosen[0]
    return ranked[0] if ranked else None


def _same(a: str, b: str) -> bool:
    return bool(a) and bool(b) and a.strip().lower() == b.strip().lower()


def suggest(answers: Answers, option: str, people: dict[int, Advisor], today: dt.date,
            leads: list | None = None) -> list[Assumption]:
    """Starting points for an option's assumptions, each with a real person from the network (the user edits them)."""
    if option == COMBINED:   # "School, then switch": the school's first, then the switch's
        firsts = [suggest(answers, o, people, today, leads)[:2] for o in ("school", "switch")]
        return [dc.replace(a, option=COMBINED) for pair in zip(*firsts) for a in pair][:MAX_PER_OPTION]
    everyone = [a for a in people.values() if not a.sensitive]
    c, s = answers.choices, answers.situation
    due = (today + dt.timedelta(days=DEFAULT_TEST_DAYS)).isoformat()
    later = (today + dt.timedelta(days=DEFAULT_TEST_DAYS + 14)).isoformat()
    knows = [a for a in everyone if a.knows_situation]
    mentor = _best(knows, lambda a: "mentor" in a.roles, lambda a: "coach" in a.roles)
    out: list[tuple[str, str, Advisor | None, str, str, str, str]] = []
    if option == "improve":
        here = [a for a in everyone if _same(a.organization, s.current_organization)]
        manager = _best(here, lambda a: "current manager" in a.notes.lower(), lambda a: "manager" in a.title.lower())
        out.append((T_("My manager will commit to a promotion with a date"),
                    T_("Ask for a written development plan with a promotion date"), manager or mentor,
                    T_("one hour"), due, T_("Commit if a date is in writing; stop if it stays vague"), "meeting"))
        out.append((T_("My case for promotion is strong enough"),
                    T_("Walk a mentor through my case and ask what is missing"), mentor,
                    T_("one hour"), due, T_("Commit if nothing big is missing; stop if a gap takes over a year"), "ask"))
    elif option == "switch":
        target = c.switch_target
        if c.exploring and not target:
            lead = leads[0] if leads else None
            person = people.get(lead.item.person_id) if lead else mentor
            out.append((T_("One of the fields my contacts work in suits me"),
                        T_("Three informational interviews in different fields"), person,
                        T_("three coffees, about 6 hours"), later,
                        T_("Commit to one field if I want a second conversation in it; stop if none appeals"), "ask"))
        else:
            field = TargetField(answers)   # the user's confirmed list first
            in_field = [a for a in everyone if a in field]
            insider = _best(in_field, lambda a: a.knows_situation)
            switcher = _best([a for a in in_field if a is not insider] or everyone, made_switch)
            out.append((T_("I would enjoy the day-to-day work of {field}", field=target),
                        T_("Shadow a working day, or do one small real task from the job"), insider,
                        T_("half a day"), due, T_("Commit if I want a second day; stop if it bores me by noon"), "meeting"))
            out.append((T_("Someone would hire me into {field} with my background", field=target),
                        T_("Ask for an honest read of my resume against three real job postings"), switcher or insider,
                        T_("two hours"), later, T_("Commit if they would forward it; stop if a must-have skill takes "
                                                   "over a year to learn"), "ask"))
    elif option == "school":
        studied = _best(everyone, went_to_school)
        teacher = _best([a for a in everyone if "professor" in a.roles and "admission" not in a.title.lower()],
                        lambda a: _same(a.organization, c.school_institution))
        program = c.school_program or T_("the program")
        out.append((T_("{program} pays off within a few years", program=program),
                    T_("Ask what the degree did to their pay, and how long it took"), studied,
                    T_("one coffee"), due, T_("Commit if the raise covers the cost within 5 years; stop if not"), "ask"))
        out.append((T_("I can keep up with {program} next to everything else", program=program),
                    T_("Sit in on one class or do one free module"), teacher or studied,
                    T_("one evening"), later, T_("Commit if it fits my week; stop if it pushes out family time"), "ask"))
    return [Assumption(option, need, test, p.person_id if p else None, p.name if p else "", cost, day, crit, kind)
            for need, test, p, cost, day, crit, kind in out][:MAX_PER_OPTION]


def latest_test_date(assumptions: list[Assumption]) -> dt.date | None:
    """The last test date, so the revisit (the gate) comes after every test."""
    days = []
    for a in filled(assumptions):
        try:
            days.append(dt.date.fromisoformat(a.test_on))
        except (TypeError, ValueError):
            continue
    return max(days) if days else None
