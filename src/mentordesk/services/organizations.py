"""Organizations people work at: create, find by name, change and delete."""

from __future__ import annotations

from mentordesk.models import Organization, Person, now
from mentordesk.services import validation as v
from mentordesk.services.core import get_or_not_found, ValidationError, changed, transactional


def get_organization(org_id: int) -> Organization:
    """The organization with this id, or NotFound."""
    return get_or_not_found(Organization, org_id, "organization")


def organization_by_name(name: str, create: bool = False) -> Organization | None:
    """Find an organization by name, ignoring case; optionally create it (inside the caller's transaction)."""
    name = (name or "").strip()
    if not name:
        return None
    org = Organization.select().where(Organization.name.collate("NOCASE") == name).first()
    if org is None and create:
        org = Organization.create(name=name)
        changed("organization", [org.id])
    return org


def _clean(data: dict, org: Organization | None) -> dict:
    clean, errors = {}, {}
    for field in ("name", "field", "website"):
        if field in data:
            try:
                clean[field] = v.text(data[field], field, required=field == "name")
            except ValidationError as exc:
                errors.update(exc.errors)
    if org is None and "name" not in clean and "name" not in errors:
        errors["name"] = "is required"
    if "name" in clean:
        twin = Organization.select().where(Organization.name.collate("NOCASE") == clean["name"])
        if org is not None:
            twin = twin.where(Organization.id != org.id)
        if twin.exists():
            errors["name"] = f"an organization called {clean['name']!r} already exists"
    if errors:
        raise ValidationError(errors)
    return clean


@transactional
def create_organization(**data) -> Organization:
    """Add an organization (names are unique, ignoring case)."""
    org = Organization.create(**_clean(data, None))
    changed("organization", [org.id])
    return org


@transactional
def update_organization(org_id: int, **data) -> Organization:
    """Change an organization; people working there are re-indexed under the new name."""
    org = get_organization(org_id)
    for field, value in _clean(data, org).items():
        setattr(org, field, value)
    org.updated_at = now()
    org.save()
    people = [p for (p,) in Person.select(Person.id).where(Person.organization == org.id).tuples()]
    changed("organization", [org.id])
    changed("person", people)
    return org


def organization_data(org_id: int) -> dict:
    """An organization as readable values."""
    org = get_organization(org_id)
    return {"id": org.id, "name": org.name, "field": org.field, "website": org.website}


@transactional
def delete_organization(org_id: int) -> list[int]:
    """Delete an organization; its people stay, without a current organization. Returns their ids."""
    get_organization(org_id)
    people = [p for (p,) in Person.select(Person.id).where(Person.organization == org_id).tuples()]
    Person.update(organization=None).where(Person.organization == org_id).execute()
    Organization.delete().where(Organization.id == org_id).execute()
    changed("organization", [org_id])
    changed("person", people)
    return people


OVERVIEW_LIMIT = 50  # newest meetings an organization's page lists (the count says how many there are)


def organization_overview(org_id: int, limit: int = OVERVIEW_LIMIT) -> dict:
    """An organization's page: who works there now, who did before, your meetings with them, open opportunities.

    people_now: [{id, name, title}]; people_before: [{id, name, title, ended_on, now_at}] (someone who is back
    counts as now); meetings: the newest `limit` with anyone who is or was there [{id, held_at, kind, summary,
    names}], meetings_total; opportunities: the open ones, soonest deadline first [{id, title, kind, status,
    deadline}]."""
    from mentordesk.models import Meeting, MeetingAttendee, Position, database
    from mentordesk.opportunity_model import OPEN_OPPORTUNITY_STATUSES, Opportunity

    org = get_organization(org_id)
    now = [{"id": i, "name": n, "title": t} for i, n, t in Person.select(Person.id, Person.display_name, Person.title)
           .where(Person.organization == org_id).order_by(Person.display_name.collate("NOCASE")).tuples()]
    current = {p["id"] for p in now}
    before = []
    rows = database.execute_sql(
        """SELECT p.id, p.display_name, pos.title, MAX(pos.ended_on), COALESCE(o.name, '')
           FROM position pos JOIN person p ON p.id = pos.person_id
           LEFT JOIN organization o ON o.id = p.organization_id
           WHERE pos.organization_id = ? GROUP BY p.id ORDER BY MAX(pos.ended_on) DESC, p.display_name""", [org_id])
    for person_id, name, title, ended, now_at in rows:
        if person_id not in current:
            before.append({"id": person_id, "name": name, "title": title or "", "ended_on": ended, "now_at": now_at})
    people = current | {p["id"] for p in before}
    meetings, total = [], 0
    if people:
        marks = ", ".join("?" * len(people))
        total = database.execute_sql(
            f"SELECT COUNT(DISTINCT meeting_id) FROM meeting_attendee WHERE person_id IN ({marks})",
            list(people)).fetchone()[0]
        query = (Meeting.select().join(MeetingAttendee).where(MeetingAttendee.person.in_(list(people)))
                 .distinct().order_by(Meeting.held_at.desc()).limit(limit))
        found = list(query)
        names: dict[int, list[str]] = {}
        if found:
            attendees = (MeetingAttendee.select(MeetingAttendee.meeting, Person.display_name).join(Person)
                         .where(MeetingAttendee.meeting.in_([m.id for m in found])).order_by(MeetingAttendee.id).tuples())
            for meeting_id, name in attendees:
                names.setdefault(meeting_id, []).append(name)
        meetings = [{"id": m.id, "held_at": str(m.held_at)[:16], "kind": m.kind, "summary": m.summary,
                     "names": names.get(m.id, [])} for m in found]
    deadline_last = Opportunity.deadline.is_null()
    opportunities = [{"id": o.id, "title": o.title, "kind": o.kind, "status": o.status,
                      "deadline": o.deadline.isoformat() if o.deadline else None}
                     for o in Opportunity.select().where((Opportunity.organization == org_id)
                                                         & Opportunity.status.in_(OPEN_OPPORTUNITY_STATUSES))
                     .order_by(deadline_last, Opportunity.deadline, Opportunity.title)]
    return {"id": org.id, "name": org.name, "field": org.field, "website": org.website, "people_now": now,
            "people_before": before, "meetings": meetings, "meetings_total": total, "opportunities": opportunities}
