"""Creating, changing, listing and deleting people, with their emails, phones, roles and tags."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import fn

from mentordesk.models import (
    ROLES,
    AdviceNote,
    Ask,
    Meeting,
    MeetingAttendee,
    Person,
    PersonEmail,
    PersonPhone,
    PersonRole,
    PersonTag,
    Position,
    Tag,
    database,
    now,
)
from mentordesk.services import search, validation as v
from mentordesk.services.core import get_or_not_found, ValidationError, changed, transactional
from mentordesk.services.organizations import organization_by_name
from mentordesk.texts import P_, T_

SCALAR_TEXT = ("given_name", "family_name", "nickname", "title", "met_how", "met_where", "notes")
LIST_FIELDS = ("emails", "phones", "roles", "tags")


def get_person(person_id: int) -> Person:
    """The person with this id, or NotFound."""
    return get_or_not_found(Person, person_id, "person")


def _contacts(values, field: str, check) -> list[tuple[str, str]]:
    """Normalize a list of addresses/numbers given as strings or {value, label} dicts."""
    result = []
    for index, item in enumerate(values or []):
        if isinstance(item, dict):
            value, label = item.get(field[:-1]) or item.get("value"), item.get("label") or "other"
        elif isinstance(item, (tuple, list)):
            value, label = item[0], (item[1] if len(item) > 1 else "other")
        else:
            value, label = item, "other"
        if value in (None, ""):
            continue
        value = check(value, f"{field}[{index + 1}]")
        label = (label or "other").strip().lower()
        result.append((value, label if label else "other"))
    return result


def _tag_names(value) -> list[str]:
    """Tags as written, without repeats; "VIP" and "vip" count as the same tag (the first spelling wins)."""
    names: dict[str, str] = {}
    for item in value or []:
        name = v.text(item, "tags")
        if name:
            names.setdefault(name.lower(), name)
    return list(names.values())


def _clean(data: dict, person: Person | None) -> dict:
    """Validate every given field, collecting all problems into one ValidationError."""
    clean, errors = {}, {}

    def take(field, func):
        if field in data:
            try:
                clean[field] = func(data[field])
            except ValidationError as exc:
                errors.update(exc.errors)

    for field in SCALAR_TEXT:
        take(field, lambda value, f=field: v.text(value, f))
    take("display_name", lambda value: v.text(value, "display_name"))
    take("met_on", lambda value: v.date(value, "met_on"))
    take("snoozed_until", lambda value: v.date(value, "snoozed_until"))
    take("trust", lambda value: v.integer(value, "trust", low=1, high=5, required=True))
    take("keep_in_touch_days", lambda value: v.integer(value, "keep_in_touch_days", low=1, high=3650))
    take("knows_situation", v.boolean)
    take("sensitive", v.boolean)
    take("vcard", lambda value: value or None)
    take("emails", lambda value: _contacts(value, "emails", v.email))
    take("phones", lambda value: _contacts(value, "phones", v.phone))
    take("roles", lambda value: [v.choice(role, "roles", ROLES) for role in dict.fromkeys(value or [])])
    take("tags", _tag_names)
    take("organization", lambda value: v.text(value, "organization"))
    if "introduced_by_id" in data:
        intro = data["introduced_by_id"]
        if intro in (None, "", 0):
            clean["introduced_by_id"] = None
        elif person is not None and int(intro) == person.id:
            errors["introduced_by_id"] = "a person cannot introduce themselves"
        elif not Person.select().where(Person.id == intro).exists():
            errors["introduced_by_id"] = f"there is no person with id {intro}"
        else:
            clean["introduced_by_id"] = int(intro)

    name_source = {**({} if person is None else person.__data__), **clean}
    if not (name_source.get("display_name") or "").strip() and ("display_name" in data or person is None):
        derived = " ".join(p for p in (name_source.get("given_name"), name_source.get("family_name")) if p)
        derived = derived or name_source.get("nickname") or ""
        if derived:
            clean["display_name"] = derived
        else:
            errors["display_name"] = "is required (give at least a name)"
    if errors:
        raise ValidationError(errors)
    return clean


def _write_lists(person: Person, clean: dict) -> None:
    if "emails" in clean:
        PersonEmail.delete().where(PersonEmail.person == person).execute()
        for email, label in clean["emails"]:
            PersonEmail.create(person=person, email=email, label=label)
    if "phones" in clean:
        PersonPhone.delete().where(PersonPhone.person == person).execute()
        for phone, label in clean["phones"]:
            PersonPhone.create(person=person, phone=phone, label=label)
    if "roles" in clean:
        PersonRole.delete().where(PersonRole.person == person).execute()
        for role in clean["roles"]:
            PersonRole.create(person=person, role=role)
    if "tags" in clean:
        PersonTag.delete().where(PersonTag.person == person).execute()
        for name in clean["tags"]:
            tag = Tag.get_or_none(fn.LOWER(Tag.name) == name.lower()) or Tag.create(name=name)
            PersonTag.create(person=person, tag=tag)


def _apply(person: Person, clean: dict, keep_old_job: bool = True) -> None:
    """Copy clean scalar values onto the person, keeping the old job in the history (unless it was a typo)."""
    if "organization" in clean:
        org = organization_by_name(clean["organization"], create=True) if clean["organization"] else None
        clean["organization_id"] = org.id if org else None
    old_job = (person.organization_id, person.title or "")
    for field, value in clean.items():
        if field in LIST_FIELDS or field == "organization":
            continue
        setattr(person, field, value)
    new_job = (person.organization_id, person.title or "")
    if keep_old_job and person.id is not None and old_job != new_job and (old_job[0] or old_job[1]):
        Position.create(person=person, organization=old_job[0], title=old_job[1], ended_on=dt.date.today())


@transactional
def create_person(**data) -> Person:
    """Add a person; raises ValidationError naming the field at fault."""
    clean = _clean(data, None)
    person = Person(trust=3)
    _apply(person, clean)
    person.save()
    _write_lists(person, clean)
    changed("person", [person.id])
    return person


# What a changed organization or title means: they moved on (the old job goes to "Roles over time"),
# or the old one was a mistake being corrected (no history is made up).
JOB_CHANGES = ("new job", "correction")


@transactional
def update_person(person_id: int, *, job_change: str = "new job", **data) -> Person:
    """Change the given fields of a person (others stay); the old job goes to the history unless
    `job_change` is "correction"."""
    if job_change not in JOB_CHANGES:
        raise ValidationError("job_change", f"must be one of {', '.join(JOB_CHANGES)}")
    person = get_person(person_id)
    clean = _clean(data, person)
    renamed = "display_name" in clean and clean["display_name"] != person.display_name
    if "vcard" in clean and clean["vcard"] != person.vcard:
        # Another card (sync, a merge) decides the picture: its PHOTO or none. The stored photo was a scaled copy
        # of the old card's, or a choice already written into the card that went out; kept, it would come back.
        person.photo = None
    _apply(person, clean, keep_old_job=job_change == "new job")
    person.updated_at = now()
    person.save()
    _write_lists(person, clean)
    if renamed:
        _mentions_changed(person.id)
    changed("person", [person.id])
    return person


def _mentions_changed(person_id: int) -> None:
    """Meetings, advice and asks show (and index) the person's name: after a rename they changed too."""
    meetings = [m for (m,) in MeetingAttendee.select(MeetingAttendee.meeting).where(MeetingAttendee.person == person_id).tuples()]
    changed("meeting", meetings)
    changed("advice", [a for (a,) in AdviceNote.select(AdviceNote.id).where(AdviceNote.person == person_id).tuples()])
    changed("ask", [a for (a,) in Ask.select(Ask.id).where(Ask.person == person_id).tuples()])


