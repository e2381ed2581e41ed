"""The whole database as one readable JSON file, for backups and moving machines, and back again."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from peewee import DatabaseError, ForeignKeyField, IntegrityError

from mentordesk import models
from mentordesk.exchange import bulk, importer, registry
from mentordesk.exchange.textfile import read_text, write_text
from mentordesk.models import (AdviceNote, Ask, Meeting, MeetingAttendee, Organization, Person, PersonEmail,
                               PersonPhone, PersonRole, PersonTag, Position, SchemaVersion, Tag)
from mentordesk.services import people, search
from mentordesk.services.core import ValidationError, changed, transactional
from mentordesk.services.meetings import refresh_last_met

FORMAT_NAME = "mentordesk"
FORMAT_VERSION = 1
_CORE = {SchemaVersion, Organization, Person, PersonEmail, PersonPhone, PersonRole, Position, Tag, PersonTag,
         Meeting, MeetingAttendee, AdviceNote, Ask}


def _plain(value):
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat(sep=" ") if isinstance(value, dt.datetime) else value.isoformat()
    return value


def _row(record, skip=()) -> dict:
    return {name: _plain(value) for name, value in record.__data__.items() if name not in skip}


def dump() -> dict:
    """Every table as readable records: people carry their organization name, emails, phones and tags."""
    orgs = dict(Organization.select(Organization.id, Organization.name).tuples())
    names = dict(Person.select(Person.id, Person.display_name).tuples())
    data = {"format": FORMAT_NAME, "version": FORMAT_VERSION,
            "exported_at": dt.datetime.now().replace(microsecond=0).isoformat(sep=" ")}
    data["organizations"] = [_row(o) for o in Organization.select().order_by(Organization.id)]
    data["people"] = []
    for person in Person.select().order_by(Person.id):
        record = people.person_data(person.id)
        record.update(vcard=person.vcard, created_at=_plain(person.created_at), updated_at=_plain(person.updated_at))
        record["positions"] = [{"organization": orgs.get(p.organization_id, ""), "title": p.title,
                                "ended_on": _plain(p.ended_on)} for p in person.positions.order_by(Position.id)]
        data["people"].append(record)
    attendees: dict[int, list[int]] = {}
    for meeting_id, person_id in MeetingAttendee.select(MeetingAttendee.meeting, MeetingAttendee.person).order_by(
            MeetingAttendee.id).tuples():
        attendees.setdefault(meeting_id, []).append(person_id)
    data["meetings"] = [{**_row(m), "attendee_ids": attendees.get(m.id, []),
                         "attendees": [names.get(i, "") for i in attendees.get(m.id, [])]}
                        for m in Meeting.select().order_by(Meeting.id)]
    data["advice"] = [{**_row(a), "person_name": names.get(a.person_id, "")} for a in AdviceNote.select().order_by(AdviceNote.id)]
    data["asks"] = [{**_row(a), "person_name": names.get(a.person_id, "")} for a in Ask.select().order_by(Ask.id)]
    data["tables"] = {m._meta.table_name: [_row(r) for r in m.select().order_by(m._meta.primary_key)]
                      for m in models.ALL_MODELS if m not in _CORE}
    return data


def export_json(path, person_ids, options: dict) -> str:
    """Write the whole database (person_ids is ignored: a backup holds everything)."""
    data = dump()
    write_text(path, json.dumps(data, ensure_ascii=False, indent=1) + "\n")
    return (f"exported {len(data['people'])} people, {len(data['organizations'])} organizations, "
            f"{len(data['meetings'])} meetings, {len(data['advice'])} advice notes and {len(data['asks'])} asks "
            f"to {Path(path).name}")


# --- import -----------------------------------------------------------------------------------

def _load(path) -> dict:
    try:
        data = json.loads(read_text(path))
    except json.JSONDecodeError as exc:
        raise registry.ImportRefused(path, [registry.Problem(exc.lineno, f"not valid JSON: {exc.msg}")]) from None
    if not isinstance(data, dict) or not isinstance(data.get("people", []), list):
        raise registry.ImportRefused(path, [registry.Problem(1, "not a MentorDesk JSON export (no \"people\" list)")])
    if data.get("format", FORMAT_NAME) != FORMAT_NAME or int(data.get("version") or 1) > FORMAT_VERSION:
        raise registry.ImportRefused(path, [registry.Problem(1, "written by a newer MentorDesk or another app")])
    for kind in ("organizations", "people", "meetings", "advice", "asks"):
        if not isinstance(data.get(kind, []), list) or not all(isinstance(r, dict) for r in data.get(kind, [])):
            raise registry.ImportRefused(path, [registry.Problem(1, f"\"{kind}\" must be a list of records")])
    return data


_PERSON_INPUT = ("display_name", "given_name", "family_name", "nickname", "organization", "title", "emails",
                 "phones", "roles", "tags", "met_how", "met_where", "met_on", "knows_situation", "trust",
                 "keep_in_touch_days", "snoozed_until", "sensitive", "notes", "vcard")


def _check_people(data: dict) -> tuple[list[dict], list[registry.Problem]]:
    cleans, problems = [], []
    for index, record in enumerate(data.get("people", [])):
        fields = {k: record[k] for k in _PERSON_INPUT if k in record}
        try:
            clean = people._clean(fields, None)
        except ValidationError as exc:
            problems.append(registry.Problem(None, f"people[{index}] {importer.describe(fields, exc)}"))
            continue
        for stamp in ("created_at", "updated_at"):
            if record.get(stamp):
                try:
                    clean[stamp] = dt.datetime.fromisoformat(str(record[stamp]))
                except ValueError:
                    pass
        cleans.append(clean)
    return cleans, problems


def _insert(model, row: dict) -> int:
    fields = model._meta.fields
    values = {k: v for k, v in row.items() if k in fields and k != "id"}
    return model.insert(**values).execute()


@transactional
def _restore(data: dict, cleans: list[dict]) -> dict[str, int]:
    org_ids = {}
    for org in data.get("organizations", []):
        existing = Organization.select().where(Organization.name.collate("NOCASE") == str(org.get("name", ""))).first()
        org_ids[org.get("id")] = existing.id if existing else _insert(Organization, org)
    person_ids = dict(zip([p.get("id") for p in data["people"]], bulk.insert_people(cleans)))
    for record in data["people"]:
        intro = person_ids.get(record.get("introduced_by_id"))
        if intro:
            Person.update(introduced_by=intro).where(Person.id == person_ids[record.get("id")]).execute()
        for position in record.get("positions") or []:
            org = Organization.select().where(Organization.name.collate("NOCASE") == (position.get("organization") or "")).first()
            Position.create(person=person_ids[record.get("id")], organization=org, title=position.get("title") or "",
                            ended_on=position.get("ended_on"))
    meeting_ids = {}
    for meeting in data.get("meetings", []):
        new_id = _insert(Meeting, meeting)
        meeting_ids[meeting.get("id")] = new_id
        for old in meeting.get("attendee_ids") or []:
            MeetingAttendee.insert(meeting=new_id, person=person_ids[old]).execute()
    for note in data.get("advice", []):
        _insert(AdviceNote, {**note, "person": person_ids[note["person"]],
                             "meeting": meeting_ids.get(note.get("meeting"))})
    for ask in data.get("asks", []):
        _insert(Ask, {**ask, "person": person_ids[ask["person"]]})
    maps = {Person: person_ids, Organization: org_ids, Meeting: meeting_ids}
    for model in models.ALL_MODELS:
        if model in _CORE:
            continue
        maps[model] = {}
        for row in (data.get("tables") or {}).get(model._meta.table_name, []):
            for field in model._meta.sorted_fields:
                if isinstance(field, ForeignKeyField) and row.get(field.name) is not None:
                    row[field.name] = maps.get(field.rel_model, {}).get(row[field.name], row[field.name])
            maps[model][row.get("id")] = _insert(model, row)
    refresh_last_met(list(person_ids.values()))
    search.rebuild()
    for kind, ids in (("organization", org_ids), ("person", person_ids), ("meeting", meeting_ids)):
        changed(kind, list(ids.values()))
    return {"people": len(person_ids), "organizations": len(org_ids), "meetings": len(meeting_ids),
            "advice": len(data.get("advice", [])), "asks": len(data.get("asks", []))}


def import_json(path, options: dict) -> registry.ImportResult:
    """Load a MentorDesk JSON export into this database (ids are renumbered); all or nothing."""
    data = _load(path)
    cleans, problems = _check_people(data)
    result = registry.ImportResult(format="json", problems=problems, preview=bool(options.get("preview")))
    result.counts = {k: len(data.get(k, [])) for k in ("people", "organizations", "meetings", "advice", "asks")}
    result.new = len(cleans)
    if result.preview:
        return result
    if problems:
        raise registry.ImportRefused(path, problems)
    if options.get("backup", True):
        importer.backup_before("import")
    try:
        result.counts = _restore(data, cleans)
    except (KeyError, TypeError, ValueError, IntegrityError, DatabaseError) as exc:
        raise registry.ImportRefused(path, [registry.Problem(None, f"inconsistent record ({type(exc).__name__}: {exc})")]) from None
    return result


registry.register(registry.Format("json", "MentorDesk JSON (whole database)", ("json",), export_json, import_json))
