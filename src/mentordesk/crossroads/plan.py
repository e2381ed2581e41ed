"""The action plan: concrete asks to real people in the network, for the option the user chose."""

from __future__ import annotations

import dataclasses as dc
import datetime as dt

from mentordesk.crossroads.answers import Answers
from mentordesk.crossroads.evidence import Advisor, TargetField, made_switch, went_to_school
from mentordesk.models import Ask
from mentordesk.texts import N_, T_, translate

# Days until an ask of each kind is due (a nearer decision deadline wins).
DUE_DAYS = {"resume_review": 14, "referral": 30, "letter": 45, "info_interview": 21, "introduction": 21, "other": 14}
OPEN = ("idea", "asked", "in_progress")


@dc.dataclass
class PlanItem:
    """One suggested ask; `checked` is whether the wizard ticks it by default."""

    kind: str
    person_id: int
    person: str
    purpose: str
    why: str
    due_on: str          # ISO date
    checked: bool = True


def _best(people: list[Advisor], *prefer) -> Advisor | None:
    """The most trusted person, preferring those who pass the checks in `prefer` (in order)."""
    ranked = sorted(people, key=lambda a: (-a.trust, not a.knows_situation, a.name))
    for check in prefer:
        chosen = [a for a in ranked if check(a)]
        if chosen:
            return chosen[0]
    return ranked[0] if ranked else None


def _has_role(*roles):
    return lambda a: any(r in a.roles for r in roles)


def _same(a: str, b: str) -> bool:
    return bool(a) and bool(b) and a.strip().lower() == b.strip().lower()


def ranked(people: dict[int, Advisor]) -> list[Advisor]:
    """People in _best's order (trust, knowing your situation, name): sorted once, _best's sorts only check it."""
    return sorted(people.values(), key=lambda a: (-a.trust, not a.knows_situation, a.name))


class _Planner:
    def __init__(self, answers: Answers, people: dict[int, Advisor], today: dt.date,
                 order: list[Advisor] | None = None, field: TargetField | None = None):
        self.answers, self.today = answers, today
        self.people = [a for a in (order if order is not None else ranked(people)) if not a.sensitive]
        self.field = field if field is not None else TargetField(answers)   # looked up once: the mentor too
        self._mentor: list[Advisor | None] = []
        self.items: list[PlanItem] = []
        self.open_asks = set(Ask.select(Ask.person, Ask.kind).where(Ask.status.in_(OPEN), Ask.direction == "to").tuples())

    def due(self, kind: str) -> str:
        due = self.today + dt.timedelta(days=DUE_DAYS[kind])
        deadline = self.answers.situation.deadline
        if deadline and self.today < deadline < due:
            due = deadline
        return due.isoformat()

    def add(self, kind: str, person: Advisor | None, purpose: str, why: str) -> None:
        if person is None or any((i.person_id, i.kind, i.purpose) == (person.person_id, kind, purpose) for i in self.items):
            return
        already = (person.person_id, kind) in self.open_asks
        if already:
            why += T_(" (you already have a similar open ask)")
        self.items.append(PlanItem(kind, person.person_id, person.name, purpose, why, self.due(kind), not already))

    def mentor(self) -> Advisor | None:
        if not self._mentor:
            knows = [a for a in self.people if a.knows_situation]
            self._mentor.append(_best(knows, _has_role("mentor"), _has_role("coach"), _has_role("former_manager")))
        return self._mentor[0]

    def connector(self) -> Advisor | None:
        """Whom to ask for an introduction: a trusted mentor, coach or friend who knows your story."""
        knows = [a for a in self.people if a.knows_situation]
        return _best(knows, _has_role("mentor", "coach"), _has_role("friend"))


# Who someone is to you, for "why them": the first of their roles found here names them.
_ROLE_WORDS = (("mentor", N_("mentor")), ("coach", N_("career coach")), ("former_manager", N_("former manager")),
               ("colleague", N_("colleague")), ("friend", N_("friend")))


