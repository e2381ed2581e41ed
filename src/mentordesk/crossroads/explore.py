"""Exploring when you don't know what you'd switch to: the fields your contacts work in, and whom to ask about each.

Fields come from the network itself: the industry of each person's organization, and the kind of work
their title names (whole words: a "Data Entry Clerk" is not data science). Each field gets one
informational interview with the best person in it, a week apart, and a date to come back and decide.
"""

from __future__ import annotations

import dataclasses as dc
import datetime as dt
import functools
import re

from mentordesk.crossroads.answers import Answers
from mentordesk.crossroads.evidence import Advisor
from mentordesk.crossroads.plan import PlanItem
from mentordesk.texts import T_

# Kinds of work a title names, by whole words or phrases.
ROLE_FAMILIES = (
    ("UX and design", ("ux", "design", "designer", "user research", "service designer")),
    ("Product management", ("product manager", "product owner", "director of product", "head of product")),
    ("Data and analytics", ("data scientist", "data analyst", "analytics", "data engineer")),
    ("Software engineering", ("engineer", "engineering", "developer", "software")),
    ("Marketing and brand", ("marketing", "brand")),
    ("Content and media", ("content", "writer", "editor", "podcast", "creative director", "producer")),
    ("Recruiting and HR", ("recruiter", "recruiting", "hr", "human resources", "talent")),
    ("Teaching and research", ("professor", "lecturer", "teacher", "researcher")),
    ("Coaching and training", ("coach", "facilitator", "trainer")),
    ("Sales", ("sales", "account executive")),
    ("Operations", ("operations", "logistics")),
)
FIRST_DUE_DAYS = 14
SPACING_DAYS = 7
COME_BACK_AFTER_DAYS = 14
MAX_LEADS = 6
TICKED = 3


# One pattern per family: any of its phrases as whole words.
_FAMILY_PATTERNS = tuple(
    (family, re.compile(r"(?<![a-z0-9])(?:" + "|".join(re.escape(p) for p in phrases) + r")(?![a-z0-9])"))
    for family, phrases in ROLE_FAMILIES)


@functools.lru_cache(maxsize=4096)
def role_family(title: str) -> str:
    """The kind of work a title names ("Senior UX Researcher" -> "UX and design"), or "" (titles repeat: cached)."""
    lowered = title.lower()
    return next((family for family, pattern in _FAMILY_PATTERNS if pattern.search(lowered)), "")


@dc.dataclass
class Lead:
    """A field your contacts work in, and the one to ask about it."""

    field: str
    basis: str             # "industry" (their organization's field) or "role" (their title)
    people: list[str]      # everyone you know in it
    item: PlanItem         # the informational interview to ask for


def _current(answers: Answers, people: dict[int, Advisor]) -> set[str]:
    """The user's own industry and kind of work, which are not a switch."""
    s = answers.situation
    mine = {role_family(s.current_role)}
    org = s.current_organization.strip().lower()
    mine |= {a.org_field for a in people.values() if org and a.organization.strip().lower() == org}
    return {m.lower() for m in mine if m}


def fields_in_network(answers: Answers, people: dict[int, Advisor]) -> dict[tuple[str, str], list[Advisor]]:
    """(field, basis) -> the people in it, leaving out your own field and people marked sensitive."""
    mine = _current(answers, people)
    found: dict[tuple[str, str], list[Advisor]] = {}
    for a in people.values():
        if a.sensitive:
            continue
        for field, basis in ((a.org_field.strip(), "industry"), (role_family(a.title), "role")):
            if field and field.lower() not in mine:
                found.setdefault((field, basis), []).append(a)
    return found


def _words(field: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", field.lower())) - {"and", "of", "the"}


def _rank(a: Advisor) -> tuple:
    return (not a.knows_situation, -a.trust, a.name)


def leads(answers: Answers, people: dict[int, Advisor], today: dt.date, limit: int = MAX_LEADS) -> list[Lead]:
    """The fields most of your contacts work in, each with a different person to ask, a week apart."""
    found = fields_in_network(answers, people)
    order = sorted(found.items(), key=lambda kv: (-len(kv[1]), _rank(min(kv[1], key=_rank)), kv[0][0]))
    used: set[int] = set()
    out: list[Lead] = []
    deadline = answers.situation.deadline
    for (field, basis), members in order:
        if len(out) >= limit:
            break
        if any(_words(field) & _words(lead.field) for lead in out):  # "UX design" and "UX and design": one field
            continue
        person = next((a for a in sorted(members, key=_rank) if a.person_id not in used), None)
        if person is None:
            continue
        used.add(person.person_id)
        due = today + dt.timedelta(days=FIRST_DUE_DAYS + SPACING_DAYS * len(out))
        if deadline and today < deadline < due:
            due = deadline
        where = T_("{title} at {organization}", title=person.title, organization=person.organization) \
            if person.title and person.organization else person.title or person.organization or T_("works there")
        count = T_("one of {count} people you know in it", count=len(members)) if len(members) > 1 \
            else T_("the one person you know in it")
        item = PlanItem("info_interview", person.person_id, person.name,
                        T_("30 minutes on what working in {field} is really like", field=field),
                        f"{where}; {count}", due.isoformat(), checked=len(out) < TICKED)
        out.append(Lead(field, basis, sorted(a.name for a in members), item))
    return out


def come_back_on(items: list[PlanItem], today: dt.date) -> dt.date:
    """When to come back and choose: two weeks after the last interview asked for."""
    days = [dt.date.fromisoformat(i.due_on) for i in items]
    last = max(days) if days else today + dt.timedelta(days=FIRST_DUE_DAYS)
    return last + dt.timedelta(days=COME_BACK_AFTER_DAYS)
