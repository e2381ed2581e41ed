"""How much one piece of advice counts: trust, knowing your situation, expertise, recency, conflicts.

Signals used, all from data the user already keeps:
- works in the field: the advisor's organization field, title or one tag holds every word of the target,
  whole ("UX research" matches "Senior UX Researcher", not "Clinical Research Nurse"; crossroads.matching),
  unless the user confirmed the list of people in that field (Answers.field_people);
- made the move: an earlier job in a field unlike today's, or notes that say so as a phrase
  ("switched careers", "moved from marketing to UX"; not "switched teams"); for school: "went back to
  school", "MBA", "bootcamp" as whole words, or working at the institution / as a professor;
- conflict of interest: someone at your current organization urging you to stay (or not to leave),
  a recruiter urging a switch (paid per placement), the program's own people or an admissions
  contact urging school.
"""

from __future__ import annotations

import dataclasses as dc
import datetime as dt
from collections.abc import Collection

from mentordesk.crossroads.answers import Answers
from mentordesk.crossroads.matching import field_key, field_words, has_phrase, matches_field, same_field
from mentordesk.crossroads.tested import TESTED_WEIGHT, is_tested, tested_reasons
from mentordesk.texts import P_, T_

TRUST_MAX = 5
NOT_KNOWING_FACTOR = 0.6      # advice from someone who doesn't know your situation
EXPERTISE_FACTOR = 1.5        # works in that field or made that move
CONFLICT_FACTOR = 0.5         # has a stake in what they advise
HALF_LIFE_DAYS = 180          # advice loses half its weight every six months
STANCE_VALUE = {"for": 1.0, "against": -1.0, "neutral": 0.0}

# Phrases (whole words) that say someone changed careers or studied again as an adult.
MOVE_PHRASES = (
    r"switched (careers?|fields?|industries|industry|professions?|from|into)",
    r"(changed|change|changing) (careers?|fields?|industries|professions?)",
    r"career (change|changer|switch|switcher|pivot|move)",
    r"made the (move|jump|switch|leap)",
    r"pivoted (to|into|from)",
    r"moved from [a-z' ]{2,40} (to|into)",
)
SCHOOL_PHRASES = (
    r"(went|go|going|gone|came) back to (school|university|college|uni|study|studying)",
    r"went back for (a|an|my|the)",
    r"returned to (school|university|college|study|studying)",
    r"back to school",
    r"mba",
    r"boot ?camp",
    r"studied again",
    r"graduated at",
)


@dc.dataclass
class Advisor:
    """What the engine needs to know about a person who gave advice."""

    person_id: int
    name: str
    trust: int = 3
    knows_situation: bool = False
    organization: str = ""
    org_field: str = ""
    title: str = ""
    roles: list[str] = dc.field(default_factory=list)
    tags: list[str] = dc.field(default_factory=list)
    notes: str = ""
    past_fields: list[str] = dc.field(default_factory=list)   # fields of earlier organizations
    sensitive: bool = False


@dc.dataclass
class Note:
    """One advice note, with where it was given."""

    advice_id: int
    person_id: int
    given_on: dt.date
    path: str
    stance: str
    text: str
    meeting: str = ""     # e.g. "Portfolio feedback, coffee on 1 Mar 2025"
    acted_on: bool = False
    outcome: str = ""     # acted on with an outcome: tested evidence (crossroads.tested)


@dc.dataclass
class Evidence:
    """A weighed advice note: the note, who gave it, the weight and why."""

    advice_id: int
    person_id: int
    person: str
    given_on: str
    path: str
    stance: str
    text: str
    meeting: str
    weight: float
    reasons: list[str]
    conflict: str = ""
    tested: bool = False  # a result (acted on, outcome known), not an opinion


def works_in(advisor: Advisor, target: str) -> bool:
    """The advisor's current field, title or tags match the target."""
    return bool(target) and matches_field(target, advisor.org_field, advisor.title, *advisor.tags)


def made_switch(advisor: Advisor) -> bool:
    """The advisor changed fields: notes saying so, or an earlier job in a field unlike today's.

    Today's field is the organization's field, else what the title says ("Freelance UX Consultant": UX);
    without either (a freelancer titled "Consultant") earlier jobs prove nothing.
    """
    if has_phrase(advisor.notes, MOVE_PHRASES):
        return True
    current = advisor.org_field if field_words(advisor.org_field) else advisor.title
    if not field_words(current):
        return False
    return any(field_words(f) and not same_field(f, current) for f in advisor.past_fields)


def went_to_school(advisor: Advisor) -> bool:
    """The advisor studied again as an adult, per their notes (whole words: "embassy" is no MBA)."""
    return has_phrase(advisor.notes, SCHOOL_PHRASES)


