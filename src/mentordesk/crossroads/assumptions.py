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
        where = f"{OPTION_LETTERS.get(a.option, a.option)}, assumption {seen[a.option]}"
        if a.option not in ALL_OPTIONS:
            found.append(f"{where}: unknown option {a.option!r}")
            continue
        if seen[a.option] > MAX_PER_OPTION:
            found.append(f"{where}: at most {MAX_PER_OPTION} assumptions per option")
        missing = [name for name, value in (("what would need to be true", a.need), ("a cheap test", a.test),
                                            ("a cost", a.cost), ("a stop-or-commit criterion", a.criterion))
                   if not value.strip()]
        if a.person_id is None:
            missing.append("who helps with the test")
        if missing:
            found.append(f"{where}: name {', '.join(missing)}")
        try:
            day = dt.date.fromisoformat(a.test_on)
        except (TypeError, ValueError):
            found.append(f"{where}: give the test a date")
            continue
        if day < today:
            found.append(f"{where}: the test date {day.isoformat()} is in the past")
        if a.as_kind not in AS_KINDS:
            found.append(f"{where}: a test becomes an ask or a meeting, not {a.as_kind!r}")
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
        out.append(("My manager will commit to a promotion with a date",
                    "Ask for a written development plan with a promotion date", manager or mentor,
                    "one hour", due, "Commit if a date is in writing; stop if it stays vague", "meeting"))
        out.append(("My case for promotion is strong enough",
                    "Walk a mentor through my case and ask what is missing", mentor,
                    "one hour", due, "Commit if nothing big is missing; stop if a gap takes over a year", "ask"))
    elif option == "switch":
        target = c.switch_target
        if c.exploring and not target:
            lead = leads[0] if leads else None
            person = people.get(lead.item.person_id) if lead else mentor
            out.append(("One of the fields my contacts work in suits me",
                        "Three informational interviews in different fields", person,
                        "three coffees, about 6 hours", later,
                        "Commit to one field if I want a second conversation in it; stop if none appeals", "ask"))
        else:
            field = TargetField(answers)   # the user's confirmed list first
            in_field = [a for a in everyone if a in field]
            insider = _best(in_field, lambda a: a.knows_situation)
            switcher = _best([a for a in in_field if a is not insider] or everyone, made_switch)
            out.append((f"I would enjoy the day-to-day work of {target}",
                        "Shadow a working day, or do one small real task from the job", insider,
                        "half a day", due, "Commit if I want a second day; stop if it bores me by noon", "meeting"))
            out.append((f"Someone would hire me into {target} with my background",
                        "Ask for an honest read of my resume against three real job postings", switcher or insider,
                        "two hours", later, "Commit if they would forward it; stop if a must-have skill takes "
                        "over a year to learn", "ask"))
    elif option == "school":
        studied = _best(everyone, went_to_school)
        teacher = _best([a for a in everyone if "professor" in a.roles and "admission" not in a.title.lower()],
                        lambda a: _same(a.organization, c.school_institution))
        program = c.school_program or "the program"
        out.append((f"{program} pays off within a few years",
                    "Ask what the degree did to their pay, and how long it took", studied,
                    "one coffee", due, "Commit if the raise covers the cost within 5 years; stop if not", "ask"))
        out.append((f"I can keep up with {program} next to everything else",
                    "Sit in on one class or do one free module", teacher or studied,
                    "one evening", later, "Commit if it fits my week; stop if it pushes out family time", "ask"))
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
