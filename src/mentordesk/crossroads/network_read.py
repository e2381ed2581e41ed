"""Reading the people and the advice Crossroads weighs, as plain rows: at 20,000 people and 40,000 notes,
converting every value through the models took seconds, and joining each note to its meeting in SQL did too."""

from __future__ import annotations

import datetime as dt

from peewee import JOIN

from mentordesk.crossroads.evidence import Advisor, Note
from mentordesk.models import (
    MEETING_KINDS, AdviceNote, Meeting, Organization, Person, PersonRole, PersonTag, Position, Tag, database,
)
from mentordesk.texts import T_, date_text, word

PATHS_WEIGHED = ("improve", "switch", "school")


def _rows(query) -> list[tuple]:
    """The query's rows as SQLite gives them (no conversion per value)."""
    return database.execute(query).fetchall()


def _day(value) -> dt.date | None:
    """A stored date (or the date of a stored date and time), None when unreadable, as the models read it."""
    if isinstance(value, dt.date):
        return value if not isinstance(value, dt.datetime) else value.date()
    if not isinstance(value, str) or not (len(value) == 10 or (len(value) > 10 and value[10] == " ")):
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def advisors(person_ids=None) -> dict[int, Advisor]:
    """Advisor profiles for the given people (everyone when None), in four queries."""
    wanted = set(person_ids) if person_ids is not None else None

    def mine(query, column):
        return query if wanted is None else query.where(column.in_(list(wanted)))

    people = mine(Person.select(Person.id, Person.display_name, Person.trust, Person.knows_situation,
                                Organization.name, Organization.field, Person.title, Person.notes, Person.sensitive)
                  .join(Organization, join_type=JOIN.LEFT_OUTER, on=(Person.organization == Organization.id)),
                  Person.id)
    result = {pid: Advisor(pid, name, trust, bool(knows), org or "", field or "", title or "", notes=notes or "",
                           sensitive=bool(sensitive))
              for pid, name, trust, knows, org, field, title, notes, sensitive in _rows(people)}
    for pid, role in _rows(mine(PersonRole.select(PersonRole.person, PersonRole.role), PersonRole.person)):
        if pid in result:
            result[pid].roles.append(role)
    for pid, name in _rows(mine(PersonTag.select(PersonTag.person, Tag.name).join(Tag), PersonTag.person)):
        if pid in result:
            result[pid].tags.append(name)
    for pid, field in _rows(mine(Position.select(Position.person, Organization.field)
                                 .join(Organization, on=(Position.organization == Organization.id)), Position.person)):
        if pid in result:
            result[pid].past_fields.append(field)
    return result


def meeting_label(meeting: Meeting | None) -> str:
    """"Portfolio feedback, coffee on 1 Mar 2025" for an advice note's meeting."""
    if meeting is None:
        return ""
    held = meeting.held_at if isinstance(meeting.held_at, dt.datetime) else None   # else a malformed stored date
    return _label(meeting.kind, held.date() if held else None, meeting.summary, {})


def _label(kind: str, day: dt.date | None, summary: str, months: dict) -> str:
    english = MEETING_KINDS.get(kind, kind)
    kind = word(english, "vocabulary")
    kind = kind.lower() if kind == english else kind  # a translated noun keeps its capital
    if day is None:
        return f"{summary}, {kind}" if summary else kind
    if day not in months:  # written once per day and the sentence's template once (thousands of notes)
        months[day] = date_text(day, f"{day.day} {day.strftime('%b %Y')}")
    if "on" not in months:
        months["on"] = T_("{kind} on {day}")
    label = months["on"].format(kind=kind, day=months[day])
    return f"{summary}, {label}" if summary else label


def advice_notes() -> list[Note]:
    """Advice about the three Crossroads paths, newest first (their meetings read apart and joined here)."""
    notes = _rows(AdviceNote.select(AdviceNote.id, AdviceNote.person, AdviceNote.given_on, AdviceNote.path,
                                    AdviceNote.stance, AdviceNote.advice, AdviceNote.acted_on, AdviceNote.outcome,
                                    AdviceNote.meeting)
                  .where(AdviceNote.path.in_(PATHS_WEIGHED)))
    meetings = AdviceNote.select(AdviceNote.meeting).where(AdviceNote.path.in_(PATHS_WEIGHED))
    months: dict = {}
    labels = {mid: _label(kind, _day(held), summary or "", months) for mid, kind, held, summary in
              _rows(Meeting.select(Meeting.id, Meeting.kind, Meeting.held_at, Meeting.summary)
                    .where(Meeting.id.in_(meetings)))}
    found = []
    for aid, pid, given, path, stance, text, acted, outcome, mid in notes:
        day = _day(given)
        if day is not None:   # advice without a readable date cannot be weighed
            found.append(Note(aid, pid, day, path, stance, text, labels.get(mid, "") if mid is not None else "",
                              bool(acted), outcome or ""))
    found.sort(key=lambda n: (n.given_on, n.advice_id), reverse=True)
    return found
