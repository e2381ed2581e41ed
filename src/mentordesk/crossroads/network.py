"""Reading the network for Crossroads: advice notes with their authors and meetings, and who knows what."""

from __future__ import annotations

import datetime as dt

from peewee import JOIN

from mentordesk.crossroads.answers import Answers
from mentordesk.crossroads.engine import NetworkFacts
from mentordesk.crossroads.evidence import Advisor, Evidence, Note, in_target_field, went_to_school, weigh, works_in
from mentordesk.crossroads.matching import same_field
from mentordesk.crossroads.situation import call_first
from mentordesk.models import MEETING_KINDS, AdviceNote, Meeting, Organization, Person, PersonRole, PersonTag, Position, Tag

PATHS_WEIGHED = ("improve", "switch", "school")


def advisors(person_ids=None) -> dict[int, Advisor]:
    """Advisor profiles for the given people (everyone when None), in a handful of queries."""
    query = (Person.select(Person, Organization).join(Organization, join_type=JOIN.LEFT_OUTER,
                                                      on=(Person.organization == Organization.id)))
    if person_ids is not None:
        query = query.where(Person.id.in_(list(person_ids)))
    result = {}
    for p in query:
        org = p.organization if p.organization_id else None
        result[p.id] = Advisor(p.id, p.display_name, p.trust, bool(p.knows_situation),
                               org.name if org else "", org.field if org else "", p.title, notes=p.notes,
                               sensitive=bool(p.sensitive))
    ids = list(result)
    for pid, role in PersonRole.select(PersonRole.person, PersonRole.role).where(PersonRole.person.in_(ids)).tuples():
        result[pid].roles.append(role)
    for pid, name in (PersonTag.select(PersonTag.person, Tag.name).join(Tag)
                      .where(PersonTag.person.in_(ids)).tuples()):
        result[pid].tags.append(name)
    for pid, field in (Position.select(Position.person, Organization.field)
                       .join(Organization, on=(Position.organization == Organization.id))
                       .where(Position.person.in_(ids)).tuples()):
        result[pid].past_fields.append(field)
    return result


def meeting_label(meeting: Meeting | None) -> str:
    """"Portfolio feedback, coffee on 1 Mar 2025" for an advice note's meeting."""
    if meeting is None:
        return ""
    kind = MEETING_KINDS.get(meeting.kind, meeting.kind).lower()
    if not isinstance(meeting.held_at, dt.datetime):  # a malformed stored date
        return f"{meeting.summary}, {kind}" if meeting.summary else kind
    day = meeting.held_at.date()
    label = f"{kind} on {day.day} {day.strftime('%b %Y')}"
    return f"{meeting.summary}, {label}" if meeting.summary else label


def advice_notes() -> list[Note]:
    """Advice about the three Crossroads paths, newest first."""
    query = (AdviceNote.select(AdviceNote, Meeting)
             .join(Meeting, join_type=JOIN.LEFT_OUTER, on=(AdviceNote.meeting == Meeting.id))
             .where(AdviceNote.path.in_(PATHS_WEIGHED))
             .order_by(AdviceNote.given_on.desc(), AdviceNote.id.desc()))
    return [Note(n.id, n.person_id, n.given_on, n.path, n.stance, n.advice,
                 meeting_label(n.meeting if n.meeting_id else None), bool(n.acted_on), n.outcome or "")
            for n in query if isinstance(n.given_on, dt.date)]  # advice without a readable date cannot be weighed


def weighed_evidence(answers: Answers, today: dt.date | None = None) -> list[Evidence]:
    """Every relevant advice note, weighed for these answers (excluded ones included; the engine skips them)."""
    today = today or dt.date.today()
    notes = advice_notes()
    people = advisors({n.person_id for n in notes})
    return [weigh(n, people[n.person_id], answers, today) for n in notes]


def _same(a: str, b: str) -> bool:
    return bool(a) and bool(b) and a.strip().lower() == b.strip().lower()


def facts(answers: Answers, people: dict[int, Advisor] | None = None) -> NetworkFacts:
    """Who in the network works in the target field or organization, studied again, or works where you do."""
    people = people if people is not None else advisors()
    choices, situation = answers.choices, answers.situation
    everyone = sorted(people.values(), key=lambda a: (-a.trust, a.name))
    return NetworkFacts(
        in_target_field=[a.name for a in everyone if in_target_field(a, answers)],
        at_target_org=[a.name for a in everyone if _same(a.organization, choices.switch_organization)],
        school_experienced=[a.name for a in everyone
                            if went_to_school(a) or _same(a.organization, choices.school_institution)],
        at_current_org=[a.name for a in everyone if _same(a.organization, situation.current_organization)],
        call_first=call_first(people, answers),
    )


def field_candidates(answers: Answers, people: dict[int, Advisor] | None = None) -> list[dict]:
    """People who may work in the switch target, for the user to confirm (Answers.field_people).

    Each: person_id, name, title, organization, `matched` (whole-word matching says so) and `counted` (what the
    engine uses: the user's confirmed list when there is one, else `matched`). Near misses that share a word
    with the target ("Clinical Research Nurse" for "UX research") are listed unmatched, to tick if they count.
    """
    target = answers.choices.switch_target
    if not target:
        return []
    people = people if people is not None else advisors()
    found = []
    for a in sorted(people.values(), key=lambda a: (-a.trust, a.name)):
        matched = works_in(a, target)
        near = any(same_field(target, t) for t in (a.org_field, a.title, *a.tags) if t)
        if matched or near or in_target_field(a, answers):
            found.append({"person_id": a.person_id, "name": a.name, "title": a.title, "organization": a.organization,
                          "matched": matched, "counted": in_target_field(a, answers)})
    return found