@dataclass(frozen=True)
class DeletionPlan:
    """What deleting a person takes with it, so the user can confirm knowingly."""

    person_id: int
    name: str
    advice: int
    asks: int
    solo_meetings: int  # meetings only this person attended: deleted with them
    shared_meetings: int  # meetings others attended too: kept, this person removed
    introduced: int  # people they introduced: kept, "introduced by" cleared

    def describe(self) -> str:
        """A sentence for the confirmation dialog."""
        parts = []
        if self.advice:
            parts.append(P_(self.advice, "{n} advice note(s)"))
        if self.asks:
            parts.append(P_(self.asks, "{n} ask(s)"))
        if self.solo_meetings:
            parts.append(P_(self.solo_meetings, "{n} meeting(s) only they attended"))
        text = T_("Delete {name} with {parts}.", name=self.name, parts=", ".join(parts)) if parts else \
            T_("Delete {name}.", name=self.name)
        if self.shared_meetings:
            text += " " + P_(self.shared_meetings, "{n} meeting(s) with other people are kept without them.")
        return text


def _solo_and_shared(person_id: int) -> tuple[list[int], list[int]]:
    rows = database.execute_sql(
        """SELECT a.meeting_id, (SELECT COUNT(*) FROM meeting_attendee b WHERE b.meeting_id = a.meeting_id)
           FROM meeting_attendee a WHERE a.person_id = ?""",
        [person_id],
    ).fetchall()
    return [m for m, n in rows if n == 1], [m for m, n in rows if n > 1]


