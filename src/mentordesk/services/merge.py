"""Merging two records of the same person: every meeting, advice note and ask of both is kept."""

from __future__ import annotations

from mentordesk.models import (AdviceNote, Ask, MeetingAttendee, Person, PersonEmail, PersonPhone, PersonRole,
                               PersonTag, Position, database)
from mentordesk.services import people
from mentordesk.services.core import ServiceError, changed, transactional
from mentordesk.services.meetings import refresh_last_met
from mentordesk.services.snapshots import rows_of
from mentordesk.texts import T_

# Fields the merge dialog compares side by side: (field, English label).
MERGE_FIELDS = [
    ("display_name", "Name"), ("given_name", "Given name"), ("family_name", "Family name"),
    ("nickname", "Nickname"), ("organization", "Organization"), ("title", "Title"),
    ("met_how", "Met how"), ("met_where", "Met where"), ("met_on", "Met on"),
    ("trust", "Trust"), ("knows_situation", "Knows my situation"), ("keep_in_touch_days", "Keep in touch (days)"),
    ("sensitive", "Sensitive"), ("notes", "Notes"),
]
UNION_FIELDS = ("emails", "phones", "roles", "tags")
_LISTS = (PersonEmail, PersonPhone, PersonRole, PersonTag)


def _other_references() -> list:
    """Foreign keys to a person from tables this module does not handle by name (Crossroads' assumption tests,
    say): they follow the kept person instead of being emptied when the other one is deleted."""
    handled = {*_LISTS, MeetingAttendee, AdviceNote, Ask, Position, Person}
    return [field for field, model in Person._meta.backrefs.items() if model not in handled]


def _referring(field, person_id: int) -> list[int]:
    return [i for (i,) in field.model.select(field.model._meta.primary_key).where(field == person_id).tuples()]


def merge_rows(keep_id: int, other_id: int) -> list[tuple[str, str, object, object]]:
    """(field, label, value in kept record, value in other record) for the merge dialog."""
    keep, other = people.person_data(keep_id), people.person_data(other_id)
    rows = [(f, label, keep[f], other[f]) for f, label in MERGE_FIELDS]
    for field in UNION_FIELDS:
        rows.append((field, field.capitalize(), keep[field], other[field]))
    return rows


def _default_choice(field: str, mine, theirs) -> str:
    if field == "notes" and mine and theirs and mine != theirs:
        return "both"
    return "other" if mine in (None, "", []) and theirs not in (None, "", []) else "keep"


def _union(first: list, second: list, key) -> list:
    seen, result = set(), []
    for item in first + second:
        k = key(item)
        if k not in seen:
            seen.add(k)
            result.append(item)
    return result


def merge_people(keep_id: int, other_id: int, choices: dict[str, str] | None = None, before=None) -> int:
    """Fold `other_id` into `keep_id`; choices map field -> 'keep' | 'other' | 'both' (notes only).

    `before()` runs once both people are known to exist, right before anything is written: callers
    pass the safety backup there (services do not reach up into the safety layer)."""
    if keep_id == other_id:
        raise ServiceError(T_("cannot merge a person with themselves"))
    people.get_person(keep_id), people.get_person(other_id)
    if before is not None:
        before()
    return _merge(keep_id, other_id, choices or {})


