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