def deletion_plan(person_id: int) -> DeletionPlan:
    """Count what delete_person would remove or change."""
    person = get_person(person_id)
    solo, shared = _solo_and_shared(person_id)
    return DeletionPlan(
        person_id=person_id,
        name=person.display_name,
        advice=AdviceNote.select().where(AdviceNote.person == person_id).count(),
        asks=Ask.select().where(Ask.person == person_id).count(),
        solo_meetings=len(solo),
        shared_meetings=len(shared),
        introduced=Person.select().where(Person.introduced_by == person_id).count(),
    )


@transactional
def delete_people(person_ids: list[int]) -> None:
    """Delete several people in one transaction (taking back an import)."""
    for person_id in person_ids:
        if Person.get_or_none(Person.id == person_id) is not None:
            delete_person(person_id)


@transactional
def delete_person(person_id: int) -> DeletionPlan:
    """Delete a person, their advice and asks and the meetings only they attended (see deletion_plan)."""
    plan = deletion_plan(person_id)
    solo, shared = _solo_and_shared(person_id)
    advice_ids = [a for (a,) in AdviceNote.select(AdviceNote.id).where(AdviceNote.person == person_id).tuples()]
    ask_ids = [a for (a,) in Ask.select(Ask.id).where(Ask.person == person_id).tuples()]
    introduced = [p for (p,) in Person.select(Person.id).where(Person.introduced_by == person_id).tuples()]
    if solo:
        Meeting.delete().where(Meeting.id.in_(solo)).execute()
    Person.update(introduced_by=None).where(Person.introduced_by == person_id).execute()
    Person.delete().where(Person.id == person_id).execute()
    changed("person", [person_id] + introduced)
    changed("meeting", solo + shared)
    changed("advice", advice_ids)
    changed("ask", ask_ids)
    return plan


def person_data(person_id: int) -> dict:
    """A person as readable values: the editor's form and the JSON export both use this shape."""
    person = get_person(person_id)
    return {
        "id": person.id,
        "display_name": person.display_name,
        "given_name": person.given_name,
        "family_name": person.family_name,
        "nickname": person.nickname,
        "organization": person.organization.name if person.organization_id else "",
        "title": person.title,
        "emails": [{"email": e.email, "label": e.label} for e in person.emails.order_by(PersonEmail.id)],
        "phones": [{"phone": p.phone, "label": p.label} for p in person.phones.order_by(PersonPhone.id)],
        "roles": [r.role for r in person.role_rows.order_by(PersonRole.id)],
        "tags": [t.tag.name for t in person.tag_rows.join(Tag).order_by(fn.LOWER(Tag.name), Tag.name)],
        "met_how": person.met_how,
        "met_where": person.met_where,
        "met_on": person.met_on.isoformat() if person.met_on else None,
        "introduced_by_id": person.introduced_by_id,
        "knows_situation": bool(person.knows_situation),
        "trust": person.trust,
        "keep_in_touch_days": person.keep_in_touch_days,
        "snoozed_until": person.snoozed_until.isoformat() if person.snoozed_until else None,
        "sensitive": bool(person.sensitive),
        "notes": person.notes,
        "last_met_on": person.last_met_on.isoformat() if person.last_met_on else None,
    }


def roles_of(person_id: int) -> list[str]:
    """Role keys of a person, in the order they were given."""
    return [r for (r,) in PersonRole.select(PersonRole.role).where(PersonRole.person == person_id).order_by(PersonRole.id).tuples()]


