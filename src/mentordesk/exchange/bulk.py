"""Fast inserts for imports: one transaction, executemany in chunks (the search index follows at commit)."""

from __future__ import annotations

from mentordesk.models import Organization, Person, Tag, database, now
from mentordesk.services.core import changed, transactional

_PERSON_FIELDS = [f for f in Person._meta.sorted_fields if f.name != "id"]
_LIST_FIELDS = {"emails", "phones", "roles", "tags", "organization"}
_CHUNK = 500  # rows per executemany (and per progress report)


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


def _row_maker(stamp):
    """A function turning one clean dict into the person row's SQL values (field plan worked out once)."""
    plan = []
    for field in _PERSON_FIELDS:
        if field.name == "organization":
            kind = "org"
        elif field.name in ("created_at", "updated_at"):
            kind = "stamp"
        else:
            kind = "value"
        plan.append((field.name, kind, _default(field) if kind == "value" else None, field.db_value))

    def row(clean: dict, orgs: dict[str, int]) -> list:
        values = []
        for name, kind, default, db_value in plan:
            if kind == "org":
                value = orgs[clean["organization"].lower()] if clean.get("organization") else None
            elif kind == "stamp":
                value = clean.get(name) or stamp
            else:
                value = clean[name] if name in clean else default
            values.append(db_value(value))
        return values

    return row


@transactional
def insert_people(cleans: list[dict], report=None) -> list[int]:
    """Insert validated people (outputs of people._clean) with their lists; returns the new ids."""
    orgs, new_orgs = _ids_by_name(Organization, {c["organization"] for c in cleans if c.get("organization")})
    tags, _ = _ids_by_name(Tag, {t for c in cleans for t in c.get("tags") or ()})
    columns = ", ".join(f'"{f.column_name}"' for f in _PERSON_FIELDS)
    sql = f"INSERT INTO person ({columns}) VALUES ({', '.join('?' * len(_PERSON_FIELDS))})"
    row = _row_maker(now())
    cursor = database.cursor()
    ids, emails, phones, roles, person_tags = [], [], [], [], []
    for start in range(0, len(cleans), _CHUNK):
        chunk = cleans[start:start + _CHUNK]
        # Without AUTOINCREMENT SQLite gives each new row max(id) + 1, and this transaction's read keeps other
        # writers out, so one executemany's rows take the next ids in order (checked, never assumed).
        (before,) = cursor.execute("SELECT COALESCE(MAX(id), 0) FROM person").fetchone()
        cursor.executemany(sql, [row(clean, orgs) for clean in chunk])
        (after, count) = cursor.execute("SELECT MAX(id), COUNT(*) FROM person WHERE id > ?", (before,)).fetchone()
        if after != before + len(chunk) or count != len(chunk):
            raise RuntimeError(f"person ids {before + 1}..{after} were not assigned in order ({count} rows)")
        for person_id, clean in enumerate(chunk, start=before + 1):
            ids.append(person_id)
            emails.extend((person_id, e, label) for e, label in clean.get("emails") or ())
            phones.extend((person_id, p, label) for p, label in clean.get("phones") or ())
            roles.extend((person_id, r) for r in clean.get("roles") or ())
            person_tags.extend((person_id, tags[t.lower()]) for t in clean.get("tags") or ())
        if report:
            report(start, len(cleans))
    cursor.executemany("INSERT INTO person_email (person_id, email, label) VALUES (?, ?, ?)", emails)
    cursor.executemany("INSERT INTO person_phone (person_id, phone, label) VALUES (?, ?, ?)", phones)
    cursor.executemany("INSERT INTO person_role (person_id, role) VALUES (?, ?)", roles)
    cursor.executemany("INSERT OR IGNORE INTO person_tag (person_id, tag_id) VALUES (?, ?)", person_tags)
    if report:
        report(len(cleans), len(cleans))
    changed("organization", new_orgs)
    changed("person", ids)
    return ids