@transactional
def _merge(keep_id: int, other_id: int, choices: dict[str, str]) -> int:
    keep, other = people.person_data(keep_id), people.person_data(other_id)
    fields = {}
    for field, _ in MERGE_FIELDS:
        choice = choices.get(field) or _default_choice(field, keep[field], other[field])
        if choice == "both":
            fields[field] = "\n\n".join(v for v in (keep[field], other[field]) if v)
        elif choice == "other":
            fields[field] = other[field]
    fields["emails"] = _union(keep["emails"], other["emails"], lambda e: e["email"].lower())
    fields["phones"] = _union(keep["phones"], other["phones"], lambda p: p["phone"])
    fields["roles"] = _union(keep["roles"], other["roles"], str)
    fields["tags"] = _union(keep["tags"], other["tags"], str)
    if not keep["introduced_by_id"] and other["introduced_by_id"] not in (None, keep_id):
        fields["introduced_by_id"] = other["introduced_by_id"]
    other_row = Person.get_by_id(other_id)
    keep_row = Person.get_by_id(keep_id)
    if not keep_row.vcard and other_row.vcard:
        fields["vcard"] = other_row.vcard

    shared = MeetingAttendee.select(MeetingAttendee.meeting).where(MeetingAttendee.person == keep_id)
    meeting_ids = [m for (m,) in MeetingAttendee.select(MeetingAttendee.meeting).where(
        MeetingAttendee.person == other_id).tuples()]
    (MeetingAttendee.update(person=keep_id)
     .where((MeetingAttendee.person == other_id) & MeetingAttendee.meeting.not_in(shared)).execute())
    advice_ids = [a for (a,) in AdviceNote.select(AdviceNote.id).where(AdviceNote.person == other_id).tuples()]
    ask_ids = [a for (a,) in Ask.select(Ask.id).where(Ask.person == other_id).tuples()]
    AdviceNote.update(person=keep_id).where(AdviceNote.person == other_id).execute()
    Ask.update(person=keep_id).where(Ask.person == other_id).execute()
    Position.update(person=keep_id).where(Position.person == other_id).execute()
    introduced = [p for (p,) in Person.select(Person.id).where(Person.introduced_by == other_id).tuples()]
    Person.update(introduced_by=keep_id).where((Person.introduced_by == other_id) & (Person.id != keep_id)).execute()
    Person.update(introduced_by=None).where((Person.id == keep_id) & (Person.introduced_by == other_id)).execute()
    fields.pop("introduced_by_id", None) if fields.get("introduced_by_id") == other_id else None
    for field in _other_references():
        field.model.update({field: keep_id}).where(field == other_id).execute()
    database.execute_sql("DELETE FROM person WHERE id = ?", [other_id])
    people.update_person(keep_id, **fields)
    refresh_last_met([keep_id])
    changed("person", [keep_id, other_id] + introduced)
    changed("meeting", meeting_ids)
    changed("advice", advice_ids)
    changed("ask", ask_ids)
    return keep_id


# --- taking a merge back ------------------------------------------------------------------


def capture_merge(keep_id: int, other_id: int) -> dict:
    """Every row a merge of `other_id` into `keep_id` changes, as it is now (what `unmerge` puts back)."""
    both = (keep_id, other_id)
    return {
        "keep_id": keep_id, "other_id": other_id,
        "people": rows_of(Person, Person.id.in_(both)),
        "lists": {model: rows_of(model, model.person.in_(both)) for model in _LISTS},
        "attendees": rows_of(MeetingAttendee, MeetingAttendee.person == other_id),
        "advice": [a for (a,) in AdviceNote.select(AdviceNote.id).where(AdviceNote.person == other_id).tuples()],
        "asks": [a for (a,) in Ask.select(Ask.id).where(Ask.person == other_id).tuples()],
        "positions": {p: person for p, person in Position.select(Position.id, Position.person)
                      .where(Position.person.in_(both)).tuples()},
        "introduced": [p for (p,) in Person.select(Person.id).where(Person.introduced_by == other_id).tuples()],
        "others": {field: _referring(field, other_id) for field in _other_references()},
    }


@transactional
def unmerge(snapshot: dict) -> None:
    """Put both people back exactly as `capture_merge` saw them, with every record they owned."""
    keep_id, other_id = snapshot["keep_id"], snapshot["other_id"]
    for row in snapshot["people"]:
        if row["id"] == keep_id:
            Person.update(**{k: v for k, v in row.items() if k != "id"}).where(Person.id == keep_id).execute()
        else:
            Person.insert(**row).execute()
    for model, saved in snapshot["lists"].items():
        model.delete().where(model.person == keep_id).execute()
        if saved:
            model.insert_many(saved).execute()
    for row in snapshot["attendees"]:
        moved = MeetingAttendee.update(person=other_id).where(MeetingAttendee.id == row["id"]).execute()
        if not moved:  # a meeting both attended: the merge dropped the other's row
            MeetingAttendee.insert(**row).execute()
    AdviceNote.update(person=other_id).where(AdviceNote.id.in_(snapshot["advice"])).execute()
    Ask.update(person=other_id).where(Ask.id.in_(snapshot["asks"])).execute()
    positions = snapshot["positions"]
    Position.delete().where((Position.person == keep_id) & Position.id.not_in(list(positions) or [0])).execute()
    for position_id, person_id in positions.items():
        Position.update(person=person_id).where(Position.id == position_id).execute()
    Person.update(introduced_by=other_id).where(Person.id.in_(snapshot["introduced"])).execute()
    for field, ids in snapshot.get("others", {}).items():
        field.model.update({field: other_id}).where(field.model._meta.primary_key.in_(ids)).execute()
    refresh_last_met([keep_id, other_id])
    meetings = [row["meeting"] for row in snapshot["attendees"]]
    changed("person", [keep_id, other_id, *snapshot["introduced"]])
    changed("meeting", meetings)
    changed("advice", snapshot["advice"])
    changed("ask", snapshot["asks"])