def positions_of(person_id: int) -> list[tuple[str, str, dt.date | None]]:
    """Earlier jobs, newest first: (organization name, title, ended on)."""
    from peewee import JOIN

    from mentordesk.models import Organization

    query = (
        Position.select(Organization.name, Position.title, Position.ended_on)
        .join(Organization, JOIN.LEFT_OUTER, on=(Position.organization == Organization.id))
        .where(Position.person == person_id)
        .order_by(Position.id.desc())
    )
    return [(name or "", title or "", ended) for name, title, ended in query.tuples()]


def find_people(text: str, limit: int = 20, exclude=()) -> list[tuple[int, str]]:
    """Type-ahead: (id, display name) of people whose words start with what was typed."""
    ids = search.matching_ids("person", text, limit + len(exclude))
    if ids is None:
        rows = database.execute_sql(
            "SELECT id, display_name FROM person ORDER BY display_name COLLATE NOCASE LIMIT ?", [limit + len(exclude)]
        ).fetchall()
    else:
        if not ids:
            return []
        marks = ", ".join("?" * len(ids))
        found = dict(database.execute_sql(f"SELECT id, display_name FROM person WHERE id IN ({marks})", ids).fetchall())
        rows = [(i, found[i]) for i in ids if i in found]
    return [(i, name) for i, name in rows if i not in set(exclude)][:limit]




# --- photos (small PNG or JPEG bytes, see services.photos; the UI scales pictures before they come here) ---

def photo_of(person_id: int) -> bytes | None:
    """The person's photo to show: the one stored, else the picture in their vCard (maybe large), else None.

    An empty stored photo means the user removed it: the card's picture stays hidden too."""
    row = Person.select(Person.photo, Person.vcard).where(Person.id == person_id).tuples().first()
    if row is None:
        return None
    stored, card = row
    if stored is not None:
        return bytes(stored) or None
    from mentordesk.services.photos import card_photo

    return card_photo(card)


def stored_photo(person_id: int) -> bytes | None:
    """The photo column as it is: None (none chosen: the card's picture shows), b"" (removed) or the picture."""
    row = Person.select(Person.photo).where(Person.id == person_id).tuples().first()
    return None if row is None or row[0] is None else bytes(row[0])


def people_with_photos(ids=None) -> set[int]:
    """Ids of people who have a photo to show (stored, or in a card whose picture was not stored yet);
    among `ids` only, when given."""
    sql = "SELECT id FROM person WHERE (length(photo) > 0 OR (photo IS NULL AND instr(upper(vcard), 'PHOTO') > 0))"
    ids = None if ids is None else [int(i) for i in ids]
    if ids is not None:
        if not ids:
            return set()
        sql += f" AND id IN ({', '.join('?' * len(ids))})"
    return {person_id for (person_id,) in database.execute_sql(sql, ids or [])}


def photo_state(person_id: int) -> tuple[bytes | None, str | None]:
    """(stored photo, stored card): what `set_photo(person_id, *state)` puts back, for an undo."""
    row = Person.select(Person.photo, Person.vcard).where(Person.id == person_id).tuples().first()
    if row is None:
        return None, None
    return (None if row[0] is None else bytes(row[0])), row[1]


_CARD_UNCHANGED = object()


@transactional
def set_photo(person_id: int, data: bytes | None, card=_CARD_UNCHANGED) -> None:
    """Store a person's photo (already scaled down); b"" removes it, None goes back to the card's picture.

    A photo chosen or removed replaces the card's own picture: its PHOTO leaves the stored card, so a vCard
    export or a sync writes the choice. The UI calls this through an undoable edit that passes the earlier
    `photo_state` back, card included."""
    from mentordesk.services.photos import check_photo, without_photo

    person = get_person(person_id)
    value = check_photo(data) if data else data
    if card is _CARD_UNCHANGED:
        card = without_photo(person.vcard) if data is not None else person.vcard
    elif person.vcard != without_photo(card):
        card = person.vcard  # an undo, but a sync replaced the card since: the newer card stays
    Person.update(photo=value, vcard=card, updated_at=now()).where(Person.id == person_id).execute()
    changed("person", [person_id])


@transactional
def keep_card_photo(person_id: int, data: bytes) -> bool:
    """Store the scaled-down picture of a person's vCard the first time it is shown, so the large original is
    decoded once; nothing visible changes, so nothing is announced. False when a photo was stored meanwhile."""
    from mentordesk.services.photos import check_photo

    return bool(Person.update(photo=check_photo(data)).where((Person.id == person_id) & Person.photo.is_null())
                .execute())
