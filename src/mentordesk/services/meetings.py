"""Meetings with one or more people, logged together with the advice given in them."""

from __future__ import annotations

from mentordesk.models import MEETING_KINDS, AdviceNote, Meeting, MeetingAttendee, Person, database, now
from mentordesk.services import validation as v
from mentordesk.services.core import get_or_not_found, ValidationError, changed, transactional


def get_meeting(meeting_id: int) -> Meeting:
    """The meeting with this id, or NotFound."""
    return get_or_not_found(Meeting, meeting_id, "meeting")


def _clean(data: dict, creating: bool) -> dict:
    checks = {
        "held_at": lambda value: v.datetime(value, "held_at", required=True),
        "kind": lambda value: v.choice(value, "kind", MEETING_KINDS),
        "place": lambda value: v.text(value, "place"),
        "summary": lambda value: v.text(value, "summary"),
        "notes": lambda value: v.text(value, "notes"),
        "follow_up_on": lambda value: v.date(value, "follow_up_on"),
    }
    clean, errors = v.collect(data, checks)
    if creating and "held_at" not in data:
        errors["held_at"] = "is required"
    if "attendee_ids" in data or creating:
        ids = list(dict.fromkeys(int(i) for i in data.get("attendee_ids") or []))
        if not ids:
            errors["attendee_ids"] = "a meeting needs at least one attendee"
        else:
            known = {p for (p,) in Person.select(Person.id).where(Person.id.in_(ids)).tuples()}
            missing = [i for i in ids if i not in known]
            if missing:
                errors["attendee_ids"] = f"no person with id {missing[0]}"
        clean["attendee_ids"] = ids
    if errors:
        raise ValidationError(errors)
    return clean


def refresh_last_met(person_ids) -> None:
    """Recompute the denormalized 'last met' date of these people from their meetings."""
    ids = list(dict.fromkeys(person_ids))
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        database.execute_sql(
            f"""UPDATE person SET last_met_on = (
                    SELECT MAX(date(m.held_at)) FROM meeting m
                    JOIN meeting_attendee a ON a.meeting_id = m.id WHERE a.person_id = person.id)
                WHERE id IN ({marks})""",
            chunk,
        )


def attendee_ids(meeting_id: int) -> list[int]:
    """Ids of the people at a meeting, in the order they were added."""
    return [p for (p,) in MeetingAttendee.select(MeetingAttendee.person).where(MeetingAttendee.meeting == meeting_id).order_by(MeetingAttendee.id).tuples()]


def _set_attendees(meeting: Meeting, ids: list[int]) -> list[int]:
    before = attendee_ids(meeting.id)
    MeetingAttendee.delete().where(MeetingAttendee.meeting == meeting).execute()
    for person_id in ids:
        MeetingAttendee.create(meeting=meeting, person=person_id)
    return list(dict.fromkeys(before + ids))


@transactional
def log_meeting(advice: list[dict] | None = None, **data) -> Meeting:
    """Log a meeting and any advice given in it, all in one transaction.

    Each advice dict takes the fields of create_advice; person_id defaults to the only attendee.
    """
    from mentordesk.services.advice import create_advice

    clean = _clean(data, creating=True)
    ids = clean.pop("attendee_ids")
    meeting = Meeting.create(**clean)
    touched = _set_attendees(meeting, ids)
    for index, note in enumerate(advice or []):
        note = dict(note)
        if not note.get("person_id") and len(ids) == 1:
            note["person_id"] = ids[0]
        note.setdefault("given_on", meeting.held_at.date())
        try:
            create_advice(meeting_id=meeting.id, **note)
        except ValidationError as exc:
            raise ValidationError({f"advice[{index + 1}].{k}": m for k, m in exc.errors.items()}) from None
    refresh_last_met(touched)
    changed("meeting", [meeting.id])
    changed("person", touched)
    return meeting


create_meeting = log_meeting


@transactional
def update_meeting(meeting_id: int, **data) -> Meeting:
    """Change a meeting's fields and, when given, its attendees."""
    meeting = get_meeting(meeting_id)
    clean = _clean(data, creating=False)
    ids = clean.pop("attendee_ids", None)
    for field, value in clean.items():
        setattr(meeting, field, value)
    meeting.updated_at = now()
    meeting.save()
    touched = _set_attendees(meeting, ids) if ids is not None else attendee_ids(meeting.id)
    refresh_last_met(touched)
    changed("meeting", [meeting.id])
    changed("person", touched)
    return meeting


@transactional
def delete_meeting(meeting_id: int) -> None:
    """Delete a meeting; advice given in it is kept, no longer linked to a meeting."""
    get_meeting(meeting_id)
    people = attendee_ids(meeting_id)
    advice = [a for (a,) in AdviceNote.select(AdviceNote.id).where(AdviceNote.meeting == meeting_id).tuples()]
    Meeting.delete().where(Meeting.id == meeting_id).execute()
    refresh_last_met(people)
    changed("meeting", [meeting_id])
    changed("person", people)
    changed("advice", advice)


def meeting_fields(meeting: Meeting) -> dict:
    """A meeting's own fields as readable values (no id, no attendees)."""
    return {
        "held_at": meeting.held_at.isoformat(sep=" ", timespec="minutes"),
        "kind": meeting.kind,
        "place": meeting.place,
        "summary": meeting.summary,
        "notes": meeting.notes,
        "follow_up_on": meeting.follow_up_on.isoformat() if meeting.follow_up_on else None,
    }


def meeting_data(meeting_id: int) -> dict:
    """A meeting as readable values, with attendee ids and names."""
    meeting = get_meeting(meeting_id)
    ids = attendee_ids(meeting_id)
    names = dict(Person.select(Person.id, Person.display_name).where(Person.id.in_(ids)).tuples()) if ids else {}
    return {
        "id": meeting.id,
        **meeting_fields(meeting),
        "attendee_ids": ids,
        "attendees": [names.get(i, "") for i in ids],
    }


def meetings_of(person_id: int, limit: int | None = None) -> list[Meeting]:
    """A person's meetings, newest first."""
    query = (
        Meeting.select()
        .join(MeetingAttendee)
        .where(MeetingAttendee.person == person_id)
        .order_by(Meeting.held_at.desc())
    )
    return list(query.limit(limit) if limit else query)


def last_and_next_meeting(person_id: int, today=None) -> tuple[str | None, str | None]:
    """ISO dates of the person's latest meeting up to today and their next planned one."""
    import datetime as dt

    today = (today or dt.date.today()).isoformat()
    row = database.execute_sql(
        """SELECT MAX(CASE WHEN date(m.held_at) <= ? THEN date(m.held_at) END),
                  MIN(CASE WHEN date(m.held_at) > ? THEN date(m.held_at) END)
           FROM meeting m JOIN meeting_attendee a ON a.meeting_id = m.id WHERE a.person_id = ?""",
        [today, today, person_id],
    ).fetchone()
    return row[0], row[1]