class TargetField:
    """Who counts as working in the switch target for one set of answers: the user's confirmed list (looked up
    as a set, so a loop over 20,000 people stays fast), else whole-word matching. `advisor in field`."""

    def __init__(self, answers: Answers, matched: Collection[int] | None = None):
        """`matched`: the ids matching finds in the target, when already known (crossroads.network keeps them)."""
        self.target = answers.choices.switch_target
        confirmed = answers.field_people.get(field_key(self.target)) if self.target else None
        self.confirmed = frozenset(confirmed) if confirmed is not None else None
        self.matched = matched

    def among(self, people: dict[int, Advisor]) -> frozenset[int]:
        """The ids of these people (keyed by id) who count as working in the target."""
        if self.confirmed is not None:
            return self.confirmed.intersection(people)
        if self.matched is not None:
            return frozenset(self.matched).intersection(people)
        return frozenset(i for i, a in people.items() if works_in(a, self.target))

    def __contains__(self, advisor: Advisor) -> bool:
        if self.confirmed is not None:
            return advisor.person_id in self.confirmed
        if self.matched is not None:
            return advisor.person_id in self.matched
        return works_in(advisor, self.target)


def expertise(advisor: Advisor, path: str, answers: Answers, field: TargetField | None = None) -> str:
    """Why this advisor knows the path first-hand, or "" if they don't (`field`: TargetField(answers), if known)."""
    choices, situation = answers.choices, answers.situation
    if path == "switch":
        if advisor in (field if field is not None else TargetField(answers)):
            return T_("works in {field}", field=choices.switch_target)
        if made_switch(advisor):
            return T_("made a career switch")
    elif path == "school":
        if went_to_school(advisor):
            return T_("studied again as an adult")
        institution = choices.school_institution
        if institution and advisor.organization.lower() == institution.lower():
            return T_("works at {organization}", organization=institution)
        if "professor" in advisor.roles:
            return T_("works in education")
    elif path == "improve":
        org = situation.current_organization
        if org and advisor.organization.lower() == org.lower():
            return T_("knows {organization} from inside", organization=org)
    return ""


def conflict(advisor: Advisor, path: str, stance: str, answers: Answers) -> str:
    """Why the advisor gains from this advice, or "" if they don't."""
    org = answers.situation.current_organization
    at_current = bool(org) and advisor.organization.lower() == org.lower()
    urges_stay = (path == "improve" and stance == "for") or (path in ("switch", "school") and stance == "against")
    if at_current and urges_stay:
        return T_("works at {organization}, where you are now: has a stake in you staying", organization=org)
    if "recruiter" in advisor.roles and path == "switch" and stance == "for":
        return T_("recruiter: paid when you are placed")
    if path == "school" and stance == "for":
        institution = answers.choices.school_institution
        if "admission" in advisor.title.lower():
            return T_("admissions contact: recruits students")
        if institution and advisor.organization.lower() == institution.lower():
            return T_("works at {organization}, which runs the program", organization=institution)
    return ""


def recency(given_on: dt.date, today: dt.date) -> float:
    """1.0 for today's advice, halving every HALF_LIFE_DAYS."""
    age = max(0, (today - given_on).days)
    return 0.5 ** (age / HALF_LIFE_DAYS)


def weigh(note: Note, advisor: Advisor, answers: Answers, today: dt.date, field: TargetField | None = None) -> Evidence:
    """Weigh one advice note and explain the weight (`field`: TargetField(answers), when weighing many)."""
    if is_tested(note.acted_on, note.outcome):  # a result: fixed weight above opinion, no fading
        return Evidence(
            advice_id=note.advice_id, person_id=note.person_id, person=advisor.name,
            given_on=note.given_on.isoformat(), path=note.path, stance=note.stance, text=note.text,
            meeting=note.meeting, weight=TESTED_WEIGHT, reasons=tested_reasons(note.outcome), tested=True,
        )
    reasons = [T_("trust {trust}/{most}", trust=advisor.trust, most=TRUST_MAX)]
    weight = advisor.trust / TRUST_MAX
    if advisor.knows_situation:
        reasons.append(T_("knows your situation"))
    else:
        weight *= NOT_KNOWING_FACTOR
        reasons.append(T_("doesn't know your situation"))
    why = expertise(advisor, note.path, answers, field)
    if why:
        weight *= EXPERTISE_FACTOR
        reasons.append(why)
    fresh = recency(note.given_on, today)
    weight *= fresh
    reasons.append(P_((today - note.given_on).days, "{n} days ago"))
    stake = conflict(advisor, note.path, note.stance, answers)
    if stake:
        weight *= CONFLICT_FACTOR
    return Evidence(
        advice_id=note.advice_id, person_id=note.person_id, person=advisor.name,
        given_on=note.given_on.isoformat(), path=note.path, stance=note.stance, text=note.text,
        meeting=note.meeting, weight=round(weight, 4), reasons=reasons, conflict=stake,
    )
