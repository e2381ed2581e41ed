"""Jobs and programs to go after, and "who can refer me to X": insiders and the people who know them."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from mentordesk.models import Organization, Person, now
from mentordesk.opportunity_model import OPPORTUNITY_KINDS, OPPORTUNITY_STATUSES, Opportunity
from mentordesk.services import validation as v
from mentordesk.services.core import NotFound, ValidationError, changed, transactional
from mentordesk.services.organizations import organization_by_name
from mentordesk.texts import T_


def get_opportunity(opportunity_id: int) -> Opportunity:
    """The opportunity with this id, or NotFound."""
    found = Opportunity.get_or_none(Opportunity.id == opportunity_id)
    if found is None:
        raise NotFound(T_("opportunity {id} does not exist", id=opportunity_id))
    return found


def _link(value) -> str:
    value = v.text(value, "link")
    if value and "://" not in value:
        value = "https://" + value
    if value and (not value.lower().startswith(("http://", "https://")) or " " in value):
        raise ValidationError("link", f"must be a web address like https://example.com/jobs/1 (got {value!r})")
    return value


def _clean(data: dict, creating: bool) -> dict:
    checks = {
        "title": lambda value: v.text(value, "title", required=True),
        "kind": lambda value: v.choice(value, "kind", OPPORTUNITY_KINDS),
        "status": lambda value: v.choice(value, "status", OPPORTUNITY_STATUSES),
        "link": _link,
        "deadline": lambda value: v.date(value, "deadline"),
        "notes": lambda value: v.text(value, "notes"),
        "organization": lambda value: v.text(value, "organization"),
    }
    clean, errors = v.collect(data, checks)
    if creating and "title" not in data:
        errors["title"] = "is required (the role or program)"
    if "organization_id" in data:
        org_id = data["organization_id"]
        if org_id in (None, "", 0):
            clean["organization_id"] = None
        elif not Organization.select().where(Organization.id == org_id).exists():
            errors["organization_id"] = f"there is no organization with id {org_id}"
        else:
            clean["organization_id"] = int(org_id)
    if errors:
        raise ValidationError(errors)
    if "organization" in clean:
        name = clean.pop("organization")
        clean["organization_id"] = organization_by_name(name, create=True).id if name else None
    return clean


@transactional
def create_opportunity(**data) -> Opportunity:
    """Add a job or program; `organization` (a name, created if new) or `organization_id` says where."""
    clean = _clean(data, creating=True)
    opportunity = Opportunity.create(**clean)
    changed("opportunity", [opportunity.id])
    return opportunity


@transactional
def update_opportunity(opportunity_id: int, **data) -> Opportunity:
    """Change the given fields of an opportunity."""
    opportunity = get_opportunity(opportunity_id)
    for field, value in _clean(data, creating=False).items():
        setattr(opportunity, field, value)
    opportunity.updated_at = now()
    opportunity.save()
    changed("opportunity", [opportunity.id])
    return opportunity


@transactional
def delete_opportunity(opportunity_id: int) -> dict:
    """Delete an opportunity; returns its row so undo can put it back."""
    snapshot = capture_opportunity(opportunity_id)
    Opportunity.delete().where(Opportunity.id == opportunity_id).execute()
    changed("opportunity", [opportunity_id])
    return snapshot


def capture_opportunity(opportunity_id: int) -> dict:
    """The raw row of an opportunity, for undoing a delete."""
    get_opportunity(opportunity_id)
    return Opportunity.select().where(Opportunity.id == opportunity_id).dicts().get()


@transactional
def restore_opportunity(snapshot: dict) -> None:
    """Put a deleted opportunity back with its original id."""
    row = dict(snapshot)
    if row.get("organization") and not Organization.select().where(Organization.id == row["organization"]).exists():
        row["organization"] = None
    Opportunity.insert(**row).execute()
    changed("opportunity", [row["id"]])


def opportunity_data(opportunity_id: int, today: dt.date | None = None) -> dict:
    """An opportunity as readable values, with days left before its deadline."""
    o = get_opportunity(opportunity_id)
    today = today or dt.date.today()
    return {
        "id": o.id,
        "title": o.title,
        "kind": o.kind,
        "organization_id": o.organization_id,
        "organization": o.organization.name if o.organization_id else "",
        "link": o.link,
        "deadline": o.deadline.isoformat() if o.deadline else None,
        "days_left": (o.deadline - today).days if isinstance(o.deadline, dt.date) else None,  # not if malformed
        "status": o.status,
        "notes": o.notes,
    }


# --- who can refer me ------------------------------------------------------------------

def _people(ids) -> dict[int, Person]:
    ids = list(ids)
    return {p.id: p for p in Person.select().where(Person.id.in_(ids))} if ids else {}


def _orgs_of(person_ids) -> dict[int, set[int]]:
    """Current and earlier organizations of each person."""
    from mentordesk.models import Position

    result: dict[int, set[int]] = defaultdict(set)
    ids = list(person_ids)
    for pid, org in Person.select(Person.id, Person.organization).where(Person.id.in_(ids)).tuples():
        if org:
            result[pid].add(org)
    for pid, org in Position.select(Position.person, Position.organization).where(Position.person.in_(ids)).tuples():
        if org:
            result[pid].add(org)
    return result


def who_can_refer(organization_id: int, hide_sensitive: bool = False) -> dict:
    """People inside an organization and the people who could introduce you to them.

    Insiders work there now (or did). Introducers know an insider through "introduced by" (either
    way), a shared current or earlier organization, or a meeting you had together. With
    `hide_sensitive` (privacy mode) nobody marked sensitive is listed, nor named in a reason.
    """
    from mentordesk.models import MeetingAttendee, Position

    org = Organization.get_or_none(Organization.id == organization_id)
    if org is None:
        raise NotFound(T_("organization {id} does not exist", id=organization_id))
    current = [p for (p,) in Person.select(Person.id).where(Person.organization == organization_id).tuples()]
    former = [p for (p,) in Position.select(Position.person).where(Position.organization == organization_id).tuples()
              if p not in current]
    insider_ids = list(dict.fromkeys(current + former))
    people = _people(insider_ids)
    if hide_sensitive:
        insider_ids = [pid for pid in insider_ids if pid in people and not people[pid].sensitive]
    insiders = [_insider(people[pid], pid in current) for pid in insider_ids if pid in people]
    insiders.sort(key=lambda row: (not row["current"], -row["trust"], row["name"].lower()))

    reasons: dict[int, list[str]] = defaultdict(list)
    via: dict[int, list[str]] = defaultdict(list)
    inside = set(insider_ids)

    def add(pid, insider_id, reason):
        if pid in inside or pid is None:
            return
        name = people[insider_id].display_name
        if reason not in reasons[pid]:
            reasons[pid].append(reason)
        if name not in via[pid]:
            via[pid].append(name)

    for pid in insider_ids:
        insider = people[pid]
        name = insider.display_name
        if insider.introduced_by_id:
            add(insider.introduced_by_id, pid, f"introduced you to {name}")
        for (other,) in Person.select(Person.id).where(Person.introduced_by == pid).tuples():
            add(other, pid, f"was introduced to you by {name}")
    orgs = _orgs_of(insider_ids)
    shared_org_ids = {o for pid in insider_ids for o in orgs.get(pid, ())} - {organization_id}
    if shared_org_ids:
        org_names = dict(Organization.select(Organization.id, Organization.name)
                         .where(Organization.id.in_(list(shared_org_ids))).tuples())
        members: dict[int, set[int]] = defaultdict(set)
        for pid, o in Person.select(Person.id, Person.organization).where(Person.organization.in_(list(shared_org_ids))).tuples():
            members[o].add(pid)
        for pid, o in Position.select(Position.person, Position.organization).where(Position.organization.in_(list(shared_org_ids))).tuples():
            members[o].add(pid)
        for pid in insider_ids:
            for o in orgs.get(pid, ()):
                for other in members.get(o, ()):
                    add(other, pid, f"worked with {people[pid].display_name} at {org_names[o]}")
    if insider_ids:
        mine = (MeetingAttendee.select(MeetingAttendee.meeting, MeetingAttendee.person)
                .where(MeetingAttendee.person.in_(insider_ids)).tuples())
        by_meeting: dict[int, list[int]] = defaultdict(list)
        for meeting, pid in mine:
            by_meeting[meeting].append(pid)
        if by_meeting:
            others = (MeetingAttendee.select(MeetingAttendee.meeting, MeetingAttendee.person)
                      .where(MeetingAttendee.meeting.in_(list(by_meeting))).tuples())
            for meeting, other in others:
                for pid in by_meeting[meeting]:
                    add(other, pid, f"met {people[pid].display_name} with you")
    helpers = _people(reasons)
    introducers = [
        {
            "person_id": pid,
            "name": helpers[pid].display_name,
            "title": helpers[pid].title,
            "trust": helpers[pid].trust,
            "last_met_on": helpers[pid].last_met_on.isoformat() if helpers[pid].last_met_on else None,
            "via": via[pid],
            "reasons": reasons[pid],
        }
        for pid in reasons if pid in helpers and not (hide_sensitive and helpers[pid].sensitive)
    ]
    introducers.sort(key=lambda row: (-len(row["via"]), -row["trust"], row["name"].lower()))
    return {"organization_id": org.id, "organization": org.name, "insiders": insiders, "introducers": introducers}


def _insider(person: Person, current: bool) -> dict:
    return {
        "person_id": person.id,
        "name": person.display_name,
        "title": person.title if current else "",
        "current": current,
        "trust": person.trust,
        "last_met_on": person.last_met_on.isoformat() if person.last_met_on else None,
    }


def referral_paths(opportunity_id: int, hide_sensitive: bool = False) -> dict:
    """Who can refer me to this opportunity; empty lists when it names no organization."""
    o = get_opportunity(opportunity_id)
    if not o.organization_id:
        return {"organization_id": None, "organization": "", "insiders": [], "introducers": []}
    return who_can_refer(o.organization_id, hide_sensitive)
