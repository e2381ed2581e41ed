"""Row snapshots taken before a delete, so undo can put every row back with its original id."""

from __future__ import annotations

from mentordesk.models import (
    AdviceNote,
    Ask,
    Meeting,
    MeetingAttendee,
    Organization,
    Person,
    PersonEmail,
    PersonPhone,
    PersonRole,
    PersonTag,
    Position,
    database,
)
from mentordesk.services.core import changed, transactional
from mentordesk.services.meetings import refresh_last_met

# Insert order respects foreign keys.
_ORDER = [Organization, Person, PersonEmail, PersonPhone, PersonRole, PersonTag, Position, Meeting,
          MeetingAttendee, AdviceNote, Ask]


# Rows nothing else points at: when a later edit has reused one of their ids (SQLite hands out the highest
# free rowid again), they come back under new ids, in their captured order, instead of failing the undo.
_RENUMBERABLE = (PersonEmail, PersonPhone, PersonRole, PersonTag, MeetingAttendee)


def _rows_to_insert(model, rows: list[dict]) -> list[dict]:
    """The captured rows of `model`, without their ids when any of those ids is taken again."""
    if model not in _RENUMBERABLE or not rows:
        return rows
    ids = [r["id"] for r in rows]
    taken = any(model.select(model.id).where(model.id.in_(ids[i:i + 500])).exists() for i in range(0, len(ids), 500))
    return [{k: v for k, v in r.items() if k != "id"} for r in rows] if taken else rows


def rows_of(model, condition) -> list[dict]:
    """The rows of `model` matching `condition`, as dicts with their ids (what a snapshot keeps)."""
    return list(model.select().where(condition).dicts())


def capture_person(person_id: int) -> dict:
    """Everything delete_person removes or changes for this person."""
    solo = [m for (m,) in database.execute_sql(
        """SELECT a.meeting_id FROM meeting_attendee a WHERE a.person_id = ? AND
           (SELECT COUNT(*) FROM meeting_attendee b WHERE b.meeting_id = a.meeting_id) = 1""", [person_id])]
    return {
        "rows": {
            Person: rows_of(Person, Person.id == person_id),
            PersonEmail: rows_of(PersonEmail, PersonEmail.person == person_id),
            PersonPhone: rows_of(PersonPhone, PersonPhone.person == person_id),
            PersonRole: rows_of(PersonRole, PersonRole.person == person_id),
            PersonTag: rows_of(PersonTag, PersonTag.person == person_id),
            Position: rows_of(Position, Position.person == person_id),
            Meeting: rows_of(Meeting, Meeting.id.in_(solo)),
            MeetingAttendee: rows_of(MeetingAttendee, (MeetingAttendee.person == person_id) | MeetingAttendee.meeting.in_(solo)),
            AdviceNote: rows_of(AdviceNote, AdviceNote.person == person_id),
            Ask: rows_of(Ask, Ask.person == person_id),
        },
        "introduced": [p for (p,) in Person.select(Person.id).where(Person.introduced_by == person_id).tuples()],
        "person_id": person_id,
        # Other people's advice linked to the solo meetings loses its link on delete: relink on restore.
        "advice_links": [(a, m) for a, m in AdviceNote.select(AdviceNote.id, AdviceNote.meeting).where(
            AdviceNote.meeting.in_(solo) & (AdviceNote.person != person_id)).tuples()],
    }


def capture_meeting(meeting_id: int) -> dict:
    """A meeting, its attendee rows and the links of advice given in it."""
    return {
        "rows": {
            Meeting: rows_of(Meeting, Meeting.id == meeting_id),
            MeetingAttendee: rows_of(MeetingAttendee, MeetingAttendee.meeting == meeting_id),
        },
        "advice_links": [(a, meeting_id) for (a,) in AdviceNote.select(AdviceNote.id).where(AdviceNote.meeting == meeting_id).tuples()],
    }


def capture_organization(org_id: int) -> dict:
    """An organization and who worked there (now or earlier)."""
    return {
        "rows": {Organization: rows_of(Organization, Organization.id == org_id)},
        "org_people": [p for (p,) in Person.select(Person.id).where(Person.organization == org_id).tuples()],
        "org_positions": [p for (p,) in Position.select(Position.id).where(Position.organization == org_id).tuples()],
        "org_id": org_id,
    }


def capture_advice(advice_id: int) -> dict:
    """One advice note."""
    return {"rows": {AdviceNote: rows_of(AdviceNote, AdviceNote.id == advice_id)}}


def capture_ask(ask_id: int) -> dict:
    """One ask."""
    return {"rows": {Ask: rows_of(Ask, Ask.id == ask_id)}}


@transactional
def restore(snapshot: dict) -> None:
    """Put captured rows back exactly as they were, then re-link, re-index and announce."""
    rows = snapshot["rows"]
    for model in _ORDER:
        model_rows = _rows_to_insert(model, rows.get(model, []))
        for start in range(0, len(model_rows), 200):
            model.insert_many(model_rows[start : start + 200]).execute()
    if snapshot.get("introduced"):
        Person.update(introduced_by=snapshot["person_id"]).where(Person.id.in_(snapshot["introduced"])).execute()
    for advice_id, meeting_id in snapshot.get("advice_links", []):
        AdviceNote.update(meeting=meeting_id).where(AdviceNote.id == advice_id).execute()
    if snapshot.get("org_people"):
        Person.update(organization=snapshot["org_id"]).where(Person.id.in_(snapshot["org_people"])).execute()
    if snapshot.get("org_positions"):
        Position.update(organization=snapshot["org_id"]).where(Position.id.in_(snapshot["org_positions"])).execute()
    people = {r["id"] for r in rows.get(Person, [])} | {r["person"] for r in rows.get(MeetingAttendee, [])}
    people |= set(snapshot.get("introduced", [])) | set(snapshot.get("org_people", []))
    meetings = {r["id"] for r in rows.get(Meeting, [])} | {r["meeting"] for r in rows.get(MeetingAttendee, [])}
    advice = {r["id"] for r in rows.get(AdviceNote, [])} | {a for a, _ in snapshot.get("advice_links", [])}
    refresh_last_met(people)
    for kind, ids in (("person", people), ("meeting", meetings), ("advice", advice),
                      ("ask", {r["id"] for r in rows.get(Ask, [])}),
                      ("organization", {r["id"] for r in rows.get(Organization, [])})):
        if ids:
            changed(kind, ids)
