"""Fast inserts for imports: one transaction, plain SQL per row (the search index follows at commit)."""

from __future__ import annotations

from mentordesk.models import Organization, Person, Tag, database, now
from mentordesk.services.core import changed, transactional

_PERSON_FIELDS = [f for f in Person._meta.sorted_fields if f.name != "id"]
_LIST_FIELDS = {"emails", "phones", "roles", "tags", "organization"}


def _default(field):
    value = field.default
    return value() if callable(value) else value


def _ids_by_name(model, names: set[str]) -> tuple[dict[str, int], list[int]]:
    """Map lower-case name -> id, creating the missing rows; also returns the new ids."""
    known = {}
    for row_id, name in model.select(model.id, model.name).tuples().iterator():
        known.setdefault(name.lower(), row_id)
    created = []
    for name in sorted(names):
        if name.lower() not in known:
            row_id = model.insert(name=name).execute()
            known[name.lower()] = row_id
            created.append(row_id)
    return known, created


@transactional
def insert_people(cleans: list[dict], report=None) -> list[int]:
    """Insert validated people (outputs of people._clean) with their lists; returns the new ids."""
    orgs, new_orgs = _ids_by_name(Organization, {c["organization"] for c in cleans if c.get("organization")})
    tags, _ = _ids_by_name(Tag, {t for c in cleans for t in c.get("tags") or ()})
    columns = ", ".join(f'"{f.column_name}"' for f in _PERSON_FIELDS)
    sql = f"INSERT INTO person ({columns}) VALUES ({', '.join('?' * len(_PERSON_FIELDS))})"
    stamp = now()
    cursor = database.cursor()
    ids, emails, phones, roles, person_tags = [], [], [], [], []
    for index, clean in enumerate(cleans):
        values = []
        for field in _PERSON_FIELDS:
            if field.name == "organization":
                value = orgs[clean["organization"].lower()] if clean.get("organization") else None
            elif field.name in ("created_at", "updated_at"):
                value = clean.get(field.name) or stamp
            elif field.name in clean:
                value = clean[field.name]
            else:
                value = _default(field)
            values.append(field.db_value(value))
        cursor.execute(sql, values)
        person_id = cursor.lastrowid
        ids.append(person_id)
        emails.extend((person_id, e, label) for e, label in clean.get("emails") or ())
        phones.extend((person_id, p, label) for p, label in clean.get("phones") or ())
        roles.extend((person_id, r) for r in clean.get("roles") or ())
        person_tags.extend((person_id, tags[t.lower()]) for t in clean.get("tags") or ())
        if report and index % 500 == 0:
            report(index, len(cleans))
    cursor.executemany("INSERT INTO person_email (person_id, email, label) VALUES (?, ?, ?)", emails)
    cursor.executemany("INSERT INTO person_phone (person_id, phone, label) VALUES (?, ?, ?)", phones)
    cursor.executemany("INSERT INTO person_role (person_id, role) VALUES (?, ?)", roles)
    cursor.executemany("INSERT OR IGNORE INTO person_tag (person_id, tag_id) VALUES (?, ?)", person_tags)
    if report:
        report(len(cleans), len(cleans))
    changed("organization", new_orgs)
    changed("person", ids)
    return ids