def knows_you(person: Advisor | None) -> str:
    """Why this person: their actual role and that they know your situation (a friend is not a mentor)."""
    if person is None:
        return ""
    role = next((word for key, word in _ROLE_WORDS if key in person.roles), "")
    return T_("{role} who knows your work", role=translate(role)) if role else T_("knows your situation at work")


def suggest(answers: Answers, option: str, people: dict[int, Advisor], gaps: list[dict] = (),
            today: dt.date | None = None, order: list[Advisor] | None = None,
            field: TargetField | None = None) -> list[PlanItem]:
    """Suggested asks for `option`, each naming a real person and why them.

    `order`: the people already ranked (see `ranked`) and `field`: TargetField(answers), when the caller keeps
    them (a large network's wizard asks again whenever the choice changes)."""
    if option == "school_switch":  # "School, then switch": the school's asks, then the switch's
        items = suggest(answers, "school", people, gaps, today, order, field)
        seen = {(i.person_id, i.kind, i.purpose) for i in items}
        return items + [i for i in suggest(answers, "switch", people, gaps, today, order, field)
                        if (i.person_id, i.kind, i.purpose) not in seen]
    p = _Planner(answers, people, today or dt.date.today(), order, field)
    c, s = answers.choices, answers.situation
    target, org = c.switch_target or T_("the new field"), c.switch_organization
    if option == "switch" and c.exploring and not c.switch_target:
        # No target yet: the informational interviews come from crossroads.explore; a mentor helps choose.
        mentor = p.mentor()
        p.add("other", mentor, T_("Help me choose which fields to explore, and what to ask"), knows_you(mentor))
    elif option == "switch":
        mentor = p.mentor()
        p.add("resume_review", mentor, T_("Review my resume for {field} roles", field=target), knows_you(mentor))
        in_field = [a for a in p.people if a in p.field]
        at_org = [a for a in p.people if _same(a.organization, org)]
        insider = _best(at_org, lambda a: a in p.field, _has_role("insider")) if at_org else None
        if insider:
            p.add("referral", insider, T_("Referral for a {field} role at {organization}", field=target, organization=org),
                  T_("insider at {organization}", organization=org))
        else:
            insider = _best(in_field, _has_role("insider"))
            p.add("referral", insider, T_("Referral for a {field} role", field=target),
                  T_("insider in {field}", field=target))
        others = [a for a in in_field if not insider or a.person_id != insider.person_id]
        p.add("info_interview", _best(others, made_switch, lambda a: a.knows_situation),
              T_("30 minutes on moving into {field}", field=target), T_("works in {field}", field=target))
    elif option == "school":
        program = c.school_program or T_("the program")
        p.add("letter", _best(p.people, _has_role("former_manager")), T_("Recommendation letter for {program}",
                                                                         program=program),
              T_("former manager who saw your work"))
        teachers = [a for a in p.people if "professor" in a.roles and "admission" not in a.title.lower()]
        p.add("letter", _best(teachers, lambda a: _same(a.organization, c.school_institution)),
              T_("Recommendation letter for {program}", program=program),
              T_("professor at {school}", school=c.school_institution or T_("the school")))
        studied = [a for a in p.people if went_to_school(a)]
        p.add("info_interview", _best(studied, lambda a: a.knows_situation),
              T_("What going back to school was really like"), T_("studied again as an adult"))
        p.add("resume_review", p.mentor(), T_("Review my application for {program}", program=program),
              knows_you(p.mentor()))
    else:
        here = [a for a in p.people if _same(a.organization, s.current_organization)]
        manager = _best(here, lambda a: "current manager" in a.notes.lower(), lambda a: "manager" in a.title.lower())
        p.add("other", manager, T_("A written development plan with a promotion date"), T_("your manager decides it"))
        p.add("other", p.mentor(), T_("Help me build the case for promotion"), knows_you(p.mentor()))
    for gap in gaps:
        if gap["path"] == option and gap["kind"] in ("field", "organization", "school"):
            p.add("introduction", p.connector(), T_("Introduce me to someone at {organization}", organization=gap["target"])
                  if gap["kind"] == "organization" else T_("Introduce me to someone in {field}", field=gap["target"]),
                  gap["text"].rstrip("."))
    return p.items
